//! The Vietnamese text of every message: one exhaustive match of the same
//! shape as `en.rs`, written for colleagues who are not programmers. The
//! YAML reader's own English words (`Expected::Other`, `Found::Other`, most
//! of a syntax error's description) are never shown: they are said in
//! general terms instead, and the commonest syntax errors in plain words.

use super::{Clash, DocumentKind, Expected, Found, LinkProblem, Message, Text};
use crate::diagnostic::Severity;

/// The accepted date forms (`date::ACCEPTED_FORMS`), in Vietnamese.
pub(crate) const ACCEPTED_FORMS: &str = "2018-06-22, 2018-06-22T09:30:00+07:00 hoặc 22/06/2018 (viết năm đầy đủ)";

/// The label of a hint's line.
pub(super) const HINT: &str = "gợi ý";

/// The word before the code: `lỗi[BC1203]`.
pub(super) fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "lỗi",
        Severity::Warning => "cảnh báo",
        Severity::Note => "ghi chú",
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

/// Names the user types, each in backticks: `title`, `budget`. (English
/// lists them bare; here they must not read as Vietnamese words.)
fn literal(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// `cần X, nhưng đang ghi "Y"`, or `cần X` when nothing is quoted.
fn expected_found(expected: &str, found: &Option<String>) -> String {
    match found {
        Some(f) => format!("cần {expected}, nhưng đang ghi \"{f}\""),
        None => format!("cần {expected}"),
    }
}

const NUMBER_HINT: &str = "Chỉ viết chữ số, ví dụ 20 hoặc 26990000000 (không dấu cách, không đơn vị, không dùng dấu chấm hay dấu phẩy để tách hàng nghìn); số thập phân dùng dấu chấm, ví dụ 12.5";
const SPLIT_HINT: &str = "Hãy chia thành các tệp nhỏ hơn, hoặc đặt tệp dữ liệu để tải về vào thư mục content/static/";
const KEEP_ONE: &str = "Hãy giữ lại một trong hai";
const NOT_A_SITE_LANGUAGE: &str = "không phải là một ngôn ngữ của trang web";

/// Where the as-of date was set, in words.
fn as_of_source(from: crate::model::AsOfFrom) -> &'static str {
    use crate::model::AsOfFrom::*;
    match from {
        Flag => "ghi bằng --as-of",
        Site => "`as_of` trong content/site.yaml",
        SourceDateEpoch => "lấy từ SOURCE_DATE_EPOCH",
        Content => "ngày muộn nhất trong nội dung",
    }
}

