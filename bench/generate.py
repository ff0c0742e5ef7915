#!/usr/bin/env python3
"""Generates a large baocao site for the benchmark: N articles in Vietnamese
(three in four also in English), P programmes of 8 indicators each, tags
drawn from a fixed list. Deterministic (seeded), so runs are comparable.

usage: generate.py DIR [--articles N] [--programs P]
"""
import argparse, os, random, shutil

WORDS = ("khuyến công chè thảo quả dược liệu thủ công mỹ nghệ cơ sở công nghiệp nông thôn "
         "hội chợ triển lãm đào tạo nghề lao động thiết bị hiện đại mô hình trình diễn "
         "thương hiệu bao bì cụm công nghiệp xử lý nước thải môi trường Hà Giang").split()
TAGS = ["Khuyến công", "Chè", "Thảo quả", "Dược liệu", "Đào tạo nghề", "Hội chợ", "Thương hiệu",
        "Môi trường", "Đường giao thông", "Thủ công mỹ nghệ", "Nông thôn mới", "Xúc tiến thương mại"]

def para(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--programs", type=int, default=20)
    a = ap.parse_args()
    rng = random.Random(2020)
    shutil.rmtree(a.dir, ignore_errors=True)
    c = os.path.join(a.dir, "content")
    for sub in ("programs", "articles", "pages"):
        os.makedirs(os.path.join(c, sub))
    with open(os.path.join(c, "site.yaml"), "w") as f:
        f.write("title: { vi: Trang thử tải, en: Load test }\nlanguages: [vi, en]\n"
                "base_url: https://example.gov.vn/\nper_page: 20\n")
    ids = [f"chuong-trinh-{i:03}" for i in range(a.programs)]
    for pid in ids:
        with open(os.path.join(c, "programs", pid + ".yaml"), "w") as f:
            f.write(f"title: {{ vi: Chương trình {pid}, en: Programme {pid} }}\n"
                    "summary: { vi: Tóm tắt., en: Summary. }\nowner: { vi: Sở, en: Department }\n"
                    "period: { start: 2016, end: 2020 }\nsample_data: true\n"
                    "budget: { planned: 26990000000, disbursed: [{ year: 2017, amount: 5000000000 }, { year: 2018, amount: 6000000000 }] }\n"
                    "indicators:\n")
            for k in range(8):
                target = rng.randint(5, 600)
                pts = sorted(rng.sample(range(2016, 2021), 3))
                vals = sorted(rng.randint(0, target) for _ in pts)
                prog = ", ".join(f"{{ year: {y}, value: {v} }}" for y, v in zip(pts, vals))
                f.write(f"  - id: chi-tieu-{k}\n    title: {{ vi: Chỉ tiêu {k}, en: Indicator {k} }}\n"
                        f"    unit: {{ vi: cơ sở, en: facilities }}\n    target: {target}\n    progress: [{prog}]\n")
    for i in range(a.articles):
        day = 1 + i % 28; month = 1 + (i // 28) % 12; year = 2016 + (i // 336) % 5
        tags = ", ".join(rng.sample(TAGS, 3))
        body = "\n\n".join(para(rng, rng.randint(40, 90)) for _ in range(rng.randint(4, 9)))
        front = (f"---\ntitle: \"Bài viết số {i}: {para(rng, 6)}\"\ndate: {year}-{month:02}-{day:02}\n"
                 f"tags: [{tags}]\nprograms: [{rng.choice(ids)}]\n---\n")
        with open(os.path.join(c, "articles", f"bai-{i:05}.vi.md"), "w") as f:
            f.write(front + "## Nội dung\n\n" + body + "\n\n| Năm | Giá trị |\n| --- | --- |\n| 2019 | 1.000 |\n")
        if i % 4:
            with open(os.path.join(c, "articles", f"bai-{i:05}.en.md"), "w") as f:
                f.write(front.replace("Bài viết số", "Article") + "Some English text. " * 120 + "\n")
    for name in ("gioi-thieu", "phuong-phap"):
        for lang in ("vi", "en"):
            with open(os.path.join(c, "pages", f"{name}.{lang}.md"), "w") as f:
                f.write(f"---\ntitle: {name} {lang}\nmenu: 1\n---\n{para(rng, 80)}\n")

main()
