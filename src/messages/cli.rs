//! The command line's own words, in English and Vietnamese: refusals of a
//! command line (exit code 2), the summary lines, `check`'s report, and
//! the words around internal errors. Like content diagnostics, each is a
//! typed value; only [`Say::text`] turns it into words.

use super::MessageLang;

/// Something the command line says to the user.
#[derive(Debug, Clone, PartialEq)]
pub enum Say {
    // Refusals (exit code 2).
    RootUnreadable {
        root: String,
        reason: IoReason,
    },
    BaseUrlInvalid {
        url: String,
    },
    AsOfInvalid {
        written: String,
    },
    SourceDateEpochInvalid {
        value: String,
    },
    OutputHasDotDot {
        path: String,
    },
    RefuseSiteRoot {
        path: String,
    },
    RefuseHoldsContent {
        path: String,
    },
    RefuseInside {
        path: String,
        folder: &'static str,
    },
    RefuseForeign {
        path: String,
    },
    RefuseOutsideSite {
        path: String,
    },
    RefuseNotFolder {
        path: String,
    },
    DanglingLink {
        path: String,
    },
    UnknownCode {
        code: String,
    },
    LockBusy {
        path: String,
        secs: u64,
    },
    SchemaDirIsFile {
        path: String,
    },
    /// `init` into a folder that holds something.
    InitNotEmpty {
        dir: String,
        found: Vec<String>,
        more: usize,
    },
    /// `new` where a file is already.
    NewExists {
        path: String,
    },
    /// `new` outside a site.
    NewNoSite {
        root: String,
    },
    NewNameWithoutLetters {
        name: String,
    },
    /// `new --translation-of` an article or page that is not there.
    NoSuchDocument {
        name: String,
        folder: &'static str,
        suggestion: Option<String>,
    },
    /// `new --translation-of` into a language the site lacks or the original is in.
    NoOtherLanguage {
        name: String,
    },
    // Progress and summaries.
    /// The stage a long run is at.
    Stage {
        stage: crate::progress::Stage,
    },
    /// `--verbose`: how long each stage took.
    Timings {
        stages: Vec<(crate::progress::Stage, f64)>,
    },
    /// `--verbose`: images decoded, taken from the cache, cache entries removed.
    ImageWork {
        decoded: usize,
        cached: usize,
        removed: usize,
    },
    /// `--verbose`: chart PNGs rasterized, taken from the cache, cache entries removed.
    ChartWork {
        drawn: usize,
        cached: usize,
        removed: usize,
    },
    /// `init` wrote a site.
    Initialised {
        dir: String,
        files: usize,
    },
    /// `new` wrote a file.
    Created {
        path: String,
        draft: bool,
    },
    Waiting {
        path: String,
    },
    /// `serve` is up.
    Serving {
        url: String,
        /// The port asked for, when it was taken and another was used.
        taken: Option<u16>,
    },
    /// `serve` found no free port from `first` to `last`.
    NoFreePort {
        first: u16,
        last: u16,
    },
    /// `serve` built again after a change.
    Rebuilt {
        ms: u128,
        changed: usize,
    },
    /// `serve` built again: of its warnings, these many were given by the
    /// last build too, and are not printed again.
    WarningsAsBefore {
        count: usize,
    },
    /// `serve` built again, with errors: the last good site stays.
    RebuildFailed {
        errors: usize,
    },
    /// The heading of the overlay of errors `serve` puts on every page.
    OverlayTitle {
        errors: usize,
    },
    /// What the overlay says below its heading.
    OverlayNote {
        has_site: bool,
    },
    /// Ctrl+C.
    ServeStopped,
    Built {
        pages: usize,
        charts: usize,
        languages: usize,
        secs: f64,
        dir: String,
    },
    /// A failed build; `dir` is the output folder when there was one before.
    NothingWritten {
        dir: Option<String>,
    },
    Counts {
        errors: usize,
        warnings: usize,
    },
    CheckOk {
        pages: usize,
        warnings: usize,
    },
    Strict,
    /// `baocao schema` wrote a file.
    SchemaWritten {
        path: String,
    },
    /// The language keys the schemas take: the site's, or any.
    SchemaLanguages {
        languages: Option<Vec<String>>,
    },
    /// `check`'s translation report: the heading of one language.
    MissingTranslations {
        lang: String,
        articles: usize,
        pages: usize,
        fields: usize,
    },
    MissingArticle {
        file: String,
    },
    MissingPage {
        file: String,
    },
    MissingField {
        file: String,
        field: String,
    },
    // Internal failures (exit code 3).
    DiskFull {
        path: String,
        needed_mb: usize,
    },
    Internal {
        detail: String,
    },
}

