#!/usr/bin/env python3
"""Benchmark of `baocao serve`: the time from saving an edit to the reload
event on the page's event stream, as the browser would see it (it includes
the watcher's wait for an editor's writes to end: 10 ms after a file is
closed or renamed into place, which Linux reports).
Medians of N saves, for an article edit and a programme edit.

usage: bench/serve.py SITE_ROOT [--edits N] [--baocao target/release/baocao]
"""
import argparse, os, re, socket, statistics, subprocess, sys, time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--edits", type=int, default=9)
    ap.add_argument("--baocao", default=str(REPO / "target/release/baocao"))
    ap.add_argument("--save", choices=["write", "rename"], default="write",
                    help="write the file in place, or write a hidden temporary file "
                         "and rename it over the file (atomic save, as many editors do)")
    a = ap.parse_args()
    root = Path(a.root)
    proc = subprocess.Popen([a.baocao, "serve", "--root", str(root), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        started = time.time()
        port = None
        while port is None:
            line = proc.stdout.readline()
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
            if time.time() - started > 600:
                sys.exit("serve did not start")
        print(f"first build and start: {time.time() - started:.2f} s")
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(f"GET /__baocao/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        sock.settimeout(60)
        buf = b""

        def wait_change():
            nonlocal buf
            while b"event: change" not in buf:
                buf += sock.recv(65536)
            buf = buf[buf.index(b"event: change") + 13:]

        articles = [f for f in sorted((root / "content/articles").glob("*.md"))
                    if "draft: true" not in f.read_text(encoding="utf-8")]
        programs = sorted((root / "content/programs").glob("*.yaml"))
        time.sleep(1)
        for name, files, edit in [
            ("article", articles, lambda t, i: t + f"\nMột câu thêm lần {i}.\n"),
            # A figure changed: the programme's pages, charts and data change.
            ("programme", programs, lambda t, i: re.sub(r"value: (\d+)", lambda m: f"value: {int(m.group(1)) + 1}", t, count=1)),
        ]:
            times = []
            for i in range(a.edits):
                f = files[(i * 7919) % len(files)]
                text = f.read_text(encoding="utf-8")
                t0 = time.perf_counter()
                if a.save == "write":
                    f.write_text(edit(text, i), encoding="utf-8")
                else:
                    tmp = f.with_name(f".{f.name}.tmp")
                    tmp.write_text(edit(text, i), encoding="utf-8")
                    os.replace(tmp, f)
                wait_change()
                times.append((time.perf_counter() - t0) * 1000)
                f.write_text(text, encoding="utf-8")
                wait_change()
                time.sleep(0.3)
            print(f"{name} edit → reload event: median {statistics.median(times):.0f} ms "
                  f"(min {min(times):.0f}, max {max(times):.0f}, {len(times)} saves)")
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
