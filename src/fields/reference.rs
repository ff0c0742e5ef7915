//! The content reference, `docs/reference.vi.md` and `docs/reference.en.md`,
//! made from the catalogue (tests/docs.rs compares and rewrites them).

use super::{Document, FILES, Fallback, Field, File, Kind, Need, Shape, Words, example_file, read, w};
use crate::messages::MessageLang;
use std::fmt::Write;

/// The reference in one language, as Markdown.
pub fn reference(lang: MessageLang) -> String {
    let pick = |words: Words| match lang {
        MessageLang::Vi => words.vi,
        MessageLang::En => words.en,
    };
    let mut out = String::new();
    let (title, other) = match lang {
        MessageLang::Vi => ("# Tham chiếu nội dung", "[English](reference.en.md)"),
        MessageLang::En => ("# Content reference", "[Tiếng Việt](reference.vi.md)"),
    };
    writeln!(out, "{title}\n\n{other}\n").unwrap();
    out.push_str(
        "<!-- Made from src/fields by tests/docs.rs: edit the catalogue, then run `BAOCAO_BLESS=1 cargo test --test docs`. -->\n\n",
    );
    out.push_str(pick(INTRO));
    for file in &FILES {
        section(&mut out, file, lang);
    }
    out.push_str(&pick(I18N).replace("{groups}", &interface_groups()));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn section(out: &mut String, file: &File, lang: MessageLang) {
    let pick = |words: Words| pick(words, lang);
    let paths: Vec<String> = file.path.split(", ").map(|p| format!("`{p}`")).collect();
    writeln!(out, "\n## {} — {}\n\n{}\n", pick(file.title), paths.join(", "), pick(file.about)).unwrap();
    let (example, with) = match lang {
        MessageLang::Vi => {
            ("Một tệp đầy đủ, gồm mọi trường", "Ví dụ này dùng được ngay: baocao kiểm tra nó trong bộ kiểm thử.")
        }
        MessageLang::En => {
            ("A complete file, with every field", "This example works as it is: baocao's tests check it.")
        }
    };
    let text = example_file(file, 0, Document::Article);
    let text = if file.name == "front-matter" { format!("---\n{text}---\n…\n") } else { text };
    let syntax = if file.name == "front-matter" { "markdown" } else { "yaml" };
    writeln!(out, "{example}:\n\n```{syntax}\n{text}```\n\n{with}").unwrap();
    fields(out, file.fields, "", None, lang);
}

/// Where a field sits: its nearest ancestor that may be left out.
#[derive(Clone, Copy)]
enum Within<'a> {
    Optional(&'a str),
    /// An item of a list.
    Item,
    LongTopic,
}

fn fields(out: &mut String, list: &'static [Field], prefix: &str, within: Option<Within>, lang: MessageLang) {
    for field in read(list) {
        let path = format!("{prefix}{}", field.name);
        field_section(out, field, &path, within, lang);
        let inner_prefix = match field.kind {
            Kind::Group(_) => format!("{path}."),
            Kind::List(_) => format!("{path}[]."),
            Kind::Map { placeholder, .. } => format!("{path}.{}.", pick(placeholder, lang)),
            _ => continue,
        };
        let inner_within = match (field.kind, field.need) {
            (Kind::Map { value: Kind::Topic(_), .. }, _) => Some(Within::LongTopic),
            (Kind::List(_), _) => Some(Within::Item),
            (_, Need::Required) => within,
            _ => Some(Within::Optional(&path)),
        };
        fields(out, field.children(), &inner_prefix, inner_within, lang);
    }
}

fn pick(words: Words, lang: MessageLang) -> &'static str {
    match lang {
        MessageLang::Vi => words.vi,
        MessageLang::En => words.en,
    }
}

