//! Figures citizens can trust (issue 11): the as-of date and stale
//! figures, cumulative and level indicators (a falling one too), and the
//! tag vocabulary, on the `figures` fixture: a 2021–2025 programme seen in
//! late 2026, whose latest figures are partly from 2023.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/figures/site")
}

fn built(extra: &[&str]) -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    build(&fixture(), &out, extra);
    let t = tree(&out);
    (dir, t)
}

/// The text of a page as a reader sees it: tags dropped, entities read,
/// white space collapsed.
fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\"");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn json(tree: &BTreeMap<String, Vec<u8>>) -> Value {
    serde_json::from_str(&text(tree, "data/giam-ngheo-2025.json")).unwrap()
}

fn indicator<'a>(data: &'a Value, id: &str) -> &'a Value {
    data["indicators"].as_array().unwrap().iter().find(|i| i["id"] == id).unwrap()
}

#[test]
fn statuses_run_to_the_as_of_date_and_old_figures_are_marked() {
    let (_dir, t) = built(&[]);
    let data = json(&t);
    assert_eq!(data["as_of"], "2026-11-30");
    // 1000 of 2000 households by 2023, seen in late 2026: all the time is
    // gone (capped at 2025), half the way covered, three years old.
    let households = indicator(&data, "households-supported");
    assert_eq!(
        (&households["status"], &households["stale"], &households["measure"]),
        (&Value::from("off_track"), &Value::from(true), &Value::from("cumulative"))
    );
    // 47 of the way from 30 to 50 in 2025: not stale (the programme has ended).
    let income = indicator(&data, "income");
    assert_eq!((&income["stale"], &income["measure"]), (&Value::from(false), &Value::from("level")));
    assert_eq!(income["percent"], 85);
    let poverty = indicator(&data, "poverty-rate");
    assert_eq!((&poverty["stale"], &poverty["status"]), (&Value::from(true), &Value::from("off_track")));
    assert_eq!(data["overall"]["indicators_stale"], 2);
    assert_eq!(data["status_rule"]["stale_after_months"], 12);

    let vi = words(&text(&t, "chuong-trinh/giam-ngheo-2025/index.html"));
    for said in [
        "Số liệu cập nhật đến ngày 30/11/2026.",
        "Chậm tiến độ (số liệu năm 2023) 1.000/2.000 hộ tính đến năm 2023 (50%)",
        "Số liệu cũ: chưa được cập nhật kể từ năm 2023",
        "Tăng từ 30 triệu đồng/năm (năm 2021) lên 47 triệu đồng/năm (năm 2025); mục tiêu 50 triệu đồng/năm vào năm 2025",
        "Giảm từ 12,5% (năm 2021) xuống 8,9% (năm 2023); mục tiêu 5% vào năm 2025",
        "Số liệu cũ: 2/3 chỉ tiêu chưa được cập nhật kể từ năm 2023",
    ] {
        assert!(vi.contains(said), "{said:?} not in the Vietnamese page:\n{vi}");
    }
    let en = words(&text(&t, "en/programs/giam-ngheo-2025/index.html"));
    for said in [
        "Figures as of 30 November 2026.",
        "Off track (as of 2023) 1,000 of 2,000 households by 2023 (50%)",
        "Data not updated since 2023",
        "Down from 12.5% in 2021 to 8.9% in 2023; target 5% by 2025",
        "Baseline 12.5%",
    ] {
        assert!(en.contains(said), "{said:?} not in the English page:\n{en}");
    }
    // A level has a plain value column; a running total says it is one.
    assert!(en.contains("Progress by year: Poverty rate Time Value 2022 10.7 2023 8.9"), "{en}");
    assert!(vi.contains("Giá trị đạt được (cộng dồn)"), "{vi}");
    // The home page's card carries the stale note too.
    let home = words(&text(&t, "index.html"));
    assert!(home.contains("Số liệu cũ: 2/3 chỉ tiêu chưa được cập nhật kể từ năm 2023"), "{home}");
    // The card's status gives the years its indicators' figures are from.
    assert!(home.contains("Có nguy cơ chậm (số liệu các năm 2023–2025)"), "{home}");
    let spaced = vi.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b' ' && w[2] == b'%');
    assert!(!spaced, "a per cent sign is not spaced from its number");
}

