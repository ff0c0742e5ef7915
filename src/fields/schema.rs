//! JSON Schemas of the content files, made from the catalogue: draft-07,
//! which yaml-language-server (VS Code's YAML extension and others) reads.
//! Pure: `baocao schema` and `baocao init` write what this returns.
//!
//! The schemas read YAML 1.2 as baocao and editors do (`2018-06-22` is
//! text, `no` is text). They accept only what baocao accepts, with what a
//! schema cannot see left to `baocao check`: how a number was written
//! (`1.000` is a number to YAML, and a thousand to a person), whether a
//! day exists (31/02), whether a programme or an image file exists, or
//! whether a page is an article.

use super::{FILES, Fallback, Field, File, Kind, Need, Shape, read};
use serde_json::{Map, Value, json};

/// The draft the schemas are written in.
pub const DRAFT: &str = "http://json-schema.org/draft-07/schema#";

/// `vi`, `en`, `zh-Hant` (`config::is_lang_code`).
pub const LANGUAGE: &str = "^[a-z]{2,3}(-[A-Za-z0-9]*)?$";
/// Ids of indicators and programmes (`validate::is_id`).
pub const ID: &str = "^[a-z0-9-]+$";
/// A slug as `text::slugify` makes it: topic ids, URL sections.
const SLUG: &str = "[a-z0-9]+(-[a-z0-9]+)*";
/// Digits with a `.` decimal point and an exponent (`number::plain_number`).
const PLAIN_NUMBER: &str = r"^\s*[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?\s*$";
/// `1.000`, `26.990.000.000`: thousands grouped (`number::grouped`).
const GROUPED: &str = r"^\s*-?[1-9][0-9]{0,2}(\.[0-9]{3})+\s*$";
/// The largest figure (`number::LIMIT`).
const LIMIT: i64 = 1_000_000_000_000_000;

/// The date forms of `date::Date::parse`.
fn date_pattern() -> String {
    let (month, day) = ("(0?[1-9]|1[0-2])", "(0?[1-9]|[12][0-9]|3[01])");
    let time =
        r"[T ]([01]?[0-9]|2[0-3]):[0-5]?[0-9](:([0-5]?[0-9]|60)(\.[0-9]+)?)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?";
    format!(r"^\s*([0-9]{{4}}-{month}-{day}|{day}/{month}/[0-9]{{4}})({time})?\s*$")
}

/// The licences of `licence::LICENCES`, by id or name, capitals and
/// `-`/space aside (`licence::find`).
fn licence_pattern() -> String {
    let forms = crate::licence::LICENCES.iter().flat_map(|l| [l.id, l.name]).map(|form| {
        form.chars()
            .map(|c| match c {
                c if c.is_ascii_alphabetic() => format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase()),
                '-' | ' ' => "[- ]".to_string(),
                '.' => r"\.".to_string(),
                c => c.to_string(),
            })
            .collect::<String>()
    });
    let mut forms: Vec<String> = forms.collect();
    forms.sort();
    forms.dedup();
    format!(r"^\s*({})\s*$", forms.join("|"))
}

/// The schemas, `(file name, JSON text)`, sorted by name. `languages` are
/// the site's: texts may then have only those keys; with none (no site
/// yet), any language code.
pub fn schemas(languages: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        FILES.iter().map(|file| (format!("{}.schema.json", file.name), file_schema(file, languages))).collect();
    out.sort();
    out
}

fn file_schema(file: &File, languages: &[String]) -> String {
    let mut root = group(file.fields, languages);
    let keys = match languages {
        [] => "Văn bản theo ngôn ngữ nhận mọi mã ngôn ngữ. — Localized texts take any language code.".to_string(),
        langs => format!(
            "Văn bản theo ngôn ngữ dùng các mã {0}; hãy chạy lại `baocao schema` sau khi sửa `languages`. — Localized texts take the codes {0}; run `baocao schema` again after changing `languages`.",
            langs.join(", ")
        ),
    };
    root.insert("$schema".into(), DRAFT.into());
    root.insert("$comment".into(), "Made by `baocao schema` from the catalogue of src/fields; do not edit.".into());
    root.insert("title".into(), format!("{} — {}: {}", file.title.vi, file.title.en, file.path).into());
    root.insert("description".into(), format!("{} — {}\n\n{keys}", file.about.vi, file.about.en).into());
    let mut text = serde_json::to_string_pretty(&Value::Object(root)).expect("JSON values serialize");
    text.push('\n');
    text
}

