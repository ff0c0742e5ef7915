#!/usr/bin/env python3
"""Times `baocao check` on a generated site: wall time, peak memory and
each stage's time (from `--verbose`), as medians of several rounds.

With --against OTHER_BINARY, the two binaries run in turn, round by round
(paired rounds: the machine's noise falls on both alike), and the ratio of
each pair's wall times is reported too, as its median.

    bench/check.py [--articles 10000] [--rounds 7] [--against OLD_BINARY]
"""

import argparse
import pathlib
import re
import statistics
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent


def run(binary, site):
    """One check: (wall s, peak MiB, {stage: s})."""
    timed = subprocess.run(
        ["/usr/bin/time", "-f", "TIME %e %M", binary, "--lang", "en", "--verbose", "check", "--root", str(site)],
        capture_output=True,
        text=True,
    )
    out = timed.stdout + timed.stderr
    if timed.returncode not in (0, 1):
        sys.exit(f"{binary} check failed ({timed.returncode}):\n{out[-2000:]}")
    wall, kb = re.search(r"^TIME ([\d.]+) (\d+)$", out, re.M).groups()
    stages = {}
    line = re.search(r"^Time: (.*)$", out, re.M)
    for name, seconds in re.findall(r"([a-z ]+?) ([\d.]+) s", line.group(1) if line else ""):
        stages[name.strip()] = float(seconds)
    return float(wall), int(kb) / 1024, stages


def summary(runs):
    walls = [r[0] for r in runs]
    peaks = [r[1] for r in runs]
    stages = {name: statistics.median(r[2][name] for r in runs) for name in runs[0][2]}
    shown = ", ".join(f"{name} {s:.2f} s" for name, s in stages.items())
    return f"wall {statistics.median(walls):.2f} s (min {min(walls):.2f}), peak {statistics.median(peaks):.0f} MiB; {shown}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--site", help="a generated site to use (else one is generated under /tmp)")
    parser.add_argument("--binary", default=str(REPO / "target/release/baocao"))
    parser.add_argument("--against", help="another baocao binary, run in turn with this one")
    args = parser.parse_args()
    if args.binary == str(REPO / "target/release/baocao"):
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "baocao"], cwd=REPO, check=True)
    site = pathlib.Path(args.site or f"/tmp/baocao-bench-check-{args.articles}")
    if not args.site:
        subprocess.run(
            [sys.executable, str(REPO / "bench/generate.py"), str(site), "--articles", str(args.articles)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    binaries = [args.binary] + ([args.against] if args.against else [])
    for binary in binaries:  # warm the page cache
        run(binary, site)
    runs = {b: [] for b in binaries}
    for _ in range(args.rounds):
        for binary in binaries:
            subprocess.run(["sync"])
            runs[binary].append(run(binary, site))
    files = sum(1 for p in (site / "content").rglob("*") if p.is_file())
    print(f"check on {site} ({files} files), {args.rounds} rounds, medians:")
    for binary in binaries:
        print(f"  {binary}: {summary(runs[binary])}")
    if args.against:
        ratios = [a[0] / b[0] for a, b in zip(runs[args.binary], runs[args.against])]
        print(f"  paired ratio (this / against): {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