fn field_section(out: &mut String, field: &Field, path: &str, within: Option<Within>, lang: MessageLang) {
    let labels = match lang {
        MessageLang::Vi => ["Kiểu", "Bắt buộc", "Mặc định", "Ví dụ", "Quy tắc"],
        MessageLang::En => ["Type", "Required", "Default", "Example", "Rule"],
    };
    writeln!(out, "\n### `{path}`\n\n{}\n", pick(field.about, lang)).unwrap();
    writeln!(out, "- **{}:** {}", labels[0], type_words(&field.kind, lang)).unwrap();
    writeln!(out, "- **{}:** {}", labels[1], need_words(field.need, within, lang)).unwrap();
    let default = match field.default {
        // A group's defaults are its fields'.
        _ if !field.children().is_empty() => None,
        Fallback::Value(v) => Some(format!("`{v}`")),
        Fallback::Words(words) => Some(pick(words, lang).to_string()),
        Fallback::None if matches!(field.need, Need::Optional | Need::InArticles | Need::PagesOnly) => {
            Some(pick(w("không có", "none"), lang).to_string())
        }
        Fallback::None => None,
    };
    if let Some(default) = default {
        writeln!(out, "- **{}:** {default}", labels[2]).unwrap();
    }
    if !field.example.is_empty() {
        writeln!(out, "- **{}:** `{}: {}`", labels[3], field.name, field.example).unwrap();
    }
    let rules: Vec<String> =
        kind_rule(&field.kind, lang).into_iter().chain(field.rule.map(|r| pick(r, lang).to_string())).collect();
    if !rules.is_empty() {
        let rules: Vec<String> = rules.iter().map(|r| sentence(r)).collect();
        writeln!(out, "- **{}:** {}", labels[4], rules.join(" ")).unwrap();
    }
}

/// A rule as a sentence: a capital first, a full stop last.
fn sentence(rule: &str) -> String {
    let mut chars = rule.chars();
    let first: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    let text = format!("{first}{}", chars.as_str());
    if text.ends_with('.') { text } else { format!("{text}.") }
}

fn type_words(kind: &Kind, lang: MessageLang) -> String {
    let p = |vi: &'static str, en: &'static str| pick(w(vi, en), lang).to_string();
    match *kind {
        Kind::Text | Kind::Shaped(Shape::Slug) => p("văn bản", "text"),
        Kind::Localized => p(
            "văn bản theo ngôn ngữ (một văn bản, hoặc `{ vi: …, en: … }`)",
            "localized text (one text, or `{ vi: …, en: … }`)",
        ),
        Kind::Shaped(Shape::Id | Shape::TagId) => p("mã", "id"),
        Kind::Shaped(Shape::Language) => p("mã ngôn ngữ", "language code"),
        Kind::Shaped(Shape::WebAddress) => p("địa chỉ web", "web address"),
        Kind::Shaped(Shape::Theme) => p("tên thư mục", "folder name"),
        Kind::Shaped(Shape::Section | Shape::PagesSection) => p("phần của địa chỉ trang", "part of an address"),
        Kind::Shaped(Shape::Licence) => p("mã giấy phép", "licence id"),
        Kind::Shaped(Shape::StaticFile) => p("đường dẫn tệp", "file path"),
        Kind::Integer { .. } => p("số nguyên", "whole number"),
        Kind::Fraction | Kind::Figure => p("số", "number"),
        Kind::Amount => p("số tiền", "amount of money"),
        Kind::Year => p("năm", "year"),
        Kind::Date => p("ngày", "date"),
        Kind::Boolean => p("`true` hoặc `false`", "`true` or `false`"),
        Kind::Choice(values) => {
            let values: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
            values.join(pick(w(" hoặc ", " or "), lang))
        }
        Kind::Languages => p("danh sách mã ngôn ngữ, như `[vi, en]`", "list of language codes, such as `[vi, en]`"),
        Kind::List(Kind::Group(_)) => {
            p("danh sách, mỗi mục là một nhóm trường (xem bên dưới)", "list, each item a group of fields (below)")
        }
        Kind::List(item) => match lang {
            MessageLang::Vi => format!("danh sách {}, như `[a, b]`", type_words(item, lang)),
            MessageLang::En => format!("list of {}s, such as `[a, b]`", type_words(item, lang)),
        },
        Kind::Group(_) => p("nhóm trường (xem bên dưới)", "group of fields (below)"),
        Kind::Map { key: Shape::Language, .. } => {
            p("nhóm, mỗi ngôn ngữ một mục (xem bên dưới)", "map, one entry per language (below)")
        }
        Kind::Map { .. } => p("nhóm, mỗi chủ đề một mục (xem bên dưới)", "map, one entry per topic (below)"),
        Kind::Topic(_) => p(
            "tên chủ đề, hoặc nhóm trường `label` và `description`",
            "the topic's name, or the fields `label` and `description`",
        ),
    }
}

