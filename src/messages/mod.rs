//! The catalogue of content problems: one [`Message`] variant per kind,
//! carrying its arguments as typed values. Each kind has a stable code
//! (`BC` and four digits, never reused), a fixed severity and its text per
//! language (`en.rs`, `vi.rs`), and a longer explanation of its code
//! (`explain.rs`). Stages build messages; only this module turns them into
//! words.
//!
//! Codes by area: BC1xxx reading files and YAML (BC10xx files, BC11xx
//! syntax and structure, BC12xx keys and types), BC2xxx `site.yaml`,
//! BC3xxx programmes and indicators, BC4xxx articles and pages, BC5xxx
//! links, BC6xxx the theme, BC7xxx images, BC9xxx internal backstops.

use crate::diagnostic::Severity;

mod cli;
mod en;
pub mod explain;
mod fields;
mod vi;

pub use cli::{IoReason, Say, error_prefix};
pub use fields::field_words;
/// The accepted date forms (`date::ACCEPTED_FORMS`), in Vietnamese.
pub(crate) use vi::ACCEPTED_FORMS as ACCEPTED_FORMS_VI;

/// A language messages can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageLang {
    En,
    Vi,
}

impl MessageLang {
    /// The messages for a language code, if baocao has them: `vi`, `en`
    /// (also `vi-VN`, `en_GB`).
    pub fn from_code(code: &str) -> Option<MessageLang> {
        let primary = code.split(['-', '_', '.']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(MessageLang::Vi),
            "en" => Some(MessageLang::En),
            _ => None,
        }
    }

    /// The language of the tool's messages: `--lang`, else `BAOCAO_LANG`,
    /// else the site's first language when baocao has its messages, else English.
    pub fn choose(flag: Option<MessageLang>, env: Option<&str>, site_first: Option<&str>) -> MessageLang {
        flag.or_else(|| env.and_then(MessageLang::from_code))
            .or_else(|| site_first.and_then(MessageLang::from_code))
            .unwrap_or(MessageLang::En)
    }
}

/// A message in words: what is wrong, and how to fix it when there is
/// something useful to say.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text {
    pub message: String,
    pub hint: Option<String>,
}

