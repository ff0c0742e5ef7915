#!/usr/bin/env python3
"""The editor schemas of `baocao schema` checked by a real JSON Schema
validator (jsonschema, Draft 7): every YAML file and every front matter of
the example site, of each fixture and of a site made by `baocao init` must
be valid; then bad copies of a
small site, modelled on tests/errors.rs, must be refused by the schema at
the same field path that `baocao check` reports.

YAML is read as YAML 1.2 (core schema), as baocao and yaml-language-server
read it, not as PyYAML's YAML 1.1: `2018-06-22` stays text (1.1 makes a
date of it), `no`, `on` and `y` stay text (1.1 makes booleans of them), and
`0219` stays text (baocao keeps numbers with a leading zero as written).
Converting YAML 1.1's values back would be guesswork (`2018-6-2` and
`2018-06-02` give one date); a loader with 1.2's rules reads what the
editor and baocao read.

Usage: BAOCAO_BIN=target/debug/baocao python3 tests/validate/schemas.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import yaml

# The sites in the repository are built without the build cache (it would be
# written beside their content/): tests write to temporary folders only.
os.environ["BAOCAO_CACHE"] = "off"
REPO = Path(__file__).resolve().parents[2]
BIN = os.environ.get("BAOCAO_BIN", str(REPO / "target/debug/baocao"))
SITES = [REPO] + sorted(p.parent for p in (REPO / "tests/fixtures").glob("*/site/content"))


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with the implicit types of the YAML 1.2 core schema."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    # No leading zero: `0219` is text, as baocao reads it.
    ("int", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     "-+.0123456789"),
]:
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first))


def construct_int(loader, node):
    value = loader.construct_scalar(node)
    return int(value, 0) if value[:2] in ("0o", "0x") else int(value)


def construct_float(loader, node):
    value = loader.construct_scalar(node).lower()
    if value.endswith("inf"):
        return float("-inf") if value.startswith("-") else float("inf")
    return float("nan") if value == ".nan" else float(value)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", construct_float)


def load(text: str):
    return yaml.load(text, Loader=Yaml12Loader)


def front_matter(text: str):
    """The YAML between the `---` fences (as validate::split_front_matter)."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for i, line in enumerate(lines[1:], 1):
        if line.rstrip() == "---":
            return "\n".join(lines[1:i])
    return None


def run(*args, site: Path):
    return subprocess.run([BIN, *args, "--root", str(site), "--lang", "en"], capture_output=True, text=True,
                          timeout=120)


