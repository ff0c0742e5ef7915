#!/usr/bin/env python3
"""Search benchmark: builds the bilingual corpus of bench/compare.py
(10,000 articles of 600-900 words in Vietnamese and in English by default)
with a release baocao, then reports the gzipped size of the search script
and of each language's index (the core file, and the snippet files loaded
for the results shown), checks two builds give the same index bytes, and
times queries in headless Chromium (bench/search-time.mjs, with the
browser suite's playwright-core). With --pagefind, also indexes the same
output with Pagefind (`npm i pagefind` in a temporary folder) and times
its queries, served over HTTP on 127.0.0.1 (it cannot run from file://).

usage: bench/search.py [--articles 10000] [--dir /tmp/baocao-search] [--pagefind]

Needs: a release build (CARGO_TARGET_DIR or target/), node, the browser
suite's node_modules (cd tests/browser && npm ci), /usr/bin/chromium.
"""
import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import compare  # noqa: E402  (the corpus is compare.py's)


def gz(path):
    return len(gzip.compress(Path(path).read_bytes(), 9, mtime=0))


def kb(n):
    return f"{n / 1000:.1f} KB"


def search_files(out, page):
    folder = out / page
    return sorted(p for p in folder.iterdir() if p.name.startswith("search-"))


def digest(out):
    h = hashlib.sha256()
    for page in ("tim-kiem", "en/search"):
        for p in search_files(out, page):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--dir", default="/tmp/baocao-search")
    ap.add_argument("--pagefind", action="store_true")
    a = ap.parse_args()
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    binary = target / "release" / "baocao"
    work = Path(a.dir)
    shutil.rmtree(work, ignore_errors=True)
    site = work / "site"
    programs, articles = compare.corpus(a.articles)
    compare.baocao_site(site, programs, articles)
    outs = []
    for run in (1, 2):
        out = work / f"out{run}"
        started = time.perf_counter()
        subprocess.run([str(binary), "build", "--quiet", "--root", str(site), "--output", str(out)], check=True)
        print(f"build {run}: {time.perf_counter() - started:.1f} s")
        outs.append(out)
    out = outs[0]
    same = digest(outs[0]) == digest(outs[1])
    print(f"corpus: {a.articles} articles in vi and en; index bytes identical across two builds: {same}")
    script = out / "theme" / "search.js"
    print(f"script: {kb(script.stat().st_size)}, {kb(gz(script))} gzipped")
    report = {"articles": a.articles, "script_gz": gz(script), "identical": same, "langs": {}}
    for lang, page in (("vi", "tim-kiem"), ("en", "en/search")):
        files = search_files(out, page)
        core = [p for p in files if p.name.startswith("search-index.")][0]
        texts = [p for p in files if p.name.startswith("search-text-")]
        texts_gz = [gz(p) for p in texts]
        entry = {
            "core": core.stat().st_size,
            "core_gz": gz(core),
            "texts": len(texts),
            "texts_gz": sum(texts_gz),
            "text_gz_max": max(texts_gz),
        }
        report["langs"][lang] = entry
        print(f"{lang}: core {kb(entry['core'])}, {kb(entry['core_gz'])} gzipped; "
              f"{len(texts)} snippet files, {kb(entry['texts_gz'])} gzipped in all "
              f"(at most {kb(entry['text_gz_max'])} each)")
    timing = subprocess.run(["node", str(BENCH / "search-time.mjs"), "baocao", str(out)],
                            check=True, capture_output=True, text=True)
    print(timing.stdout, end="")
    report["timing"] = json.loads(timing.stdout.strip().splitlines()[-1])
    if a.pagefind:
        report["pagefind"] = pagefind(work, out)
    (work / "report.json").write_text(json.dumps(report, indent=2))
    print(f"report: {work / 'report.json'}")


def pagefind(work, out):
    tool = work / "pagefind-npm"
    tool.mkdir(exist_ok=True)
    subprocess.run(["npm", "i", "--silent", "pagefind"], cwd=tool, check=True)
    bundle = out / "pagefind"
    started = time.perf_counter()
    run = subprocess.run(["npx", "pagefind", "--site", str(out)], cwd=tool, capture_output=True, text=True)
    if run.returncode != 0:
        print(f"pagefind could not run: {run.stderr.strip()[:500]}")
        return None
    seconds = time.perf_counter() - started
    version = subprocess.run(["npx", "pagefind", "--version"], cwd=tool, capture_output=True, text=True).stdout.strip()
    files = [p for p in bundle.rglob("*") if p.is_file()]
    result = {"version": version, "seconds": seconds, "files": len(files), "langs": {}}
    print(f"{version}: indexed in {seconds:.1f} s, {len(files)} files, "
          f"{kb(sum(p.stat().st_size for p in files))} on disk (already compressed)")
    for lang in ("vi", "en"):
        mine = [p for p in files if p.name.startswith(lang + "_")]
        idx = [p for p in mine if p.suffix == ".pf_index"]
        frag = [p for p in bundle.rglob("*.pf_fragment")]
        entry = {
            "index_files": len(idx),
            "index_bytes": sum(p.stat().st_size for p in idx),
            "meta_bytes": sum(p.stat().st_size for p in mine if p.suffix == ".pf_meta"),
        }
        result["langs"][lang] = entry
        print(f"  {lang}: {len(idx)} index chunks, {kb(entry['index_bytes'])}; meta {kb(entry['meta_bytes'])}")
    result["fragments"] = len(frag)
    timing = subprocess.run(["node", str(BENCH / "search-time.mjs"), "pagefind", str(out)],
                            capture_output=True, text=True)
    print(timing.stdout, end="")
    if timing.returncode == 0:
        result["timing"] = json.loads(timing.stdout.strip().splitlines()[-1])
    else:
        print(f"pagefind timing failed: {timing.stderr.strip()[:500]}")
    return result


if __name__ == "__main__":
    main()