pub(super) fn text(message: &Message) -> Text {
    use Message::*;
    match message {
        FileEmpty => fix("tệp trống", "Hãy xem các tệp của trang web mẫu để biết cần viết gì ở đây"),
        NotUtf8 => fix(
            "tệp không phải là văn bản UTF-8 hợp lệ",
            "Hãy lưu tệp dưới dạng UTF-8 trong trình soạn thảo (không dùng được các bảng mã tiếng Việt cũ như TCVN3 hay VNI)",
        ),
        NotText => fix(
            "tệp không phải là văn bản",
            "Tệp này có vẻ là ảnh, tệp Word hoặc một loại tệp khác không phải văn bản; hãy đặt những tệp như vậy vào thư mục content/static/",
        ),
        TooLarge { size_mb, limit_mb } => {
            fix(format!("tệp quá lớn ({size_mb} MB; giới hạn là {limit_mb} MB)"), SPLIT_HINT)
        }
        SymlinkSkipped => fix(
            "baocao không đi theo liên kết tượng trưng (symbolic link); liên kết này được bỏ qua",
            "Hãy sao chép tệp vào thư mục của trang web thay vì tạo liên kết tới nó",
        ),
        FileNotUsed => fix(
            "tệp này không được dùng",
            "Chương trình đặt trong content/programs/*.yaml, bài viết trong content/articles/*.md, trang trong content/pages/*.md, các tệp khác trong content/static/",
        ),
        NoContentFolder { root } => fix(
            format!("không có thư mục content trong {root}"),
            "Hãy chạy baocao trong thư mục của trang web (thư mục chứa content/), hoặc chỉ ra thư mục đó bằng --root <thư mục>",
        ),

        YamlSyntax { text } => {
            let (detail, hint) = syntax_words(text);
            let message = match detail {
                Some(detail) => format!("YAML ở đây viết chưa đúng: {detail}"),
                None => "YAML ở đây viết chưa đúng".to_string(),
            };
            fix(
                message,
                hint.unwrap_or(
                    "Hãy kiểm tra dấu ngoặc kép, dấu hai chấm, dấu ngoặc và thụt lề ở dòng này và dòng ngay trên",
                ),
            )
        }
        DuplicateKey { key: Some(key) } => fix(format!("trường `{key}` xuất hiện hai lần"), KEEP_ONE),
        DuplicateKey { key: None } => fix("có một trường xuất hiện hai lần", KEEP_ONE),
        NestedTooDeeply => fix("YAML lồng nhau quá nhiều cấp", "Một tệp chương trình chỉ cần vài cấp lồng nhau"),
        ExpandsTooMuch => fix(
            "các phần lặp lại làm YAML phình ra quá lớn",
            "Đừng dùng neo và bí danh (&name, *name) để lặp lại những phần lớn",
        ),
        TooManyItems => fix("YAML quá lớn: có quá nhiều mục hoặc quá nhiều chữ", SPLIT_HINT),
        MultipleDocuments => fix(
            "tệp chứa nhiều hơn một phần YAML (các phần ngăn cách nhau bằng dòng `---`)",
            "Hãy xóa dòng `---` mở đầu phần thứ hai, hoặc chuyển phần đó sang một tệp riêng",
        ),

        UnknownKey { key, suggestion, known } => fix(
            format!("không nhận ra trường `{key}`"),
            match suggestion {
                Some(near) => format!("Có phải bạn định viết `{near}`? Các trường dùng được ở đây: {}", literal(known)),
                None => format!("Các trường dùng được ở đây: {}", literal(known)),
            },
        ),
        MissingKey { key } => fix(format!("thiếu trường bắt buộc `{key}`"), format!("Hãy thêm `{key}:` kèm giá trị")),
        ExpectedNumber { found } => fix(expected_found("một số", found), NUMBER_HINT),
        ExpectedBoolean { found } => says(expected_found("true hoặc false", found)),
        WrongType { expected, found } => Text {
            message: match expected_words(expected) {
                Some(expected) => format!("cần {expected}, nhưng {}", found_words(found)),
                None => match found {
                    Found::Other(_) => "cần một giá trị khác ở đây".to_string(),
                    found => format!("cần một giá trị khác ở đây, nhưng {}", found_words(found)),
                },
            },
            hint: match expected {
                Expected::TextOrTranslations => Some(
                    "Hãy viết văn bản ngay sau dấu hai chấm, hoặc viết mỗi ngôn ngữ một dòng (`vi: …`, `en: …`)".into(),
                ),
                Expected::List => Some("Hãy viết danh sách dạng [a, b], hoặc thành các dòng bắt đầu bằng `- `".into()),
                Expected::Map => {
                    Some("Hãy viết các trường ở những dòng bên dưới, thụt lề vào, hoặc dạng { trường: giá trị }".into())
                }
                Expected::Text | Expected::Other(_) => None,
            },
        },
        ExpectedValue { expected, found } => says(match expected_words(expected) {
            Some(expected) => expected_found(&expected, found),
            None => match found {
                Some(f) => format!("cần một giá trị khác ở đây, không phải \"{f}\""),
                None => "cần một giá trị khác ở đây".to_string(),
            },
        }),
        TranslationsNotNone { written } => fix(
            format!("`translations: {written}`: trường này chỉ nhận giá trị `none`"),
            "Hãy ghi `translations: none` cho bài viết hay trang cố ý chỉ viết bằng một ngôn ngữ, hoặc xóa dòng này",
        ),
        UnknownLicence { written, suggestion } => fix(
            format!("`{written}` không có trong danh sách giấy phép mà baocao hỗ trợ"),
            match suggestion {
                Some(s) => format!("Có phải ý bạn là `{s}`? Các giấy phép dùng được: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, PDDL-1.0 (mặc định là CC-BY-4.0)"),
                None => "Hãy ghi một trong các giấy phép CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, PDDL-1.0 (mặc định là CC-BY-4.0)".to_string(),
            },
        ),
        CommaInBraces { written } => fix(
            format!("trong cặp ngoặc {{ }}, dấu phẩy dùng để ngăn cách các giá trị, nên `{written}` bị tách làm hai tại dấu phẩy"),
            format!("Hãy đặt cả đoạn chữ trong dấu ngoặc kép: \"{written}\""),
        ),
        NoValue => fix("chưa có giá trị", "Hãy viết giá trị sau dấu hai chấm, hoặc xóa dòng này"),

        SiteFileMissing => fix(
            "thiếu tệp cài đặt của trang web",
            "Hãy tạo tệp này với ít nhất `title:` và `languages: [vi, en]`; tệp content/site.yaml của trang web mẫu có đủ mọi cài đặt",
        ),
        SiteTitleEmpty => fix("tên trang web đang để trống", "Hãy viết tên trang web sau `title:`"),
        LanguagesMissing => fix(
            "thiếu danh sách ngôn ngữ: trang web phải ghi rõ các ngôn ngữ của mình",
            "Hãy thêm `languages: [vi, en]`; ngôn ngữ đầu tiên là ngôn ngữ mặc định",
        ),
        LanguagesEmpty => fix("danh sách đang trống", "Hãy ghi ít nhất một ngôn ngữ, ví dụ `languages: [vi, en]`"),
        NotALanguageCode { code } => {
            fix(format!("`{code}` không phải là mã ngôn ngữ"), "Hãy dùng mã ISO 639-1, ví dụ vi, en, fr")
        }
        LanguageListedTwice { code } => fix(format!("`{code}` được ghi hai lần"), "Mỗi ngôn ngữ chỉ ghi một lần"),
        BaseUrlNotAbsolute { url } => fix(
            format!("`{url}` không phải là một địa chỉ web đầy đủ"),
            "Hãy viết đầy đủ địa chỉ, ví dụ https://example.gov.vn/khuyencong/",
        ),
        PerPageOutOfRange { found } => says(format!("cần một số từ 1 đến 1000, nhưng đang ghi {found}")),
        NotATagId { id, suggestion } => fix(
            format!("`{id}` không dùng được làm mã chủ đề, vì mã cũng là địa chỉ của trang chủ đề"),
            format!(
                "Hãy viết `{suggestion}:` (chữ thường không dấu, chữ số và dấu gạch ngang) và ghi tên chủ đề vào `label`"
            ),
        ),
        TagLabelTwice { label, first, second } => fix(
            format!(
                "hai chủ đề `{first}` và `{second}` cùng có tên `{label}`, nên khi một bài viết hay chương trình ghi `{label}`, không rõ đó là chủ đề nào"
            ),
            "Hãy đặt tên riêng cho mỗi chủ đề, hoặc gộp hai chủ đề làm một",
        ),
        TagLabelEmpty => {
            fix("chủ đề chưa có tên", "Hãy ghi tên chủ đề theo từng ngôn ngữ, ví dụ `che: { vi: Chè, en: Tea }`")
        }
        NoTagVocabulary { count } => fix(
            format!(
                "{count} chủ đề của trang chưa được đặt tên trong site.yaml, nên mỗi chủ đề hiện đúng như đã ghi, và một chủ đề ghi bằng hai thứ tiếng sẽ bị tách thành hai chủ đề"
            ),
            "Hãy thêm danh mục chủ đề `tags:` vào site.yaml, ví dụ `tags: { che: { vi: Chè, en: Tea } }` (xem `baocao explain BC2021`)",
        ),
        UnknownTag { tag, suggestion } => fix(
            format!(
                "chủ đề `{tag}` không có trong danh mục `tags:` của site.yaml; trang web sẽ hiện chủ đề này đúng như đã ghi"
            ),
            match suggestion {
                Some(s) => format!(
                    "Có phải ý bạn là `{s}`? Nếu không, hãy thêm `{}` vào `tags:` kèm tên theo từng ngôn ngữ",
                    crate::text::slugify(tag)
                ),
                None => format!(
                    "Hãy thêm `{}` vào `tags:` trong site.yaml, kèm tên theo từng ngôn ngữ",
                    crate::text::slugify(tag)
                ),
            },
        ),
        StaleAfterOutOfRange { found } => fix(
            format!("cần một số tháng từ 0 đến 240, nhưng đang ghi {found}"),
            "Giá trị mặc định là 12; ghi 0 thì số liệu không bao giờ bị coi là cũ",
        ),
        ThresholdsOutOfOrder { at_risk, on_track } => fix(
            format!("cần 0 < at_risk < on_track ≤ 1, nhưng đang ghi at_risk {at_risk} và on_track {on_track}"),
            "Giá trị mặc định là on_track: 0.9 và at_risk: 0.6",
        ),
        PathsUnknownLanguage { lang } => {
            fix(format!("`{lang}` {NOT_A_SITE_LANGUAGE}"), "Hãy thêm ngôn ngữ này vào `languages`, hoặc xóa mục này")
        }
        NotAUrlSegment { value } => fix(
            format!("`{value}` không dùng được làm một phần của địa chỉ trang"),
            "Hãy dùng chữ thường không dấu, chữ số và dấu `-`, ví dụ bai-viet",
        ),
        SameAddress { value, clash } => {
            let what = match clash {
                Clash::Section { lang, key } => format!("`paths.{lang}.{key}`"),
                Clash::Reserved { name } => format!("`{name}/`, thư mục mà trang web đã dùng vào việc khác"),
            };
            fix(format!("`{value}` trùng địa chỉ với {what}"), "Hãy đặt cho mỗi chuyên mục một tên riêng")
        }
        NotAThemeName { theme } => fix(
            format!("`{theme}` không phải là tên một thư mục giao diện"),
            "Hãy viết tên một thư mục trong themes/, hoặc xóa dòng này để dùng giao diện có sẵn",
        ),
        SiteTextUnknownLanguage { lang } => fix(
            format!("`{lang}` {NOT_A_SITE_LANGUAGE}"),
            "Hãy thêm ngôn ngữ này vào `languages`, hoặc xóa bản dịch này",
        ),
        NoBaseUrl => fix(
            "chưa có base_url nên các liên kết trên trang 404 chỉ đúng ở thư mục gốc của trang web, và không tạo được sơ đồ trang (sitemap)",
            "Hãy đặt `base_url` là địa chỉ nơi trang web được đăng (hoặc chạy build với --base-url <địa chỉ>)",
        ),

        TextEmpty { field: _, name } => fix("đang để trống", format!("Hãy viết {} sau `{name}:`", field_words(name))),
        TextUnknownLanguage { lang, languages } => fix(
            format!("`{lang}` {NOT_A_SITE_LANGUAGE} ({})", languages.join(", ")),
            "Hãy sửa lại mã ngôn ngữ, hoặc thêm ngôn ngữ này vào `languages` trong content/site.yaml",
        ),
        NoDefaultText { default } => fix(
            format!("chưa có văn bản bằng ngôn ngữ mặc định ({default})"),
            format!("Hãy thêm `{default}:` kèm văn bản; ngôn ngữ nào thiếu bản dịch sẽ dùng văn bản này"),
        ),
        MissingTranslation { lang, default, field } => fix(
            format!("chưa có bản dịch `{lang}`; trang sẽ hiện văn bản {default} thay thế"),
            format!("Hãy thêm `{lang}:` vào dưới `{}`", field.rsplit('.').next().unwrap_or(field)),
        ),
        NotAYear { year } => fix(format!("{year} không phải là một năm dùng được"), "Hãy viết năm đầy đủ, ví dụ 2019"),
        TagWithoutLetters { tag } => says(format!("chủ đề `{tag}` không có chữ cái hay chữ số nào")),

        NotAProgrammeId { id, suggestion } => fix(
            format!("tên tệp `{id}` không dùng được làm mã chương trình"),
            format!("Hãy đổi tên tệp thành {suggestion}.yaml (chữ thường không dấu, chữ số và dấu `-`)"),
        ),
        PeriodReversed { start, end } => {
            fix(format!("năm bắt đầu ({start}) lại sau năm kết thúc ({end})"), "Hãy đổi chỗ `start` và `end`")
        }
        PlannedNotPositive { found } => says(format!("cần một số tiền lớn hơn 0, nhưng đang ghi {found}")),
        DisbursedYearTwice { year } => fix(format!("năm {year} được ghi hai lần"), "Mỗi năm chỉ ghi một số tiền"),

        NotAnIndicatorId { id, suggestion } => fix(
            format!("`{id}` không dùng được làm mã"),
            format!("Hãy dùng chữ thường không dấu, chữ số và dấu `-`, ví dụ {suggestion}"),
        ),
        IndicatorIdTwice { id } => fix(
            format!("mã `{id}` đã được dùng cho một chỉ tiêu khác của chương trình này"),
            "Hãy đặt cho mỗi chỉ tiêu một mã riêng",
        ),
        TargetEqualsBaseline { baseline } => fix(
            format!("mục tiêu bằng giá trị ban đầu ({baseline}) nên không đo được tiến độ"),
            "Hãy ghi giá trị mà chương trình hướng tới; nếu mục tiêu thấp hơn giá trị ban đầu, chỉ tiêu được hiểu là cần giảm xuống",
        ),
        TargetYearBeforeStart { year, start } => {
            says(format!("năm mục tiêu {year} lại trước năm bắt đầu chương trình ({start})"))
        }
        ProgressYearAndDate => fix("ghi cả `year` lẫn `date`", KEEP_ONE),
        ProgressNoTime => {
            fix("không ghi `year` cũng không ghi `date`", "Hãy thêm `year: 2019` (hoặc `date: 2019-06-30`)")
        }
        ProgressTimeTwice => fix("mốc thời gian này được ghi hai lần", "Mỗi năm hoặc mỗi ngày chỉ ghi một giá trị"),

        DocumentEmpty => fix(
            "tệp trống",
            "Hãy viết phần khai báo đầu tệp (`---`, `title: ...`, `---`) rồi đến nội dung, hoặc xóa tệp này",
        ),
        NoFrontMatter => fix(
            "tệp không bắt đầu bằng phần khai báo đầu tệp (front matter)",
            "Hãy mở đầu tệp bằng một dòng `---`, tiếp theo là `title: ...` và `date: ...`, rồi một dòng `---`, sau đó mới đến nội dung",
        ),
        FrontMatterNotClosed => fix(
            "phần khai báo đầu tệp chưa được đóng lại",
            "Hãy thêm một dòng `---` sau dòng cuối cùng của phần khai báo",
        ),
        TitleEmpty => fix("tiêu đề đang để trống", "Hãy viết tiêu đề sau `title:`"),
        NotADate { text } => {
            fix(format!("`{text}` không phải là một ngày hợp lệ"), format!("Hãy viết ngày theo dạng {ACCEPTED_FORMS}"))
        }
        ArticleNeedsDate => fix(
            "bài viết cần có ngày",
            format!(
                "Hãy thêm `date:` vào phần khai báo đầu tệp, ví dụ `date: 2018-06-22`; các dạng được chấp nhận: {ACCEPTED_FORMS}"
            ),
        ),
        UnknownProgramme { id, suggestion, known } => fix(
            format!("không có chương trình `{id}`"),
            match suggestion {
                Some(near) => format!(
                    "Có phải bạn định viết `{near}`? Mỗi chương trình mang tên tệp của nó trong content/programs/"
                ),
                None if known.is_empty() => "Trang web chưa có chương trình nào trong content/programs/".to_string(),
                None => format!("Các chương trình hiện có: {}", literal(known)),
            },
        ),
        FileLanguageUnknown { lang, languages } => fix(
            format!("`{lang}` {NOT_A_SITE_LANGUAGE} ({})", languages.join(", ")),
            "Hãy đổi tên tệp, hoặc thêm ngôn ngữ này vào `languages` trong content/site.yaml",
        ),
        NoDefaultVersion { default, lang, missing_file } => fix(
            format!("chưa có bản {default}; trang {lang} được tạo mà không có bản tương ứng"),
            format!("Hãy viết tệp {missing_file}"),
        ),
        NotTranslated { lang, missing_file } => {
            fix(format!("chưa được dịch sang `{lang}`"), format!("Hãy viết tệp {missing_file}"))
        }
        VersionTwice { other, lang, kind } => fix(
            format!(
                "{other} đã là bản `{lang}` của {} này",
                match kind {
                    DocumentKind::Article => "bài viết",
                    DocumentKind::Page => "trang",
                }
            ),
            "Hãy đổi tên hoặc xóa một trong hai tệp",
        ),
        SlugUsedTwice { slug, other } => fix(
            format!("địa chỉ `{slug}` trùng với địa chỉ của {other}"),
            "Hãy đặt một `slug:` khác ở một trong hai tệp",
        ),
        SlugLeavesSection { slug } => fix(
            format!("`{slug}` sẽ dẫn ra ngoài chuyên mục của nó trên trang web"),
            "Giá trị của `slug:` là một từ, hoặc nhiều từ nối với nhau bằng dấu `-`, không có `/` hay `..`",
        ),
        SlugWithoutLetters { slug } => says(format!("`{slug}` không có chữ cái hay chữ số nào")),
        FileNameWithoutLetters { name } => fix(
            format!("tên tệp `{name}` không có chữ cái hay chữ số nào để tạo địa chỉ"),
            "Hãy đổi tên tệp, hoặc đặt `slug:`",
        ),
        ImageNotInStatic { image } => fix(
            format!("`{image}` không phải là một tệp trong content/static/"),
            "Hãy đặt ảnh vào thư mục content/static/ và viết `image: /static/<tên tệp>`",
        ),
        ImageNeedsAlt => {
            fix("ảnh cần có văn bản thay thế", "Hãy thêm `image_alt:` mô tả nội dung ảnh cho người không xem được ảnh")
        }
        MenuOnArticle => fix(
            "`menu` dùng để đưa một trang vào thanh điều hướng; bài viết không dùng được trường này",
            "Hãy xóa dòng này",
        ),
        PageSlugTaken { slug } => fix(
            format!("địa chỉ `{slug}` đã thuộc về một chuyên mục của trang web"),
            "Hãy đặt một `slug:` khác cho trang này",
        ),

        ContentLinkUnresolved { link, problem } => fix(
            format!("`{link}`: {}", link_problem(problem)),
            "Hãy viết đường dẫn của một tệp trong content/, bỏ phần đuôi ngôn ngữ, ví dụ @/pages/gioi-thieu.md, @/programs/<mã>.yaml#<mã chỉ tiêu> hoặc @/tags/<chủ đề>",
        ),
        LinkLeavesSite { link } => fix(
            format!("`{link}` dẫn ra ngoài trang web"),
            "Hãy liên kết tới nội dung dạng @/articles/<tên>.md, @/pages/<tên>.md hoặc @/programs/<mã>.yaml",
        ),
        LinkLeadsNowhere { link } => fix(
            format!("`{link}` không dẫn tới trang hay tệp nào của trang web"),
            "Hãy liên kết tới nội dung dạng @/articles/<tên>.md, @/pages/<tên>.md hoặc @/programs/<mã>.yaml; tới tệp trong content/static/ dạng /static/<tên> (tên có dấu cách thì viết trong ngoặc nhọn, như </static/báo cáo.pdf>)",
        ),

        NoThemeFolder { theme } => fix(
            format!("không có thư mục giao diện themes/{theme}/"),
            "Hãy tạo thư mục themes/<tên>/ bên cạnh content/, hoặc xóa `theme:` để dùng giao diện có sẵn",
        ),
        TemplateNotUtf8 => fix("mẫu trang không phải là văn bản UTF-8 hợp lệ", "Hãy lưu mẫu trang dưới dạng UTF-8"),
        // tera's words name the template and the line: they are kept, in
        // English, as tera wrote them (only people who edit templates see them).
        TemplateError { text } => fix(
            format!("mẫu trang có lỗi; thông báo gốc (tiếng Anh): {text}"),
            "Hãy sửa mẫu trang được nêu trong thông báo, hoặc xóa bản sao của bạn để dùng mẫu có sẵn",
        ),
        NoInterfaceStrings { lang, theme, path } => fix(
            format!("giao diện chưa có chữ cho ngôn ngữ `{lang}`; tạm dùng chữ tiếng Anh"),
            format!("Hãy sao chép themes/default/i18n/en.yaml thành themes/{theme}/{path} rồi dịch tệp đó"),
        ),

        NameClash { other } => fix(
            format!(
                "tên này và {other} chỉ khác nhau ở chữ hoa hay dấu, nên sẽ thành một tệp trên Windows, máy Mac hoặc USB"
            ),
            "Hãy đổi tên một trong hai tệp",
        ),
        PageTooLarge { template, limit_mb } => fix(
            format!("mẫu giao diện {template} tạo ra một trang lớn hơn {limit_mb} MB, nên lần dựng đã dừng nó lại"),
            "Hãy tìm một vòng lặp không dừng hoặc lặp lại văn bản quá nhiều lần; xóa bản mẫu giao diện của bạn để dùng bản có sẵn",
        ),
        TemplateWithoutPager { template, pages } => fix(
            format!(
                "mẫu {template} trong giao diện của bạn không có thanh chuyển trang: danh sách dài nhất của mẫu này có {pages} trang, nhưng người đọc chỉ xem được trang đầu"
            ),
            format!(
                "Hãy thêm {{% include \"_pagination.html\" %}} vào mẫu này, ở chỗ muốn hiện thanh chuyển trang (như templates/{template} của giao diện có sẵn), hoặc xóa bản mẫu của bạn để dùng bản có sẵn"
            ),
        ),
        PageTooSlow { template, seconds } => fix(
            format!(
                "mẫu giao diện {template} vẫn chưa tạo xong một trang sau {seconds} giây, nên lần dựng đã thôi chờ"
            ),
            "Hãy tìm các vòng lặp lồng nhau không dừng; xóa bản mẫu giao diện của bạn để dùng bản có sẵn",
        ),
        HiddenFileSkipped => says(
            "một tệp ẩn, tệp hệ thống hoặc tệp tạm của trình soạn thảo không được đưa lên trang web (chỉ static/.well-known/ và static/.htaccess được chép)",
        ),
        ControlCharactersRemoved => fix(
            "tệp có những ký tự điều khiển vô hình; chúng đã được bỏ đi",
            "Các ký tự này thường lẫn vào khi chép văn bản từ tệp PDF hoặc chương trình soạn văn bản; nếu đoạn văn ở chỗ này trông sai, hãy gõ lại",
        ),
        ControlCharacter { escape } => fix(
            format!("`{escape}` đưa một ký tự điều khiển vô hình vào văn bản, làm hỏng tin Atom và biểu đồ"),
            format!("Hãy xóa `{escape}`; nếu muốn xuống dòng, hãy viết văn bản thành nhiều dòng với `|`"),
        ),
        NameNotUtf8 => fix(
            "tên tệp không phải là văn bản UTF-8 hợp lệ",
            "Hãy đổi tên tệp; chép tên từ một văn bản lưu theo UTF-8, hoặc dùng chữ không dấu",
        ),
        NameTooLong { name, bytes } => fix(
            format!("`{name}` dài {bytes} byte, quá dài để làm tên tệp của trang web"),
            format!(
                "Hãy rút ngắn xuống còn {} byte trở xuống (mỗi chữ tiếng Việt có dấu tính hai hoặc ba byte)",
                crate::validate::NAME_LIMIT
            ),
        ),
        UnsafeLink { link } => fix(
            format!("`{link}`: địa chỉ loại này có thể chạy mã trên trình duyệt của người đọc, nên không được đăng"),
            "Hãy liên kết tới trang web (https://…), thư điện tử (mailto:…) hoặc nội dung của trang; nếu cần, có thể tắt kiểm tra này bằng `markdown: { unsafe_html: true }` trong content/site.yaml",
        ),
        UnsafeHtmlOn => fix(
            "HTML viết trực tiếp và địa chỉ liên kết trong Markdown được đăng mà không kiểm tra (markdown.unsafe_html đang bật)",
            "Chỉ bật khi mọi người viết bài đều tin cậy được và HTML đã được xem lại; xóa dòng này để kiểm tra trở lại",
        ),
        ImageSettingOutOfRange { found, min, max } => fix(
            format!("cần một số nguyên từ {min} đến {max}, nhưng đang ghi {found}"),
            "Giá trị mặc định là widths: [360, 720, 1080] (điểm ảnh) và quality: 75",
        ),
        ImageDamaged { image, cut_short: true } => fix(
            format!("ảnh {image} bị thiếu phần cuối: tệp chỉ được chép một phần"),
            "Hãy chép lại ảnh từ điện thoại hoặc máy ảnh, rồi mở thử bằng trình xem ảnh để chắc chắn ảnh hiện đầy đủ",
        ),
        ImageDamaged { image, cut_short: false } => fix(
            format!("ảnh {image} bị hỏng, không đọc được"),
            "Hãy mở ảnh bằng phần mềm chỉnh ảnh rồi lưu lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ), hoặc chép lại ảnh từ nơi gốc",
        ),
        ImageFormatUnsupported { image, format: Some(format) } => fix(
            format!("ảnh {image} là tệp {format}, baocao không đăng được loại tệp này"),
            "Hãy lưu ảnh dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, ảnh chụp màn hình) rồi dùng tệp đó",
        ),
        ImageFormatUnsupported { image, format: None } => fix(
            format!("{image} không phải là ảnh: tệp không thuộc loại JPEG, PNG, WebP, GIF hay SVG"),
            "Hãy kiểm tra xem có đúng tệp cần dùng không, và lưu ảnh dưới dạng JPEG hoặc PNG",
        ),
        ImageTooLarge { image, width, height, max_megapixels } => fix(
            format!(
                "ảnh {image} có kích thước {width} × {height} điểm ảnh, lớn hơn mọi ảnh chụp (tối đa {max_megapixels} triệu điểm ảnh)"
            ),
            "Hãy thu nhỏ ảnh bằng phần mềm chỉnh ảnh (rộng 2000 điểm ảnh là đủ cho trang web) rồi lưu lại",
        ),
        SvgRunsCode { found } => fix(
            format!("tệp SVG này có `{found}`, là mã có thể chạy khi mở tệp"),
            "Hãy xóa phần mã đó (xuất lại hình dưới dạng SVG thông thường), hoặc lưu hình dưới dạng PNG",
        ),
        ImageWithoutAlt => fix(
            "ảnh này chưa có văn bản thay thế",
            "Hãy ghi nội dung của ảnh vào giữa hai dấu ngoặc vuông: ![Công nhân bên máy vò chè mới](/static/xuong-che.jpg)",
        ),
        PageImagesHeavy { kb, budget_kb } => fix(
            format!("ảnh của trang này nặng {kb} KB khi xem trên điện thoại rộng 360 điểm ảnh, vượt mức {budget_kb} KB"),
            "Hãy bớt số ảnh, chuyển bớt ảnh sang một trang khác, hoặc giảm images.quality trong site.yaml",
        ),
        DuplicateOutput { path } => fix(
            format!("hai trang sẽ cùng được ghi vào {path}"),
            "Hãy đặt địa chỉ riêng cho từng chuyên mục và từng trang (bằng `paths` và `slug:`)",
        ),

        Utf16 => fix(
            "tệp đang được lưu theo bảng mã UTF-16 (\"Unicode\"), không phải UTF-8",
            "Hãy mở tệp trong trình soạn thảo rồi lưu lại với bảng mã UTF-8 (trong Notepad: File › Save as › Encoding: UTF-8)",
        ),
        LegacyEncoding { name } => fix(
            format!("tệp không phải UTF-8: có vẻ tệp đang dùng bảng mã tiếng Việt cũ {name}"),
            "Hãy chuyển tệp sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của UniKey, qua bộ nhớ tạm), rồi lưu dưới dạng UTF-8",
        ),
        WrongExtension { right } => {
            fix("baocao không đọc tệp có đuôi như thế này", format!("Hãy đổi tên tệp thành {right}"))
        }
        LanguageSuffixForm { lang, right } => fix(
            format!(
                "phần chỉ ngôn ngữ trong tên tệp không được viết theo cách baocao đọc, nên tệp sẽ bị coi là ngôn ngữ mặc định chứ không phải `{lang}`"
            ),
            format!("Hãy đổi tên tệp thành {right}"),
        ),
        TabIndent => fix(
            "dòng này được thụt lề bằng phím Tab",
            "Chỉ thụt lề bằng dấu cách (mỗi cấp hai dấu cách); trình soạn thảo có thể tự đổi Tab thành dấu cách",
        ),
        MissingColon { key } => {
            fix(format!("sau `{key}` thiếu dấu hai chấm"), format!("Hãy viết `{key}:`, một dấu cách, rồi đến giá trị"))
        }
        SmartQuotes => fix(
            "đang dùng dấu ngoặc kép cong “ ” hoặc ‘ ’ ở chỗ YAML cần dấu ngoặc thẳng",
            "Hãy dùng dấu ngoặc thẳng \" hoặc ', hoặc bỏ hẳn dấu ngoặc; các chương trình soạn văn bản như Word thường tự đổi sang dấu ngoặc cong",
        ),
        ItemOutsideList => fix(
            "dòng này thụt lề ít hơn danh sách mà nó thuộc về",
            "Hãy cho dòng này thẳng hàng với các mục khác trong danh sách (mọi dấu `- ` thụt lề như nhau)",
        ),
        NeedsStartEnd { written, start, end } => fix(
            format!("`{written}` là một giá trị, nhưng ở đây cần ghi riêng năm bắt đầu và năm kết thúc"),
            format!("Hãy viết {{ start: {start}, end: {end} }}"),
        ),
        EmptyNumber => fix("chưa có giá trị", "Hãy viết một số sau dấu hai chấm, ví dụ 10, hoặc xóa dòng này"),
        NumberGroups { written, plain, decimal: None } => fix(
            format!("`{written}` dùng dấu để tách hàng nghìn, nên sẽ bị đọc thành một số khác"),
            format!("Hãy viết liền các chữ số, không dùng dấu tách: {plain}"),
        ),
        NumberGroups { written, plain, decimal: Some(decimal) } => fix(
            format!("`{written}` có hai cách hiểu: dấu ngăn cách trong số có thể là dấu tách hàng nghìn, hoặc là dấu thập phân"),
            format!("Nếu đó là dấu tách hàng nghìn, hãy viết {plain}; nếu đó là dấu thập phân, hãy viết {decimal} (dùng dấu chấm)"),
        ),
        ScaleWord { written, plain } => fix(
            format!("`{written}`: số liệu chỉ được ghi bằng chữ số, không kèm các chữ như tỷ, triệu"),
            format!("Hãy viết {plain}, chỉ dùng chữ số"),
        ),
        DecimalComma { written, point } => fix(
            format!("`{written}` dùng dấu phẩy để ghi phần thập phân"),
            format!("Hãy viết {point}, dùng dấu chấm cho phần thập phân"),
        ),
        PercentInNumber { written, number } => fix(
            format!("`{written}`: dấu phần trăm không phải là một phần của con số"),
            format!("Hãy ghi {number} ở đây, còn dấu % thì ghi vào `unit:`"),
        ),
        UnitInNumber { written, number, unit } => fix(
            format!("`{written}`: đơn vị không phải là một phần của con số"),
            format!("Hãy ghi {number} ở đây, còn `{unit}` thì ghi vào `unit:`"),
        ),
        NumberNotFinite { written } => fix(
            format!("`{written}` không phải là một con số có thể đưa vào báo cáo"),
            "Hãy viết số bằng chữ số, ví dụ 20",
        ),
        NumberTooLarge { written } => fix(
            format!("`{written}` quá lớn đối với một số liệu"),
            "Hãy kiểm tra lại số chữ số; chấp nhận các số đến 1.000.000.000.000.000",
        ),
        AmountNotWhole { written } => fix(
            format!("`{written}` có phần lẻ; kinh phí phải là số tròn theo đơn vị tiền tệ"),
            "Hãy viết số tiền không có phần lẻ, ví dụ 26990000000",
        ),
        AmountNegative { written } => {
            fix(format!("`{written}` nhỏ hơn 0"), "Hãy viết số tiền đã giải ngân, từ 0 trở lên")
        }
        ProgressOutsidePeriod { year, start, end } => fix(
            format!("năm {year} nằm ngoài thời gian thực hiện chương trình ({start}–{end})"),
            "Hãy kiểm tra lại năm; tiến độ được ghi từ năm trước năm bắt đầu đến năm sau năm kết thúc",
        ),
        ProgressOutOfOrder => fix(
            "các mốc tiến độ chưa xếp theo thứ tự thời gian; trang sẽ hiện chúng theo thứ tự đã sắp xếp",
            "Hãy ghi các mốc từ sớm nhất đến muộn nhất",
        ),
        UnknownMeasure { written } => fix(
            format!("`{written}` không phải là một loại chỉ tiêu"),
            "Hãy ghi `measure: cumulative` cho chỉ tiêu cộng dồn (mặc định), hoặc `measure: level` cho chỉ tiêu mức độ (tỷ lệ, mức bình quân…)",
        ),
        CumulativeFalls { before, after } => fix(
            format!("giá trị giảm từ {before} xuống {after}, nhưng số liệu của chỉ tiêu cộng dồn không thể giảm"),
            "Nếu đây là tỷ lệ hay mức độ, hãy thêm `measure: level`; nếu không, hãy sửa lại số liệu",
        ),
        CumulativeTargetBelowBaseline => fix(
            "mục tiêu thấp hơn giá trị ban đầu, nhưng đây là chỉ tiêu cộng dồn, vốn không thể giảm",
            "Nếu đây là một tỷ lệ hay mức độ cần giảm xuống, hãy thêm `measure: level`",
        ),
        FigureAfterAsOf { when, as_of, from } => fix(
            format!(
                "số liệu {} {when} muộn hơn ngày chốt số liệu {as_of} ({})",
                if when.contains('-') { "ngày" } else { "năm" },
                as_of_source(*from)
            ),
            "Hãy đặt ngày chốt số liệu muộn hơn, hoặc kiểm tra lại năm của số liệu",
        ),
        ContentLinkNotRead { text } => fix(
            format!("`{text}` không được đọc là một liên kết, nên sẽ hiện ra như chữ thường"),
            "Hãy viết liên kết dạng [chữ hiển thị](@/articles/<tên>.md); tên có dấu cách thì đặt trong dấu ngoặc nhọn: [chữ hiển thị](<@/articles/tên có dấu cách.md>)",
        ),
    }
}

