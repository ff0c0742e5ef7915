//! The English text of every message: one exhaustive match, so a new kind
//! does not compile until it has its words.

use super::{Clash, DocumentKind, Expected, Found, LinkProblem, Message, Text};
use crate::date::ACCEPTED_FORMS;
use crate::diagnostic::Severity;

/// The label of a hint's line.
pub(super) const HINT: &str = "hint";

/// The word before the code: `error[BC1203]`.
pub(super) fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// What is wrong, without a hint.
fn says(message: impl Into<String>) -> Text {
    Text { message: message.into(), hint: None }
}

/// What is wrong, and how to fix it.
fn fix(message: impl Into<String>, hint: impl Into<String>) -> Text {
    Text { message: message.into(), hint: Some(hint.into()) }
}

/// Where the as-of date was set, in words.
fn as_of_source(from: crate::model::AsOfFrom) -> &'static str {
    use crate::model::AsOfFrom::*;
    match from {
        Flag => "given with --as-of",
        Site => "`as_of` in content/site.yaml",
        SourceDateEpoch => "from SOURCE_DATE_EPOCH",
        Content => "the latest date in the content",
    }
}

/// `expected X, found "Y"`, or `expected X` when nothing is quoted.
fn expected_found(expected: &str, found: &Option<String>) -> String {
    match found {
        Some(f) => format!("expected {expected}, found \"{f}\""),
        None => format!("expected {expected}"),
    }
}