fn need_words(need: Need, within: Option<Within>, lang: MessageLang) -> String {
    let p = |vi: &'static str, en: &'static str| pick(w(vi, en), lang).to_string();
    let codes = |keys: &[&str]| keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>();
    match need {
        Need::Required => match (within, lang) {
            (None, _) => p("có", "yes"),
            (Some(Within::LongTopic), _) => p("có, ở dạng đầy đủ", "yes, in the long form"),
            (Some(Within::Item), _) => p("có, trong mỗi mục", "yes, in each item"),
            (Some(Within::Optional(parent)), MessageLang::Vi) => format!("có, khi có `{parent}`"),
            (Some(Within::Optional(parent)), MessageLang::En) => format!("yes, when `{parent}` is given"),
        },
        Need::Optional => p("không", "no"),
        Need::InArticles => p("có với bài viết, không với trang", "yes in articles, no in pages"),
        Need::PagesOnly => p("không; chỉ dùng cho trang, không dùng cho bài viết", "no; pages only, not articles"),
        Need::OneOf(keys) => match lang {
            MessageLang::Vi => format!("ghi đúng một trong hai: {}", codes(keys).join(" hoặc ")),
            MessageLang::En => format!("exactly one of {}", codes(keys).join(" and ")),
        },
        Need::With(other) => match lang {
            MessageLang::Vi => format!("có, khi có `{other}`"),
            MessageLang::En => format!("yes, with `{other}`"),
        },
    }
}