/// `--as-of` wins over site.yaml, which wins over `SOURCE_DATE_EPOCH`,
/// which wins over the latest date in the content; never the clock.
#[test]
fn the_as_of_date_comes_from_the_flag_the_site_the_environment_then_the_content() {
    let as_of = |root: &Path, flag: Option<&str>, epoch: Option<&str>| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let mut c = command();
        c.args(["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()]);
        if let Some(f) = flag {
            c.args(["--as-of", f]);
        }
        match epoch {
            Some(e) => c.env("SOURCE_DATE_EPOCH", e),
            None => c.env_remove("SOURCE_DATE_EPOCH"),
        };
        let run = Run::from(c.output().unwrap());
        assert_eq!(run.code, 0, "{}", run.stderr);
        let data: Value =
            serde_json::from_slice(&std::fs::read(out.join("data/giam-ngheo-2025.json")).unwrap()).unwrap();
        data["as_of"].as_str().unwrap().to_string()
    };
    let site = fixture();
    assert_eq!(as_of(&site, Some("2025-06-30"), Some("1767225600")), "2025-06-30");
    assert_eq!(as_of(&site, None, Some("1767225600")), "2026-11-30");
    // Without `as_of` in site.yaml.
    let copy = tempfile::tempdir().unwrap();
    for (rel, bytes) in tree(&site) {
        let path = copy.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let site_yaml = copy.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&site_yaml).unwrap().replace("as_of: 2026-11-30\n", "");
    std::fs::write(&site_yaml, text).unwrap();
    // 1767225600 is 2026-01-01T00:00:00Z.
    assert_eq!(as_of(copy.path(), None, Some("1767225600")), "2026-01-01");
    // The latest figure is 2025's: the last day of 2025.
    assert_eq!(as_of(copy.path(), None, None), "2025-12-31");
    // Figures later than a given as-of date are warned about.
    let run = baocao(&["check", "--root", site.to_str().unwrap(), "--as-of", "2024-01-01"]);
    assert!(
        run.stderr.contains("warning[BC3217]: indicator 2 (`income`), progress point 2: the figure for 2025"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_vocabulary_makes_one_topic_of_ids_and_names_in_every_language() {
    let (_dir, t) = built(&[]);
    // `Chè` (vi) and `Tea` (en) are one topic; so are `Giảm nghèo`,
    // `giảm nghèo` and `Poverty reduction`.
    for path in ["chu-de/che/index.html", "en/tags/che/index.html", "en/tags/giam-ngheo/index.html"] {
        assert!(t.contains_key(path), "{path}");
    }
    for path in ["en/tags/tea/index.html", "en/tags/poverty-reduction/index.html", "chu-de/income/index.html"] {
        assert!(!t.contains_key(path), "{path}");
    }
    let tea = words(&text(&t, "en/tags/che/index.html"));
    assert!(tea.contains("Topic: Tea") && tea.contains("Tea growing helps poor households"), "{tea}");
    let poverty = text(&t, "en/tags/giam-ngheo/index.html");
    assert!(words(&poverty).contains("Programmes that help poor households to lasting livelihoods."));
    assert!(words(&poverty).contains("Sustainable poverty reduction programme"), "the programme is on its topic");
    // A label the vocabulary has only in Vietnamese is marked as such.
    let index = text(&t, "en/tags/index.html");
    assert!(index.contains("<span lang=\"vi\">Dân tộc thiểu số</span>"), "{index}");
    // Sorted as an English reader expects, marks aside.
    let order: Vec<&str> = ["Dân tộc thiểu số", "Income", "Poverty reduction", "Tea"]
        .into_iter()
        .map(|n| index.find(n).map(|_| n).unwrap_or_else(|| panic!("{n} not in the index")))
        .collect();
    let mut positions: Vec<usize> = order.iter().map(|n| index.find(n).unwrap()).collect();
    let sorted = positions.clone();
    positions.sort();
    assert_eq!(positions, sorted, "{index}");
    // A tag the vocabulary lacks is kept as written, with one warning.
    assert!(t.contains_key("chu-de/moi/index.html"));
    let run = baocao(&["check", "--root", fixture().to_str().unwrap()]);
    assert_eq!(run.stderr.matches("warning[BC3007]").count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/articles/mo-hinh-che.vi.md:5:7: warning[BC3007]: tags: the topic `Mới`"));
}

/// The open data's shape; `tests/validate/open_data.py` runs the real
/// validators (frictionless, a JSON Schema validator) over the same files.
#[test]
fn open_data_is_reusable_as_it_stands() {
    let (_dir, t) = built(&[]);
    let csv = text(&t, "data/giam-ngheo-2025.csv");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let rows: Vec<Vec<&str>> = csv.trim_start_matches('\u{feff}').lines().map(|l| l.split(',').collect()).collect();
    let header = &rows[0];
    let col =
        |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("no column {name}: {header:?}"));
    for name in ["measure", "point", "percent", "status_at_point", "sample_data"] {
        col(name);
    }
    // No column is empty in every row: no dated figure, so no `date`; no
    // source or note given, so none of those.
    for gone in ["date", "source_vi", "note_en", "status"] {
        assert!(!header.contains(&gone), "{gone} in {header:?}");
    }
    for (i, name) in header.iter().enumerate() {
        assert!(rows[1..].iter().any(|r| !r[i].is_empty()), "column {name} is empty");
    }
    // Each row carries the status at its own point, not today's (off track).
    let households: Vec<&Vec<&str>> = rows.iter().filter(|r| r[col("indicator")] == "households-supported").collect();
    let at = |r: &Vec<&str>| {
        (r[col("year")].to_string(), r[col("percent")].to_string(), r[col("status_at_point")].to_string())
    };
    let row = |y: &str, p: &str, s: &str| (y.to_string(), p.to_string(), s.to_string());
    assert_eq!(at(households[0]), row("2022", "30", "on_track"));
    assert_eq!(at(households[1]), row("2023", "50", "on_track"));
    assert_eq!(households[1][col("sample_data")], "true");

    let budget = text(&t, "data/giam-ngheo-2025.budget.csv");
    assert_eq!(
        budget.trim_start_matches('\u{feff}'),
        "program,currency,planned,year,disbursed,disbursed_to_date\r\n\
         giam-ngheo-2025,VND,12000000000,2022,3000000000,3000000000\r\n\
         giam-ngheo-2025,VND,12000000000,2023,2500000000,5500000000\r\n"
    );

    let data = json(&t);
    assert_eq!(data["$schema"], "program.schema.json");
    assert_eq!(data["description_text"]["vi"], "Cách làm\n\nHỗ trợ giống chè và tập huấn cho hộ nghèo.");
    assert_eq!(data["pages"]["en"], "https://example.gov.vn/giamngheo/en/programs/giam-ngheo-2025/");
    assert_eq!(data["license"]["id"], "CC-BY-4.0");

    let package: Value = serde_json::from_str(&text(&t, "data/datapackage.json")).unwrap();
    let names: Vec<&str> =
        package["resources"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["giam-ngheo-2025", "giam-ngheo-2025-budget", "giam-ngheo-2025-json"]);
    assert_eq!(package["licenses"][0]["path"], "https://creativecommons.org/licenses/by/4.0/");
    assert_eq!(package["as_of"], "2026-11-30");
    for resource in package["resources"].as_array().unwrap() {
        assert!(t.contains_key(&format!("data/{}", resource["path"].as_str().unwrap())), "{resource}");
    }
    assert!(t.contains_key("data/program.schema.json"));
}

/// A link shared in a chat app shows a preview; search engines read the
/// dataset; the browser finds an icon; the sitemap says when pages changed.
#[test]
fn pages_can_be_shared_and_found() {
    let (_dir, t) = built(&[]);
    let page = text(&t, "en/programs/giam-ngheo-2025/index.html");
    let meta = |property: &str| {
        let at =
            page.find(&format!("<meta property=\"{property}\" content=\"")).unwrap_or_else(|| panic!("no {property}"));
        let rest = &page[at..];
        let start = rest.find("content=\"").unwrap() + 9;
        rest[start..start + rest[start..].find('"').unwrap()].to_string()
    };
    assert_eq!(meta("og:url"), "https://example.gov.vn/giamngheo/en/programs/giam-ngheo-2025/");
    assert_eq!(meta("og:locale"), "en_US");
    assert_eq!(meta("og:type"), "website");
    let image = meta("og:image");
    let image_path = image.strip_prefix("https://example.gov.vn/giamngheo/").unwrap();
    assert_eq!(image_path, "charts/giam-ngheo-2025/_overview.en.png");
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    let start = page.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let ld: Value = serde_json::from_str(&page[start..start + page[start..].find("</script>").unwrap()]).unwrap();
    assert_eq!(ld["@type"], "Dataset");
    assert_eq!(ld["license"], "https://creativecommons.org/licenses/by/4.0/");
    assert_eq!(ld["temporalCoverage"], "2021/2025");
    assert_eq!(ld["dateModified"], "2026-11-30");
    let downloads: Vec<&str> =
        ld["distribution"].as_array().unwrap().iter().map(|d| d["contentUrl"].as_str().unwrap()).collect();
    assert_eq!(downloads.len(), 3);
    for url in downloads {
        assert!(t.contains_key(url.strip_prefix("https://example.gov.vn/giamngheo/").unwrap()), "{url}");
    }
    assert!(page.contains("rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>"));
    // The icon, also where browsers look unasked.
    assert!(page.contains("<link rel=\"icon\" href=\"../../../theme/favicon.svg\" type=\"image/svg+xml\">"));
    assert!(t.contains_key("theme/favicon-32.png"));
    assert_eq!(&t["favicon.ico"][..4], &[0, 0, 1, 0]);
    let sitemap = text(&t, "sitemap.xml");
    assert!(
        sitemap.contains(
            "<loc>https://example.gov.vn/giamngheo/bai-viet/mo-hinh-che/</loc>\n<lastmod>2023-05-10</lastmod>"
        )
    );
    assert!(sitemap.contains(
        "<loc>https://example.gov.vn/giamngheo/chuong-trinh/giam-ngheo-2025/</loc>\n<lastmod>2025-12-31</lastmod>"
    ));
}