impl std::fmt::Display for Say {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for Say {}

/// Why a folder could not be opened, in words a user knows.
#[derive(Debug, Clone, PartialEq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    /// The system's own words.
    Other(String),
}

impl IoReason {
    pub fn of(e: &std::io::Error) -> IoReason {
        match e.kind() {
            std::io::ErrorKind::NotFound => IoReason::NotFound,
            std::io::ErrorKind::PermissionDenied => IoReason::PermissionDenied,
            _ => IoReason::Other(e.to_string()),
        }
    }

    fn text(&self, lang: MessageLang) -> String {
        match (self, lang) {
            (IoReason::NotFound, MessageLang::En) => "it does not exist".into(),
            (IoReason::NotFound, MessageLang::Vi) => "thư mục không tồn tại".into(),
            (IoReason::PermissionDenied, MessageLang::En) => "permission denied".into(),
            (IoReason::PermissionDenied, MessageLang::Vi) => "không có quyền mở".into(),
            (IoReason::Other(text), _) => text.clone(),
        }
    }
}

/// A stage in words, for timings (`dựng trang 0,50 giây`) and, with
/// `đang` before it in Vietnamese, for a progress line (`Đang dựng trang`).
fn stage_words(stage: crate::progress::Stage, lang: MessageLang) -> &'static str {
    use crate::progress::Stage::*;
    match (stage, lang) {
        (Load, MessageLang::En) => "reading the content",
        (Validate, MessageLang::En) => "checking",
        (Images, MessageLang::En) => "preparing images",
        (Render, MessageLang::En) => "rendering pages",
        (Write, MessageLang::En) => "writing",
        (Done, MessageLang::En) => "done",
        (Load, MessageLang::Vi) => "đọc nội dung",
        (Validate, MessageLang::Vi) => "kiểm tra",
        (Images, MessageLang::Vi) => "xử lý ảnh",
        (Render, MessageLang::Vi) => "dựng trang",
        (Write, MessageLang::Vi) => "ghi tệp",
        (Done, MessageLang::Vi) => "xong",
    }
}