/// The rule that comes with a kind of value.
fn kind_rule(kind: &Kind, lang: MessageLang) -> Option<String> {
    let p = |vi: &'static str, en: &'static str| Some(pick(w(vi, en), lang).to_string());
    match *kind {
        Kind::Text | Kind::Localized | Kind::Boolean | Kind::Group(_) | Kind::Topic(_) | Kind::Choice(_) => None,
        Kind::Shaped(Shape::Id) => match lang {
            MessageLang::Vi => {
                Some(format!("chữ thường không dấu, chữ số và dấu `-`; tối đa {} byte", crate::validate::NAME_LIMIT))
            }
            MessageLang::En => Some(format!(
                "lower-case letters without accents, digits and `-`; at most {} bytes",
                crate::validate::NAME_LIMIT
            )),
        },
        Kind::Shaped(Shape::TagId) => p(
            "chữ thường không dấu và chữ số, các từ nối bằng một dấu `-` (`thu-cong-my-nghe`)",
            "lower-case letters without accents and digits, words joined by one `-` (`thu-cong-my-nghe`)",
        ),
        Kind::Shaped(Shape::Language) | Kind::Languages => {
            let each = pick(
                w(
                    "hai hoặc ba chữ thường (`vi`, `en`), có thể thêm phần phụ sau dấu `-` (`zh-Hant`)",
                    "two or three lower-case letters (`vi`, `en`), optionally with a subtag after `-` (`zh-Hant`)",
                ),
                lang,
            );
            match (kind, lang) {
                (Kind::Languages, MessageLang::Vi) => {
                    Some(format!("ít nhất một mã, mỗi mã một lần; mỗi mã gồm {each}"))
                }
                (Kind::Languages, MessageLang::En) => Some(format!("at least one, each once; each is {each}")),
                _ => Some(each.to_string()),
            }
        }
        Kind::Shaped(Shape::WebAddress) => p(
            "bắt đầu bằng `https://` hoặc `http://`, không có dấu cách",
            "starts with `https://` or `http://`, without spaces",
        ),
        Kind::Shaped(Shape::Theme) => {
            p("không có `/` hay `\\`, không bắt đầu bằng dấu chấm", "no `/` or `\\`, not starting with a dot")
        }
        Kind::Shaped(Shape::Section) => p(
            "chữ thường không dấu, chữ số và `-`; có thể gồm nhiều phần nối bằng `/` (`tin-tuc/khuyen-cong`)",
            "lower-case letters without accents, digits and `-`; parts may be joined by `/` (`news/industry`)",
        ),
        Kind::Shaped(Shape::PagesSection) => p(
            "chữ thường không dấu, chữ số và `-`, có thể gồm nhiều phần nối bằng `/`; hoặc để trống (`\"\"`)",
            "lower-case letters without accents, digits and `-`, parts may be joined by `/`; or empty (`\"\"`)",
        ),
        Kind::Shaped(Shape::Licence) => {
            let ids: Vec<String> = crate::licence::LICENCES.iter().map(|l| format!("`{}`", l.id)).collect();
            match lang {
                MessageLang::Vi => Some(format!(
                    "một trong {}; ghi mã hoặc tên (`CC BY 4.0`), chữ hoa hay chữ thường đều được",
                    ids.join(", ")
                )),
                MessageLang::En => {
                    Some(format!("one of {}; the id or the name (`CC BY 4.0`), in any case", ids.join(", ")))
                }
            }
        }
        Kind::Shaped(Shape::Slug) => p(
            "được chuyển thành dạng địa chỉ theo cách tiếng Việt (`Hội nghị tập huấn` → `hoi-nghi-tap-huan`); không có `/`, `\\` hay `..`",
            "made into a slug the Vietnamese way (`Hội nghị tập huấn` → `hoi-nghi-tap-huan`); no `/`, `\\` or `..`",
        ),
        Kind::Shaped(Shape::StaticFile) => p(
            "một tệp có trong `content/static/`, ghi từ `/static/`",
            "a file that exists in `content/static/`, written from `/static/`",
        ),
        Kind::Integer { min: Some(min), max: Some(max) } => match lang {
            MessageLang::Vi => Some(format!("từ {min} đến {max}")),
            MessageLang::En => Some(format!("from {min} to {max}")),
        },
        Kind::Integer { .. } => None,
        Kind::Fraction => p(
            "lớn hơn 0 và không quá 1, phần thập phân sau dấu chấm (`0.9`)",
            "above 0 and at most 1, with a decimal point (`0.9`)",
        ),
        Kind::Figure => p(
            "viết bằng chữ số, phần thập phân sau dấu chấm (`35.5`), không dấu tách hàng nghìn, dấu phẩy thập phân, `%` hay đơn vị. `2.250` (đúng ba chữ số sau dấu chấm) không rõ là 2250 hay 2,25 nên bị từ chối: hãy viết `2250` hoặc `2.25`",
            "digits with a `.` decimal point (`35.5`), without thousands separators, a decimal comma, `%` or a unit. `2.250` (exactly three digits after the point) could be 2250 or 2.25 and is refused: write `2250` or `2.25`",
        ),
        Kind::Amount => p(
            "số nguyên từ 0 trở lên, viết liền (`26990000000`); không `26.990.000.000`, không `26,99 tỷ`",
            "a whole number of zero or more, in digits (`26990000000`); not `26.990.000.000` or `26,99 tỷ`",
        ),
        Kind::Year => p("bốn chữ số, từ 1900 đến 2200", "four digits, from 1900 to 2200"),
        Kind::Date => match lang {
            MessageLang::Vi => Some(format!("ghi theo dạng {}", crate::messages::ACCEPTED_FORMS_VI)),
            MessageLang::En => Some(format!("written {}", crate::date::ACCEPTED_FORMS)),
        },
        Kind::List(item) => kind_rule(item, lang).map(|rule| match lang {
            MessageLang::Vi => format!("mỗi mục: {rule}"),
            MessageLang::En => format!("each item: {rule}"),
        }),
        Kind::Map { key: Shape::Language, .. } => {
            p("mỗi mục mang tên một ngôn ngữ của `languages`", "each entry is named by a language of `languages`")
        }
        Kind::Map { key, .. } => kind_rule(&Kind::Shaped(key), lang).map(|rule| match lang {
            MessageLang::Vi => format!("mã của mỗi mục: {rule}"),
            MessageLang::En => format!("each entry's id: {rule}"),
        }),
    }
}

/// The groups of interface strings of the built-in theme, as written.
fn interface_groups() -> String {
    let theme = crate::theme::Theme::new(Default::default());
    let text = theme.get("i18n/vi.yaml").map(String::from_utf8_lossy).unwrap_or_default();
    let strings: serde_json::Value = crate::yaml::parse(&text).unwrap_or_default();
    let keys: Vec<String> =
        strings.as_object().map(|m| m.keys().map(|k| format!("`{k}`")).collect()).unwrap_or_default();
    keys.join(", ")
}