/// What a field takes; `None` for the reader's own description, which is
/// English and not shown.
fn expected_words(expected: &Expected) -> Option<String> {
    match expected {
        Expected::List => Some("một danh sách (các dòng bắt đầu bằng `- `, hoặc [a, b])".into()),
        Expected::Map => Some("một nhóm trường và giá trị".into()),
        Expected::Text => Some("văn bản".into()),
        Expected::TextOrTranslations => Some("văn bản (hoặc mỗi ngôn ngữ một văn bản)".into()),
        Expected::Other(_) => None,
    }
}

/// What was written, after `nhưng`.
fn found_words(found: &Found) -> String {
    match found {
        Found::List => "ở đây là một danh sách".into(),
        Found::Map => "ở đây là một nhóm trường và giá trị".into(),
        Found::Nothing => "ở đây đang để trống".into(),
        Found::Text(text) => format!("ở đây là văn bản {text}"),
        Found::Value(value) => format!("ở đây là `{value}`"),
        Found::Other(_) => "giá trị ở đây thuộc loại khác".into(),
    }
}

/// A field's name (the last segment of its path) in words, for `TextEmpty`.
fn field_words(name: &str) -> String {
    match name {
        "title" => "tiêu đề".into(),
        "summary" => "phần tóm tắt".into(),
        "description" => "phần mô tả".into(),
        "owner" => "tên đơn vị chủ trì".into(),
        "unit" => "đơn vị tính".into(),
        "source" => "nguồn số liệu".into(),
        "note" => "ghi chú".into(),
        other => format!("nội dung của `{other}`"),
    }
}