/// One kind of problem in the user's content, with what it needs to be said.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    // BC10xx: reading files.
    /// A YAML file holds nothing.
    FileEmpty,
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The bytes hold a NUL: a binary file.
    NotText,
    /// Larger than `load::MAX_TEXT_BYTES`.
    TooLarge {
        size_mb: u64,
        limit_mb: u64,
    },
    SymlinkSkipped,
    /// A file in `content/` that no section reads.
    FileNotUsed,
    /// The site root has no `content/`.
    NoContentFolder {
        root: String,
    },

    // BC11xx: YAML syntax and structure.
    /// The parser's own short description (it has no finer kind yet).
    YamlSyntax {
        text: String,
    },
    /// `None` when the key is not a plain scalar.
    DuplicateKey {
        key: Option<String>,
    },
    NestedTooDeeply,
    /// Anchors and aliases expand beyond the budget.
    ExpandsTooMuch,
    /// More nodes, events or text than the budget allows, without aliases.
    TooManyItems,
    MultipleDocuments,

    // BC12xx: keys and types.
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    /// `found` is the scalar as written, when there is one.
    ExpectedNumber {
        found: Option<String>,
    },
    ExpectedBoolean {
        found: Option<String>,
    },
    /// A value of another kind than the field takes (serde's invalid type).
    WrongType {
        expected: Expected,
        found: Found,
    },
    /// The YAML reader wanted another kind of node here.
    ExpectedValue {
        expected: Expected,
        found: Option<String>,
    },
    /// A key without a value where text is needed.
    NoValue,

    // BC20xx: site.yaml.
    SiteFileMissing,
    SiteTitleEmpty,
    LanguagesMissing,
    LanguagesEmpty,
    NotALanguageCode {
        code: String,
    },
    LanguageListedTwice {
        code: String,
    },
    BaseUrlNotAbsolute {
        url: String,
    },
    PerPageOutOfRange {
        found: i64,
    },
    ThresholdsOutOfOrder {
        at_risk: f64,
        on_track: f64,
    },
    /// A vocabulary id that is not a slug.
    NotATagId {
        id: String,
        suggestion: String,
    },
    /// Two topics of the vocabulary have the same name.
    TagLabelTwice {
        label: String,
        first: String,
        second: String,
    },
    /// A topic of the vocabulary with no label.
    TagLabelEmpty,
    /// The site has tags but no vocabulary naming them.
    NoTagVocabulary {
        count: usize,
    },
    /// A tag the vocabulary does not have.
    UnknownTag {
        tag: String,
        suggestion: Option<String>,
    },
    /// `translations:` with a value other than `none`.
    TranslationsNotNone {
        written: String,
    },
    /// `license:` names no licence baocao knows.
    UnknownLicence {
        written: String,
        suggestion: Option<String>,
    },
    /// `{ en: Labour, Invalids }`: a comma inside braces ended a text.
    CommaInBraces {
        written: String,
    },
    /// `status.stale_after_months` below 0 or above 240.
    StaleAfterOutOfRange {
        found: i64,
    },
    /// `images.widths` or `images.quality` outside its bounds (an empty list of widths: `found` 0).
    ImageSettingOutOfRange {
        found: i64,
        min: i64,
        max: i64,
    },
    /// A `paths` entry for a language the site does not have.
    PathsUnknownLanguage {
        lang: String,
    },
    NotAUrlSegment {
        value: String,
    },
    /// Two sections (or a section and a reserved folder) share an address.
    SameAddress {
        value: String,
        clash: Clash,
    },
    NotAThemeName {
        theme: String,
    },
    /// A translation in site.yaml for a language the site does not have.
    SiteTextUnknownLanguage {
        lang: String,
    },
    /// Warning: no `base_url`.
    NoBaseUrl,

    // BC30xx: texts, years and tags (programmes, shared by articles).
    /// `field` is the whole path, `name` its last segment.
    TextEmpty {
        field: String,
        name: String,
    },
    TextUnknownLanguage {
        lang: String,
        languages: Vec<String>,
    },
    NoDefaultText {
        default: String,
    },
    /// Warning: a text lacks a language, which falls back to the default.
    MissingTranslation {
        lang: String,
        default: String,
        field: String,
    },
    NotAYear {
        year: i32,
    },
    TagWithoutLetters {
        tag: String,
    },

    // BC31xx: programmes.
    NotAProgrammeId {
        id: String,
        suggestion: String,
    },
    PeriodReversed {
        start: i32,
        end: i32,
    },
    PlannedNotPositive {
        found: f64,
    },
    DisbursedYearTwice {
        year: i32,
    },

    // BC32xx: indicators.
    NotAnIndicatorId {
        id: String,
        suggestion: String,
    },
    IndicatorIdTwice {
        id: String,
    },
    TargetEqualsBaseline {
        baseline: f64,
    },
    TargetYearBeforeStart {
        year: i32,
        start: i32,
    },
    ProgressYearAndDate,
    ProgressNoTime,
    ProgressTimeTwice,

    // BC40xx: articles and pages.
    /// An article or page file holds nothing.
    DocumentEmpty,
    NoFrontMatter,
    FrontMatterNotClosed,
    TitleEmpty,
    /// A date in none of the accepted forms (front matter and progress points).
    NotADate {
        text: String,
    },
    ArticleNeedsDate,
    UnknownProgramme {
        id: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// A file name's language suffix the site does not have.
    FileLanguageUnknown {
        lang: String,
        languages: Vec<String>,
    },
    /// Warning: only other languages exist; `missing_file` is the one to write.
    NoDefaultVersion {
        default: String,
        lang: String,
        missing_file: String,
    },
    /// Warning: a language has no version; `missing_file` is the one to write.
    NotTranslated {
        lang: String,
        missing_file: String,
    },
    VersionTwice {
        other: String,
        lang: String,
        kind: DocumentKind,
    },
    SlugUsedTwice {
        slug: String,
        other: String,
    },
    SlugLeavesSection {
        slug: String,
    },
    SlugWithoutLetters {
        slug: String,
    },
    FileNameWithoutLetters {
        name: String,
    },
    ImageNotInStatic {
        image: String,
    },
    ImageNeedsAlt,
    MenuOnArticle,
    /// A page's address is a section's (or a reserved folder's).
    PageSlugTaken {
        slug: String,
    },

    // BC50xx: links.
    /// An `@/…` link that reaches nothing, and why.
    ContentLinkUnresolved {
        link: String,
        problem: LinkProblem,
    },
    LinkLeavesSite {
        link: String,
    },
    /// A relative link to no output file.
    LinkLeadsNowhere {
        link: String,
    },

    // BC60xx: the theme.
    NoThemeFolder {
        theme: String,
    },
    TemplateNotUtf8,
    /// tera's own words, with their causes.
    TemplateError {
        text: String,
    },
    /// Warning: a language without `i18n/<lang>.yaml`; `path` is that file.
    NoInterfaceStrings {
        lang: String,
        theme: String,
        path: String,
    },
    /// Warning: the site's copy of a list template (`articles.html`,
    /// `tag.html`) shows no pager, and a list it makes has `pages` pages.
    TemplateWithoutPager {
        template: String,
        pages: usize,
    },

    // Mistakes people make (the issue "Errors in Vietnamese").
    /// A file is saved as UTF-16 ("Unicode" in Windows editors).
    Utf16,
    /// An old Vietnamese encoding, recognised by its bytes.
    LegacyEncoding {
        name: String,
    },
    /// `.yml`, `.markdown`, `.md.txt`: the name baocao reads is `right`.
    WrongExtension {
        right: String,
    },
    /// `x.EN.md`, `x-en.md`, `x_en.md`, `x.en-US.md`, `x.vn.md`.
    LanguageSuffixForm {
        lang: String,
        right: String,
    },
    /// A tab in the indentation of a YAML line.
    TabIndent,
    /// `title Chương trình`: a key without its colon.
    MissingColon {
        key: String,
    },
    /// “ ” or ‘ ’ used as YAML quotes.
    SmartQuotes,
    /// A list item indented less than the list it belongs to.
    ItemOutsideList,
    /// `period: 2021-2025` where `{ start: 2021, end: 2025 }` is needed.
    NeedsStartEnd {
        written: String,
        start: String,
        end: String,
    },
    /// A number field with nothing after the colon.
    EmptyNumber,
    /// `1.000`, `26.990.000.000`, `1,000`.
    NumberGroups {
        written: String,
        plain: String,
        /// The reading with a decimal mark, when there is one separator.
        decimal: Option<String>,
    },
    /// `26,99 tỷ`: a number with a scale word.
    ScaleWord {
        written: String,
        plain: String,
    },
    /// `35,5`.
    DecimalComma {
        written: String,
        point: String,
    },
    /// `5%`.
    PercentInNumber {
        written: String,
        number: String,
    },
    /// `61 xã`.
    UnitInNumber {
        written: String,
        number: String,
        unit: String,
    },
    /// `.nan`, `.inf`.
    NumberNotFinite {
        written: String,
    },
    /// Beyond ±10¹⁵.
    NumberTooLarge {
        written: String,
    },
    /// A budget amount with a fraction.
    AmountNotWhole {
        written: String,
    },
    /// A budget amount below zero.
    AmountNegative {
        written: String,
    },
    /// A progress point more than a year outside the programme's period.
    ProgressOutsidePeriod {
        year: i32,
        start: i32,
        end: i32,
    },
    /// Progress points not in time order (they are sorted).
    ProgressOutOfOrder,
    /// `measure:` is neither `cumulative` nor `level`.
    UnknownMeasure {
        written: String,
    },
    /// A cumulative indicator's value goes down between two points.
    CumulativeFalls {
        before: String,
        after: String,
    },
    /// A cumulative indicator (the default) with a target below its baseline.
    CumulativeTargetBelowBaseline,
    /// A progress point later than the as-of date that someone set.
    FigureAfterAsOf {
        when: String,
        as_of: String,
        from: crate::model::AsOfFrom,
    },
    /// Two names that one file system would take for one file (`Logo.png`
    /// and `logo.png`, or NFC and NFD spellings of one name).
    NameClash {
        other: String,
    },
    /// A file name that is not valid UTF-8.
    NameNotUtf8,
    /// A theme template wrote more than a page may weigh.
    PageTooLarge {
        template: String,
        limit_mb: usize,
    },
    /// A hidden, system or editor file (or folder) of `content/` left out.
    HiddenFileSkipped,
    /// Control characters in a text file, removed.
    ControlCharactersRemoved,
    /// A theme template took far longer than any page can.
    PageTooSlow {
        template: String,
        seconds: u64,
    },
    /// A YAML escape that would put a control character into a text.
    ControlCharacter {
        escape: String,
    },
    /// An id, slug or tag too long for a file name.
    NameTooLong {
        name: String,
        bytes: usize,
    },
    /// A link or image address with a scheme that could run code (`javascript:`).
    UnsafeLink {
        link: String,
    },
    /// `markdown.unsafe_html: true` in site.yaml.
    UnsafeHtmlOn,
    /// `@/…` left as text: written in a way Markdown did not read as a link.
    ContentLinkNotRead {
        text: String,
    },

    // BC70xx: images.
    /// An image that cannot be decoded: cut short or damaged.
    ImageDamaged {
        image: String,
        cut_short: bool,
    },
    /// An image in a format baocao does not process (`HEIC`), or not an image at all (`None`).
    ImageFormatUnsupported {
        image: String,
        format: Option<String>,
    },
    /// An image larger than any photo (a decompression bomb, or a scan at far too high a resolution).
    ImageTooLarge {
        image: String,
        width: u32,
        height: u32,
        max_megapixels: u32,
    },
    /// An SVG file that can run code: `<script>`, an event handler, a `javascript:` address.
    SvgRunsCode {
        found: String,
    },
    /// Warning: a Markdown image without a text alternative.
    ImageWithoutAlt,
    /// Warning: a page's images weigh more than its budget for a phone 360 px wide.
    PageImagesHeavy {
        kb: u64,
        budget_kb: u64,
    },

    // BC90xx: internal backstops.
    DuplicateOutput {
        path: String,
    },
}