const INTRO: Words = w(
    "Trang này mô tả mọi trường mà một trang web baocao đọc: kiểu, có bắt buộc hay không, giá trị mặc định, một ví dụ và quy tắc. Lệnh `baocao check` kiểm tra đúng những quy tắc này, và báo mỗi lỗi kèm tên tệp, dòng và cột.

## Các tệp của một trang web

```
content/
  site.yaml                        cài đặt của trang web (bắt buộc)
  programs/<mã>.yaml               mỗi chương trình một tệp
  articles/<tên>.<ngôn ngữ>.md     bài viết, mỗi ngôn ngữ một tệp
  pages/<tên>.<ngôn ngữ>.md        trang riêng (giới thiệu, phương pháp)
  static/                          ảnh, tệp PDF…, được chép nguyên vào /static/
themes/<tên>/                      không bắt buộc: thay từng tệp của giao diện có sẵn
```

Tệp YAML và Markdown được lưu dạng UTF-8. Nên đặt tên tệp bằng chữ thường không dấu, chữ số và dấu `-`: tên tệp chương trình là mã của chương trình, còn tên tệp bài viết thành địa chỉ của bài (nếu không ghi `slug`).

## Cách ghi giá trị

- **Văn bản theo ngôn ngữ**: một văn bản dùng cho mọi ngôn ngữ (`owner: Sở Công Thương`), hoặc mỗi ngôn ngữ một bản: `title: { vi: Chè Shan tuyết, en: Shan tuyet tea }`, với các mã trong `languages`. Thiếu bản dịch nào thì trang dùng bản của ngôn ngữ đầu tiên, kèm cảnh báo.
- **Văn bản có dấu hai chấm, dấu phẩy trong `{ … }`, hoặc bắt đầu bằng `[`, `{`, `\"`, `#`** phải nằm trong dấu ngoặc kép: `title: \"Hà Giang: một năm nhìn lại\"`.
- **Số** viết bằng chữ số, phần thập phân sau dấu chấm: `1000`, `35.5`. Không dùng dấu tách hàng nghìn (`1.000`, `1,000`), dấu phẩy thập phân (`35,5`), dấu `%` hay đơn vị (`61 xã`): baocao từ chối và chỉ cách viết đúng, để không bao giờ đọc nhầm một số liệu. Kinh phí là số nguyên, giữ chính xác: `26990000000`.
- **Năm** viết đủ bốn chữ số, từ 1900 đến 2200. **Ngày** viết theo dạng 2018-06-22, 2018-06-22T09:30:00+07:00 hoặc 22/06/2018 (viết năm đầy đủ).
- **Mã** (của chỉ tiêu, chương trình) gồm chữ thường không dấu, chữ số và dấu `-`: `mo-hinh-trinh-dien`.
- **Đúng/sai** ghi là `true` hoặc `false`.
- **Danh sách** ghi trong ngoặc vuông, `tags: [che, thao-qua]`, hoặc mỗi mục một dòng bắt đầu bằng `- `.
- Một trường không bắt buộc mà để trống sau dấu hai chấm được coi như không ghi.

## Kiểm tra ngay trong trình soạn thảo

`baocao schema` ghi vào thư mục `schemas/` ba lược đồ JSON (JSON Schema): `site.schema.json`, `program.schema.json` và `front-matter.schema.json`, sinh từ chính danh sách trường dưới đây. Với tiện ích YAML của VS Code (Red Hat), hãy thêm vào `.vscode/settings.json`:

```json
{
  \"yaml.schemas\": {
    \"./schemas/site.schema.json\": \"content/site.yaml\",
    \"./schemas/program.schema.json\": \"content/programs/*.yaml\"
  }
}
```

Trình soạn thảo sẽ gợi ý tên trường, giải thích từng trường bằng cả hai thứ tiếng và gạch chân chỗ sai ngay khi gõ. Lược đồ lấy các ngôn ngữ trong `languages`: hãy chạy lại `baocao schema` sau khi sửa danh sách này. Có những lỗi lược đồ không phát hiện được, như một số đã được viết ra sao (`1.000`), một ngày có thật không (31/02) hay một tệp có tồn tại không: `baocao check` vẫn là bước kiểm tra cuối cùng. Tiện ích này không đọc phần khai báo đầu tệp Markdown; `front-matter.schema.json` dành cho những công cụ đọc được phần này.
",
    "This page describes every field a baocao site reads: its type, whether it is required, its default, an example and its rule. `baocao check` checks exactly these rules, and reports each mistake with its file, line and column.

## The files of a site

```
content/
  site.yaml                        site settings (required)
  programs/<id>.yaml               one programme a file
  articles/<name>.<lang>.md        news and reports, one file a language
  pages/<name>.<lang>.md           standalone pages (about, methodology)
  static/                          images, PDFs…, copied as they are to /static/
themes/<name>/                     optional: replaces built-in theme files one by one
```

YAML and Markdown files are saved as UTF-8. Name files with lower-case letters without accents, digits and `-`: a programme's file name is its id, and an article's becomes its address (unless it sets `slug`).

## How values are written

- **Localized text**: one text for every language (`owner: Sở Công Thương`), or one per language: `title: { vi: Chè Shan tuyết, en: Shan tuyet tea }`, with the codes of `languages`. A missing translation falls back to the first language, with a warning.
- **Text with a colon, with a comma inside `{ … }`, or starting with `[`, `{`, `\"` or `#`** must be in quotes: `title: \"Ha Giang: a year in review\"`.
- **Numbers** are digits with a `.` decimal point: `1000`, `35.5`. Thousands separators (`1.000`, `1,000`), a decimal comma (`35,5`), `%` or a unit (`61 xã`) are refused with the right form, so that no figure is ever read wrong. Budgets are whole amounts, kept exact: `26990000000`.
- **Years** are written in full, 1900 to 2200. **Dates** are written 2018-06-22, 2018-06-22T09:30:00+07:00 or 22/06/2018 (the year in full).
- **Ids** (of indicators and programmes) are lower-case letters without accents, digits and `-`: `mo-hinh-trinh-dien`.
- **Booleans** are `true` or `false`.
- **Lists** are written in brackets, `tags: [che, thao-qua]`, or one item a line starting with `- `.
- An optional field with nothing after its colon counts as not written.

## Checking as you type

`baocao schema` writes three JSON Schemas into `schemas/`: `site.schema.json`, `program.schema.json` and `front-matter.schema.json`, made from the very list of fields below. With VS Code's YAML extension (Red Hat), add to `.vscode/settings.json`:

```json
{
  \"yaml.schemas\": {
    \"./schemas/site.schema.json\": \"content/site.yaml\",
    \"./schemas/program.schema.json\": \"content/programs/*.yaml\"
  }
}
```

The editor then completes field names, explains each field in both languages and underlines mistakes as they are typed. The schemas take the site's `languages`: run `baocao schema` again after changing them. Some things a schema cannot see, such as how a number was written (`1.000`), whether a day exists (31/02) or whether a file exists: `baocao check` remains the last word. The extension does not read the front matter of Markdown files; `front-matter.schema.json` is for tools that do.
",
);