/// The commonest syntax errors of the YAML reader in plain words, and a
/// hint where the general one would not help; `None` for the rest, which
/// are said in general terms (their English is full of reader terms).
fn syntax_words(text: &str) -> (Option<String>, Option<&'static str>) {
    /// `… '[' …`: the first quoted character.
    fn quoted(text: &str, open: char, close: char) -> Option<&str> {
        let start = text.find(open)? + open.len_utf8();
        let len = text[start..].find(close)?;
        Some(&text[start..start + len])
    }
    const QUOTE_HINT: &str = "Nếu văn bản có dấu hai chấm hoặc bắt đầu bằng một ký hiệu, hãy đặt cả văn bản trong dấu ngoặc kép, ví dụ `title: \"Chương trình: khuyến công\"`; nếu không, hãy kiểm tra thụt lề của dòng này";
    const INDENT_HINT: &str =
        "Hãy thụt lề bằng dấu cách (không dùng phím Tab), các trường cùng cấp thẳng hàng với nhau";
    let detail = |s: &str| Some(s.to_string());
    match text {
        "unclosed quote" => (detail("dấu ngoặc kép (hoặc dấu nháy) chưa được đóng"), None),
        "mapping values are not allowed in this context" => {
            (detail("có dấu hai chấm ở chỗ không được dùng"), Some(QUOTE_HINT))
        }
        "simple key expected ':'" => (detail("thiếu dấu hai chấm sau tên trường"), None),
        "invalid indentation" | "while parsing a block mapping, did not find expected key" => {
            (detail("thụt lề không khớp với các dòng bên trên"), Some(INDENT_HINT))
        }
        "while parsing a block collection, did not find expected '-' indicator" => {
            (detail("các mục của danh sách phải cùng bắt đầu bằng `- ` và thẳng hàng với nhau"), Some(INDENT_HINT))
        }
        "misplaced bracket" => (detail("có dấu ngoặc đặt sai chỗ"), None),
        "while parsing a flow sequence, expected ',' or ']'" => (detail("thiếu dấu phẩy hoặc dấu `]`"), None),
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            (detail("thiếu dấu phẩy hoặc dấu `}`"), None)
        }
        "alias references unknown anchor" | "while parsing node, found unknown anchor" => {
            (detail("có `*tên` nhưng phía trên chưa có `&tên` nào"), None)
        }
        "invalid trailing content after double-quoted scalar"
        | "invalid trailing content after single-quoted scalar" => (
            detail("có chữ viết tiếp sau dấu ngoặc kép đóng"),
            Some(
                "Nếu văn bản có dấu ngoặc kép ở giữa, hãy đặt cả văn bản trong dấu nháy đơn, ví dụ `title: 'Dự án \"Chè sạch\" năm 2019'`",
            ),
        ),
        t if t.starts_with("tab") || t.ends_with("found a tab") || t.ends_with("cannot start with a tab") => {
            (detail("có ký tự Tab; YAML chỉ thụt lề bằng dấu cách"), Some(INDENT_HINT))
        }
        t if t.starts_with("unexpected EOF") || t == "unexpected eof" => {
            (detail("tệp kết thúc khi một dấu ngoặc hay một mục còn dở"), None)
        }
        t if t.starts_with("unclosed bracket") => match quoted(t, '\'', '\'') {
            Some(open) => (Some(format!("dấu ngoặc `{open}` chưa được đóng")), None),
            None => (detail("có dấu ngoặc chưa được đóng"), None),
        },
        t if t.starts_with("mismatched bracket") => {
            let mut parts = t.split('\'').skip(1).step_by(2);
            match (parts.next(), parts.next()) {
                (Some(open), Some(close)) => (Some(format!("dấu ngoặc `{open}` lại được đóng bằng `{close}`")), None),
                _ => (detail("dấu ngoặc mở và dấu ngoặc đóng không cùng loại"), None),
            }
        }
        t if t.starts_with("unexpected character") => match quoted(t, '`', '\'') {
            Some(c) => (
                Some(format!("giá trị không được bắt đầu bằng ký tự `{c}`")),
                Some("Hãy đặt cả giá trị trong dấu ngoặc kép"),
            ),
            None => (detail("có một ký tự không được dùng ở đây"), Some("Hãy đặt cả giá trị trong dấu ngoặc kép")),
        },
        _ => (None, None),
    }
}