/// What a field takes, as far as the YAML reader says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    List,
    Map,
    Text,
    /// `LocalizedText`: text, or one text per language.
    TextOrTranslations,
    /// The reader's own description (`sequence start`, `f64`).
    Other(String),
}

/// What was written instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    List,
    Map,
    Nothing,
    /// Text, as serde quotes it.
    Text(String),
    /// A value of another kind (`true`, `5`), as written.
    Value(String),
    /// serde's own description.
    Other(String),
}

/// Why an `@/…` link reaches nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    NoSuchProgramme,
    NoSuchIndicator {
        id: String,
    },
    NoSuchTag {
        tag: String,
    },
    /// No such article, or only a draft.
    NoSuchArticle,
    NoSuchPage,
    /// The content exists in no language the link can use.
    NoVersion,
    /// Not one of the sections `@/` can reach.
    NotLinkable,
}

/// What a section address clashes with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clash {
    /// Another section of the same language: `paths.<lang>.<key>`.
    Section { lang: String, key: String },
    /// A folder at the root that the site uses for something else.
    Reserved { name: String },
}

/// Articles or pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Article,
    Page,
}

impl Message {
    /// The stable code: `BC` and four digits. A code names one kind for
    /// good; a kind that goes away takes its code with it.
    pub fn code(&self) -> &'static str {
        use Message::*;
        match self {
            FileEmpty => "BC1001",
            NotUtf8 => "BC1002",
            NotText => "BC1003",
            TooLarge { .. } => "BC1004",
            SymlinkSkipped => "BC1005",
            FileNotUsed => "BC1006",
            NoContentFolder { .. } => "BC1007",
            YamlSyntax { .. } => "BC1101",
            DuplicateKey { .. } => "BC1102",
            NestedTooDeeply => "BC1103",
            ExpandsTooMuch => "BC1104",
            TooManyItems => "BC1105",
            MultipleDocuments => "BC1106",
            UnknownKey { .. } => "BC1201",
            MissingKey { .. } => "BC1202",
            ExpectedNumber { .. } => "BC1203",
            ExpectedBoolean { .. } => "BC1204",
            WrongType { .. } => "BC1205",
            ExpectedValue { .. } => "BC1206",
            NoValue => "BC1207",
            SiteFileMissing => "BC2001",
            SiteTitleEmpty => "BC2002",
            LanguagesMissing => "BC2003",
            LanguagesEmpty => "BC2004",
            NotALanguageCode { .. } => "BC2005",
            LanguageListedTwice { .. } => "BC2006",
            BaseUrlNotAbsolute { .. } => "BC2007",
            PerPageOutOfRange { .. } => "BC2008",
            ThresholdsOutOfOrder { .. } => "BC2009",
            PathsUnknownLanguage { .. } => "BC2010",
            NotAUrlSegment { .. } => "BC2011",
            SameAddress { .. } => "BC2012",
            NotAThemeName { .. } => "BC2013",
            SiteTextUnknownLanguage { .. } => "BC2014",
            NoBaseUrl => "BC2015",
            TextEmpty { .. } => "BC3001",
            TextUnknownLanguage { .. } => "BC3002",
            NoDefaultText { .. } => "BC3003",
            MissingTranslation { .. } => "BC3004",
            NotAYear { .. } => "BC3005",
            TagWithoutLetters { .. } => "BC3006",
            NotAProgrammeId { .. } => "BC3101",
            PeriodReversed { .. } => "BC3102",
            PlannedNotPositive { .. } => "BC3103",
            DisbursedYearTwice { .. } => "BC3104",
            NotAnIndicatorId { .. } => "BC3201",
            IndicatorIdTwice { .. } => "BC3202",
            TargetEqualsBaseline { .. } => "BC3203",
            TargetYearBeforeStart { .. } => "BC3205",
            ProgressYearAndDate => "BC3206",
            ProgressNoTime => "BC3207",
            ProgressTimeTwice => "BC3209",
            DocumentEmpty => "BC4001",
            NoFrontMatter => "BC4002",
            FrontMatterNotClosed => "BC4003",
            TitleEmpty => "BC4004",
            NotADate { .. } => "BC4005",
            ArticleNeedsDate => "BC4006",
            UnknownProgramme { .. } => "BC4007",
            FileLanguageUnknown { .. } => "BC4008",
            NoDefaultVersion { .. } => "BC4009",
            NotTranslated { .. } => "BC4010",
            VersionTwice { .. } => "BC4011",
            SlugUsedTwice { .. } => "BC4012",
            SlugLeavesSection { .. } => "BC4013",
            SlugWithoutLetters { .. } => "BC4014",
            FileNameWithoutLetters { .. } => "BC4015",
            ImageNotInStatic { .. } => "BC4016",
            ImageNeedsAlt => "BC4017",
            MenuOnArticle => "BC4018",
            PageSlugTaken { .. } => "BC4019",
            ContentLinkUnresolved { .. } => "BC5001",
            LinkLeavesSite { .. } => "BC5002",
            LinkLeadsNowhere { .. } => "BC5003",
            NoThemeFolder { .. } => "BC6001",
            TemplateNotUtf8 => "BC6002",
            TemplateError { .. } => "BC6003",
            NoInterfaceStrings { .. } => "BC6004",
            TemplateWithoutPager { .. } => "BC6007",
            Utf16 => "BC1008",
            LegacyEncoding { .. } => "BC1009",
            WrongExtension { .. } => "BC1010",
            TabIndent => "BC1107",
            MissingColon { .. } => "BC1108",
            SmartQuotes => "BC1109",
            ItemOutsideList => "BC1110",
            NeedsStartEnd { .. } => "BC1208",
            EmptyNumber => "BC3301",
            NumberGroups { .. } => "BC3302",
            ScaleWord { .. } => "BC3310",
            DecimalComma { .. } => "BC3303",
            PercentInNumber { .. } => "BC3304",
            UnitInNumber { .. } => "BC3305",
            NumberNotFinite { .. } => "BC3306",
            NumberTooLarge { .. } => "BC3307",
            AmountNotWhole { .. } => "BC3308",
            AmountNegative { .. } => "BC3309",
            ProgressOutsidePeriod { .. } => "BC3210",
            ProgressOutOfOrder => "BC3211",
            UnknownMeasure { .. } => "BC3214",
            CumulativeFalls { .. } => "BC3215",
            CumulativeTargetBelowBaseline => "BC3216",
            FigureAfterAsOf { .. } => "BC3217",
            StaleAfterOutOfRange { .. } => "BC2017",
            NotATagId { .. } => "BC2018",
            TagLabelTwice { .. } => "BC2019",
            TagLabelEmpty => "BC2020",
            NoTagVocabulary { .. } => "BC2021",
            UnknownTag { .. } => "BC3007",
            LanguageSuffixForm { .. } => "BC4020",
            ContentLinkNotRead { .. } => "BC5004",
            UnsafeLink { .. } => "BC5005",
            NameClash { .. } => "BC1011",
            NameNotUtf8 => "BC1012",
            ControlCharacter { .. } => "BC1111",
            CommaInBraces { .. } => "BC1112",
            UnknownLicence { .. } => "BC2022",
            TranslationsNotNone { .. } => "BC4022",
            PageTooLarge { .. } => "BC6005",
            PageTooSlow { .. } => "BC6006",
            HiddenFileSkipped => "BC1013",
            ControlCharactersRemoved => "BC1014",
            NameTooLong { .. } => "BC4021",
            UnsafeHtmlOn => "BC2016",
            DuplicateOutput { .. } => "BC9001",
            ImageSettingOutOfRange { .. } => "BC2023",
            ImageDamaged { .. } => "BC7001",
            ImageFormatUnsupported { .. } => "BC7002",
            ImageTooLarge { .. } => "BC7003",
            SvgRunsCode { .. } => "BC7004",
            ImageWithoutAlt => "BC7005",
            PageImagesHeavy { .. } => "BC7006",
        }
    }

    /// Warnings are what the site can be built with: a fallback is shown,
    /// or something is skipped. Every other kind is an error.
    pub fn severity(&self) -> Severity {
        use Message::*;
        match self {
            SymlinkSkipped
            | FileNotUsed
            | NoBaseUrl
            | MissingTranslation { .. }
            | NoDefaultVersion { .. }
            | NotTranslated { .. }
            | NoInterfaceStrings { .. }
            | TemplateWithoutPager { .. }
            | ProgressOutOfOrder
            | CumulativeFalls { .. }
            | NoTagVocabulary { .. }
            | UnknownTag { .. }
            | CumulativeTargetBelowBaseline
            | FigureAfterAsOf { .. }
            | UnsafeHtmlOn
            | ImageWithoutAlt
            | PageImagesHeavy { .. }
            | ControlCharactersRemoved => Severity::Warning,
            HiddenFileSkipped => Severity::Note,
            FileEmpty
            | NotUtf8
            | NotText
            | TooLarge { .. }
            | NoContentFolder { .. }
            | YamlSyntax { .. }
            | DuplicateKey { .. }
            | NestedTooDeeply
            | ExpandsTooMuch
            | TooManyItems
            | MultipleDocuments
            | UnknownKey { .. }
            | MissingKey { .. }
            | ExpectedNumber { .. }
            | ExpectedBoolean { .. }
            | WrongType { .. }
            | ExpectedValue { .. }
            | NoValue
            | SiteFileMissing
            | SiteTitleEmpty
            | LanguagesMissing
            | LanguagesEmpty
            | NotALanguageCode { .. }
            | LanguageListedTwice { .. }
            | BaseUrlNotAbsolute { .. }
            | PerPageOutOfRange { .. }
            | ThresholdsOutOfOrder { .. }
            | StaleAfterOutOfRange { .. }
            | CommaInBraces { .. }
            | UnknownLicence { .. }
            | TranslationsNotNone { .. }
            | NotATagId { .. }
            | TagLabelTwice { .. }
            | TagLabelEmpty
            | UnknownMeasure { .. }
            | PathsUnknownLanguage { .. }
            | NotAUrlSegment { .. }
            | SameAddress { .. }
            | NotAThemeName { .. }
            | SiteTextUnknownLanguage { .. }
            | TextEmpty { .. }
            | TextUnknownLanguage { .. }
            | NoDefaultText { .. }
            | NotAYear { .. }
            | TagWithoutLetters { .. }
            | NotAProgrammeId { .. }
            | PeriodReversed { .. }
            | PlannedNotPositive { .. }
            | DisbursedYearTwice { .. }
            | NotAnIndicatorId { .. }
            | IndicatorIdTwice { .. }
            | TargetEqualsBaseline { .. }
            | TargetYearBeforeStart { .. }
            | ProgressYearAndDate
            | ProgressNoTime
            | ProgressTimeTwice
            | DocumentEmpty
            | NoFrontMatter
            | FrontMatterNotClosed
            | TitleEmpty
            | NotADate { .. }
            | ArticleNeedsDate
            | UnknownProgramme { .. }
            | FileLanguageUnknown { .. }
            | VersionTwice { .. }
            | SlugUsedTwice { .. }
            | SlugLeavesSection { .. }
            | SlugWithoutLetters { .. }
            | FileNameWithoutLetters { .. }
            | ImageNotInStatic { .. }
            | ImageNeedsAlt
            | MenuOnArticle
            | PageSlugTaken { .. }
            | ContentLinkUnresolved { .. }
            | LinkLeavesSite { .. }
            | LinkLeadsNowhere { .. }
            | NoThemeFolder { .. }
            | TemplateNotUtf8
            | TemplateError { .. }
            | DuplicateOutput { .. }
            | ImageSettingOutOfRange { .. }
            | ImageDamaged { .. }
            | ImageFormatUnsupported { .. }
            | ImageTooLarge { .. }
            | SvgRunsCode { .. }
            | Utf16
            | LegacyEncoding { .. }
            | WrongExtension { .. }
            | LanguageSuffixForm { .. }
            | TabIndent
            | MissingColon { .. }
            | SmartQuotes
            | ItemOutsideList
            | NeedsStartEnd { .. }
            | EmptyNumber
            | NumberGroups { .. }
            | ScaleWord { .. }
            | DecimalComma { .. }
            | PercentInNumber { .. }
            | UnitInNumber { .. }
            | NumberNotFinite { .. }
            | NumberTooLarge { .. }
            | AmountNotWhole { .. }
            | AmountNegative { .. }
            | ProgressOutsidePeriod { .. }
            | ContentLinkNotRead { .. }
            | UnsafeLink { .. }
            | NameClash { .. }
            | NameNotUtf8
            | ControlCharacter { .. }
            | PageTooLarge { .. }
            | PageTooSlow { .. }
            | NameTooLong { .. } => Severity::Error,
        }
    }

    /// The message and hint in `lang`.
    pub fn text(&self, lang: MessageLang) -> Text {
        match lang {
            MessageLang::En => en::text(self),
            MessageLang::Vi => vi::text(self),
        }
    }
}

