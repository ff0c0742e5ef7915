//! The catalogue of content fields: every key a person writes in
//! `content/site.yaml`, a programme file and the front matter of an
//! article or page, with its type, whether it is required, its default,
//! an example, its rule and what it is for, in Vietnamese and English.
//!
//! It is data, and what is made from it is made here: the JSON Schemas of
//! `baocao schema` ([`schema`]) and the content reference in `docs/`
//! ([`reference`]). It does not validate anything: the `Raw*` structs of
//! `config` and `validate` do, and the tests of this module check that
//! the catalogue names exactly their fields (read from serde itself) and
//! that its examples pass the real stages.

mod catalogue;
pub mod reference;
pub mod schema;

pub use catalogue::{FRONT_MATTER, PROGRAM, SITE};
pub use schema::schemas;

/// The same words in Vietnamese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub vi: &'static str,
    pub en: &'static str,
}

/// Words in both languages, Vietnamese first.
pub const fn w(vi: &'static str, en: &'static str) -> Words {
    Words { vi, en }
}

/// One key of a file.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key, as written.
    pub name: &'static str,
    pub kind: Kind,
    pub need: Need,
    pub default: Fallback,
    /// The value as written in YAML (`{ vi: Chè, en: Tea }`); empty for a
    /// group, whose example is made of its fields' examples.
    pub example: &'static str,
    /// What the validator checks beyond the type's own rule.
    pub rule: Option<Words>,
    /// What the field is for.
    pub about: Words,
    /// Written in the catalogue before the validator reads it: kept out of
    /// the schemas, the reference and the example site, and the drift test
    /// says so the day the field reaches its struct.
    pub pending: bool,
}

/// What a value is.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// Text (digits are text too).
    Text,
    /// One text for every language, or `{ vi: …, en: … }`.
    Localized,
    /// Text of a fixed shape: an id, a language code, an address…
    Shaped(Shape),
    /// A whole number within bounds.
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    /// A number above 0 and at most 1 (the status thresholds).
    Fraction,
    /// A figure, read by `number::read`: digits with a `.` decimal point.
    Figure,
    /// An amount of money, read by `number::read_amount`: whole, exact.
    Amount,
    /// A year, 1900 to 2200.
    Year,
    /// A date in one of `date::ACCEPTED_FORMS`.
    Date,
    Boolean,
    /// One of these words.
    Choice(&'static [&'static str]),
    /// `languages`: language codes, each once, at least one.
    Languages,
    /// A list of values of one kind.
    List(&'static Kind),
    /// A map with these keys.
    Group(&'static [Field]),
    /// A map whose keys have a shape, each holding a value of one kind.
    Map {
        key: Shape,
        placeholder: Words,
        key_example: &'static str,
        value: &'static Kind,
    },
    /// A topic of the vocabulary: its label (one text or one per
    /// language), or these fields (`label`, `description`).
    Topic(&'static [Field]),
}

/// The shapes of text that are names or addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `[a-z0-9-]+`, at most `validate::NAME_LIMIT` bytes.
    Id,
    /// A slug: words of `[a-z0-9]` joined by single `-`.
    TagId,
    /// `vi`, `en`, `zh-Hant`.
    Language,
    /// `https://…` without spaces.
    WebAddress,
    /// A folder name under `themes/`.
    Theme,
    /// A URL section: slugs joined by `/`.
    Section,
    /// A URL section, or empty (the root).
    PagesSection,
    /// An SPDX id or name of `licence::LICENCES`.
    Licence,
    /// Text made into a slug; no `/`, `\` or `..`.
    Slug,
    /// `/static/…`: a file of `content/static/`.
    StaticFile,
}

/// Whether a key must be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Required in articles, optional in pages (front matter `date`).
    InArticles,
    /// Optional, and only pages may have it (front matter `menu`).
    PagesOnly,
    /// Exactly one of these keys of the same map (`year` or `date`).
    OneOf(&'static [&'static str]),
    /// Required when this other key of the same map is given.
    With(&'static str),
}