/// A map of the keys `fields`, and no others.
fn group(fields: &'static [Field], languages: &[String]) -> Map<String, Value> {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut one_of: Vec<&[&str]> = Vec::new();
    let mut dependencies = Map::new();
    for field in read(fields) {
        properties.insert(field.name.into(), Value::Object(field_schema(field, languages)));
        match field.need {
            Need::Required => required.push(field.name),
            Need::OneOf(keys) if !one_of.contains(&keys) => one_of.push(keys),
            Need::With(other) => {
                dependencies.insert(other.into(), json!([field.name]));
            }
            _ => {}
        }
    }
    required.sort();
    let mut schema = Map::new();
    schema.insert("type".into(), "object".into());
    schema.insert("properties".into(), Value::Object(properties));
    schema.insert("additionalProperties".into(), false.into());
    if !required.is_empty() {
        schema.insert("required".into(), json!(required));
    }
    for keys in one_of {
        let each: Vec<Value> = keys.iter().map(|k| json!({ "required": [k] })).collect();
        schema.insert("oneOf".into(), Value::Array(each));
    }
    if !dependencies.is_empty() {
        schema.insert("dependencies".into(), Value::Object(dependencies));
    }
    schema
}

fn field_schema(field: &Field, languages: &[String]) -> Map<String, Value> {
    let required = field.need == Need::Required;
    let mut schema = kind_schema(&field.kind, languages, required);
    // An optional key with nothing after its colon is read as absent.
    if matches!(field.need, Need::Optional | Need::InArticles | Need::PagesOnly) {
        nullable(&mut schema);
    }
    schema.insert("description".into(), format!("{} — {}", field.about.vi, field.about.en).into());
    if let Fallback::Value(value) = field.default {
        schema.insert("default".into(), yaml_value(value));
    }
    if !field.example.is_empty() {
        schema.insert("examples".into(), json!([yaml_value(field.example)]));
    }
    schema
}

/// A YAML value of the catalogue, as JSON.
fn yaml_value(yaml: &str) -> Value {
    crate::yaml::parse(yaml).unwrap_or_else(|e| panic!("the catalogue's `{yaml}` is not YAML: {:?}", e.message))
}

/// Also `null`, which baocao reads as a key not written.
fn nullable(schema: &mut Map<String, Value>) {
    match schema.get_mut("type") {
        Some(Value::String(t)) => {
            let t = std::mem::take(t);
            schema.insert("type".into(), json!([t, "null"]));
        }
        Some(Value::Array(types)) => types.push("null".into()),
        _ => {
            if let Some(Value::Array(branches)) = schema.get_mut("anyOf") {
                branches.push(json!({ "type": "null" }));
            }
        }
    }
    if let Some(Value::Array(values)) = schema.get_mut("enum") {
        values.push(Value::Null);
    }
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => unreachable!("schemas are objects"),
    }
}

/// Text (digits are text too); `required` text must not be blank.
fn text(required: bool) -> Map<String, Value> {
    let mut schema = object(json!({ "type": ["string", "number"] }));
    if required {
        schema.insert("pattern".into(), r"\S".into());
    }
    schema
}

/// One text, or one per language: the keys of `languages`, or any code.
fn localized(languages: &[String], required: bool) -> Map<String, Value> {
    let mut schema = text(required);
    schema.insert("type".into(), json!(["string", "number", "object"]));
    by_language(&mut schema, languages, json!({ "type": ["string", "number"] }));
    if required {
        schema.insert("minProperties".into(), 1.into());
    }
    schema
}

/// An object's keys are languages: the site's (named, for completion), or
/// any code; each holds `value`.
fn by_language(schema: &mut Map<String, Value>, languages: &[String], value: Value) {
    if languages.is_empty() {
        schema.insert("propertyNames".into(), json!({ "pattern": LANGUAGE }));
        schema.insert("additionalProperties".into(), value);
    } else {
        let properties: Map<String, Value> = languages.iter().map(|l| (l.clone(), value.clone())).collect();
        schema.insert("properties".into(), Value::Object(properties));
        schema.insert("additionalProperties".into(), false.into());
    }
}

fn shape(shape: Shape) -> Map<String, Value> {
    let pattern = match shape {
        Shape::Id => ID.to_string(),
        Shape::TagId => format!("^{SLUG}$"),
        Shape::Language => LANGUAGE.to_string(),
        Shape::WebAddress => r"^\s*https?://\S*\s*$".to_string(),
        Shape::Theme => r"^[^./\\][^/\\]*$".to_string(),
        Shape::Section => format!("^{SLUG}(/{SLUG})*$"),
        Shape::PagesSection => format!("^({SLUG}(/{SLUG})*)?$"),
        Shape::Licence => {
            let ids: Vec<&str> = crate::licence::LICENCES.iter().map(|l| l.id).collect();
            // The ids for completion; the pattern for every way of writing one.
            return object(json!({ "type": "string", "anyOf": [{ "enum": ids }, { "pattern": licence_pattern() }] }));
        }
        // Made into a slug, so it needs a letter or digit; never `/`, `\` or `..`.
        Shape::Slug => r"^(?!.*\.\.)(?=.*[A-Za-z0-9\u00C0-\uFFFF])[^/\\]*$".to_string(),
        Shape::StaticFile => "^/?static/.+$".to_string(),
    };
    let mut schema = object(json!({ "type": "string", "pattern": pattern }));
    if matches!(shape, Shape::Id | Shape::TagId) {
        schema.insert("maxLength".into(), crate::validate::NAME_LIMIT.into());
    }
    schema
}