fn link_problem(problem: &LinkProblem) -> String {
    match problem {
        LinkProblem::NoSuchProgramme => "không có chương trình này".into(),
        LinkProblem::NoSuchIndicator { id } => format!("chương trình không có chỉ tiêu `{id}`"),
        LinkProblem::NoSuchTag { tag } => format!("không có bài viết hay chương trình nào mang chủ đề `{tag}`"),
        LinkProblem::NoSuchArticle => "không có bài viết này (hoặc bài viết còn là bản nháp)".into(),
        LinkProblem::NoSuchPage => "không có trang này (hoặc trang còn là bản nháp)".into(),
        LinkProblem::NoVersion => "nội dung này không có bản nào để liên kết tới".into(),
        LinkProblem::NotLinkable => "chỉ liên kết được bằng @/ tới articles/, pages/, programs/ và tags/".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader's words for the commonest mistakes are said in plain
    /// Vietnamese: this pins them, so a serde-saphyr upgrade that rewords
    /// them fails here instead of falling back to the general message.
    #[test]
    fn common_syntax_errors_in_plain_words() {
        let cases = [
            ("title: \"x\n", "YAML ở đây viết chưa đúng: dấu ngoặc kép (hoặc dấu nháy) chưa được đóng"),
            ("title: Chương trình: khuyến công\n", "YAML ở đây viết chưa đúng: có dấu hai chấm ở chỗ không được dùng"),
            ("a: 1\nb\nc: 2\n", "YAML ở đây viết chưa đúng: thiếu dấu hai chấm sau tên trường"),
            ("a:\n  b: 1\n c: 2\n", "YAML ở đây viết chưa đúng: thụt lề không khớp với các dòng bên trên"),
            (
                "a:\n  - b\n  c: 1\n",
                "YAML ở đây viết chưa đúng: các mục của danh sách phải cùng bắt đầu bằng `- ` và thẳng hàng với nhau",
            ),
            ("a: [1, 2\n", "YAML ở đây viết chưa đúng: dấu ngoặc `[` chưa được đóng"),
            ("a: [1, 2}\n", "YAML ở đây viết chưa đúng: dấu ngoặc `[` lại được đóng bằng `}`"),
            ("a: *x\n", "YAML ở đây viết chưa đúng: có `*tên` nhưng phía trên chưa có `&tên` nào"),
            ("a: \"x\" y\n", "YAML ở đây viết chưa đúng: có chữ viết tiếp sau dấu ngoặc kép đóng"),
            ("a: @x\n", "YAML ở đây viết chưa đúng: giá trị không được bắt đầu bằng ký tự `@`"),
        ];
        for (source, expected) in cases {
            let err = crate::yaml::parse::<serde_json::Value>(source).expect_err(source);
            assert!(matches!(err.message, Message::YamlSyntax { .. }), "{source:?}: {:?}", err.message);
            assert_eq!(text(&err.message).message, expected, "{source:?}: {:?}", err.message);
        }
    }

    #[test]
    fn other_syntax_errors_in_general_terms() {
        let t = text(&Message::YamlSyntax { text: "while scanning a block scalar, found a tag".into() });
        assert_eq!(t.message, "YAML ở đây viết chưa đúng");
        assert!(t.hint.unwrap().starts_with("Hãy kiểm tra dấu ngoặc kép"));
    }

    #[test]
    fn the_readers_own_words_are_not_shown() {
        let m =
            Message::ExpectedValue { expected: Expected::Other("sequence start".into()), found: Some("{a: 1}".into()) };
        assert_eq!(text(&m).message, "cần một giá trị khác ở đây, không phải \"{a: 1}\"");
        let m =
            Message::WrongType { expected: Expected::Other("f64".into()), found: Found::Other("unit variant".into()) };
        assert_eq!(text(&m).message, "cần một giá trị khác ở đây");
        let m = Message::WrongType { expected: Expected::Text, found: Found::Other("enum".into()) };
        assert_eq!(text(&m).message, "cần văn bản, nhưng giá trị ở đây thuộc loại khác");
    }
}