/// What an optional key stands for when it is not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    None,
    /// A value, as written in YAML.
    Value(&'static str),
    /// A value told in words (`period.end`, the file name).
    Words(Words),
}

/// A file whose keys the catalogue gives.
#[derive(Debug, Clone, Copy)]
pub struct File {
    /// `site`, `program`, `front-matter`: the schema's name.
    pub name: &'static str,
    /// Where the file is: `content/site.yaml`.
    pub path: &'static str,
    pub title: Words,
    pub about: Words,
    pub fields: &'static [Field],
}

/// The files, in the order the reference gives them.
pub const FILES: [File; 3] = [
    File {
        name: "site",
        path: "content/site.yaml",
        title: w("Cài đặt của trang web", "Site settings"),
        about: w(
            "Một tệp cho cả trang web: tên, các ngôn ngữ, địa chỉ, danh mục chủ đề và các ngưỡng xếp trạng thái tiến độ.",
            "One file for the whole site: its name, languages, address, topic vocabulary and the thresholds of progress statuses.",
        ),
        fields: &SITE,
    },
    File {
        name: "program",
        path: "content/programs/<id>.yaml",
        title: w("Chương trình", "Programme"),
        about: w(
            "Mỗi chương trình một tệp. Tên tệp (không có `.yaml`) là mã của chương trình, dùng trong địa chỉ trang và trong `programs:` của bài viết, nên chỉ gồm chữ thường không dấu, chữ số và dấu `-`.",
            "One file a programme. The file name (without `.yaml`) is the programme's id, used in its address and in the `programs:` of articles, so it is lower-case letters without accents, digits and `-`.",
        ),
        fields: &PROGRAM,
    },
    File {
        name: "front-matter",
        path: "content/articles/<name>.<lang>.md, content/pages/<name>.<lang>.md",
        title: w("Phần khai báo đầu bài viết và trang", "Front matter of articles and pages"),
        about: w(
            "Phần YAML ở đầu mỗi tệp Markdown, giữa hai dòng `---`; nội dung bài nằm sau dòng `---` thứ hai. Tệp không có phần ngôn ngữ (`<name>.md`) thuộc ngôn ngữ đầu tiên; các tệp cùng `<name>` là bản dịch của nhau.",
            "The YAML at the top of each Markdown file, between two `---` lines; the text follows the second `---`. A file without a language (`<name>.md`) belongs to the first language; files of the same `<name>` translate each other.",
        ),
        fields: &FRONT_MATTER,
    },
];

impl Field {
    /// A field with no default, no example yet and no extra rule.
    pub const fn new(name: &'static str, kind: Kind, need: Need, about: Words) -> Field {
        Field { name, kind, need, default: Fallback::None, example: "", rule: None, about, pending: false }
    }

    pub const fn example(mut self, example: &'static str) -> Field {
        self.example = example;
        self
    }

    pub const fn default(mut self, value: &'static str) -> Field {
        self.default = Fallback::Value(value);
        self
    }

    pub const fn default_words(mut self, words: Words) -> Field {
        self.default = Fallback::Words(words);
        self
    }

    pub const fn rule(mut self, rule: Words) -> Field {
        self.rule = Some(rule);
        self
    }

    /// See [`Field::pending`].
    pub const fn pending(mut self) -> Field {
        self.pending = true;
        self
    }

    /// The fields of a group, a list of groups, a map of groups or a topic.
    pub fn children(&self) -> &'static [Field] {
        self.kind.children()
    }
}

impl Kind {
    /// The fields inside a value of this kind, if it is a map of known keys.
    pub fn children(&self) -> &'static [Field] {
        match self {
            Kind::Group(fields) | Kind::Topic(fields) => fields,
            Kind::List(item) | Kind::Map { value: item, .. } => item.children(),
            _ => &[],
        }
    }
}