pub(super) fn text(message: &Message) -> Text {
    use Message::*;
    match message {
        FileEmpty => fix("the file is empty", "see the example site's files for what to write here"),
        NotUtf8 => fix(
            "the file is not valid UTF-8 text",
            "save the file as UTF-8 in your editor (old Vietnamese encodings such as TCVN3 or VNI are not supported)",
        ),
        NotText => fix(
            "the file is not text",
            "this looks like a binary file (an image, a Word document?); put such files in content/static/",
        ),
        TooLarge { size_mb, limit_mb } => fix(
            format!("the file is too large ({size_mb} MB; the limit is {limit_mb} MB)"),
            "split it into smaller files, or put data downloads in content/static/",
        ),
        SymlinkSkipped => fix(
            "symbolic links are not followed; this one is skipped",
            "copy the file into the site instead of linking to it",
        ),
        FileNotUsed => fix(
            "this file is not used",
            "programmes go in content/programs/*.yaml, articles in content/articles/*.md, pages in content/pages/*.md, other files in content/static/",
        ),
        NoContentFolder { root } => fix(
            format!("no content folder in {root}"),
            "run baocao in the site's folder (the one holding content/), or give it with --root DIR",
        ),

        YamlSyntax { text } => fix(
            format!("the YAML is not valid here: {text}"),
            "check the quotes, colons, brackets and indentation on this line and the one before",
        ),
        DuplicateKey { key: Some(key) } => fix(format!("the key `{key}` appears twice"), "keep one of them"),
        DuplicateKey { key: None } => fix("a key appears twice", "keep one of them"),
        NestedTooDeeply => fix("the YAML is nested too deeply", "a programme file needs only a few levels of nesting"),
        ExpandsTooMuch => {
            fix("the YAML expands too much", "do not use anchors and aliases (&name, *name) to repeat large parts")
        }
        TooManyItems => fix(
            "the YAML is too large: it has too many items or too much text",
            "split it into smaller files, or put data downloads in content/static/",
        ),
        MultipleDocuments => fix(
            "the file holds more than one YAML document",
            "remove the `---` line that starts the second one, or move it to a file of its own",
        ),

        UnknownKey { key, suggestion, known } => fix(
            format!("unknown key `{key}`"),
            match suggestion {
                Some(near) => format!("did you mean `{near}`? Known keys: {}", known.join(", ")),
                None => format!("known keys here: {}", known.join(", ")),
            },
        ),
        MissingKey { key } => fix(format!("missing required key `{key}`"), format!("add `{key}:` with a value")),
        ExpectedNumber { found } => fix(
            expected_found("a number", found),
            "write digits only, e.g. 20 or 26990000000 (no spaces, dots, commas or units)",
        ),
        ExpectedBoolean { found } => says(expected_found("true or false", found)),
        WrongType { expected, found } => Text {
            message: format!("expected {}, found {}", expected_words(expected), found_words(found)),
            hint: match expected {
                Expected::TextOrTranslations => {
                    Some("write the text after the colon, or one line per language (`vi: …`, `en: …`)".into())
                }
                Expected::List => Some("write a list as [a, b] or as lines starting with `- `".into()),
                Expected::Map => Some("write the keys on the lines below, indented, or as { key: value }".into()),
                Expected::Text | Expected::Other(_) => None,
            },
        },
        ExpectedValue { expected, found } => says(expected_found(&expected_words(expected), found)),
        TranslationsNotNone { written } => fix(
            format!("`translations: {written}`: the only value is `none`"),
            "write `translations: none` for an article or page written in one language on purpose, or remove the line",
        ),
        UnknownLicence { written, suggestion } => fix(
            format!("`{written}` is not a licence baocao knows"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`? Known: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, PDDL-1.0 (the default is CC-BY-4.0)"),
                None => "write one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, PDDL-1.0 (the default is CC-BY-4.0)".to_string(),
            },
        ),
        CommaInBraces { written } => fix(
            format!("inside {{ }} a comma ends a value, so `{written}` was cut in two at its comma"),
            format!("put the text in quotes: \"{written}\""),
        ),
        NoValue => fix("has no value", "write a value after the colon, or remove the line"),

        SiteFileMissing => fix(
            "the site settings file is missing",
            "create it with at least `title:` and `languages: [vi, en]`; the example site's content/site.yaml shows every setting",
        ),
        SiteTitleEmpty => fix("the site title is empty", "write the site's name after `title:`"),
        LanguagesMissing => fix(
            "missing: the site must list its languages",
            "add `languages: [vi, en]`; the first is the default language",
        ),
        LanguagesEmpty => fix("the list is empty", "list at least one language, e.g. `languages: [vi, en]`"),
        NotALanguageCode { code } => {
            fix(format!("`{code}` is not a language code"), "use ISO 639-1 codes such as vi, en, fr")
        }
        LanguageListedTwice { code } => fix(format!("`{code}` is listed twice"), "list each language once"),
        BaseUrlNotAbsolute { url } => fix(
            format!("`{url}` is not an absolute web address"),
            "write the full address, e.g. https://example.gov.vn/khuyencong/",
        ),
        PerPageOutOfRange { found } => says(format!("expected a number from 1 to 1000, found {found}")),
        NotATagId { id, suggestion } => fix(
            format!("`{id}` is not usable as a topic's id, which is also its address"),
            format!(
                "write `{suggestion}:` (lower-case letters without accents, digits and dashes) and put the name in `label`"
            ),
        ),
        TagLabelTwice { label, first, second } => fix(
            format!(
                "topics `{first}` and `{second}` are both named `{label}`, so a tag written `{label}` could mean either"
            ),
            "give each topic its own names, or merge the two",
        ),
        TagLabelEmpty => {
            fix("the topic has no name", "write its name in each language, e.g. `che: { vi: Chè, en: Tea }`")
        }
        NoTagVocabulary { count } => fix(
            format!(
                "the site's {count} topics have no names in site.yaml, so each is shown as written, and a topic written in two languages is two topics"
            ),
            "add a `tags:` vocabulary to site.yaml, e.g. `tags: { che: { vi: Chè, en: Tea } }` (see `baocao explain BC2021`)",
        ),
        UnknownTag { tag, suggestion } => fix(
            format!("the topic `{tag}` is not in the `tags:` vocabulary of site.yaml; it is shown as written"),
            match suggestion {
                Some(s) => format!(
                    "did you mean `{s}`? Otherwise add `{}` to `tags:` with its name in each language",
                    crate::text::slugify(tag)
                ),
                None => format!(
                    "add `{}` to `tags:` in site.yaml with its name in each language",
                    crate::text::slugify(tag)
                ),
            },
        ),
        StaleAfterOutOfRange { found } => fix(
            format!("expected a number of months from 0 to 240, found {found}"),
            "the default is 12; 0 never marks a figure as old",
        ),
        ThresholdsOutOfOrder { at_risk, on_track } => fix(
            format!("expected 0 < at_risk < on_track ≤ 1, found at_risk {at_risk} and on_track {on_track}"),
            "the defaults are on_track: 0.9 and at_risk: 0.6",
        ),
        PathsUnknownLanguage { lang } => {
            fix(format!("`{lang}` is not one of the site's languages"), "add it to `languages` or remove this entry")
        }
        NotAUrlSegment { value } => fix(
            format!("`{value}` is not a usable URL segment"),
            "use lower-case letters, digits and `-`, e.g. bai-viet",
        ),
        SameAddress { value, clash } => {
            let what = match clash {
                Clash::Section { lang, key } => format!("`paths.{lang}.{key}`"),
                Clash::Reserved { name } => format!("`{name}/`, which the site uses for something else"),
            };
            fix(format!("`{value}` is the same address as {what}"), "give each section its own name")
        }
        NotAThemeName { theme } => fix(
            format!("`{theme}` is not a theme folder name"),
            "write the name of a folder under themes/, or remove the line to use the built-in theme",
        ),
        SiteTextUnknownLanguage { lang } => fix(
            format!("`{lang}` is not one of the site's languages"),
            "add it to `languages` or remove this translation",
        ),
        NoBaseUrl => fix(
            "without base_url the 404 page links work only at the root of the site, and there is no sitemap",
            "set `base_url` to the address the site is published at (or build with --base-url URL)",
        ),

        TextEmpty { field: _, name } => fix("is empty", format!("write the {name} after `{name}:`")),
        TextUnknownLanguage { lang, languages } => fix(
            format!("`{lang}` is not one of the site's languages ({})", languages.join(", ")),
            "fix the language code, or add the language to `languages` in content/site.yaml",
        ),
        NoDefaultText { default } => fix(
            format!("no text in the default language ({default})"),
            format!("add `{default}:` with the text; other languages fall back to it"),
        ),
        MissingTranslation { lang, default, field } => fix(
            format!("no `{lang}` translation; the {default} text is shown instead"),
            format!("add `{lang}:` under `{}`", field.rsplit('.').next().unwrap_or(field)),
        ),
        NotAYear { year } => fix(format!("{year} is not a usable year"), "write the year in full, e.g. 2019"),
        TagWithoutLetters { tag } => says(format!("the tag `{tag}` has no letters or digits")),

        NotAProgrammeId { id, suggestion } => fix(
            format!("the file name `{id}` is not a usable programme id"),
            format!("rename the file to {suggestion}.yaml (lower-case letters, digits and `-`)"),
        ),
        PeriodReversed { start, end } => {
            fix(format!("the period starts ({start}) after it ends ({end})"), "swap `start` and `end`")
        }
        PlannedNotPositive { found } => says(format!("expected an amount above zero, found {found}")),
        DisbursedYearTwice { year } => fix(format!("the year {year} is given twice"), "give one amount per year"),

        NotAnIndicatorId { id, suggestion } => fix(
            format!("`{id}` is not a usable id"),
            format!("use lower-case letters, digits and `-`, e.g. {suggestion}"),
        ),
        IndicatorIdTwice { id } => fix(
            format!("the id `{id}` is used by another indicator of this programme"),
            "give each indicator its own id",
        ),
        TargetEqualsBaseline { baseline } => fix(
            format!("the target equals the baseline ({baseline}), so progress cannot be measured"),
            "set the value the programme aims for; a target below the baseline means the indicator must fall",
        ),
        TargetYearBeforeStart { year, start } => {
            says(format!("the target year {year} is before the programme starts ({start})"))
        }
        ProgressYearAndDate => fix("gives both `year` and `date`", "keep one of them"),
        ProgressNoTime => fix("gives neither `year` nor `date`", "add `year: 2019` (or `date: 2019-06-30`)"),
        ProgressTimeTwice => fix("this time is given twice", "give one value per year or date"),

        DocumentEmpty => fix(
            "the file is empty",
            "write a front matter block (`---`, `title: ...`, `---`) and then the text, or delete the file",
        ),
        NoFrontMatter => fix(
            "the file does not start with front matter",
            "start the file with a line `---`, then `title: ...` and `date: ...`, then a line `---`, then the text",
        ),
        FrontMatterNotClosed => {
            fix("the front matter is not closed", "add a line `---` after the last front matter line")
        }
        TitleEmpty => fix("the title is empty", "write the title after `title:`"),
        NotADate { text } => fix(format!("`{text}` is not a date"), format!("write the date as {ACCEPTED_FORMS}")),
        ArticleNeedsDate => fix(
            "an article needs a date",
            format!("add `date:` to the front matter, e.g. `date: 2018-06-22` (accepted: {ACCEPTED_FORMS})"),
        ),
        UnknownProgramme { id, suggestion, known } => fix(
            format!("there is no programme `{id}`"),
            match suggestion {
                Some(near) => {
                    format!("did you mean `{near}`? Programmes are named after their file in content/programs/")
                }
                None if known.is_empty() => {
                    "a programme is a file content/programs/<id>.yaml, and there is none yet".to_string()
                }
                None => format!("known programmes: {}", known.join(", ")),
            },
        ),
        FileLanguageUnknown { lang, languages } => fix(
            format!("`{lang}` is not one of the site's languages ({})", languages.join(", ")),
            "rename the file, or add the language to `languages` in content/site.yaml",
        ),
        NoDefaultVersion { default, lang, missing_file } => fix(
            format!("there is no {default} version; the {lang} page is built on its own"),
            format!("write {missing_file}"),
        ),
        NotTranslated { lang, missing_file } => {
            fix(format!("not translated into `{lang}`"), format!("write {missing_file}"))
        }
        VersionTwice { other, lang, kind } => fix(
            format!(
                "{other} is already the `{lang}` version of this {}",
                match kind {
                    DocumentKind::Article => "article",
                    DocumentKind::Page => "page",
                }
            ),
            "rename one of the files, or delete one",
        ),
        SlugUsedTwice { slug, other } => fix(
            format!("the address `{slug}` is already used by {other}"),
            "set a different `slug:` in one of the two files",
        ),
        SlugLeavesSection { slug } => fix(
            format!("`{slug}` would leave its section of the site"),
            "a slug is one word or several joined by `-`, without `/` or `..`",
        ),
        SlugWithoutLetters { slug } => says(format!("`{slug}` has no letters or digits")),
        FileNameWithoutLetters { name } => fix(
            format!("the file name `{name}` has no letters or digits to make an address from"),
            "rename the file or set `slug:`",
        ),
        ImageNotInStatic { image } => fix(
            format!("`{image}` is not a file in content/static/"),
            "put the image in content/static/ and write `image: /static/<file name>`",
        ),
        ImageNeedsAlt => fix(
            "an image needs a text alternative",
            "add `image_alt:` describing the image for people who cannot see it",
        ),
        MenuOnArticle => fix("`menu` places a page in the navigation; articles cannot have it", "remove the line"),
        PageSlugTaken { slug } => {
            fix(format!("the address `{slug}` is taken by a section of the site"), "set another `slug:` for this page")
        }

        ContentLinkUnresolved { link, problem } => fix(
            format!("`{link}`: {}", link_problem(problem)),
            "write the path of a file under content/ without its language suffix, e.g. @/pages/gioi-thieu.md, @/programs/<id>.yaml#<indicator id> or @/tags/<tag>",
        ),
        LinkLeavesSite { link } => fix(
            format!("`{link}` leads outside the site"),
            "link to content as @/articles/<name>.md, @/pages/<name>.md or @/programs/<id>.yaml",
        ),
        LinkLeadsNowhere { link } => fix(
            format!("`{link}` leads to no page or file of the site"),
            "link to content as @/articles/<name>.md, @/pages/<name>.md or @/programs/<id>.yaml; files in content/static/ as /static/<name> (a name with spaces as </static/my file.pdf>)",
        ),

        NoThemeFolder { theme } => fix(
            format!("there is no theme folder themes/{theme}/"),
            "create the folder themes/<name>/ beside content/, or remove `theme:` to use the built-in theme",
        ),
        TemplateNotUtf8 => fix("the template is not valid UTF-8 text", "save the template as UTF-8"),
        TemplateError { text } => {
            fix(text.clone(), "fix the template named in the message, or delete your copy to use the built-in one")
        }
        NoInterfaceStrings { lang, theme, path } => fix(
            format!("the theme has no interface strings for `{lang}`; English ones are used"),
            format!("copy themes/default/i18n/en.yaml to themes/{theme}/{path} and translate it"),
        ),

        Utf16 => fix(
            "the file is saved as UTF-16 (\"Unicode\"), not UTF-8",
            "open it in your editor and save it again with the encoding UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)",
        ),
        LegacyEncoding { name } => fix(
            format!("the file is not UTF-8: it looks like the old Vietnamese encoding {name}"),
            "convert it to Unicode UTF-8 (for example with UniKey's converter, from the clipboard), then save it as UTF-8",
        ),
        WrongExtension { right } => {
            fix("baocao does not read files with this ending", format!("rename the file to {right}"))
        }
        LanguageSuffixForm { lang, right } => fix(
            format!(
                "the language is not written the way baocao reads it, so this file would be taken as the default language, not `{lang}`"
            ),
            format!("rename the file to {right}"),
        ),
        TabIndent => fix(
            "this line is indented with a tab",
            "indent with spaces only (two per level); your editor can turn tabs into spaces",
        ),
        MissingColon { key } => {
            fix(format!("`{key}` has no colon after it"), format!("write `{key}:` then a space, then the value"))
        }
        SmartQuotes => fix(
            "curly quotes “ ” or ‘ ’ are used where YAML needs straight quotes",
            "use straight quotes \" or ', or no quotes at all; word processors put curly ones in",
        ),
        ItemOutsideList => fix(
            "this line is indented less than the list it belongs to",
            "line it up with the other items of the list (each `- ` at the same indentation)",
        ),
        NeedsStartEnd { written, start, end } => fix(
            format!("`{written}` is one value, but here a start and an end are needed"),
            format!("write {{ start: {start}, end: {end} }}"),
        ),
        EmptyNumber => fix("has no value", "write a number after the colon, e.g. 10, or remove the line"),
        NumberGroups { written, plain, decimal: None } => fix(
            format!("`{written}` groups thousands with a separator, which would be read as another number"),
            format!("write the number without separators: {plain}"),
        ),
        NumberGroups { written, plain, decimal: Some(decimal) } => fix(
            format!("`{written}` could be read two ways: the separator may group thousands or mark decimals"),
            format!("write {plain} if you meant thousands, or {decimal} if you meant decimals (with a point)"),
        ),
        ScaleWord { written, plain } => fix(
            format!("`{written}`: a figure is written in digits only, without words such as billion or million"),
            format!("write {plain}, in digits only"),
        ),
        DecimalComma { written, point } => {
            fix(format!("`{written}` uses a comma as the decimal mark"), format!("write {point}, with a point"))
        }
        PercentInNumber { written, number } => fix(
            format!("`{written}`: the per cent sign is not part of the number"),
            format!("write {number} here, and put % in `unit:`"),
        ),
        UnitInNumber { written, number, unit } => fix(
            format!("`{written}`: the unit is not part of the number"),
            format!("write {number} here, and put `{unit}` in `unit:`"),
        ),
        NumberNotFinite { written } => {
            fix(format!("`{written}` is not a number a report can show"), "write the figure in digits, e.g. 20")
        }
        NumberTooLarge { written } => fix(
            format!("`{written}` is too large for a figure"),
            "check the number of digits; figures up to 1,000,000,000,000,000 are accepted",
        ),
        AmountNotWhole { written } => fix(
            format!("`{written}` has a fraction; budgets are whole amounts of their currency"),
            "write the amount without a fraction, e.g. 26990000000",
        ),
        AmountNegative { written } => {
            fix(format!("`{written}` is below zero"), "write the amount disbursed, zero or more")
        }
        ProgressOutsidePeriod { year, start, end } => fix(
            format!("the year {year} is outside the programme's period ({start}–{end})"),
            "check the year; progress is reported from the year before the start to the year after the end",
        ),
        ProgressOutOfOrder => fix(
            "the progress points are not in time order; they are shown sorted",
            "list the points from the earliest to the latest",
        ),
        UnknownMeasure { written } => fix(
            format!("`{written}` is not a kind of indicator"),
            "write `measure: cumulative` for a running total (the default) or `measure: level` for a rate or a level",
        ),
        CumulativeFalls { before, after } => fix(
            format!("the value falls from {before} to {after}, but a cumulative total only grows"),
            "if the figures are a rate or a level, add `measure: level`; otherwise correct the figure",
        ),
        CumulativeTargetBelowBaseline => fix(
            "the target is below the baseline, but the indicator is a cumulative total, which only grows",
            "if the figure is a rate or a level that must fall, add `measure: level`",
        ),
        FigureAfterAsOf { when, as_of, from } => fix(
            format!("the figure for {when} is later than the as-of date {as_of} ({})", as_of_source(*from)),
            "move the as-of date forward, or check the figure's year",
        ),
        ContentLinkNotRead { text } => fix(
            format!("`{text}` was not read as a link, so it would show as text"),
            "write the link as [text](@/articles/<name>.md); a name with spaces goes in angle brackets: [text](<@/articles/my name.md>)",
        ),
        NameClash { other } => fix(
            format!(
                "this name and {other} differ only in capitals or accents, and would be one file on Windows, a Mac or a USB stick"
            ),
            "rename one of the two",
        ),
        PageTooLarge { template, limit_mb } => fix(
            format!("the template {template} wrote a page of more than {limit_mb} MB, so the build stopped it"),
            "look for a loop that never ends or that repeats text more than it should; delete your copy of the template to use the built-in one",
        ),
        TemplateWithoutPager { template, pages } => fix(
            format!("your theme's template {template} has no pager: its longest list has {pages} pages, but readers can reach only the first"),
            format!(
                "add {{% include \"_pagination.html\" %}} to the template where the pager goes (as the built-in theme's templates/{template} does), or delete your copy to use the built-in one"
            ),
        ),
        PageTooSlow { template, seconds } => fix(
            format!(
                "the template {template} was still making a page after {seconds} s, so the build stopped waiting for it"
            ),
            "look for loops within loops that never end; delete your copy of the template to use the built-in one",
        ),
        HiddenFileSkipped => says(
            "a hidden, system or editor file is left out of the site (only static/.well-known/ and static/.htaccess are copied)",
        ),
        ControlCharactersRemoved => fix(
            "the file holds invisible control characters; they are removed",
            "they usually come from copying text out of a PDF or a word processor; retype the text around this place if it looks wrong",
        ),
        ControlCharacter { escape } => fix(
            format!(
                "`{escape}` puts an invisible control character into the text, which would break the feeds and charts"
            ),
            format!("remove `{escape}`; for a new line, write the text on several lines with `|`"),
        ),
        NameNotUtf8 => fix(
            "the file name is not valid UTF-8 text",
            "rename the file; copy the name from a document saved as UTF-8, or use letters without accents",
        ),
        NameTooLong { name, bytes } => fix(
            format!("`{name}` is {bytes} bytes long, too long to be a file name of the site"),
            format!(
                "shorten it to {} bytes or fewer (a Vietnamese letter counts as two or three)",
                crate::validate::NAME_LIMIT
            ),
        ),
        UnsafeLink { link } => fix(
            format!("`{link}`: an address of this kind could run code in readers' browsers, so it is not published"),
            "link to web pages (https://…), e-mail (mailto:…) or content of the site; `markdown: { unsafe_html: true }` in content/site.yaml turns this check off",
        ),
        UnsafeHtmlOn => fix(
            "raw HTML and link addresses in Markdown are published unchecked (markdown.unsafe_html is on)",
            "turn it on only if every author is trusted and the HTML is reviewed; remove the line to check them again",
        ),
        ImageSettingOutOfRange { found, min, max } => fix(
            format!("expected a whole number from {min} to {max}, found {found}"),
            "the defaults are widths: [360, 720, 1080] (pixels) and quality: 75",
        ),
        ImageDamaged { image, cut_short: true } => fix(
            format!("the image {image} is cut short: only its beginning was copied"),
            "copy the photo again from the phone or the camera, and check that it opens in full in an image viewer",
        ),
        ImageDamaged { image, cut_short: false } => fix(
            format!("the image {image} is damaged and cannot be read"),
            "open it in an image editor and save it again as JPEG (photos) or PNG (drawings), or copy it again from where it came from",
        ),
        ImageFormatUnsupported { image, format: Some(format) } => fix(
            format!("the image {image} is a {format} file, which baocao does not publish"),
            "save it as JPEG (photos) or PNG (drawings, screenshots) and use that file",
        ),
        ImageFormatUnsupported { image, format: None } => fix(
            format!("{image} is not an image: it is not JPEG, PNG, WebP, GIF or SVG"),
            "check that this is the file you meant, and save the picture as JPEG or PNG",
        ),
        ImageTooLarge { image, width, height, max_megapixels } => fix(
            format!(
                "the image {image} is {width} × {height} pixels, larger than any photo (at most {max_megapixels} million pixels)"
            ),
            "make it smaller in an image editor (2000 pixels wide is plenty for the web) and save it again",
        ),
        SvgRunsCode { found } => fix(
            format!("this SVG file contains `{found}`, which can run code when the file is opened"),
            "remove the script or event attributes (export it again as plain SVG), or save the drawing as PNG",
        ),
        ImageWithoutAlt => fix(
            "this image has no text alternative",
            "write what the image shows between the brackets: ![Workers at the new tea press](/static/xuong-che.jpg)",
        ),
        PageImagesHeavy { kb, budget_kb } => fix(
            format!("the images of this page weigh {kb} KB on a phone 360 pixels wide, more than {budget_kb} KB"),
            "use fewer images, move some to a page of their own, or lower images.quality in site.yaml",
        ),
        DuplicateOutput { path } => fix(
            format!("two pages of the site would be written to {path}"),
            "give sections, pages and slugs addresses of their own",
        ),
    }
}

fn expected_words(expected: &Expected) -> String {
    match expected {
        Expected::List => "a list (lines starting with `- `, or [a, b])".into(),
        Expected::Map => "a map of keys and values".into(),
        Expected::Text => "text".into(),
        Expected::TextOrTranslations => "text or a map from language code to text".into(),
        Expected::Other(what) => what.clone(),
    }
}

fn found_words(found: &Found) -> String {
    match found {
        Found::List => "a list".into(),
        Found::Map => "a map of keys and values".into(),
        Found::Nothing => "nothing".into(),
        Found::Text(text) => format!("the text {text}"),
        Found::Value(value) => format!("`{value}`"),
        Found::Other(what) => what.clone(),
    }
}

fn link_problem(problem: &LinkProblem) -> String {
    match problem {
        LinkProblem::NoSuchProgramme => "there is no such programme".into(),
        LinkProblem::NoSuchIndicator { id } => format!("the programme has no indicator `{id}`"),
        LinkProblem::NoSuchTag { tag } => format!("no article or programme has the tag `{tag}`"),
        LinkProblem::NoSuchArticle => "there is no such article (or it is a draft)".into(),
        LinkProblem::NoSuchPage => "there is no such page (or it is a draft)".into(),
        LinkProblem::NoVersion => "it has no version to link to".into(),
        LinkProblem::NotLinkable => "only articles/, pages/, programs/ and tags/ can be linked with @/".into(),
    }
}