/// The word for a severity before the code: `error[BC1203]`, `lỗi[BC1203]`.
pub fn severity_word(severity: Severity, lang: MessageLang) -> &'static str {
    match lang {
        MessageLang::En => en::severity_word(severity),
        MessageLang::Vi => vi::severity_word(severity),
    }
}

/// The label of a hint's line: `hint`, `gợi ý`.
pub fn hint_word(lang: MessageLang) -> &'static str {
    match lang {
        MessageLang::En => en::HINT,
        MessageLang::Vi => vi::HINT,
    }
}

/// One message of every kind: the samples `explain` and the tests go
/// through (a kind missing here fails the test on codes).
pub(crate) fn every_kind() -> Vec<Message> {
    use Message::*;
    let s = || "x".to_string();
    vec![
        FileEmpty,
        NotUtf8,
        NotText,
        TooLarge { size_mb: 11, limit_mb: 8 },
        SymlinkSkipped,
        FileNotUsed,
        NoContentFolder { root: s() },
        YamlSyntax { text: s() },
        DuplicateKey { key: None },
        NestedTooDeeply,
        ExpandsTooMuch,
        TooManyItems,
        MultipleDocuments,
        UnknownKey { key: s(), suggestion: None, known: vec![s()] },
        MissingKey { key: s() },
        ExpectedNumber { found: None },
        ExpectedBoolean { found: None },
        WrongType { expected: Expected::List, found: Found::Nothing },
        ExpectedValue { expected: Expected::Text, found: None },
        NoValue,
        SiteFileMissing,
        SiteTitleEmpty,
        LanguagesMissing,
        LanguagesEmpty,
        NotALanguageCode { code: s() },
        LanguageListedTwice { code: s() },
        BaseUrlNotAbsolute { url: s() },
        PerPageOutOfRange { found: 0 },
        ThresholdsOutOfOrder { at_risk: 0.9, on_track: 0.6 },
        PathsUnknownLanguage { lang: s() },
        NotAUrlSegment { value: s() },
        SameAddress { value: s(), clash: Clash::Reserved { name: s() } },
        NotAThemeName { theme: s() },
        SiteTextUnknownLanguage { lang: s() },
        NoBaseUrl,
        TextEmpty { field: s(), name: s() },
        TextUnknownLanguage { lang: s(), languages: vec![s()] },
        NoDefaultText { default: s() },
        MissingTranslation { lang: s(), default: s(), field: s() },
        NotAYear { year: 218 },
        TagWithoutLetters { tag: s() },
        NotAProgrammeId { id: s(), suggestion: s() },
        PeriodReversed { start: 2020, end: 2018 },
        PlannedNotPositive { found: 0.0 },
        DisbursedYearTwice { year: 2019 },
        NotAnIndicatorId { id: s(), suggestion: s() },
        IndicatorIdTwice { id: s() },
        TargetEqualsBaseline { baseline: 1.0 },
        TargetYearBeforeStart { year: 2017, start: 2018 },
        ProgressYearAndDate,
        ProgressNoTime,
        ProgressTimeTwice,
        DocumentEmpty,
        NoFrontMatter,
        FrontMatterNotClosed,
        TitleEmpty,
        NotADate { text: s() },
        ArticleNeedsDate,
        UnknownProgramme { id: s(), suggestion: None, known: vec![] },
        FileLanguageUnknown { lang: s(), languages: vec![s()] },
        NoDefaultVersion { default: s(), lang: s(), missing_file: s() },
        NotTranslated { lang: s(), missing_file: s() },
        VersionTwice { other: s(), lang: s(), kind: DocumentKind::Page },
        SlugUsedTwice { slug: s(), other: s() },
        SlugLeavesSection { slug: s() },
        SlugWithoutLetters { slug: s() },
        FileNameWithoutLetters { name: s() },
        ImageNotInStatic { image: s() },
        ImageNeedsAlt,
        MenuOnArticle,
        PageSlugTaken { slug: s() },
        ContentLinkUnresolved { link: s(), problem: LinkProblem::NoVersion },
        LinkLeavesSite { link: s() },
        LinkLeadsNowhere { link: s() },
        NoThemeFolder { theme: s() },
        TemplateNotUtf8,
        TemplateError { text: s() },
        NoInterfaceStrings { lang: s(), theme: s(), path: s() },
        DuplicateOutput { path: s() },
        ImageSettingOutOfRange { found: 5000, min: 64, max: 4096 },
        ImageDamaged { image: s(), cut_short: true },
        ImageFormatUnsupported { image: s(), format: Some("HEIC".into()) },
        ImageTooLarge { image: s(), width: 50_000, height: 50_000, max_megapixels: 64 },
        SvgRunsCode { found: "<script".into() },
        ImageWithoutAlt,
        PageImagesHeavy { kb: 240, budget_kb: 150 },
        Utf16,
        LegacyEncoding { name: s() },
        WrongExtension { right: s() },
        LanguageSuffixForm { lang: s(), right: s() },
        TabIndent,
        MissingColon { key: s() },
        SmartQuotes,
        ItemOutsideList,
        NeedsStartEnd { written: s(), start: s(), end: s() },
        EmptyNumber,
        NumberGroups { written: s(), plain: s(), decimal: None },
        ScaleWord { written: s(), plain: s() },
        DecimalComma { written: s(), point: s() },
        PercentInNumber { written: s(), number: s() },
        UnitInNumber { written: s(), number: s(), unit: s() },
        NumberNotFinite { written: s() },
        NumberTooLarge { written: s() },
        AmountNotWhole { written: s() },
        AmountNegative { written: s() },
        ProgressOutsidePeriod { year: 2030, start: 2021, end: 2025 },
        ProgressOutOfOrder,
        UnknownMeasure { written: s() },
        CumulativeFalls { before: s(), after: s() },
        CumulativeTargetBelowBaseline,
        FigureAfterAsOf { when: s(), as_of: s(), from: crate::model::AsOfFrom::Site },
        StaleAfterOutOfRange { found: -1 },
        CommaInBraces { written: s() },
        UnknownLicence { written: s(), suggestion: None },
        TranslationsNotNone { written: s() },
        NotATagId { id: s(), suggestion: s() },
        TagLabelTwice { label: s(), first: s(), second: s() },
        TagLabelEmpty,
        NoTagVocabulary { count: 3 },
        UnknownTag { tag: s(), suggestion: None },
        ContentLinkNotRead { text: s() },
        UnsafeLink { link: s() },
        UnsafeHtmlOn,
        NameClash { other: s() },
        NameNotUtf8,
        ControlCharacter { escape: s() },
        PageTooLarge { template: s(), limit_mb: 64 },
        PageTooSlow { template: s(), seconds: 30 },
        HiddenFileSkipped,
        ControlCharactersRemoved,
        NameTooLong { name: s(), bytes: 300 },
        TemplateWithoutPager { template: s(), pages: 3 },
    ]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_well_formed_and_cover_every_kind() {
        let kinds = every_kind();
        let mut codes: Vec<&str> = kinds.iter().map(Message::code).collect();
        for code in &codes {
            let digits = code.strip_prefix("BC").unwrap_or("");
            assert!(digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()), "{code}");
        }
        codes.sort();
        let before = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), before, "a code is given to two kinds");
        // `code()` has one arm per kind, each with its own literal: as many
        // codes written there as kinds listed here means every kind is listed.
        let source = include_str!("mod.rs");
        let body = source.split("pub fn code(&self)").nth(1).unwrap().split("pub fn severity").next().unwrap();
        assert_eq!(body.matches("=> \"BC").count(), kinds.len(), "every_kind() misses a kind");
    }

    #[test]
    fn every_kind_has_words() {
        for m in every_kind() {
            for lang in [MessageLang::En, MessageLang::Vi] {
                let text = m.text(lang);
                assert!(!text.message.is_empty(), "{m:?}");
                assert!(text.hint.as_ref().is_none_or(|h| !h.is_empty()), "{m:?}");
            }
        }
    }

    /// Words of YAML readers and programmers, which a Vietnamese text must
    /// not use (plural forms too).
    const FORBIDDEN: [&str; 24] = [
        "mapping",
        "mappings",
        "scalar",
        "scalars",
        "sequence",
        "sequences",
        "key",
        "keys",
        "deserialize",
        "deserialized",
        "budget",
        "budgets",
        "node",
        "nodes",
        "document",
        "documents",
        "struct",
        "serde",
        "parser",
        "parse",
        "token",
        "tokens",
        "string",
        "boolean",
    ];

    /// The forbidden words in `text`, as whole words, case-insensitive.
    /// Inside a code span (`…`) only the user's own key `budget`, which they
    /// type as it is, is allowed; `{ key: value }` in code is not.
    pub(crate) fn forbidden_words(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (i, part) in text.split('`').enumerate() {
            let in_code = i % 2 == 1;
            for word in part.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase) {
                if FORBIDDEN.contains(&word.as_str()) && !(in_code && word == "budget") {
                    found.push(word);
                }
            }
        }
        found
    }

    /// Every kind, and every branch of the words shared by kinds, with
    /// arguments like real ones.
    fn samples() -> Vec<Message> {
        let known: Vec<String> =
            ["title", "summary", "description", "owner", "period", "sample_data", "tags", "budget", "indicators"]
                .map(String::from)
                .into();
        let mut all = every_kind();
        all.push(Message::UnknownKey { key: "tagz".into(), suggestion: Some("tags".into()), known: known.clone() });
        all.push(Message::UnknownProgramme { id: "q".into(), suggestion: None, known: vec!["p".into()] });
        all.push(Message::DuplicateKey { key: Some("title".into()) });
        all.push(Message::UnknownTag { tag: "Chè".into(), suggestion: Some("che".into()) });
        all.push(Message::NumberGroups { written: "2.250".into(), plain: "2250".into(), decimal: Some("2.25".into()) });
        for expected in [
            Expected::List,
            Expected::Map,
            Expected::Text,
            Expected::TextOrTranslations,
            Expected::Other("sequence start".into()),
        ] {
            for found in [
                Found::List,
                Found::Map,
                Found::Nothing,
                Found::Text("\"hai\"".into()),
                Found::Value("true".into()),
                Found::Other("unit variant".into()),
            ] {
                all.push(Message::WrongType { expected: expected.clone(), found });
            }
            all.push(Message::ExpectedValue { expected, found: Some("{a: 1}".into()) });
        }
        for problem in [
            LinkProblem::NoSuchProgramme,
            LinkProblem::NoSuchIndicator { id: "x".into() },
            LinkProblem::NoSuchTag { tag: "x".into() },
            LinkProblem::NoSuchArticle,
            LinkProblem::NoSuchPage,
            LinkProblem::NoVersion,
            LinkProblem::NotLinkable,
        ] {
            all.push(Message::ContentLinkUnresolved { link: "@/x".into(), problem });
        }
        all.push(Message::SameAddress {
            value: "x".into(),
            clash: Clash::Section { lang: "vi".into(), key: "articles".into() },
        });
        all.push(Message::VersionTwice { other: "x".into(), lang: "vi".into(), kind: DocumentKind::Article });
        for name in ["title", "summary", "owner", "unit", "other"] {
            all.push(Message::TextEmpty { field: format!("indicators[0].{name}"), name: name.into() });
        }
        // The reader's words for syntax errors, common and not.
        for text in [
            "unclosed quote",
            "mapping values are not allowed in this context",
            "while parsing a block mapping, did not find expected key",
            "while parsing a block collection, did not find expected '-' indicator",
            "tabs disallowed within this context (block indentation)",
            "unclosed bracket '['",
            "mismatched bracket '[' closed by '}'",
            "unexpected character: `@'",
            "invalid trailing content after double-quoted scalar",
            "while parsing a node, did not find expected node content",
        ] {
            all.push(Message::YamlSyntax { text: text.into() });
        }
        all
    }

    #[test]
    fn every_kind_has_vietnamese_words_of_its_own() {
        for m in every_kind() {
            let (en, vi) = (m.text(MessageLang::En), m.text(MessageLang::Vi));
            assert!(!vi.message.is_empty(), "{}: {m:?}", m.code());
            assert_ne!(vi.message, en.message, "{}: still in English", m.code());
            assert_eq!(vi.hint.is_some(), en.hint.is_some(), "{}: a hint in one language only", m.code());
            if let (Some(vi), Some(en)) = (&vi.hint, &en.hint) {
                assert_ne!(vi, en, "{}: hint still in English", m.code());
            }
        }
    }

    #[test]
    fn vietnamese_uses_no_reader_or_programmer_words() {
        let mut failures = Vec::new();
        for m in samples() {
            let text = m.text(MessageLang::Vi);
            for part in std::iter::once(&text.message).chain(&text.hint) {
                let words = forbidden_words(part);
                if !words.is_empty() {
                    failures.push(format!("{} {words:?}: {part}", m.code()));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // The check itself sees what it must.
        assert_eq!(forbidden_words("a `{ Key: value }`, Mapping"), ["key", "mapping"]);
        assert_eq!(forbidden_words("trường `budget.planned`, budget"), ["budget"]);
    }

    #[test]
    fn vietnamese_is_nfc() {
        for m in samples() {
            let text = m.text(MessageLang::Vi);
            for part in std::iter::once(&text.message).chain(&text.hint) {
                assert!(unicode_normalization::is_nfc(part), "{}: {part}", m.code());
            }
        }
        for word in [hint_word(MessageLang::Vi), severity_word(Severity::Error, MessageLang::Vi)] {
            assert!(unicode_normalization::is_nfc(word), "{word}");
        }
    }

    #[test]
    fn warnings_are_the_kinds_that_fall_back_or_skip() {
        let warnings: Vec<&str> =
            every_kind().iter().filter(|m| m.severity() == Severity::Warning).map(Message::code).collect();
        let notes: Vec<&str> =
            every_kind().iter().filter(|m| m.severity() == Severity::Note).map(Message::code).collect();
        assert_eq!(notes, ["BC1013"]);
        assert_eq!(
            warnings,
            [
                "BC1005", "BC1006", "BC2015", "BC3004", "BC4009", "BC4010", "BC6004", "BC7005", "BC7006", "BC3211",
                "BC3215", "BC3216", "BC3217", "BC2021", "BC3007", "BC2016", "BC1014", "BC6007"
            ]
        );
    }
}