fn kind_schema(kind: &Kind, languages: &[String], required: bool) -> Map<String, Value> {
    match *kind {
        Kind::Text => text(required),
        Kind::Localized => localized(languages, required),
        Kind::Shaped(s) => shape(s),
        Kind::Integer { min, max } => {
            let mut schema = object(json!({ "type": "integer" }));
            if let Some(min) = min {
                schema.insert("minimum".into(), min.into());
            }
            if let Some(max) = max {
                schema.insert("maximum".into(), max.into());
            }
            schema
        }
        Kind::Fraction => object(json!({ "type": "number", "exclusiveMinimum": 0, "maximum": 1 })),
        // A number, or digits in quotes; never thousands grouped.
        Kind::Figure => object(json!({
            "type": ["number", "string"],
            "minimum": -LIMIT,
            "maximum": LIMIT,
            "pattern": PLAIN_NUMBER,
            "not": { "type": "string", "pattern": GROUPED },
        })),
        Kind::Amount => object(json!({
            "type": ["integer", "string"],
            "minimum": 0,
            "maximum": LIMIT,
            "pattern": r"^\s*\+?[0-9]+\s*$",
        })),
        Kind::Year => object(json!({ "type": "integer", "minimum": 1900, "maximum": 2200 })),
        Kind::Date => object(json!({ "type": "string", "pattern": date_pattern() })),
        Kind::Boolean => object(json!({ "type": "boolean" })),
        Kind::Choice(values) => object(json!({ "type": "string", "enum": values })),
        Kind::Languages => object(json!({
            "type": "array",
            "items": { "type": "string", "pattern": LANGUAGE },
            "minItems": 1,
            "uniqueItems": true,
        })),
        Kind::List(item) => object(json!({ "type": "array", "items": kind_schema(item, languages, true) })),
        Kind::Group(fields) => group(fields, languages),
        Kind::Map { key, value, .. } => {
            let mut schema = object(json!({ "type": "object" }));
            let value = Value::Object(kind_schema(value, languages, true));
            if key == Shape::Language {
                by_language(&mut schema, languages, value);
            } else {
                schema.insert("propertyNames".into(), Value::Object(shape(key)));
                schema.insert("additionalProperties".into(), value);
            }
            schema
        }
        // Its label (one text or one per language), or `label:` and `description:`.
        Kind::Topic(fields) => object(json!({
            "anyOf": [localized(languages, true), group(fields, languages)],
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_are_sorted_json_and_name_the_site_languages() {
        let langs = ["vi".to_string(), "en".to_string()];
        let all = schemas(&langs);
        let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["front-matter.schema.json", "program.schema.json", "site.schema.json"]);
        let program: Value = serde_json::from_str(&all[1].1).unwrap();
        assert_eq!(program["$schema"], DRAFT);
        assert_eq!(program["additionalProperties"], false);
        assert_eq!(program["required"], json!(["indicators", "owner", "period", "summary", "title"]));
        let title = &program["properties"]["title"];
        assert_eq!(title["type"], json!(["string", "number", "object"]));
        assert_eq!(
            title["properties"],
            json!({ "en": { "type": ["string", "number"] }, "vi": { "type": ["string", "number"] } })
        );
        let point = &program["properties"]["indicators"]["items"]["properties"]["progress"]["items"];
        assert_eq!(point["oneOf"], json!([{ "required": ["year"] }, { "required": ["date"] }]));
        assert_eq!(point["required"], json!(["value"]));
        let measure = &program["properties"]["indicators"]["items"]["properties"]["measure"];
        assert_eq!(measure["enum"], json!(["cumulative", "level", null]));
        assert_eq!(measure["default"], "cumulative");
        // Without a site, any language code.
        let generic: Value = serde_json::from_str(&schemas(&[])[1].1).unwrap();
        assert_eq!(generic["properties"]["title"]["propertyNames"]["pattern"], LANGUAGE);
        assert_eq!(schemas(&langs), all, "the same every time");
    }

    #[test]
    fn front_matter_needs_alt_text_with_an_image() {
        let front: Value = serde_json::from_str(&schemas(&[])[0].1).unwrap();
        assert_eq!(front["dependencies"], json!({ "image": ["image_alt"] }));
        assert_eq!(front["required"], json!(["title"]));
        assert_eq!(front["properties"]["translations"]["enum"], json!(["none", null]));
    }
}