def validators(site: Path, out: Path) -> dict:
    made = run("schema", "--out", str(out), site=site)
    if made.returncode != 0:
        sys.exit(f"baocao schema for {site} failed:\n{made.stderr}")
    found = {}
    for name in ("site", "program", "front-matter"):
        schema = json.loads((out / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft7Validator.check_schema(schema)
        found[name] = jsonschema.Draft7Validator(schema)
    return found


def documents(site: Path):
    """(schema name, file, YAML value) for every content file of a site."""
    content = site / "content"
    yield "site", content / "site.yaml", load((content / "site.yaml").read_text(encoding="utf-8-sig"))
    for path in sorted((content / "programs").glob("*.yaml")):
        yield "program", path, load(path.read_text(encoding="utf-8-sig"))
    for path in sorted(content.glob("*/**/*.md")):
        if "static" in path.relative_to(content).parts:
            continue
        text = front_matter(path.read_text(encoding="utf-8-sig"))
        if text is not None:
            yield "front-matter", path, load(text) or {}


def dotted(path) -> str:
    """A jsonschema path as baocao writes field paths: indicators[0].target."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def join(parent: str, key) -> str:
    return f"{parent}.{key}" if parent else str(key)


def error_paths(error) -> set:
    """Every field path an error (and the errors under an anyOf) names: a
    missing or unknown key is named by its own path, as baocao does."""
    paths = set()
    here = dotted(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        paths |= {join(here, k) for k in error.instance if k not in known}
    elif error.validator == "required":
        paths |= {join(here, k) for k in error.validator_value if k not in error.instance}
    elif error.validator == "dependencies":
        for key, needed in error.validator_value.items():
            if key in error.instance:
                paths |= {join(here, k) for k in needed if k not in error.instance}
    elif "propertyNames" in error.absolute_schema_path:
        paths.add(join(here, error.instance))
    else:
        paths.add(here)
    for sub in error.context or []:
        paths |= error_paths(sub)
    return paths


# The field words of `baocao check --lang en` (messages/fields.rs), back to a path.
ITEM_WORDS = [
    (re.compile(r"^indicator (\d+)(?: \(`.*`\))?$"), "indicators"),
    (re.compile(r"^progress point (\d+)$"), "progress"),
    (re.compile(r"^disbursement (\d+)$"), "disbursed"),
]
DIAGNOSTIC = re.compile(r"^(?P<file>[^:]+):\d+:\d+: error\[BC\d{4}\]: (?P<rest>.*)$")
PLACE = re.compile(r"^((?:[^:`]|`[^`]*`)+): (.*)$")


def field_path(words: str) -> str:
    parts = []
    for part in words.split(", "):
        for pattern, name in ITEM_WORDS:
            match = pattern.match(part)
            if match:
                parts.append(f"{name}[{int(match.group(1)) - 1}]")
                break
        else:
            match = re.match(r"^(.*) \(item (\d+)\)$", part)
            parts.append(f"{match.group(1)}[{int(match.group(2)) - 1}]" if match else part)
    return ".".join(parts).replace(".[", "[")


def reported(stderr: str) -> set:
    """(file, field path) of each error baocao reports; a missing key is
    named by its own path."""
    found = set()
    for line in stderr.splitlines():
        match = DIAGNOSTIC.match(line)
        if not match:
            continue
        rest = match.group("rest")
        place = PLACE.match(rest)
        # A message with no field before it starts with its own words.
        path, message = (field_path(place.group(1)), place.group(2)) if place else ("", rest)
        missing = re.match(r"^missing required key `([^`]+)`", message)
        if missing:
            path = join(path, missing.group(1))
        found.add((match.group("file"), path))
    return found


# The small site of tests/errors.rs, and bad copies of it: (case, file,
# text replaced, replacement, the field path baocao and the schema name).
BASE = {
    "content/site.yaml": "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\nbase_url: https://example.org/\n",
    "content/programs/p.yaml": "title: { vi: Chương trình, en: Programme }\nsummary: { vi: Tóm tắt, en: Summary }\n"
                               "owner: { vi: Sở, en: Department }\nperiod: { start: 2018, end: 2020 }\nindicators:\n"
                               "  - id: models\n    title: { vi: Mô hình, en: Models }\n    unit: { vi: mô hình, en: models }\n"
                               "    target: 10\n",
    "content/articles/a.vi.md": "---\ntitle: Bài\ndate: 2019-01-02\nprograms: [p]\n---\nVăn bản.\n",
    "content/articles/a.en.md": "---\ntitle: Article\ndate: 2019-01-02\n---\nText.\n",
    "content/static/anh.jpg": "JPEG",
}
SITE, PROGRAM, ARTICLE = "content/site.yaml", "content/programs/p.yaml", "content/articles/a.en.md"
END = None  # append to the file
BAD = [
    ("unknown_key", PROGRAM, END, "tagz: [che]\n", ["tagz"]),
    ("unknown_front_matter_key", ARTICLE, "title: Article", "tittle: Article", ["tittle"]),
    ("missing_field", PROGRAM, "owner: { vi: Sở, en: Department }\n", "", ["owner"]),
    ("every_missing_key", PROGRAM, "    title: { vi: Mô hình, en: Models }\n    unit: { vi: mô hình, en: models }\n"
                                   "    target: 10\n", "", ["indicators[0].title", "indicators[0].unit",
                                                           "indicators[0].target"]),
    ("wrong_type", PROGRAM, "    target: 10", "    target: hai mươi", ["indicators[0].target"]),
    ("list_expected", PROGRAM, END, "tags: che\n", ["tags"]),
    ("malformed_id", PROGRAM, "  - id: models", "  - id: Mô hình 1", ["indicators[0].id"]),
    ("unknown_measure", PROGRAM, "    target: 10", "    target: 10\n    measure: levels", ["indicators[0].measure"]),
    ("year_and_date", PROGRAM, "    target: 10",
     "    target: 10\n    progress: [{ year: 2019, date: 2019-06-30, value: 2 }]", ["indicators[0].progress[0]"]),
    ("neither_year_nor_date", PROGRAM, "    target: 10", "    target: 10\n    progress: [{ value: 2 }]",
     ["indicators[0].progress[0]"]),
    ("unknown_language", PROGRAM, "title: { vi: Chương trình, en: Programme }",
     "title: { vi: Chương trình, fr: Programme }", ["title.fr"]),
    ("language_written_vn", SITE, "title: { vi: Thử, en: Test }", "title: { vn: Thử, en: Test }", ["title.vn"]),
    ("two_digit_year", ARTICLE, "date: 2019-01-02", "date: 22/06/18", ["date"]),
    ("thousands_commas", PROGRAM, "    target: 10", "    target: 1,000", ["indicators[0].target"]),
    ("decimal_comma", PROGRAM, "    target: 10", "    target: 35,5", ["indicators[0].target"]),
    ("percent_sign", PROGRAM, "    target: 10", "    target: 5%", ["indicators[0].target"]),
    ("unit_in_number", PROGRAM, "    target: 10", "    target: 61 xã", ["indicators[0].target"]),
    ("too_large", PROGRAM, "    target: 10", "    target: 1e308", ["indicators[0].target"]),
    ("budget_fraction", PROGRAM, END, "budget: { planned: 1500.5 }\n", ["budget.planned"]),
    ("budget_thousands", PROGRAM, END, "budget: { planned: 26.990.000.000 }\n", ["budget.planned"]),
    ("disbursed_amount_words", PROGRAM, END, "budget:\n  planned: 100\n  disbursed: [{ year: 2019, amount: 5 triệu }]\n",
     ["budget.disbursed[0].amount"]),
    ("needs_start_end", PROGRAM, "period: { start: 2018, end: 2020 }", "period: 2018-2020", ["period"]),
    ("stale_after_out_of_range", SITE, END, "status: { stale_after_months: 500 }\n", ["status.stale_after_months"]),
    ("as_of_not_a_date", SITE, END, "as_of: cuối năm 2020\n", ["as_of"]),
    ("per_page_zero", SITE, END, "per_page: 0\n", ["per_page"]),
    ("base_url_not_absolute", SITE, "base_url: https://example.org/", "base_url: example.org", ["base_url"]),
    ("unknown_licence", SITE, END, "license: MIT\n", ["license"]),
    ("tag_id_not_a_slug", SITE, END, "tags: { Chè: { vi: Chè, en: Tea } }\n", ["tags.Chè"]),
    ("slug_leaves_output", ARTICLE, "date: 2019-01-02", "date: 2019-01-02\nslug: ../../etc", ["slug"]),
    ("translations_not_none", ARTICLE, "date: 2019-01-02", "date: 2019-01-02\ntranslations: no", ["translations"]),
    ("image_without_alt", ARTICLE, "date: 2019-01-02", "date: 2019-01-02\nimage: /static/anh.jpg", ["image_alt"]),
]
# Values the schema must take, each laid over the base site: every date
# form, every way of writing a licence, quoted figures.
GOOD = [
    ("iso_date_time", ARTICLE, "date: 2019-01-02", "date: 2019-01-02T09:30:00+07:00"),
    ("day_month_year", ARTICLE, "date: 2019-01-02", "date: 2/1/2019"),
    ("licence_by_name", SITE, END, "license: cc by 4.0\n"),
    ("quoted_figure", PROGRAM, "    target: 10", "    target: \"10\"\n    baseline: 0.5"),
    ("empty_optional", PROGRAM, "    target: 10", "    target: 10\n    note:\n    baseline:"),
    ("a_date_and_a_year", PROGRAM, "    target: 10",
     "    target: 10\n    progress: [{ year: 2018, value: 1 }, { date: 2019-06-30, value: 2 }]"),
]


def bad_site(root: Path, file: str, old, new: str) -> None:
    for path, text in BASE.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    path = root / file
    text = path.read_text(encoding="utf-8")
    if old is None:
        text += new
    else:
        assert text.count(old) == 1, (file, old)
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def schema_errors(found: dict, root: Path, file: str) -> list:
    path = root / file
    text = path.read_text(encoding="utf-8")
    name = "site" if file == SITE else "program" if file == PROGRAM else "front-matter"
    value = load(front_matter(text) if name == "front-matter" else text)
    return list(found[name].iter_errors(value))


def main() -> None:
    failures = []
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # A new site, as `baocao init` writes it (with its own schemas).
        fresh = tmp / "init"
        made = subprocess.run([BIN, "init", str(fresh), "--lang", "vi"], capture_output=True, text=True, timeout=120)
        if made.returncode != 0:
            sys.exit(f"baocao init failed:\n{made.stderr}")
        for i, site in enumerate(SITES + [fresh]):
            found = validators(site, tmp / f"schemas{i}")
            for name, path, value in documents(site):
                checked += 1
                for error in found[name].iter_errors(value):
                    failures.append(f"{path.relative_to(REPO)}: {dotted(error.absolute_path)}: {error.message}")

        base = tmp / "base"
        bad_site(base, SITE, END, "")
        found = validators(base, tmp / "schemas-base")
        for file in (SITE, PROGRAM, ARTICLE):
            for error in schema_errors(found, base, file):
                failures.append(f"the base site, {file}: {dotted(error.absolute_path)}: {error.message}")

        for case, file, old, new in GOOD:
            root = tmp / case
            bad_site(root, file, old, new)
            checking = run("check", site=root)
            if checking.returncode != 0:
                failures.append(f"{case}: baocao refuses it:\n{checking.stderr}")
            for error in schema_errors(found, root, file):
                failures.append(f"{case}: the schema refuses it at {dotted(error.absolute_path)}: {error.message}")

        for case, file, old, new, expected in BAD:
            root = tmp / case
            bad_site(root, file, old, new)
            checking = run("check", site=root)
            said = reported(checking.stderr)
            refused = set().union(*(error_paths(e) for e in schema_errors(found, root, file)))
            for path in expected:
                if checking.returncode != 1 or (file, path) not in said:
                    failures.append(f"{case}: baocao does not report {path} (it reports {sorted(said)}):\n"
                                    f"{checking.stderr}")
                if path not in refused:
                    failures.append(f"{case}: the schema does not refuse {path} (it refuses {sorted(refused)})")

    if failures:
        sys.exit("the editor schemas disagree with baocao:\n" + "\n".join(failures))
    print(f"editor schemas valid: {checked} files of {len(SITES) + 1} sites (one made by init); {len(GOOD)} good and {len(BAD)} bad "
          f"cases read as baocao reads them")


if __name__ == "__main__":
    main()
