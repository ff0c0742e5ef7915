#!/usr/bin/env python3
"""Side-by-side benchmark: the same bilingual corpus built by baocao, by
Hugo (Debian's `hugo`), by Zola when `zola` is on PATH, and by the floor
(`examples/floor.rs`: read, front matter, pulldown-cmark, write; no
templates). Paired rounds (each round runs every tool once, in a rotating
order), medians of wall time and peak memory, and the median of the
per-round ratios. Prints a Markdown table.

usage: bench/compare.py [--sizes 1000,5000] [--rounds 3] [--dir /tmp/baocao-compare]

The corpus: N articles of 600-900 words, each in Vietnamese and English,
three tags each from twelve, 10 programmes of 8 indicators; the same
pages for each tool (an article page per language, paginated lists of 20:
the articles and each tag; a page per programme, a home page). baocao also draws its
charts (SVG and PNG) and writes its open data: work the others do not do.

baocao is timed twice: from nothing (`BAOCAO_CACHE=off`, every chart PNG
rasterized) and with the build cache an earlier build left in
`.baocao-cache/` (the chart PNGs read back), as an officer's next build is.
"""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = ("khuyến công chè thảo quả dược liệu thủ công mỹ nghệ cơ sở công nghiệp nông thôn "
         "hội chợ triển lãm đào tạo nghề lao động thiết bị hiện đại mô hình trình diễn "
         "thương hiệu bao bì cụm công nghiệp xử lý nước thải môi trường Hà Giang").split()
EN_WORDS = ("industrial promotion tea cardamom herbs handicraft rural industry fair exhibition "
            "training workers modern equipment demonstration model brand packaging cluster "
            "wastewater environment province support programme").split()
TAGS = ["Khuyến công", "Chè", "Thảo quả", "Dược liệu", "Đào tạo nghề", "Hội chợ", "Thương hiệu",
        "Môi trường", "Đường giao thông", "Thủ công mỹ nghệ", "Nông thôn mới", "Xúc tiến thương mại"]
PROGRAMS = 10


def words(rng, vocab, n):
    out, left = [], n
    while left > 0:
        k = min(left, rng.randint(40, 90))
        out.append(" ".join(rng.choice(vocab) for _ in range(k)).capitalize() + ".")
        left -= k
    return "\n\n".join(out)


def corpus(n):
    """The articles and programmes, as plain data (deterministic)."""
    rng = random.Random(2020 + n)
    programs = []
    for p in range(PROGRAMS):
        inds = []
        for k in range(8):
            target = rng.randint(5, 600)
            pts = sorted(rng.sample(range(2016, 2021), 3))
            vals = sorted(rng.randint(0, target) for _ in pts)
            inds.append((f"chi-tieu-{k}", target, list(zip(pts, vals))))
        programs.append((f"chuong-trinh-{p:02}", inds))
    articles = []
    for i in range(n):
        date = f"{2016 + (i // 336) % 5}-{1 + (i // 28) % 12:02}-{1 + i % 28:02}"
        tags = rng.sample(TAGS, 3)
        vi = words(rng, WORDS, rng.randint(600, 900))
        en = words(rng, EN_WORDS, rng.randint(600, 900))
        articles.append((f"bai-{i:05}", date, tags, rng.randrange(PROGRAMS), vi, en))
    return programs, articles


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def baocao_site(root, programs, articles):
    c = root / "content"
    write(c / "site.yaml", "title: { vi: Trang thử tải, en: Load test }\nlanguages: [vi, en]\n"
          "base_url: https://example.gov.vn/\nper_page: 20\nas_of: 2020-12-31\n")
    for pid, inds in programs:
        lines = [f"title: {{ vi: Chương trình {pid}, en: Programme {pid} }}",
                 "summary: { vi: Tóm tắt., en: Summary. }", "owner: { vi: Sở, en: Department }",
                 "period: { start: 2016, end: 2020 }", "indicators:"]
        for iid, target, pts in inds:
            prog = ", ".join(f"{{ year: {y}, value: {v} }}" for y, v in pts)
            lines += [f"  - id: {iid}", f"    title: {{ vi: Chỉ tiêu {iid}, en: Indicator {iid} }}",
                      "    unit: { vi: cơ sở, en: facilities }", f"    target: {target}", f"    progress: [{prog}]"]
        write(c / "programs" / f"{pid}.yaml", "\n".join(lines) + "\n")
    for name, date, tags, p, vi, en in articles:
        for lang, title, body in (("vi", f"Bài viết {name}", vi), ("en", f"Article {name}", en)):
            front = f"---\ntitle: \"{title}\"\ndate: {date}\ntags: [{', '.join(tags)}]\nprograms: [{programs[p][0]}]\n---\n"
            write(c / "articles" / f"{name}.{lang}.md", front + body + "\n")


HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"{{ .Site.Language.Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }} – {{ .Site.Title }}</title></head><body><nav>{{ range .Site.Menus.main }}<a href=\"{{ .URL }}\">{{ .Name }}</a>{{ end }}{{ range .Translations }}<a href=\"{{ .RelPermalink }}\">{{ .Language.LanguageName }}</a>{{ end }}</nav><main>{{ block \"main\" . }}{{ end }}</main></body></html>",
    "_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><time>{{ .Date.Format \"02/01/2006\" }}</time>{{ .Content }}<p>{{ range .Params.tags }}<a href=\"{{ (urlize .) | relLangURL }}\">{{ . }}</a> {{ end }}</p>{{ end }}",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ $p := .Paginate .Pages }}{{ range $p.Pages }}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2>{{ .Summary }}</article>{{ end }}{{ template \"_internal/pagination.html\" . }}{{ end }}",
    "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1>{{ range first 5 (where .Site.RegularPages \"Section\" \"articles\") }}<h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2>{{ end }}{{ end }}",
    "programs/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><table>{{ range .Params.indicators }}<tr><th>{{ .title }}</th><td>{{ .target }}</td>{{ range .progress }}<td>{{ .year }}: {{ .value }}</td>{{ end }}</tr>{{ end }}</table>{{ end }}",
}


def hugo_site(root, programs, articles):
    write(root / "hugo.toml", "\n".join([
        'baseURL = "https://example.gov.vn/"', 'title = "Load test"', 'defaultContentLanguage = "vi"',
        "paginate = 20", "[taxonomies]", '  tag = "tags"', "[languages.vi]", "  weight = 1",
        '  languageName = "Tiếng Việt"', "[languages.en]", "  weight = 2", '  languageName = "English"', ""]))
    for path, text in HUGO_LAYOUTS.items():
        write(root / "layouts" / path, text)
    for pid, inds in programs:
        for lang in ("vi", "en"):
            lines = ["---", f"title: Programme {pid}", "indicators:"]
            for iid, target, pts in inds:
                lines += [f"  - title: Indicator {iid}", f"    target: {target}", "    progress:"]
                lines += [f"      - {{ year: {y}, value: {v} }}" for y, v in pts]
            write(root / "content" / "programs" / f"{pid}.{lang}.md", "\n".join(lines + ["---", ""]))
    for name, date, tags, p, vi, en in articles:
        for lang, title, body in (("vi", f"Bài viết {name}", vi), ("en", f"Article {name}", en)):
            front = f"---\ntitle: \"{title}\"\ndate: {date}\ntags: [{', '.join(tags)}]\n---\n"
            write(root / "content" / "articles" / f"{name}.{lang}.md", front + body + "\n")


def zola_site(root, programs, articles):
    write(root / "config.toml", "\n".join([
        'base_url = "https://example.gov.vn/"', 'title = "Load test"', 'default_language = "vi"',
        "taxonomies = [{ name = \"tags\", paginate_by = 20 }]", "[languages.en]",
        "taxonomies = [{ name = \"tags\", paginate_by = 20 }]", ""]))
    write(root / "templates" / "base.html", "<!DOCTYPE html><html lang=\"{{ lang }}\"><head><meta charset=\"utf-8\"><title>{% block title %}{% endblock %}</title></head><body><main>{% block main %}{% endblock %}</main></body></html>")
    write(root / "templates" / "page.html", "{% extends \"base.html\" %}{% block title %}{{ page.title }}{% endblock %}{% block main %}<h1>{{ page.title }}</h1>{{ page.content | safe }}{% endblock %}")
    write(root / "templates" / "section.html", "{% extends \"base.html\" %}{% block main %}{% for p in paginator.pages %}<h2><a href=\"{{ p.permalink }}\">{{ p.title }}</a></h2>{% endfor %}{% endblock %}")
    write(root / "templates" / "index.html", "{% extends \"base.html\" %}{% block main %}<h1>{{ config.title }}</h1>{% endblock %}")
    write(root / "templates" / "taxonomy_list.html", "{% extends \"base.html\" %}{% block main %}{% for t in terms %}<a href=\"{{ t.permalink }}\">{{ t.name }}</a>{% endfor %}{% endblock %}")
    write(root / "templates" / "taxonomy_single.html", "{% extends \"base.html\" %}{% block main %}{% for p in paginator.pages %}<h2>{{ p.title }}</h2>{% endfor %}{% endblock %}")
    for lang_suffix in ("", ".en"):
        write(root / "content" / "articles" / f"_index{lang_suffix}.md", "+++\npaginate_by = 20\n+++\n")
    for name, date, tags, p, vi, en in articles:
        for suffix, title, body in (("", f"Bài viết {name}", vi), (".en", f"Article {name}", en)):
            front = f"+++\ntitle = \"{title}\"\ndate = {date}\n[taxonomies]\ntags = [{', '.join(repr(t).replace(chr(39), chr(34)) for t in tags)}]\n+++\n"
            write(root / "content" / "articles" / f"{name}{suffix}.md", front + body + "\n")


def measure(cmd, cwd=None, env=None):
    """Wall seconds and peak resident memory (MiB) of one run."""
    started = time.perf_counter()
    env = {**os.environ, **(env or {})}
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,5000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dir", default="/tmp/baocao-compare")
    ap.add_argument("--baocao", default=str(REPO / "target/release/baocao"))
    a = ap.parse_args()
    base = Path(a.dir)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "floor"], cwd=REPO, check=True)
    if not Path(a.baocao).exists():
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    floor = REPO / "target/release/examples/floor"
    zola = shutil.which("zola")
    rows = []
    for n in [int(s) for s in a.sizes.split(",")]:
        programs, articles = corpus(n)
        sites = {}
        for tool, make in (("baocao", baocao_site), ("hugo", hugo_site), ("zola", zola_site)):
            if tool == "zola" and not zola:
                continue
            root = base / f"{tool}-{n}"
            shutil.rmtree(root, ignore_errors=True)
            make(root, programs, articles)
            sites[tool] = root
        build = [a.baocao, "build", "--quiet", "--root", str(sites["baocao"])]
        commands = {
            # From nothing: every chart PNG rasterized (no build cache).
            "baocao": (build, None, {"BAOCAO_CACHE": "off"}),
            # Again, with the build cache (.baocao-cache/) of an earlier
            # build of the same site: what an officer's next build costs.
            "cached": (build, None, {}),
            "hugo": (["hugo", "--quiet", "--source", str(sites["hugo"]), "--destination", str(base / f"hugo-{n}-out")], None),
            "floor": ([str(floor), str(sites["baocao"] / "content"), str(base / f"floor-{n}-out")], None),
        }
        if zola:
            commands["zola"] = ([zola, "build", "--force", "--output-dir", str(base / f"zola-{n}-out")], sites["zola"])
        measure(build)  # fills the build cache
        tools = list(commands)
        results = {t: [] for t in tools}
        for r in range(a.rounds):
            order = tools[r % len(tools):] + tools[:r % len(tools)]
            for t in order:
                results[t].append(measure(*commands[t]))
        med = {t: (statistics.median(w for w, _ in v), statistics.median(m for _, m in v)) for t, v in results.items()}
        ratio = lambda other: statistics.median(b[0] / o[0] for b, o in zip(results["baocao"], results[other]))
        mem_ratio = lambda other: statistics.median(b[1] / o[1] for b, o in zip(results["baocao"], results[other]))
        cached = statistics.median(c[0] / h[0] for c, h in zip(results["cached"], results["hugo"]))
        rows.append((n, med, ratio("hugo"), mem_ratio("hugo"), ratio("floor"), ratio("zola") if zola else None, cached))
    print(f"rounds: {a.rounds} per size, paired; medians\n")
    print("| articles | baocao wall | with cache | Hugo wall | baocao/Hugo | with cache/Hugo | baocao/floor | baocao peak | Hugo peak | peak ratio |" + (" baocao/Zola |" if zola else ""))
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |" + (" --- |" if zola else ""))
    for n, med, rh, mh, rf, rz, rc in rows:
        line = (f"| {n:,} | {med['baocao'][0]:.2f} s | {med['cached'][0]:.2f} s | {med['hugo'][0]:.2f} s | {rh:.2f} | {rc:.2f} | {rf:.2f} | "
                f"{med['baocao'][1]:.0f} MiB | {med['hugo'][1]:.0f} MiB | {mh:.2f} |")
        if rz is not None:
            line += f" {rz:.2f} |"
        print(line)
    if len(rows) >= 2:
        (n1, m1, *_), (n2, m2, *_) = rows[0], rows[-1]
        print(f"\nbaocao {n2:,}/{n1:,} time ratio: {m2['baocao'][0] / m1['baocao'][0]:.2f} (pages ×{n2 / n1:.0f})")


if __name__ == "__main__":
    main()