/// The fields the validator reads: those not [`Field::pending`].
pub fn read(fields: &'static [Field]) -> impl Iterator<Item = &'static Field> {
    fields.iter().filter(|f| !f.pending)
}

/// Which kind of document a front matter is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Article,
    Page,
}

/// A whole file made of the catalogue's examples, in YAML: every field the
/// validator reads, each group made of its fields. `variant` chooses among
/// keys of which exactly one is written (`year` or `date`); `document`
/// leaves out what the other kind of document may not have (`menu`).
pub fn example_file(file: &File, variant: usize, document: Document) -> String {
    let mut out = String::new();
    compose(&mut out, file.fields, 0, variant, document);
    out
}

fn compose(out: &mut String, fields: &'static [Field], indent: usize, variant: usize, document: Document) {
    let pad = " ".repeat(indent);
    for field in read(fields) {
        if document == Document::Article && field.need == Need::PagesOnly {
            continue;
        }
        if let Need::OneOf(keys) = field.need
            && keys[variant % keys.len()] != field.name
        {
            continue;
        }
        match field.kind {
            Kind::Group(children) | Kind::Topic(children) => {
                out.push_str(&format!("{pad}{}:\n", field.name));
                compose(out, children, indent + 2, variant, document);
            }
            Kind::List(Kind::Group(children)) => {
                // One item, its first key on the line of its `-`.
                let mut item = String::new();
                compose(&mut item, children, indent + 4, variant, document);
                out.push_str(&format!("{pad}{}:\n{pad}  - {}", field.name, &item[indent + 4..]));
            }
            Kind::Map { key_example, value, .. } if !value.children().is_empty() => {
                out.push_str(&format!("{pad}{}:\n{pad}  {key_example}:\n", field.name));
                compose(out, value.children(), indent + 4, variant, document);
            }
            _ => out.push_str(&format!("{pad}{}: {}\n", field.name, field.example)),
        }
    }
}

/// The paths of the groups of `file` (`indicators[]`, `paths.*`), with
/// the names of their fields, the file's own keys first under `""`.
pub fn groups(file: &File) -> Vec<(String, Vec<&'static Field>)> {
    fn walk(out: &mut Vec<(String, Vec<&'static Field>)>, path: String, fields: &'static [Field]) {
        out.push((path.clone(), fields.iter().collect()));
        for field in fields {
            let prefix = if path.is_empty() { String::new() } else { format!("{path}.") };
            let inner = match field.kind {
                Kind::Group(_) => format!("{prefix}{}", field.name),
                Kind::List(_) => format!("{prefix}{}[]", field.name),
                Kind::Map { .. } | Kind::Topic(_) => format!("{prefix}{}.*", field.name),
                _ => continue,
            };
            if !field.children().is_empty() {
                walk(out, inner, field.children());
            }
        }
    }
    let mut out = Vec::new();
    walk(&mut out, String::new(), file.fields);
    out
}

#[cfg(test)]
pub(crate) mod introspect {
    //! The fields of a serde-derived struct, from serde itself: a
    //! deserializer that records the `fields` its `deserialize_struct` is
    //! given and stops there (the serde_introspect trick).

    use serde::de::{self, Visitor};

    #[derive(Debug)]
    struct Stop;

    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("introspection stops here")
        }
    }

    impl std::error::Error for Stop {}

    impl de::Error for Stop {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Stop
        }
    }

    struct Fields(Option<&'static [&'static str]>);

    impl<'de> de::Deserializer<'de> for &mut Fields {
        type Error = Stop;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    /// The keys serde reads into `T`, in the struct's order.
    pub(crate) fn fields_of<T: de::DeserializeOwned>() -> Vec<String> {
        let mut fields = Fields(None);
        let _ = T::deserialize(&mut fields);
        fields.0.expect("a struct deriving Deserialize").iter().map(|f| f.to_string()).collect()
    }
}

#[cfg(test)]
mod tests;