const I18N: Words = w(
    "
## Chữ của giao diện — `themes/<tên>/i18n/<mã ngôn ngữ>.yaml`

Các chữ cố định của giao diện (thanh điều hướng, tên các trạng thái, lời dưới biểu đồ, chân trang…), mỗi ngôn ngữ một tệp. Mỗi mục là một dòng chữ, xếp theo nơi dùng; các mục và nhóm mục ở cấp đầu là: {groups}. Danh sách đầy đủ, kèm chữ có sẵn, là tệp `themes/default/i18n/vi.yaml` (và `en.yaml`) của baocao.

- Muốn đổi vài chữ, hãy tạo `themes/<tên>/i18n/vi.yaml` chỉ chứa những mục đó, giữ đúng nhóm của chúng; `<tên>` là `theme` của `site.yaml` (`default` nếu không ghi). Các mục khác, và mục để trống, giữ chữ có sẵn.
- Phần trong ngoặc nhọn (`{date}`, `{n}`) được thay bằng giá trị khi dựng trang: hãy giữ nguyên.
- Ngôn ngữ không có tệp riêng dùng chữ tiếng Anh, kèm cảnh báo.
",
    "
## Interface strings — `themes/<name>/i18n/<lang>.yaml`

The fixed words of the theme (navigation, status names, the words under charts, the footer…), one file a language. Each entry is a string, grouped by where it is used; the entries and groups at the top are: {groups}. The full list, with the built-in words, is baocao's `themes/default/i18n/vi.yaml` (and `en.yaml`).

- To change a few words, create `themes/<name>/i18n/en.yaml` with only those entries, in their groups; `<name>` is `theme` in `site.yaml` (`default` when it is not set). Other entries, and entries left empty, keep the built-in words.
- Words in braces (`{date}`, `{n}`) are replaced by values at build time: keep them as they are.
- A language without a file of its own uses the English strings, with a warning.
",
);
