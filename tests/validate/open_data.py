#!/usr/bin/env python3
"""Open data checked by real validators: each built site's
data/datapackage.json by frictionless (every CSV against its table schema:
types, enums, primary keys, the licence), and each data/<id>.json by a JSON
Schema validator against data/program.schema.json. Then the same checks on
broken copies must fail, so a validator that checks nothing is caught.

Usage: BAOCAO_BIN=target/debug/baocao python3 tests/validate/open_data.py
"""
import csv as csvmod
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import frictionless
import jsonschema

# The sites in the repository are built without the build cache (it would be
# written beside their content/): tests write to temporary folders only.
os.environ["BAOCAO_CACHE"] = "off"
REPO = Path(__file__).resolve().parents[2]
BIN = os.environ.get("BAOCAO_BIN", str(REPO / "target/debug/baocao"))
SITES = [REPO, REPO / "tests/fixtures/bilingual/site", REPO / "tests/fixtures/figures/site"]


def build(site: Path, out: Path) -> None:
    run = subprocess.run([BIN, "build", "--root", str(site), "--output", str(out), "--lang", "en"],
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        sys.exit(f"build of {site} failed:\n{run.stderr}")


def package_errors(data: Path) -> list:
    report = frictionless.validate(str(data / "datapackage.json"))
    return [] if report.valid else [row[0] for row in report.flatten(["message"])] or ["invalid"]


def schema_errors(data: Path) -> list:
    schema = json.loads((data / "program.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = []
    for path in sorted(data.glob("*.json")):
        if path.name in ("program.schema.json", "datapackage.json"):
            continue
        for error in validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))):
            errors.append(f"{path.name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    return errors


def main() -> None:
    failures = []
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, site in enumerate(SITES):
            out = Path(tmp) / f"site{i}"
            build(site, out)
            data = out / "data"
            package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
            tables = [r for r in package["resources"] if r.get("profile") == "tabular-data-resource"]
            assert tables, f"{site}: no tables in the data package"
            for problem in package_errors(data) + schema_errors(data):
                failures.append(f"{site.name}: {problem}")
            checked += len(tables) + len(list(data.glob("*.json"))) - 2

        # The validators must catch broken files.
        broken = Path(tmp) / "broken"
        shutil.copytree(Path(tmp) / "site0" / "data", broken)
        csv = next(p for p in sorted(broken.glob("*.csv")) if not p.name.endswith(".budget.csv"))
        with open(csv, encoding="utf-8-sig", newline="") as f:
            rows = list(csvmod.reader(f))
        rows[1][rows[0].index("status_at_point")] = "late"
        with open(csv, "w", encoding="utf-8-sig", newline="") as f:
            csvmod.writer(f, lineterminator="\r\n").writerows(rows)
        if not package_errors(broken):
            failures.append("frictionless accepted a status outside the enum")
        shutil.copytree(Path(tmp) / "site0" / "data", broken, dirs_exist_ok=True)
        program = next(p for p in sorted(broken.glob("*.json")) if p.name not in ("program.schema.json", "datapackage.json"))
        data = json.loads(program.read_text(encoding="utf-8"))
        data["indicators"][0]["stale"] = "no"
        program.write_text(json.dumps(data), encoding="utf-8")
        if not schema_errors(broken):
            failures.append("the JSON Schema accepted stale: \"no\"")

    if failures:
        sys.exit("open data is not valid:\n" + "\n".join(failures))
    print(f"open data valid: {checked} tables and JSON files in {len(SITES)} sites; broken copies refused")


if __name__ == "__main__":
    main()