/// `1 page`, `2 pages`: English plurals; Vietnamese has none.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Say {
    /// The words, in a language.
    pub fn text(&self, lang: MessageLang) -> String {
        match lang {
            MessageLang::En => self.en(),
            MessageLang::Vi => self.vi(),
        }
    }

    fn en(&self) -> String {
        use Say::*;
        match self {
            RootUnreadable { root, reason } => {
                format!("--root {root}: the site folder cannot be opened ({})", reason.text(MessageLang::En))
            }
            BaseUrlInvalid { url } => format!(
                "--base-url {url}: expected the full address the site is published at, e.g. https://example.gov.vn/khuyencong/"
            ),
            AsOfInvalid { written } => format!(
                "--as-of {written}: expected the day the figures are reported at, written as {}",
                crate::date::ACCEPTED_FORMS
            ),
            SourceDateEpochInvalid { value } => format!(
                "SOURCE_DATE_EPOCH={value}: expected a Unix time (whole seconds since 1970-01-01, e.g. 1767225600); set it right or unset it"
            ),
            OutputHasDotDot { path } => format!("the output folder {path} must not contain `..`"),
            RefuseSiteRoot { path } => format!(
                "refusing to build into the site folder itself ({path}); the build replaces the whole output folder"
            ),
            RefuseHoldsContent { path } => format!(
                "refusing to build into {path}: it holds the site's content/ folder, which the build would replace"
            ),
            RefuseInside { path, folder } => format!(
                "refusing to build into {path}: it is inside the site's {folder}/ folder, which the build would damage"
            ),
            RefuseForeign { path } => format!(
                "refusing to build into {path}: it holds files that baocao did not make, and a build replaces the whole folder; choose a new or empty folder, or delete this one if it only holds an old build"
            ),
            RefuseOutsideSite { path } => {
                format!("refusing to build outside the site folder ({path}) without --output")
            }
            RefuseNotFolder { path } => {
                format!("refusing to build into {path}: it is a file, not a folder; give a folder with --output")
            }
            DanglingLink { path } => format!(
                "the output folder {path} is a symbolic link to something that does not exist; remove the link or give another --output"
            ),
            LockBusy { path, secs } => {
                format!("another baocao build is still writing {path} after {secs} s; try again when it has finished")
            }
            UnknownCode { code } => format!(
                "`{code}` is not a code of baocao; codes are BC and four digits, as printed with each message (see docs/errors.md)"
            ),
            SchemaDirIsFile { path } => format!(
                "refusing to write the schemas into {path}: it is a file, not a folder; give a folder with --out"
            ),
            InitNotEmpty { dir, found, .. } if found.is_empty() => {
                format!(
                    "refusing to start a site in {dir}: it is a file, not a folder; give a new folder, e.g. `baocao init my-site`"
                )
            }
            InitNotEmpty { dir, found, more } => format!(
                "refusing to start a site in {dir}: the folder is not empty (it holds {}{}); give a new or empty folder, e.g. `baocao init my-site`",
                found.join(", "),
                if *more > 0 { format!(" and {more} more") } else { String::new() }
            ),
            NewExists { path } => {
                format!("{path} already exists; baocao does not overwrite it. Choose another name, or edit that file")
            }
            NewNoSite { root } => format!(
                "no site in {root} (no content/site.yaml); run baocao in the site's folder, give it with --root DIR, or start one with `baocao init DIR`"
            ),
            NewNameWithoutLetters { name } => {
                format!(
                    "`{name}` has no letters or digits to make a file name from; give a title such as \"Hội nghị tập huấn\""
                )
            }
            NoSuchDocument { name, folder, suggestion } => format!(
                "there is no `{name}` in content/{folder}/{}; give the name of its file without the language and .md",
                suggestion.as_ref().map_or(String::new(), |s| format!(" (did you mean `{s}`?)"))
            ),
            NoOtherLanguage { name } => format!(
                "`{name}` already exists in every language of the site, or in the one given; give --lang with a language it lacks"
            ),
            Initialised { dir, files } => format!(
                "Started a site in {dir} ({files} files). Next:\n  cd {dir}\n  baocao check     (checks the content)\n  baocao build     (writes the site into output/)\nEdit content/site.yaml first: a comment above each setting says what it is."
            ),
            Created { path, draft: false } => {
                format!("Created {path}. Open it to write the text, then run `baocao check`.")
            }
            Created { path, draft: true } => format!(
                "Created {path}, a copy to translate, marked `draft: true` so that it is not published half-translated. Translate it, remove `draft: true`, then run `baocao check`."
            ),
            Waiting { path } => format!("Another build is writing {path}; waiting for it to finish…"),
            Stage { stage } => stage_words(*stage, MessageLang::En).into(),
            ChartWork { drawn, cached, removed } => format!(
                "Chart PNGs: {drawn} drawn, {cached} from the cache, {removed} unused cache {} removed",
                if *removed == 1 { "entry" } else { "entries" }
            ),
            ImageWork { decoded, cached, removed } => format!(
                "Images: {decoded} decoded, {cached} from the cache, {removed} unused cache {} removed",
                if *removed == 1 { "entry" } else { "entries" }
            ),
            Timings { stages } => {
                let parts: Vec<String> = stages
                    .iter()
                    .map(|(s, secs)| format!("{} {secs:.2} s", stage_words(*s, MessageLang::En)))
                    .collect();
                format!("Time: {}", parts.join(", "))
            }
            Built { pages, charts, languages, secs, dir } => format!(
                "Built {}, {}, {} in {secs:.2} s into {dir}",
                count(*pages, "page", "pages"),
                count(*charts, "chart", "charts"),
                count(*languages, "language", "languages")
            ),
            Serving { url, taken } => {
                let taken = taken.map_or(String::new(), |p| format!(" (port {p} was taken)"));
                format!(
                    "Serving the site at {url}{taken}\nOpen that address in a web browser. Pages reload by themselves when you save a file in content/ or themes/.\nPress Ctrl+C to stop."
                )
            }
            NoFreePort { first, last } => {
                format!(
                    "no free port from {first} to {last}; close the program using them, or choose another with --port"
                )
            }
            Rebuilt { ms, changed } => {
                format!("Rebuilt in {ms} ms ({}).", count(*changed, "file changed", "files changed"))
            }
            WarningsAsBefore { count: n } => format!(
                "{} as at the last build, not printed again (baocao check lists them all).",
                count(*n, "warning", "warnings")
            ),
            RebuildFailed { errors } => format!(
                "{}: the last good version is still served, and every page shows the errors until they are fixed.",
                count(*errors, "error", "errors")
            ),
            OverlayTitle { errors } => format!("The site could not be rebuilt: {}", count(*errors, "error", "errors")),
            OverlayNote { has_site: true } => {
                "Fix them and save: this page shows the last good version until then.".into()
            }
            OverlayNote { has_site: false } => "Fix them and save: the site appears as soon as it builds.".into(),
            ServeStopped => "Stopped.".into(),
            NothingWritten { dir: Some(dir) } => format!("Nothing was written; {dir} is unchanged."),
            NothingWritten { dir: None } => "Nothing was written.".into(),
            Counts { errors, warnings } => {
                format!("{} and {}", count(*errors, "error", "errors"), count(*warnings, "warning", "warnings"))
            }
            CheckOk { pages, warnings } => format!(
                "No errors: {} would be built; {}.",
                count(*pages, "page", "pages"),
                count(*warnings, "warning", "warnings")
            ),
            Strict => "--strict: warnings count as errors".into(),
            SchemaWritten { path } => format!("Wrote {path}"),
            SchemaLanguages { languages: Some(languages) } => format!(
                "Texts in several languages take the site's languages ({}); run `baocao schema` again after changing `languages` in content/site.yaml.",
                languages.join(", ")
            ),
            SchemaLanguages { languages: None } => {
                "No languages could be read from content/site.yaml: texts in several languages take any language code."
                    .into()
            }
            MissingTranslations { lang, articles, pages, fields } => format!(
                "Missing `{lang}` translations: {}, {}, {}",
                count(*articles, "article", "articles"),
                count(*pages, "page", "pages"),
                count(*fields, "field", "fields")
            ),
            MissingArticle { file } => format!("  article  {file}"),
            MissingPage { file } => format!("  page     {file}"),
            MissingField { file, field } => {
                format!("  field    {file}: {}", super::field_words(field, None, MessageLang::En))
            }
            DiskFull { path, needed_mb } => format!(
                "the disk is full (writing {path}): the site needs about {needed_mb} MB; free some space and build again"
            ),
            Internal { detail } => detail.clone(),
        }
    }

    fn vi(&self) -> String {
        use Say::*;
        match self {
            RootUnreadable { root, reason } => {
                format!("--root {root}: không mở được thư mục trang ({})", reason.text(MessageLang::Vi))
            }
            BaseUrlInvalid { url } => format!(
                "--base-url {url}: cần ghi đầy đủ địa chỉ nơi đăng trang, ví dụ https://example.gov.vn/khuyencong/"
            ),
            AsOfInvalid { written } => {
                format!("--as-of {written}: cần ghi ngày chốt số liệu theo dạng {}", super::vi::ACCEPTED_FORMS)
            }
            SourceDateEpochInvalid { value } => format!(
                "SOURCE_DATE_EPOCH={value}: cần một mốc thời gian Unix (số giây tính từ 01/01/1970, ví dụ 1767225600); hãy đặt lại cho đúng hoặc bỏ biến này"
            ),
            OutputHasDotDot { path } => format!("thư mục xuất {path} không được chứa `..`"),
            RefuseSiteRoot { path } => {
                format!("không dựng trang vào chính thư mục trang ({path}): mỗi lần dựng sẽ thay toàn bộ thư mục xuất")
            }
            RefuseHoldsContent { path } => format!(
                "không dựng trang vào {path}: thư mục này chứa thư mục content/ của trang, mà lần dựng sẽ thay thế"
            ),
            RefuseInside { path, folder } => format!(
                "không dựng trang vào {path}: thư mục này nằm trong thư mục {folder}/ của trang, lần dựng sẽ làm hỏng nó"
            ),
            RefuseForeign { path } => format!(
                "không dựng trang vào {path}: thư mục này có những tệp không do baocao tạo ra, mà lần dựng sẽ thay toàn bộ thư mục; hãy chọn một thư mục mới hoặc thư mục trống, hoặc xóa thư mục này nếu nó chỉ chứa bản dựng cũ"
            ),
            RefuseOutsideSite { path } => {
                format!("không dựng trang ra ngoài thư mục trang ({path}) khi không có --output")
            }
            RefuseNotFolder { path } => {
                format!(
                    "không dựng trang vào {path}: đây là một tệp, không phải thư mục; hãy chỉ một thư mục bằng --output"
                )
            }
            DanglingLink { path } => format!(
                "thư mục xuất {path} là một liên kết tắt trỏ tới nơi không tồn tại; hãy xóa liên kết đó hoặc chỉ thư mục khác bằng --output"
            ),
            LockBusy { path, secs } => format!(
                "một lần dựng baocao khác vẫn đang ghi vào {path} sau {secs} giây; hãy thử lại khi lần dựng đó xong"
            ),
            UnknownCode { code } => format!(
                "`{code}` không phải là mã của baocao; mã gồm BC và bốn chữ số, được in kèm mỗi thông báo (xem docs/errors.md)"
            ),
            SchemaDirIsFile { path } => format!(
                "không ghi lược đồ vào {path}: đây là một tệp, không phải thư mục; hãy chỉ một thư mục bằng --out"
            ),
            InitNotEmpty { dir, found, .. } if found.is_empty() => format!(
                "không tạo trang mới trong {dir}: đây là một tệp, không phải thư mục; hãy chọn một thư mục mới, ví dụ `baocao init trang-cua-toi`"
            ),
            InitNotEmpty { dir, found, more } => format!(
                "không tạo trang mới trong {dir}: thư mục này không trống (đang có {}{}); hãy chọn một thư mục mới hoặc thư mục trống, ví dụ `baocao init trang-cua-toi`",
                found.join(", "),
                if *more > 0 { format!(" và {more} mục khác") } else { String::new() }
            ),
            NewExists { path } => {
                format!("{path} đã có; baocao không ghi đè lên tệp này. Hãy chọn tên khác, hoặc sửa trực tiếp tệp đó")
            }
            NewNoSite { root } => format!(
                "không tìm thấy trang nào trong {root} (không có content/site.yaml); hãy chạy baocao trong thư mục của trang, chỉ thư mục đó bằng --root, hoặc tạo trang mới bằng `baocao init THƯ_MỤC`"
            ),
            NewNameWithoutLetters { name } => {
                format!(
                    "`{name}` không có chữ cái hay chữ số nào để làm tên tệp; hãy ghi một tiêu đề, ví dụ \"Hội nghị tập huấn\""
                )
            }
            NoSuchDocument { name, folder, suggestion } => format!(
                "không có `{name}` trong content/{folder}/{}; hãy ghi tên tệp, bỏ phần đuôi ngôn ngữ và .md",
                suggestion.as_ref().map_or(String::new(), |s| format!(" (có phải ý bạn là `{s}`?)"))
            ),
            NoOtherLanguage { name } => format!(
                "`{name}` đã có bản ở mọi ngôn ngữ của trang, hoặc đã có bản ở ngôn ngữ được chọn; hãy dùng --lang với một ngôn ngữ chưa có bản dịch"
            ),
            Initialised { dir, files } => format!(
                "Đã tạo trang mới trong {dir} ({files} tệp). Tiếp theo:\n  cd {dir}\n  baocao check     (kiểm tra nội dung)\n  baocao build     (dựng trang vào thư mục output/)\nHãy sửa content/site.yaml trước: mỗi mục đều có ghi chú giải thích ở dòng ngay phía trên."
            ),
            Created { path, draft: false } => {
                format!("Đã tạo {path}. Hãy mở tệp để viết nội dung, rồi chạy `baocao check`.")
            }
            Created { path, draft: true } => format!(
                "Đã tạo {path}, bản sao để dịch, có ghi `draft: true` để bản dịch dở dang không bị đăng lên. Hãy dịch xong, xóa dòng `draft: true`, rồi chạy `baocao check`."
            ),
            Waiting { path } => format!("Một lần dựng khác đang ghi vào {path}; đang chờ lần dựng đó xong…"),
            // A progress line says what is under way: `Đang dựng trang`.
            Stage { stage: crate::progress::Stage::Done } => {
                stage_words(crate::progress::Stage::Done, MessageLang::Vi).into()
            }
            Stage { stage } => format!("đang {}", stage_words(*stage, MessageLang::Vi)),
            ChartWork { drawn, cached, removed } => format!(
                "Ảnh PNG của biểu đồ: {drawn} ảnh được vẽ, {cached} ảnh lấy từ bộ nhớ đệm, {removed} mục không còn dùng trong bộ nhớ đệm đã được xóa"
            ),
            ImageWork { decoded, cached, removed } => format!(
                "Ảnh: {decoded} ảnh được giải mã, {cached} ảnh lấy từ bộ nhớ đệm, {removed} mục không còn dùng trong bộ nhớ đệm đã được xóa"
            ),
            Timings { stages } => {
                let parts: Vec<String> = stages
                    .iter()
                    .map(|(s, secs)| {
                        format!("{} {} giây", stage_words(*s, MessageLang::Vi), format!("{secs:.2}").replace('.', ","))
                    })
                    .collect();
                format!("Thời gian: {}", parts.join(", "))
            }
            Built { pages, charts, languages, secs, dir } => {
                let secs = format!("{secs:.2}").replace('.', ",");
                format!("Đã dựng {pages} trang, {charts} biểu đồ, {languages} ngôn ngữ trong {secs} giây vào {dir}")
            }
            Serving { url, taken } => {
                let taken = taken.map_or(String::new(), |p| format!(" (cổng {p} đang bận)"));
                format!(
                    "Đang chạy bản xem trước của trang tại {url}{taken}\nHãy mở địa chỉ này trong trình duyệt. Mỗi khi bạn lưu một tệp trong content/ hoặc themes/, trang sẽ tự tải lại.\nBấm Ctrl+C để dừng."
                )
            }
            NoFreePort { first, last } => format!(
                "không còn cổng trống từ {first} đến {last}; hãy tắt chương trình đang dùng các cổng đó, hoặc chọn cổng khác bằng --port"
            ),
            Rebuilt { ms, changed } => format!("Đã dựng lại trong {ms} ms ({changed} tệp thay đổi)."),
            WarningsAsBefore { count } => {
                format!("Còn {count} cảnh báo như lần dựng trước, không in lại (lệnh baocao check liệt kê đầy đủ).")
            }
            RebuildFailed { errors } => format!(
                "Có {errors} lỗi: trình duyệt vẫn hiển thị bản dựng tốt gần nhất, và mọi trang đều hiện danh sách lỗi cho đến khi sửa xong."
            ),
            OverlayTitle { errors } => format!("Chưa dựng lại được trang: có {errors} lỗi"),
            OverlayNote { has_site: true } => {
                "Hãy sửa các lỗi này rồi lưu tệp. Trong lúc đó, trang bên dưới là bản dựng tốt gần nhất.".into()
            }
            OverlayNote { has_site: false } => {
                "Hãy sửa các lỗi này rồi lưu tệp: trang sẽ hiện ra ngay khi dựng được.".into()
            }
            ServeStopped => "Đã dừng.".into(),
            NothingWritten { dir: Some(dir) } => format!("Chưa ghi gì; {dir} vẫn giữ nguyên."),
            NothingWritten { dir: None } => "Chưa ghi gì.".into(),
            Counts { errors, warnings } => format!("{errors} lỗi và {warnings} cảnh báo"),
            CheckOk { pages, warnings } => {
                format!("Không có lỗi: sẽ dựng được {pages} trang; {warnings} cảnh báo.")
            }
            Strict => "--strict: cảnh báo cũng được tính là lỗi".into(),
            SchemaWritten { path } => format!("Đã ghi {path}"),
            SchemaLanguages { languages: Some(languages) } => format!(
                "Văn bản nhiều ngôn ngữ dùng các ngôn ngữ của trang ({}); hãy chạy lại `baocao schema` sau khi sửa `languages` trong content/site.yaml.",
                languages.join(", ")
            ),
            SchemaLanguages { languages: None } => {
                "Không đọc được ngôn ngữ nào trong content/site.yaml: văn bản nhiều ngôn ngữ nhận mọi mã ngôn ngữ."
                    .into()
            }
            MissingTranslations { lang, articles, pages, fields } => {
                format!("Còn thiếu bản dịch `{lang}`: {articles} bài viết, {pages} trang, {fields} trường")
            }
            MissingArticle { file } => format!("  bài viết  {file}"),
            MissingPage { file } => format!("  trang     {file}"),
            MissingField { file, field } => {
                format!("  trường    {file}: {}", super::field_words(field, None, MessageLang::Vi))
            }
            DiskFull { path, needed_mb } => format!(
                "ổ đĩa đã đầy (khi ghi {path}): trang cần khoảng {needed_mb} MB; hãy giải phóng bớt dung lượng rồi dựng lại"
            ),
            Internal { detail } => detail.clone(),
        }
    }
}

/// The word before a refusal or an internal error: `error: …` / `lỗi: …`.
pub fn error_prefix(lang: MessageLang) -> &'static str {
    match lang {
        MessageLang::En => "error: ",
        MessageLang::Vi => "lỗi: ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_in_both_languages() {
        let built = Say::Built { pages: 59, charts: 22, languages: 2, secs: 0.034, dir: "output".into() };
        assert_eq!(built.text(MessageLang::En), "Built 59 pages, 22 charts, 2 languages in 0.03 s into output");
        assert_eq!(built.text(MessageLang::Vi), "Đã dựng 59 trang, 22 biểu đồ, 2 ngôn ngữ trong 0,03 giây vào output");
        let one = Say::Counts { errors: 1, warnings: 0 };
        assert_eq!(one.text(MessageLang::En), "1 error and 0 warnings");
        assert_eq!(one.text(MessageLang::Vi), "1 lỗi và 0 cảnh báo");
        assert_eq!(Say::NothingWritten { dir: None }.text(MessageLang::Vi), "Chưa ghi gì.");
    }
}
