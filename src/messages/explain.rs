//! The explanation of each code, for `baocao explain` and `docs/errors.md`:
//! what the problem is, why baocao refuses or warns, how to fix it, and a
//! wrong and a right example, in English and in Vietnamese. One exhaustive
//! match over `Message`, so a new kind does not compile without its
//! explanation; the tests check every example against the real stages.

use super::{Message, MessageLang, every_kind};
use crate::diagnostic::Severity;

/// The explanation of one code in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation {
    /// A short name for the problem: `Expected a number`.
    pub title: &'static str,
    /// What is wrong, why, and how to fix it; paragraphs separated by a
    /// blank line, with `code` in backticks.
    pub body: &'static str,
    /// What a user might have written.
    pub wrong: &'static str,
    /// The same, fixed.
    pub right: &'static str,
    /// Where the examples are written, and so in which syntax.
    pub file: ExampleFile,
    /// Whether the code stops a build.
    pub severity: Severity,
}

/// Where an explanation's examples are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleFile {
    /// The whole of `content/site.yaml`.
    SiteFile,
    /// The lines concerned of a programme file, as they would be changed.
    Programme,
    /// A whole article file.
    Article,
    /// A whole page file.
    Page,
    /// Any YAML file of the site.
    AnyYaml,
    /// A theme's template.
    Template,
    /// File names, folders or a command line, with a note.
    Files,
}

impl ExampleFile {
    /// The language of a code block showing the examples.
    pub fn syntax(self) -> &'static str {
        match self {
            ExampleFile::SiteFile | ExampleFile::Programme | ExampleFile::AnyYaml => "yaml",
            ExampleFile::Article | ExampleFile::Page => "markdown",
            ExampleFile::Template => "jinja",
            ExampleFile::Files => "text",
        }
    }

    /// Where the examples go, in words, when it is one file.
    pub fn place(self, lang: MessageLang) -> Option<&'static str> {
        use MessageLang::{En, Vi};
        match (self, lang) {
            (ExampleFile::SiteFile, _) => Some("`content/site.yaml`"),
            (ExampleFile::Programme, En) => Some("`content/programs/<id>.yaml`, the lines concerned"),
            (ExampleFile::Programme, Vi) => Some("`content/programs/<mã>.yaml`, các dòng liên quan"),
            (ExampleFile::Article, En) => Some("`content/articles/<name>.vi.md`"),
            (ExampleFile::Article, Vi) => Some("`content/articles/<tên>.vi.md`"),
            (ExampleFile::Page, En) => Some("`content/pages/<name>.vi.md`"),
            (ExampleFile::Page, Vi) => Some("`content/pages/<tên>.vi.md`"),
            (ExampleFile::Template, En) => Some("`themes/<name>/templates/…`"),
            (ExampleFile::Template, Vi) => Some("`themes/<tên>/templates/…`"),
            (ExampleFile::AnyYaml | ExampleFile::Files, _) => None,
        }
    }
}

/// The explanation of a code (`BC1203`, case-insensitive, also `1203`), in a language.
pub fn explain(code: &str, lang: MessageLang) -> Option<Explanation> {
    let code = code.trim();
    let digits = match code.get(..2) {
        Some(prefix) if prefix.eq_ignore_ascii_case("BC") => &code[2..],
        _ => code,
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let code = format!("BC{digits}");
    let message = every_kind().into_iter().find(|m| m.code() == code)?;
    Some(explanation(&message, lang))
}

/// Every code, sorted.
pub fn all_codes() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = every_kind().iter().map(Message::code).collect();
    codes.sort_unstable();
    codes
}

fn explanation(message: &Message, lang: MessageLang) -> Explanation {
    let Entry { file, en, vi, wrong, right } = entry(message);
    let Words { title, body } = match lang {
        MessageLang::En => en,
        MessageLang::Vi => vi,
    };
    Explanation { title, body, wrong: wrong.get(lang), right: right.get(lang), file, severity: message.severity() }
}

/// Both languages' words for a kind, and its examples.
struct Entry {
    file: ExampleFile,
    en: Words,
    vi: Words,
    wrong: Example,
    right: Example,
}

struct Words {
    title: &'static str,
    body: &'static str,
}

/// An example: the same in both languages (YAML, Markdown), or with a note
/// in each.
enum Example {
    Same(&'static str),
    ByLang { en: &'static str, vi: &'static str },
}

impl Example {
    fn get(&self, lang: MessageLang) -> &'static str {
        match (self, lang) {
            (Example::Same(text), _) => text,
            (Example::ByLang { en, .. }, MessageLang::En) => en,
            (Example::ByLang { vi, .. }, MessageLang::Vi) => vi,
        }
    }
}

fn entry(message: &Message) -> Entry {
    use Example::{ByLang, Same};
    use ExampleFile::*;
    use Message::*;
    match message {
        // BC10xx: reading files.
        FileEmpty => Entry {
            file: Files,
            en: Words {
                title: "A YAML file is empty",
                body: "A programme file, `content/site.yaml` or a theme's interface strings file holds nothing, or only spaces and blank lines. baocao cannot tell what an empty file is meant to be, so it stops rather than guess.\n\nWrite the file's content (the example site's files show what each kind of file holds), or delete the file if you do not need it.",
            },
            vi: Words {
                title: "Tệp YAML trống",
                body: "Một tệp chương trình, tệp `content/site.yaml` hoặc tệp chữ giao diện không có nội dung gì, hoặc chỉ có dấu cách và dòng trống. baocao không thể biết tệp trống dùng để làm gì, nên dừng lại thay vì tự đoán.\n\nHãy viết nội dung cho tệp (các tệp của trang web mẫu cho thấy mỗi loại tệp cần những gì), hoặc xóa tệp nếu không cần đến.",
            },
            wrong: ByLang {
                en: "content/programs/khuyen-cong-2021.yaml   (0 bytes)",
                vi: "content/programs/khuyen-cong-2021.yaml   (0 byte)",
            },
            right: ByLang {
                en: "content/programs/khuyen-cong-2021.yaml   (title, summary, owner, period, indicators)",
                vi: "content/programs/khuyen-cong-2021.yaml   (có title, summary, owner, period, indicators)",
            },
        },
        NotUtf8 => Entry {
            file: Files,
            en: Words {
                title: "The file is not UTF-8 text",
                body: "The file's bytes are not valid UTF-8, the only encoding baocao reads. This usually happens with text typed in an old Vietnamese encoding (TCVN3/ABC, VNI), or saved as \"ANSI\" in Notepad: letters with diacritics come out as other characters. baocao refuses the file rather than publish garbled text.\n\nOpen the file in your editor and save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8). If the text was typed in TCVN3 or VNI, convert it to Unicode first, for example with Unikey's conversion tool.",
            },
            vi: Words {
                title: "Tệp không phải văn bản UTF-8",
                body: "Nội dung tệp không phải là văn bản UTF-8 hợp lệ, mà UTF-8 là bảng mã duy nhất baocao đọc được. Lỗi này thường gặp khi văn bản được gõ bằng bảng mã tiếng Việt cũ (TCVN3/ABC, VNI), hoặc được lưu dưới dạng \"ANSI\" trong Notepad: chữ có dấu bị biến thành ký tự khác. baocao không nhận tệp này để tránh đăng lên trang web những dòng chữ bị lỗi phông.\n\nHãy mở tệp trong trình soạn thảo và lưu lại dưới dạng UTF-8 (trong Notepad: Save As, mục Encoding chọn UTF-8). Nếu văn bản được gõ bằng TCVN3 hoặc VNI, hãy chuyển sang Unicode trước, ví dụ bằng công cụ chuyển mã của Unikey.",
            },
            wrong: ByLang {
                en: "content/articles/khai-truong.vi.md   saved in TCVN3: \"Hµ Giang\"",
                vi: "content/articles/khai-truong.vi.md   lưu bằng TCVN3: \"Hµ Giang\"",
            },
            right: ByLang {
                en: "content/articles/khai-truong.vi.md   saved as UTF-8: \"Hà Giang\"",
                vi: "content/articles/khai-truong.vi.md   lưu dưới dạng UTF-8: \"Hà Giang\"",
            },
        },
        NotText => Entry {
            file: Files,
            en: Words {
                title: "The file is not text",
                body: "A file in `content/programs/`, `content/articles/` or `content/pages/` holds binary data: an image, a PDF, a Word or Excel document given a text file's name. baocao reads these folders as text only.\n\nPut images, PDFs and other downloads in `content/static/` and link to them from an article (`/static/<file name>`). To publish the text of a Word document, copy it into a Markdown file.",
            },
            vi: Words {
                title: "Tệp không phải văn bản",
                body: "Một tệp trong `content/programs/`, `content/articles/` hoặc `content/pages/` chứa dữ liệu không phải chữ: ảnh, tệp PDF, tệp Word hay Excel được đặt tên như một tệp văn bản. baocao chỉ đọc các thư mục này như văn bản.\n\nHãy đặt ảnh, tệp PDF và các tệp để tải về vào thư mục `content/static/`, rồi liên kết tới chúng từ bài viết (`/static/<tên tệp>`). Muốn đăng nội dung của một tệp Word, hãy chép nội dung đó sang một tệp Markdown.",
            },
            wrong: ByLang {
                en: "content/articles/bao-cao-2019.md   (a Word file renamed to .md)",
                vi: "content/articles/bao-cao-2019.md   (tệp Word bị đổi đuôi thành .md)",
            },
            right: ByLang {
                en: "content/static/bao-cao-2019.docx   linked as [Báo cáo 2019](/static/bao-cao-2019.docx)",
                vi: "content/static/bao-cao-2019.docx   liên kết bằng [Báo cáo 2019](/static/bao-cao-2019.docx)",
            },
        },
        TooLarge { .. } => Entry {
            file: Files,
            en: Words {
                title: "The file is too large",
                body: "A text file in `content/` is larger than 8 MB. No programme, article or page needs that much text: a file this large is usually a whole table of data pasted in by mistake, and reading it would slow down every build.\n\nSplit the text into several articles, or put the data in `content/static/` as a download and link to it.",
            },
            vi: Words {
                title: "Tệp quá lớn",
                body: "Một tệp văn bản trong `content/` lớn hơn 8 MB. Không chương trình, bài viết hay trang nào cần nhiều chữ đến vậy: tệp lớn như thế thường là do dán nhầm cả một bảng số liệu vào, và đọc nó sẽ làm mỗi lần tạo trang web chậm đi.\n\nHãy chia nội dung thành nhiều bài viết, hoặc đặt số liệu vào `content/static/` thành tệp để tải về và liên kết tới đó.",
            },
            wrong: ByLang {
                en: "content/articles/so-lieu-2019.vi.md   11 MB",
                vi: "content/articles/so-lieu-2019.vi.md   11 MB",
            },
            right: ByLang {
                en: "content/articles/so-lieu-2019.vi.md   20 KB, linking to /static/so-lieu-2019.csv\ncontent/static/so-lieu-2019.csv      11 MB",
                vi: "content/articles/so-lieu-2019.vi.md   20 KB, có liên kết tới /static/so-lieu-2019.csv\ncontent/static/so-lieu-2019.csv      11 MB",
            },
        },
        SymlinkSkipped => Entry {
            file: Files,
            en: Words {
                title: "A symbolic link is skipped",
                body: "A file or folder in `content/` or in a theme folder is a symbolic link. baocao does not follow links: one could point outside the site (at private files) or back into itself. The link is skipped and the build goes on without it.\n\nCopy the file or folder itself into the site.",
            },
            vi: Words {
                title: "Bỏ qua liên kết tượng trưng",
                body: "Một tệp hoặc thư mục trong `content/` hay trong thư mục giao diện là một liên kết tượng trưng (symbolic link). baocao không đi theo các liên kết này: liên kết có thể trỏ ra ngoài trang web (tới các tệp riêng tư) hoặc vòng lại chính nó. Liên kết bị bỏ qua, và việc tạo trang web vẫn tiếp tục mà không có nó.\n\nHãy sao chép chính tệp hoặc thư mục đó vào trang web.",
            },
            wrong: Same("content/static/bao-cao.pdf -> /home/chung/Tai-lieu/bao-cao.pdf"),
            right: ByLang {
                en: "content/static/bao-cao.pdf   (a copy of the file)",
                vi: "content/static/bao-cao.pdf   (bản sao của tệp)",
            },
        },
        FileNotUsed => Entry {
            file: Files,
            en: Words {
                title: "A file in content/ is not used",
                body: "A file sits where no part of the site reads it: a `.txt` or `.docx` file in `content/articles/`, a programme in a subfolder, or a file directly in `content/` other than `site.yaml`. It is left out of the site; the warning is there so that a misnamed file does not go missing unnoticed.\n\nMove the file to the folder it belongs in, rename it, or move it out of `content/`.",
            },
            vi: Words {
                title: "Tệp trong content/ không được dùng",
                body: "Một tệp nằm ở chỗ không phần nào của trang web đọc tới: tệp `.txt` hay `.docx` trong `content/articles/`, tệp chương trình nằm trong thư mục con, hoặc một tệp nằm ngay trong `content/` mà không phải `site.yaml`. Tệp này không được đưa lên trang web; cảnh báo giúp một tệp đặt sai tên không bị thiếu mà không ai hay.\n\nHãy chuyển tệp tới đúng thư mục, đổi tên tệp, hoặc chuyển tệp ra khỏi `content/`.",
            },
            wrong: Same("content/programs/2018/khuyen-cong.yaml\ncontent/ghi-chu.txt"),
            right: ByLang {
                en: "content/programs/khuyen-cong.yaml\nghi-chu.txt   (outside content/)",
                vi: "content/programs/khuyen-cong.yaml\nghi-chu.txt   (bên ngoài content/)",
            },
        },
        NoContentFolder { .. } => Entry {
            file: Files,
            en: Words {
                title: "No content folder",
                body: "baocao was run in a folder that has no `content/` folder, so there is no site to build. baocao works on the site's folder: the one that holds `content/` (and `themes/`, if there is one).\n\nOpen the command prompt in that folder before running baocao, or name the folder with `--root`.",
            },
            vi: Words {
                title: "Không có thư mục content",
                body: "baocao được chạy trong một thư mục không có thư mục `content/`, nên không có trang web nào để tạo. baocao làm việc trên thư mục của trang web: thư mục chứa `content/` (và `themes/`, nếu có).\n\nHãy mở cửa sổ dòng lệnh trong thư mục đó trước khi chạy baocao, hoặc chỉ ra thư mục bằng `--root`.",
            },
            wrong: Same("C:\\Users\\chung> baocao build"),
            right: Same("C:\\Users\\chung> baocao build --root D:\\khuyencong"),
        },

        // BC11xx: YAML syntax and structure.
        YamlSyntax { .. } => Entry {
            file: AnyYaml,
            en: Words {
                title: "The YAML is not valid",
                body: "A line of a YAML file (a programme, `content/site.yaml`, front matter, interface strings) breaks the rules of YAML, so the file cannot be read at all. The usual causes: a quote opened and not closed; a colon followed by a space inside a text that is not in quotes; a bracket not closed; a Tab; a line indented differently from the lines beside it.\n\nThe message gives the line and column where reading stopped; the mistake is on that line or the one before. Put a text that contains `: `, or starts with a symbol, in double quotes.",
            },
            vi: Words {
                title: "YAML viết chưa đúng",
                body: "Một dòng trong tệp YAML (tệp chương trình, `content/site.yaml`, phần khai báo đầu tệp, tệp chữ giao diện) không theo đúng quy tắc của YAML, nên không đọc được cả tệp. Nguyên nhân hay gặp: mở dấu ngoặc kép mà không đóng; dấu hai chấm kèm dấu cách nằm giữa một văn bản không đặt trong ngoặc kép; dấu ngoặc chưa đóng; ký tự Tab; một dòng thụt lề khác với các dòng bên cạnh.\n\nThông báo cho biết dòng và cột nơi việc đọc dừng lại; chỗ sai nằm ở dòng đó hoặc dòng ngay trên. Văn bản có `: `, hoặc bắt đầu bằng một ký hiệu, thì hãy đặt trong dấu ngoặc kép.",
            },
            wrong: Same("title: Chương trình: khuyến công 2020\nowner: \"Sở Công Thương"),
            right: Same("title: \"Chương trình: khuyến công 2020\"\nowner: \"Sở Công Thương\""),
        },
        DuplicateKey { .. } => Entry {
            file: AnyYaml,
            en: Words {
                title: "A key appears twice",
                body: "The same key is written twice in one place, for example two `title:` lines for one indicator. YAML does not allow it, and baocao will not pick one of the two for you: the one it dropped might be the one you meant.\n\nKeep one of them. To give a text in two languages, write it once, as `title: { vi: …, en: … }`.",
            },
            vi: Words {
                title: "Một trường được ghi hai lần",
                body: "Cùng một trường được ghi hai lần ở cùng một chỗ, ví dụ hai dòng `title:` cho một chỉ tiêu. YAML không cho phép như vậy, và baocao không tự chọn một trong hai: dòng bị bỏ có thể lại chính là dòng bạn muốn giữ.\n\nHãy giữ lại một dòng. Muốn ghi văn bản bằng hai ngôn ngữ thì hãy ghi một lần, dạng `title: { vi: …, en: … }`.",
            },
            wrong: Same("title: Mô hình trình diễn\ntitle: Demonstration models"),
            right: Same("title: { vi: Mô hình trình diễn, en: Demonstration models }"),
        },
        NestedTooDeeply => Entry {
            file: AnyYaml,
            en: Words {
                title: "The YAML is nested too deeply",
                body: "A YAML file has values nested inside each other far more deeply than any file of baocao needs (hundreds of levels, often brackets opened again and again). baocao stops reading such a file, so that a broken or hostile file cannot exhaust the computer's memory.\n\nA programme needs only a few levels: the programme, its indicators, their progress points. Look for `[` or `{` that are never closed, or for indentation that keeps growing.",
            },
            vi: Words {
                title: "YAML lồng nhau quá sâu",
                body: "Tệp YAML có các giá trị lồng vào nhau sâu hơn rất nhiều so với mức mà bất kỳ tệp nào của baocao cần đến (hàng trăm cấp, thường là do mở dấu ngoặc liên tiếp). baocao dừng đọc tệp như vậy để một tệp hỏng hoặc cố ý phá hoại không làm cạn bộ nhớ của máy.\n\nMột tệp chương trình chỉ cần vài cấp: chương trình, các chỉ tiêu, các mốc tiến độ. Hãy tìm những dấu `[` hoặc `{` không bao giờ được đóng, hoặc những dòng thụt lề ngày càng sâu.",
            },
            wrong: Same("progress: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{ year: 2019, value: 3 }"),
            right: Same("progress:\n  - { year: 2019, value: 3 }"),
        },
        ExpandsTooMuch => Entry {
            file: AnyYaml,
            en: Words {
                title: "Anchors and aliases expand too much",
                body: "YAML lets a file name a part with an anchor (`&name`) and repeat it with an alias (`*name`). Here the repeats, once expanded, would be far larger than any site needs: a few lines can stand for billions of values. baocao stops reading, so that such a file cannot exhaust the computer's memory.\n\nWrite the values out instead of repeating large parts with aliases; baocao's files do not need anchors.",
            },
            vi: Words {
                title: "Neo và bí danh làm YAML phình quá lớn",
                body: "YAML cho phép đặt tên một phần bằng neo (`&tên`) rồi lặp lại phần đó bằng bí danh (`*tên`). Ở đây, khi thay các phần lặp lại vào, nội dung sẽ lớn hơn rất nhiều so với mức một trang web cần: vài dòng có thể tương đương hàng tỉ giá trị. baocao dừng đọc để tệp như vậy không làm cạn bộ nhớ của máy.\n\nHãy viết thẳng các giá trị ra thay vì lặp lại những phần lớn bằng bí danh; các tệp của baocao không cần đến neo.",
            },
            wrong: Same(
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
            ),
            right: Same("a: [x, x, x, x, x, x, x, x, x, x]"),
        },
        TooManyItems => Entry {
            file: AnyYaml,
            en: Words {
                title: "The YAML has too many items",
                body: "A YAML file holds more values, or more text, than baocao reads from one file. The limits are far above what a programme or `content/site.yaml` needs; a file that reaches them is usually a data export pasted in whole. baocao stops reading, so that the build stays fast and within memory.\n\nKeep in the YAML what the pages show (the indicators and their yearly progress), and put the raw data in `content/static/` as a download.",
            },
            vi: Words {
                title: "YAML có quá nhiều mục",
                body: "Tệp YAML chứa nhiều giá trị hoặc nhiều chữ hơn mức baocao đọc từ một tệp. Giới hạn này cao hơn rất nhiều so với nhu cầu của một tệp chương trình hay `content/site.yaml`; tệp chạm tới giới hạn thường là do dán nguyên cả một tệp số liệu xuất ra từ phần mềm khác. baocao dừng đọc để việc tạo trang web vẫn nhanh và không tốn quá nhiều bộ nhớ.\n\nTrong YAML chỉ nên giữ những gì trang web hiển thị (các chỉ tiêu và tiến độ từng năm); số liệu gốc thì hãy đặt vào `content/static/` thành tệp để tải về.",
            },
            wrong: ByLang {
                en: "progress:\n  - { date: 2019-01-01, value: 1 }\n  - { date: 2019-01-02, value: 1 }\n  - { date: 2019-01-03, value: 2 }\n  # … and two million more lines",
                vi: "progress:\n  - { date: 2019-01-01, value: 1 }\n  - { date: 2019-01-02, value: 1 }\n  - { date: 2019-01-03, value: 2 }\n  # … và thêm hai triệu dòng nữa",
            },
            right: Same("progress:\n  - { year: 2018, value: 3 }\n  - { year: 2019, value: 6 }"),
        },
        MultipleDocuments => Entry {
            file: AnyYaml,
            en: Words {
                title: "More than one YAML document in a file",
                body: "A line `---` in the middle of a YAML file starts a second YAML document, and baocao reads one per file. This happens when two programmes are pasted into one file, or when the `---` lines of an article's front matter are copied into a programme.\n\nRemove the `---` line and what follows it, or move the second part to a file of its own (one programme a file).",
            },
            vi: Words {
                title: "Một tệp chứa nhiều phần YAML",
                body: "Một dòng `---` ở giữa tệp YAML mở đầu một phần YAML thứ hai, mà baocao chỉ đọc một phần cho mỗi tệp. Lỗi này gặp khi dán hai chương trình vào cùng một tệp, hoặc khi chép cả các dòng `---` của phần khai báo đầu bài viết vào tệp chương trình.\n\nHãy xóa dòng `---` và phần phía sau nó, hoặc chuyển phần thứ hai sang một tệp riêng (mỗi chương trình một tệp).",
            },
            wrong: Same(
                "title: Chương trình khuyến công đến năm 2020\n---\ntitle: Chương trình khuyến công đến năm 2025",
            ),
            right: Same("title: Chương trình khuyến công đến năm 2020"),
        },

        // BC12xx: keys and types.
        UnknownKey { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Unknown key",
                body: "A key that baocao does not know is written in a programme, an indicator, `content/site.yaml` or front matter: usually a typo (`tittle`, `tagz`), or a key that belongs elsewhere (`date` in a programme). baocao refuses it instead of ignoring it, because an ignored key is a setting that silently does nothing.\n\nThe hint names the nearest known key and lists every key allowed in that place. Fix the spelling, or move the line where it belongs.",
            },
            vi: Words {
                title: "Không nhận ra trường",
                body: "Một trường mà baocao không biết được ghi trong tệp chương trình, trong một chỉ tiêu, trong `content/site.yaml` hay phần khai báo đầu tệp: thường là gõ nhầm (`tittle`, `tagz`), hoặc là trường của chỗ khác (`date` trong tệp chương trình). baocao báo lỗi thay vì bỏ qua, vì một trường bị bỏ qua là một cài đặt lặng lẽ không có tác dụng.\n\nGợi ý nêu trường gần giống nhất và liệt kê mọi trường dùng được ở chỗ đó. Hãy sửa lại chính tả, hoặc chuyển dòng đó về đúng chỗ.",
            },
            wrong: Same("tagz: [che, thao-qua]"),
            right: Same("tags: [che, thao-qua]"),
        },
        MissingKey { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "A required key is missing",
                body: "A key that must be given is not there. A programme needs `title`, `summary`, `owner`, `period` and `indicators`; an indicator `id`, `title`, `unit` and `target`; front matter `title`; `content/site.yaml` `title`. baocao cannot build the page without it.\n\nAdd the key with its value. The place in the message is the part of the file that lacks it.",
            },
            vi: Words {
                title: "Thiếu trường bắt buộc",
                body: "Thiếu một trường bắt buộc. Chương trình cần `title`, `summary`, `owner`, `period` và `indicators`; chỉ tiêu cần `id`, `title`, `unit` và `target`; phần khai báo đầu tệp cần `title`; `content/site.yaml` cần `title`. Không có trường này thì baocao không tạo được trang.\n\nHãy thêm trường đó kèm giá trị. Vị trí trong thông báo là phần của tệp đang thiếu trường.",
            },
            wrong: Same("languages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/"),
            right: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        ExpectedNumber { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Expected a number",
                body: "A field that takes a number (a target, a baseline, a progress value, a year, an amount of money) holds something else: words (`hai mươi`), a number with thousands separators (`26.990.000.000`, `1,000`), or a number with its unit (`20 mô hình`, `5%`). baocao computes progress and draws the charts from these numbers, so it must read them exactly.\n\nWrite digits only; the unit goes in `unit:`, the currency in `budget.currency`. A decimal number takes a dot: `12.5`.",
            },
            vi: Words {
                title: "Cần một số",
                body: "Một trường cần số (mục tiêu, giá trị ban đầu, giá trị tiến độ, năm, số tiền) lại đang ghi thứ khác: chữ (`hai mươi`), số có dấu tách hàng nghìn (`26.990.000.000`, `1,000`), hoặc số kèm đơn vị (`20 mô hình`, `5%`). baocao tính tiến độ và vẽ biểu đồ từ các số này, nên phải đọc được chính xác.\n\nHãy chỉ viết chữ số; đơn vị ghi ở `unit:`, loại tiền ghi ở `currency` trong `budget`. Số thập phân dùng dấu chấm: `12.5`.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: hai mươi"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 20"),
        },
        ExpectedBoolean { .. } => Entry {
            file: Article,
            en: Words {
                title: "Expected true or false",
                body: "A yes-or-no field (`draft` in front matter, `sample_data` in a programme) holds something other than `true` or `false`. baocao reads YAML 1.2, where `yes`, `no`, `có` or `không` are words, not answers; guessing could publish a draft.\n\nWrite `true` (yes) or `false` (no).",
            },
            vi: Words {
                title: "Cần true hoặc false",
                body: "Một trường chỉ nhận có hoặc không (`draft` trong phần khai báo đầu tệp, `sample_data` trong tệp chương trình) đang ghi giá trị khác `true` hoặc `false`. baocao đọc YAML theo phiên bản 1.2, trong đó `yes`, `no`, `có` hay `không` chỉ là chữ chứ không phải câu trả lời có hoặc không; đoán nghĩa thì có thể đăng nhầm một bản nháp.\n\nHãy viết `true` (có) hoặc `false` (không).",
            },
            wrong: Same(
                "---\ntitle: Dự thảo kế hoạch khuyến công năm 2021\ndate: 2020-12-15\ndraft: có\n---\nNội dung dự thảo.",
            ),
            right: Same(
                "---\ntitle: Dự thảo kế hoạch khuyến công năm 2021\ndate: 2020-12-15\ndraft: true\n---\nNội dung dự thảo.",
            ),
        },
        WrongType { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A value of the wrong kind",
                body: "A field that takes a text (in one language, or one per language as `{ vi: …, en: … }`) holds something else: most often a list (`owner: [Sở Công Thương, Trung tâm Khuyến công]`), written because the text has a comma, or because brackets looked like a way to group words. baocao cannot tell which item to show, so it refuses the value. More rarely, a list or a group of fields is expected and something else is written.\n\nWrite the text on one line after the colon (in double quotes if it starts with a bracket), or one line per language.",
            },
            vi: Words {
                title: "Giá trị không đúng loại",
                body: "Một trường cần văn bản (bằng một ngôn ngữ, hoặc mỗi ngôn ngữ một bản dạng `{ vi: …, en: … }`) lại đang ghi thứ khác: thường gặp nhất là một danh sách (`owner: [Sở Công Thương, Trung tâm Khuyến công]`), viết ra vì văn bản có dấu phẩy, hoặc vì tưởng dấu ngoặc vuông dùng để nhóm chữ. baocao không biết nên hiện mục nào, nên báo lỗi. Ít gặp hơn là trường cần danh sách hoặc nhóm trường mà lại ghi thứ khác.\n\nHãy viết văn bản trên một dòng sau dấu hai chấm (đặt trong dấu ngoặc kép nếu văn bản bắt đầu bằng dấu ngoặc), hoặc mỗi ngôn ngữ một dòng.",
            },
            wrong: Same("owner: [Sở Công Thương, Trung tâm Khuyến công]"),
            right: Same(
                "owner:\n  vi: Sở Công Thương (Trung tâm Khuyến công)\n  en: Department of Industry and Trade (Industrial Promotion Centre)",
            ),
        },
        ExpectedValue { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Another kind of value was expected here",
                body: "The YAML reader found a value of one shape where the field takes another: a text where a list goes (`tags: che, thao-qua`), a single value where a group of fields goes (`period: 2018-2020`), or a list where a single value goes (`id: [mo-hinh]`). baocao reads each field as one kind of value, so it cannot use this one.\n\nWrite the kind of value the field takes: a list as `[a, b]` or as lines starting with `- `; a group of fields on indented lines below the key, or as `{ start: 2018, end: 2020 }`.",
            },
            vi: Words {
                title: "Cần một loại giá trị khác ở đây",
                body: "Bộ đọc YAML gặp một giá trị có dạng này ở chỗ trường cần dạng khác: văn bản ở chỗ cần danh sách (`tags: che, thao-qua`), một giá trị đơn ở chỗ cần một nhóm trường (`period: 2018-2020`), hoặc một danh sách ở chỗ cần một giá trị đơn (`id: [mo-hinh]`). baocao đọc mỗi trường theo đúng một loại giá trị, nên không dùng được giá trị này.\n\nHãy viết đúng loại giá trị mà trường cần: danh sách dạng `[a, b]` hoặc thành các dòng bắt đầu bằng `- `; nhóm trường thì viết ở các dòng thụt lề bên dưới tên trường, hoặc dạng `{ start: 2018, end: 2020 }`.",
            },
            wrong: Same("tags: che, thao-qua"),
            right: Same("tags: [che, thao-qua]"),
        },
        NoValue => Entry {
            file: Programme,
            en: Words {
                title: "A key has no value",
                body: "A key is written with nothing after its colon, where a text is needed (`id:`, `slug:`). An empty value cannot be used as a name or an address.\n\nWrite the value after the colon, on the same line; or remove the line if the field is optional.",
            },
            vi: Words {
                title: "Trường chưa có giá trị",
                body: "Một trường được ghi mà sau dấu hai chấm không có gì, trong khi ở đó cần một văn bản (`id:`, `slug:`). Giá trị trống không dùng được làm tên hay địa chỉ.\n\nHãy viết giá trị ngay sau dấu hai chấm, trên cùng dòng; hoặc xóa dòng đó nếu trường không bắt buộc.",
            },
            wrong: Same("indicators:\n  - id:\n    target: 20"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 20"),
        },

        // BC20xx: site.yaml.
        SiteFileMissing => Entry {
            file: Files,
            en: Words {
                title: "content/site.yaml is missing",
                body: "The site has a `content/` folder but no `content/site.yaml`, the file that names the site and its languages. Every page needs both, so nothing can be built.\n\nCreate `content/site.yaml` with at least the site's title and its languages; the example site's `content/site.yaml` shows every setting. On Windows, check that Notepad did not save it as `site.yaml.txt` (turn on file name extensions in File Explorer's View menu).",
            },
            vi: Words {
                title: "Thiếu tệp content/site.yaml",
                body: "Trang web có thư mục `content/` nhưng không có tệp `content/site.yaml`, là tệp ghi tên trang web và các ngôn ngữ của nó. Trang nào cũng cần hai thông tin này, nên không tạo được gì.\n\nHãy tạo tệp `content/site.yaml` với ít nhất tên trang web và các ngôn ngữ; tệp `content/site.yaml` của trang web mẫu có đủ mọi cài đặt. Trên Windows, hãy kiểm tra xem Notepad có lưu tệp thành `site.yaml.txt` hay không (bật hiển thị phần mở rộng tên tệp trong menu View của File Explorer).",
            },
            wrong: Same("content/\n  site.yaml.txt\n  programs/\n  articles/"),
            right: Same("content/\n  site.yaml\n  programs/\n  articles/"),
        },
        SiteTitleEmpty => Entry {
            file: SiteFile,
            en: Words {
                title: "The site title is empty",
                body: "`title:` in `content/site.yaml` is empty. The site's name is shown at the top of every page, in the browser tab and in the feeds; a site without a name cannot be built.\n\nWrite the name after `title:`, in one language or in each (`{ vi: …, en: … }`).",
            },
            vi: Words {
                title: "Tên trang web đang để trống",
                body: "`title:` trong `content/site.yaml` đang để trống. Tên trang web hiện ở đầu mọi trang, trên thẻ của trình duyệt và trong nguồn tin (feed); không có tên thì không tạo được trang web.\n\nHãy viết tên sau `title:`, bằng một ngôn ngữ hoặc từng ngôn ngữ (`{ vi: …, en: … }`).",
            },
            wrong: Same("title: \"\"\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/"),
            right: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        LanguagesMissing => Entry {
            file: SiteFile,
            en: Words {
                title: "The site does not list its languages",
                body: "`content/site.yaml` has no `languages:`. baocao needs to know which languages the site is in: the first one is the default, whose pages sit at the root of the site; each other language gets its own part of the site (`/en/`).\n\nAdd `languages:` with the language codes, the default first.",
            },
            vi: Words {
                title: "Trang web chưa ghi các ngôn ngữ",
                body: "Tệp `content/site.yaml` không có `languages:`. baocao cần biết trang web có những ngôn ngữ nào: ngôn ngữ đầu tiên là ngôn ngữ mặc định, các trang của nó nằm ở gốc trang web; mỗi ngôn ngữ khác có phần riêng của mình (`/en/`).\n\nHãy thêm `languages:` với các mã ngôn ngữ, ngôn ngữ mặc định ghi trước.",
            },
            wrong: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nbase_url: https://example.gov.vn/khuyencong/",
            ),
            right: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        LanguagesEmpty => Entry {
            file: SiteFile,
            en: Words {
                title: "The list of languages is empty",
                body: "`languages:` in `content/site.yaml` is an empty list, and a site needs at least one language.\n\nList the codes, the default first: `languages: [vi]` for a site in Vietnamese only, `languages: [vi, en]` for Vietnamese and English.",
            },
            vi: Words {
                title: "Danh sách ngôn ngữ đang trống",
                body: "`languages:` trong `content/site.yaml` là một danh sách trống, trong khi trang web cần ít nhất một ngôn ngữ.\n\nHãy ghi các mã ngôn ngữ, ngôn ngữ mặc định ghi trước: `languages: [vi]` cho trang chỉ có tiếng Việt, `languages: [vi, en]` cho trang có tiếng Việt và tiếng Anh.",
            },
            wrong: Same("title: Khuyến công Hà Giang\nlanguages: []\nbase_url: https://example.gov.vn/khuyencong/"),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        NotALanguageCode { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "Not a language code",
                body: "An entry of `languages:` is not a language code. baocao uses the codes in addresses (`/en/`), in file names (`gioi-thieu.en.md`), in translations (`{ vi: …, en: … }`), and to tell browsers and screen readers the language of each page.\n\nUse ISO 639 codes in lower case, such as `vi`, `en`, `fr` (a region or script may follow after `-`, as in `zh-Hant`).",
            },
            vi: Words {
                title: "Không phải mã ngôn ngữ",
                body: "Một mục trong `languages:` không phải là mã ngôn ngữ. baocao dùng mã ngôn ngữ trong địa chỉ (`/en/`), trong tên tệp (`gioi-thieu.en.md`), trong bản dịch (`{ vi: …, en: … }`), và để báo cho trình duyệt cũng như phần mềm đọc màn hình biết ngôn ngữ của từng trang.\n\nHãy dùng mã ISO 639 viết thường, như `vi`, `en`, `fr` (có thể thêm vùng hoặc kiểu chữ sau dấu `-`, như `zh-Hant`).",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [Tiếng Việt, English]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        LanguageListedTwice { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "A language is listed twice",
                body: "The same code appears twice in `languages:`. Each language has one set of pages, so a second entry could only build the same pages twice.\n\nList each language once, the default first.",
            },
            vi: Words {
                title: "Một ngôn ngữ được ghi hai lần",
                body: "Cùng một mã xuất hiện hai lần trong `languages:`. Mỗi ngôn ngữ có một bộ trang, nên ghi lần thứ hai chỉ khiến cùng các trang đó bị tạo hai lần.\n\nHãy ghi mỗi ngôn ngữ một lần, ngôn ngữ mặc định ghi trước.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en, vi]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        BaseUrlNotAbsolute { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "base_url is not a full web address",
                body: "`base_url` must be the full address the site is published at, starting with `https://` (or `http://`), without spaces. baocao writes it into the links that are used outside the site: each page's canonical address, the feeds, the sitemap. With a partial address they would all be wrong.\n\nWrite the address in full, as you would type it in a browser.",
            },
            vi: Words {
                title: "base_url không phải địa chỉ web đầy đủ",
                body: "`base_url` phải là địa chỉ đầy đủ nơi trang web được đăng, bắt đầu bằng `https://` (hoặc `http://`), không có dấu cách. baocao ghi địa chỉ này vào những liên kết được dùng ở bên ngoài trang web: địa chỉ chính thức của từng trang, nguồn tin (feed), sơ đồ trang (sitemap). Địa chỉ thiếu thì tất cả các liên kết đó đều sai.\n\nHãy viết đầy đủ địa chỉ, như khi gõ vào trình duyệt.",
            },
            wrong: Same("title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: example.gov.vn/khuyencong"),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        PerPageOutOfRange { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "per_page is out of range",
                body: "`per_page` sets how many articles each page of the article list, and of each topic, shows. It must be a whole number from 1 to 1000: with 0 no article could be shown, and thousands on one page would be too heavy to open on a phone.\n\nWrite a number in that range, or remove the line for the default, 10.",
            },
            vi: Words {
                title: "per_page nằm ngoài khoảng cho phép",
                body: "`per_page` quy định mỗi trang của danh sách bài viết, và của mỗi chủ đề, hiện bao nhiêu bài. Giá trị phải là số nguyên từ 1 đến 1000: bằng 0 thì không hiện được bài nào, còn hàng nghìn bài trên một trang thì quá nặng để mở trên điện thoại.\n\nHãy ghi một số trong khoảng đó, hoặc xóa dòng này để dùng giá trị mặc định là 10.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nper_page: 0",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nper_page: 10",
            ),
        },
        ThresholdsOutOfOrder { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "The status thresholds are out of order",
                body: "`status.on_track` and `status.at_risk` decide each indicator's status, by comparing the share of the way to the target covered with the share of the time elapsed. An indicator is on track when it has covered at least `on_track` of what was expected by now (0.9 is 90%), at risk from `at_risk` up to that, and off track below. So they must satisfy 0 < at_risk < on_track ≤ 1.\n\nSwap the two values if they are reversed, or remove `status` for the defaults, 0.9 and 0.6.",
            },
            vi: Words {
                title: "Các ngưỡng đánh giá tiến độ bị ngược thứ tự",
                body: "`on_track` và `at_risk` trong `status` quyết định trạng thái của từng chỉ tiêu, bằng cách so phần chặng đường tới mục tiêu đã đi được với phần thời gian đã trôi qua. Chỉ tiêu được coi là đúng tiến độ khi đã đạt ít nhất `on_track` so với mức kỳ vọng tính đến lúc đó (0.9 là 90%), có nguy cơ chậm khi đạt từ `at_risk` đến dưới mức đó, và chậm tiến độ khi thấp hơn nữa. Vì vậy hai giá trị phải thỏa mãn 0 < at_risk < on_track ≤ 1.\n\nNếu ghi ngược thì hãy đổi chỗ hai giá trị, hoặc xóa `status` để dùng giá trị mặc định 0.9 và 0.6.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nstatus: { on_track: 0.6, at_risk: 0.9 }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nstatus: { on_track: 0.9, at_risk: 0.6 }",
            ),
        },
        NotATagId { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "A topic's id is not a slug",
                body: "Each topic of the `tags:` vocabulary is written `id: names`. The id is the topic's address (`/chu-de/che/`), the same in every language, so it is written like one: lower-case letters without accents, digits and dashes. The names, with their accents and capitals, go in the labels.\n\nWrite the id the message suggests and keep the name as the label: `che: { vi: Chè, en: Tea }`.",
            },
            vi: Words {
                title: "Mã chủ đề không đúng dạng",
                body: "Mỗi chủ đề trong danh mục `tags:` được ghi theo dạng `mã: tên`. Mã là địa chỉ của trang chủ đề (`/chu-de/che/`), giống nhau ở mọi ngôn ngữ, nên phải viết như một địa chỉ: chữ thường không dấu, chữ số và dấu gạch ngang. Tên có dấu, có chữ hoa thì ghi vào phần tên.\n\nHãy viết mã như thông báo gợi ý và giữ nguyên tên chủ đề ở phần tên: `che: { vi: Chè, en: Tea }`.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  Chè: { vi: Chè, en: Tea }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  che: { vi: Chè, en: Tea }",
            ),
        },
        TagLabelTwice { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "Two topics have the same name",
                body: "Tags in programmes and articles are matched to the vocabulary by id or by any of its names, ignoring accents and capitals (`Chè`, `che` and `Tea` are one topic). Two topics share a name here, so a tag written with that name would belong to both.\n\nGive each topic names of its own, or merge the two into one topic.",
            },
            vi: Words {
                title: "Hai chủ đề trùng tên",
                body: "Thẻ chủ đề trong chương trình và bài viết được đối chiếu với danh mục theo mã hoặc theo bất kỳ tên nào của chủ đề, không phân biệt dấu và chữ hoa (`Chè`, `che` và `Tea` là một chủ đề). Ở đây có hai chủ đề trùng một tên, nên một thẻ ghi tên đó sẽ thuộc về cả hai.\n\nHãy đặt tên riêng cho mỗi chủ đề, hoặc gộp hai chủ đề làm một.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  che: { vi: Chè, en: Tea }\n  tra: { vi: Trà, en: Tea }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  che: { vi: Chè, en: Tea }\n  tra-hoa: { vi: Trà hoa, en: Flower tea }",
            ),
        },
        TagLabelEmpty => Entry {
            file: SiteFile,
            en: Words {
                title: "A topic has no name",
                body: "A topic of the `tags:` vocabulary has an empty name, so its pages and links would show nothing.\n\nWrite its name in each language: `che: { vi: Chè, en: Tea }`.",
            },
            vi: Words {
                title: "Chủ đề chưa có tên",
                body: "Một chủ đề trong danh mục `tags:` có tên để trống, nên trang chủ đề và các liên kết tới nó sẽ không hiện gì.\n\nHãy ghi tên chủ đề theo từng ngôn ngữ: `che: { vi: Chè, en: Tea }`.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  che: \"\"",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  che: { vi: Chè, en: Tea }",
            ),
        },
        NoTagVocabulary { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "Topics have no names",
                body: "Programmes and articles have tags, but `site.yaml` has no `tags:` vocabulary. Each tag is then shown as written (a programme's `thu-cong-my-nghe` as such), and a subject tagged `Chè` in Vietnamese and `Tea` in English becomes two topics.\n\nAdd a vocabulary: each topic's id, then its name in each language, optionally a description:\n\n`tags: { che: { vi: Chè, en: Tea }, thu-cong-my-nghe: { vi: Thủ công mỹ nghệ, en: Handicrafts } }`\n\nTags then match an id or any name, ignoring accents and capitals. The site is still built without one.",
            },
            vi: Words {
                title: "Các chủ đề chưa có tên",
                body: "Chương trình và bài viết có gắn thẻ chủ đề, nhưng `site.yaml` chưa có danh mục `tags:`. Khi đó mỗi thẻ hiện đúng như đã ghi (thẻ `thu-cong-my-nghe` của chương trình hiện nguyên như vậy), và một chủ đề được gắn thẻ `Chè` ở bài tiếng Việt và `Tea` ở bài tiếng Anh sẽ bị tách thành hai chủ đề.\n\nHãy thêm danh mục chủ đề: ghi mã của mỗi chủ đề, rồi tên theo từng ngôn ngữ, và nếu cần thì thêm phần mô tả:\n\n`tags: { che: { vi: Chè, en: Tea }, thu-cong-my-nghe: { vi: Thủ công mỹ nghệ, en: Handicrafts } }`\n\nKhi đó mỗi thẻ được đối chiếu với mã hoặc bất kỳ tên nào của chủ đề, không phân biệt dấu và chữ hoa. Không có danh mục thì trang web vẫn được tạo.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\n",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntags:\n  che: { vi: Chè, en: Tea }",
            ),
        },
        UnknownTag { .. } => Entry {
            file: Files,
            en: Words {
                title: "A tag is not in the vocabulary",
                body: "A programme or an article has a tag that matches neither an id nor a name of the `tags:` vocabulary in `site.yaml` (accents and capitals aside). It is kept as written, so it has no name in the other languages.\n\nIf it is a misspelling, use the suggested topic. Otherwise add the topic to the vocabulary with its name in each language. The site is still built.",
            },
            vi: Words {
                title: "Thẻ chủ đề không có trong danh mục",
                body: "Một chương trình hay bài viết có thẻ chủ đề không khớp với mã hay tên nào trong danh mục `tags:` của `site.yaml` (không phân biệt dấu và chữ hoa). Thẻ được giữ nguyên như đã ghi, nên không có tên ở các ngôn ngữ khác.\n\nNếu thẻ bị viết nhầm, hãy dùng chủ đề được gợi ý. Nếu không, hãy thêm chủ đề vào danh mục, kèm tên theo từng ngôn ngữ. Trang web vẫn được tạo.",
            },
            wrong: ByLang {
                en: "content/site.yaml:   tags: { che: { vi: Chè, en: Tea } }\narticle:             tags: [Chè, Thảo quả]",
                vi: "content/site.yaml:   tags: { che: { vi: Chè, en: Tea } }\nbài viết:            tags: [Chè, Thảo quả]",
            },
            right: ByLang {
                en: "content/site.yaml:   tags: { che: { vi: Chè, en: Tea }, thao-qua: { vi: Thảo quả, en: Cardamom } }\narticle:             tags: [Chè, Thảo quả]",
                vi: "content/site.yaml:   tags: { che: { vi: Chè, en: Tea }, thao-qua: { vi: Thảo quả, en: Cardamom } }\nbài viết:            tags: [Chè, Thảo quả]",
            },
        },
        TranslationsNotNone { .. } => Entry {
            file: Article,
            en: Words {
                title: "`translations` takes only `none`",
                body: "`translations: none` in the front matter says that an article or a page is written in one language on purpose (a local notice, a call for applications in Vietnamese only): `check` then does not list it as untranslated, and `check --strict` passes. It has no other value; a translation is simply a file with the same name in the other language.\n\nWrite `translations: none`, or remove the line.",
            },
            vi: Words {
                title: "`translations` chỉ nhận giá trị `none`",
                body: "`translations: none` trong phần khai báo đầu tệp cho biết bài viết hay trang được cố ý chỉ viết bằng một ngôn ngữ (một thông báo địa phương, một thông báo tuyển chọn chỉ bằng tiếng Việt): khi đó `check` không liệt kê nó vào danh sách chưa dịch, và `check --strict` vẫn đạt. Trường này không có giá trị nào khác; muốn có bản dịch thì chỉ cần viết tệp cùng tên bằng ngôn ngữ kia.\n\nHãy ghi `translations: none`, hoặc xóa dòng này.",
            },
            wrong: Same("---\ntitle: Thông báo tuyển chọn cơ sở\ndate: 2019-03-15\ntranslations: vi\n---\nVăn bản.\n"),
            right: Same(
                "---\ntitle: Thông báo tuyển chọn cơ sở\ndate: 2019-03-15\ntranslations: none\n---\nVăn bản.\n",
            ),
        },
        UnknownLicence { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "An unknown licence",
                body: "`license` says what readers may do with the site's text and figures; the footer, the data package and each programme's dataset description state it. baocao knows the open licences fit for public figures by their SPDX ids: `CC-BY-4.0` (the default: reuse with credit), `CC-BY-SA-4.0`, `CC0-1.0`, `ODC-By-1.0`, `ODbL-1.0` and `PDDL-1.0`.\n\nWrite one of these ids, or remove the line for CC BY 4.0.",
            },
            vi: Words {
                title: "Giấy phép không hợp lệ",
                body: "`license` cho biết người đọc được phép làm gì với nội dung và số liệu của trang; chân trang, gói dữ liệu và phần mô tả bộ dữ liệu của mỗi chương trình đều ghi rõ giấy phép này. baocao nhận các giấy phép mở phù hợp với dữ liệu công, ghi bằng mã SPDX: `CC-BY-4.0` (mặc định: được dùng lại khi ghi rõ nguồn), `CC-BY-SA-4.0`, `CC0-1.0`, `ODC-By-1.0`, `ODbL-1.0` và `PDDL-1.0`.\n\nHãy ghi một trong các mã này, hoặc xóa dòng này để dùng giấy phép mặc định CC BY 4.0.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nlicense: CC-BY",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nlicense: CC-BY-4.0",
            ),
        },
        CommaInBraces { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "A comma inside braces cut a text",
                body: "Inside `{ }`, YAML reads a comma as the end of a value: in `{ vi: Sở Lao động, en: Department of Labour, Invalids and Social Affairs }` the English text stops at `Labour`, and `Invalids and Social Affairs` is read as a new key with no value.\n\nPut a text that holds a comma in quotes, or write the texts on lines of their own, where commas are plain text.",
            },
            vi: Words {
                title: "Dấu phẩy trong cặp ngoặc nhọn cắt đôi đoạn chữ",
                body: "Trong cặp ngoặc `{ }`, YAML coi dấu phẩy là chỗ kết thúc một giá trị: với `{ vi: Sở Lao động, Thương binh và Xã hội, en: ... }`, phần tiếng Việt dừng ở `Sở Lao động`, còn `Thương binh và Xã hội` bị đọc thành một trường mới không có giá trị.\n\nHãy đặt đoạn chữ có dấu phẩy trong dấu ngoặc kép, hoặc viết mỗi ngôn ngữ trên một dòng riêng, khi đó dấu phẩy chỉ là một ký tự bình thường.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\norganisation: { vi: Sở Lao động, Thương binh và Xã hội, en: Department of Labour }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\norganisation: { vi: \"Sở Lao động, Thương binh và Xã hội\", en: Department of Labour }",
            ),
        },
        StaleAfterOutOfRange { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "The time after which figures are old is out of range",
                body: "`status.stale_after_months` says how long an indicator may go without a new figure before its status is marked \"data not updated since …\" (counted to the as-of date, or to the end of the target year if that is sooner). It is a whole number of months from 0 to 240; 0 never marks a figure as old.\n\nWrite a number such as 12 (the default) or 18, or remove the line.",
            },
            vi: Words {
                title: "Thời hạn coi số liệu là cũ nằm ngoài khoảng cho phép",
                body: "`status.stale_after_months` cho biết một chỉ tiêu được phép không có số liệu mới trong bao lâu trước khi trạng thái của nó kèm ghi chú \"Số liệu cũ: chưa được cập nhật kể từ …\" (tính đến ngày chốt số liệu, hoặc đến cuối năm cần đạt mục tiêu nếu sớm hơn). Giá trị là một số nguyên tháng, từ 0 đến 240; ghi 0 thì số liệu không bao giờ bị coi là cũ.\n\nHãy ghi một số như 12 (mặc định) hoặc 18, hoặc xóa dòng này.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nstatus: { stale_after_months: -6 }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nstatus: { stale_after_months: 18 }",
            ),
        },
        PathsUnknownLanguage { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "paths names a language the site does not have",
                body: "`paths:` in `content/site.yaml` sets the address of each section, language by language (`paths: { en: { articles: news } }`). One entry is for a language that is not in `languages:`, so it would set addresses that no page uses: usually a typo in the code, or a language removed from the site.\n\nFix the code, add the language to `languages:`, or remove the entry.",
            },
            vi: Words {
                title: "paths ghi một ngôn ngữ mà trang web không có",
                body: "`paths:` trong `content/site.yaml` đặt địa chỉ của từng chuyên mục theo từng ngôn ngữ (`paths: { en: { articles: news } }`). Có một mục dành cho ngôn ngữ không có trong `languages:`, nên nó đặt những địa chỉ không trang nào dùng tới: thường là gõ nhầm mã, hoặc ngôn ngữ đó đã bị bỏ khỏi trang web.\n\nHãy sửa lại mã, thêm ngôn ngữ vào `languages:`, hoặc xóa mục này.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\npaths:\n  eng: { articles: news }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\npaths:\n  en: { articles: news }",
            ),
        },
        NotAUrlSegment { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "Not usable in an address",
                body: "A section name in `paths:` must be usable in a web address exactly as written: lower-case letters without diacritics, digits and `-` (several parts may be joined by `/`). A name with capitals, spaces or diacritics (`Tin tức`) would make an address that browsers show in different ways and that is hard to type.\n\nWrite it the way baocao writes tags: `tin-tuc`.",
            },
            vi: Words {
                title: "Không dùng được trong địa chỉ",
                body: "Tên chuyên mục trong `paths:` phải dùng được ngay trong địa chỉ web, đúng như khi viết: chữ thường không dấu, chữ số và dấu `-` (có thể nối nhiều phần bằng dấu `/`). Tên có chữ hoa, dấu cách hoặc dấu tiếng Việt (`Tin tức`) sẽ tạo ra địa chỉ mà mỗi trình duyệt hiển thị một kiểu và khó gõ lại.\n\nHãy viết theo cách baocao viết chủ đề: `tin-tuc`.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\npaths:\n  vi: { articles: Tin tức }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\npaths:\n  vi: { articles: tin-tuc }",
            ),
        },
        SameAddress { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "Two sections share an address",
                body: "Two sections of the site are given the same address in `paths:`, or a section takes the name of a folder the site uses itself: `static`, `theme`, `data`, `charts`, or a language code such as `en` (these clash at the root, in the default language). Their pages would overwrite each other.\n\nGive each section its own name.",
            },
            vi: Words {
                title: "Hai chuyên mục trùng địa chỉ",
                body: "Hai chuyên mục của trang web được đặt cùng một địa chỉ trong `paths:`, hoặc một chuyên mục lấy tên của thư mục mà trang web tự dùng: `static`, `theme`, `data`, `charts`, hoặc một mã ngôn ngữ như `en` (những tên này bị trùng ở gốc trang web, trong ngôn ngữ mặc định). Các trang của chúng sẽ ghi đè lên nhau.\n\nHãy đặt cho mỗi chuyên mục một tên riêng.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\npaths:\n  vi: { articles: tin-tuc, programs: tin-tuc }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\npaths:\n  vi: { articles: tin-tuc, programs: chuong-trinh }",
            ),
        },
        NotAThemeName { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "Not a theme folder name",
                body: "`theme:` takes the name of a folder in `themes/`, beside `content/`: the name only, not a path. A name with `/` or `\\`, or starting with `.`, could reach outside the site's folder.\n\nWrite just the folder's name, or remove the line to use the built-in theme.",
            },
            vi: Words {
                title: "Không phải tên thư mục giao diện",
                body: "`theme:` nhận tên của một thư mục trong `themes/` (thư mục nằm cạnh `content/`): chỉ ghi tên, không ghi đường dẫn. Tên có `/` hoặc `\\`, hay bắt đầu bằng dấu `.`, có thể trỏ ra ngoài thư mục của trang web.\n\nHãy chỉ ghi tên thư mục, hoặc xóa dòng này để dùng giao diện có sẵn.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntheme: themes/ha-giang",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntheme: ha-giang",
            ),
        },
        SiteTextUnknownLanguage { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "A translation for a language the site does not have",
                body: "A text in `content/site.yaml` (the title, the description or the organisation) has a version for a language that is not in `languages:`. It would never be shown; usually the code is mistyped (`eng`, `vn`), or the language was removed from the site.\n\nFix the code, add the language to `languages:`, or remove that translation.",
            },
            vi: Words {
                title: "Bản dịch cho ngôn ngữ mà trang web không có",
                body: "Một văn bản trong `content/site.yaml` (tên trang web, phần mô tả hoặc tên cơ quan) có bản cho một ngôn ngữ không có trong `languages:`. Bản này sẽ không bao giờ được hiện; thường là do gõ nhầm mã (`eng`, `vn`), hoặc ngôn ngữ đó đã bị bỏ khỏi trang web.\n\nHãy sửa lại mã, thêm ngôn ngữ vào `languages:`, hoặc xóa bản dịch đó.",
            },
            wrong: Same(
                "title: { vi: Khuyến công Hà Giang, eng: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
            right: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        NoBaseUrl => Entry {
            file: SiteFile,
            en: Words {
                title: "No base_url",
                body: "`content/site.yaml` has no `base_url`, the address the site is published at. The site still works, since every link between its pages is relative, but some things need the full address: without it there is no sitemap (`sitemap.xml`) and no canonical address on the pages, the feeds' links are relative, and the links of the 404 page work only when the site sits at the root of its host.\n\nSet `base_url` once you know the address, or give it when building, with `--base-url`. Builds with `--offline` (for a USB stick) do not warn.",
            },
            vi: Words {
                title: "Chưa có base_url",
                body: "Tệp `content/site.yaml` chưa có `base_url`, là địa chỉ nơi trang web được đăng. Trang web vẫn dùng được vì mọi liên kết giữa các trang đều là liên kết tương đối, nhưng một số thứ cần địa chỉ đầy đủ: thiếu địa chỉ thì không có sơ đồ trang (`sitemap.xml`) và địa chỉ chính thức trên các trang, liên kết trong nguồn tin (feed) chỉ là tương đối, và các liên kết trên trang 404 chỉ đúng khi trang web nằm ở gốc tên miền.\n\nHãy đặt `base_url` khi đã biết địa chỉ, hoặc ghi địa chỉ khi tạo trang web bằng `--base-url`. Khi tạo bằng `--offline` (để chép vào USB) thì không có cảnh báo này.",
            },
            wrong: Same("title: Khuyến công Hà Giang\nlanguages: [vi, en]"),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },

        // BC30xx: texts, years and tags.
        TextEmpty { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A required text is empty",
                body: "A text that every page shows (a programme's `title`, `summary` or `owner`, an indicator's `title` or `unit`) is empty in every language. The page would have a blank heading, or a number without its unit.\n\nWrite the text after the key, in one language or in each.",
            },
            vi: Words {
                title: "Văn bản bắt buộc đang để trống",
                body: "Một văn bản mà trang nào cũng hiện (`title`, `summary` hay `owner` của chương trình, `title` hay `unit` của chỉ tiêu) đang để trống ở mọi ngôn ngữ. Trang sẽ có tiêu đề trống, hoặc con số không kèm đơn vị.\n\nHãy viết văn bản sau tên trường, bằng một ngôn ngữ hoặc từng ngôn ngữ.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    title: \"\""),
            right: Same(
                "indicators:\n  - id: mo-hinh\n    title: { vi: Mô hình trình diễn kỹ thuật, en: Technology demonstration models }",
            ),
        },
        TextUnknownLanguage { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A text in a language the site does not have",
                body: "A text of a programme or an indicator has a version under a language code that is not in `languages:` of `content/site.yaml`. That version would never be shown; usually the code is mistyped (`vn`, `eng`), or the language is not part of the site (yet).\n\nFix the code, or add the language to `languages:`.",
            },
            vi: Words {
                title: "Văn bản bằng ngôn ngữ mà trang web không có",
                body: "Một văn bản của chương trình hoặc chỉ tiêu có một bản ghi dưới mã ngôn ngữ không có trong `languages:` của `content/site.yaml`. Bản này sẽ không bao giờ được hiện; thường là do gõ nhầm mã (`vn`, `eng`), hoặc trang web chưa có ngôn ngữ đó.\n\nHãy sửa lại mã, hoặc thêm ngôn ngữ vào `languages:`.",
            },
            wrong: Same("title: { vi: Chương trình khuyến công, eng: Industrial promotion programme }"),
            right: Same("title: { vi: Chương trình khuyến công, en: Industrial promotion programme }"),
        },
        NoDefaultText { .. } => Entry {
            file: Programme,
            en: Words {
                title: "No text in the default language",
                body: "A text of a programme or an indicator has versions in other languages but none in the site's default language (the first of `languages:`). A language whose version is missing falls back to the default one, so the default version must be there.\n\nAdd it.",
            },
            vi: Words {
                title: "Chưa có văn bản bằng ngôn ngữ mặc định",
                body: "Một văn bản của chương trình hoặc chỉ tiêu có bản bằng các ngôn ngữ khác nhưng chưa có bản bằng ngôn ngữ mặc định của trang web (ngôn ngữ đầu tiên trong `languages:`). Ngôn ngữ nào thiếu bản của mình đều dùng bản mặc định thay thế, nên bản mặc định bắt buộc phải có.\n\nHãy thêm bản đó.",
            },
            wrong: Same("summary: { en: Support for rural industry in Ha Giang }"),
            right: Same(
                "summary:\n  vi: Hỗ trợ công nghiệp nông thôn ở Hà Giang\n  en: Support for rural industry in Ha Giang",
            ),
        },
        MissingTranslation { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A text has no translation",
                body: "A text of a programme or an indicator has no version (or an empty one) in one of the site's languages. The page in that language shows the default language's text instead, marked with its language so that screen readers read it right.\n\nThe site is still built. `check` lists every missing translation, and `check --strict` fails on them. Add the translation under the key.",
            },
            vi: Words {
                title: "Văn bản chưa có bản dịch",
                body: "Một văn bản của chương trình hoặc chỉ tiêu chưa có bản (hoặc có bản trống) cho một ngôn ngữ của trang web. Trang bằng ngôn ngữ đó sẽ hiện văn bản bằng ngôn ngữ mặc định thay thế, có đánh dấu ngôn ngữ để phần mềm đọc màn hình đọc đúng.\n\nTrang web vẫn được tạo. Lệnh `check` liệt kê mọi bản dịch còn thiếu, còn `check --strict` coi đó là lỗi. Hãy thêm bản dịch vào dưới tên trường.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    unit: { vi: mô hình }"),
            right: Same("indicators:\n  - id: mo-hinh\n    unit: { vi: mô hình, en: models }"),
        },
        NotAYear { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Not a usable year",
                body: "A year (of the period, a target, a progress point or a disbursement) is outside 1900–2200: usually a year written short (`18`), or a whole date typed where a year goes (`20190630`). baocao places each year on the charts' time line, and a wrong one would stretch them over centuries.\n\nWrite the year in full, with four digits. For a figure at a day within a year, use `date:` instead of `year:`.",
            },
            vi: Words {
                title: "Năm không dùng được",
                body: "Một năm (của giai đoạn, năm mục tiêu, mốc tiến độ hay khoản giải ngân) nằm ngoài khoảng 1900–2200: thường là năm viết tắt (`18`), hoặc ghi cả ngày tháng vào chỗ chỉ cần năm (`20190630`). baocao đặt mỗi năm lên trục thời gian của biểu đồ, nên một năm sai sẽ kéo giãn biểu đồ ra hàng thế kỷ.\n\nHãy viết năm đầy đủ bốn chữ số. Nếu số liệu là của một ngày trong năm, hãy dùng `date:` thay cho `year:`.",
            },
            wrong: Same("period: { start: 18, end: 2020 }"),
            right: Same("period: { start: 2018, end: 2020 }"),
        },
        TagWithoutLetters { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A tag has no letters or digits",
                body: "Each tag gets a page of its own, at an address made from its letters and digits (`Thảo quả` → `thao-qua`). A tag made only of punctuation or symbols (`---`, `?`) gives no address.\n\nWrite the tag in words, or remove it.",
            },
            vi: Words {
                title: "Chủ đề không có chữ cái hay chữ số",
                body: "Mỗi chủ đề có một trang riêng, với địa chỉ được tạo từ các chữ cái và chữ số của nó (`Thảo quả` → `thao-qua`). Chủ đề chỉ gồm dấu câu hay ký hiệu (`---`, `?`) thì không tạo được địa chỉ.\n\nHãy viết chủ đề bằng chữ, hoặc xóa chủ đề đó.",
            },
            wrong: Same("tags: [Chè, \"?\"]"),
            right: Same("tags: [Chè, Thảo quả]"),
        },

        // BC31xx: programmes.
        NotAProgrammeId { .. } => Entry {
            file: Files,
            en: Words {
                title: "The file name is not a usable programme id",
                body: "A programme is named after its file: `content/programs/khuyen-cong-2020.yaml` has the id `khuyen-cong-2020`, used in its address (`/chuong-trinh/khuyen-cong-2020/`), in its open data files and in the `programs:` of articles. So the name may hold only lower-case letters without diacritics, digits and `-`.\n\nRename the file as the hint says, then update the articles that name the programme.",
            },
            vi: Words {
                title: "Tên tệp không dùng được làm mã chương trình",
                body: "Mỗi chương trình mang tên tệp của nó: tệp `content/programs/khuyen-cong-2020.yaml` có mã `khuyen-cong-2020`, được dùng trong địa chỉ trang (`/chuong-trinh/khuyen-cong-2020/`), trong các tệp dữ liệu mở và trong `programs:` của các bài viết. Vì vậy tên tệp chỉ được gồm chữ thường không dấu, chữ số và dấu `-`.\n\nHãy đổi tên tệp như gợi ý, sau đó sửa lại các bài viết có ghi tên chương trình này.",
            },
            wrong: Same("content/programs/Khuyến công 2020.yaml"),
            right: Same("content/programs/khuyen-cong-2020.yaml"),
        },
        PeriodReversed { .. } => Entry {
            file: Programme,
            en: Words {
                title: "The period ends before it starts",
                body: "`period.start` is a later year than `period.end`. The charts and each indicator's status are measured over the period, which cannot run backwards.\n\nSwap the two years.",
            },
            vi: Words {
                title: "Giai đoạn kết thúc trước khi bắt đầu",
                body: "Năm `start` trong `period` lại sau năm `end`. Biểu đồ và trạng thái của từng chỉ tiêu được tính theo giai đoạn này, mà giai đoạn thì không thể chạy ngược.\n\nHãy đổi chỗ hai năm.",
            },
            wrong: Same("period: { start: 2020, end: 2018 }"),
            right: Same("period: { start: 2018, end: 2020 }"),
        },
        PlannedNotPositive { .. } => Entry {
            file: Programme,
            en: Words {
                title: "The planned budget is not above zero",
                body: "`budget.planned`, the money planned for the programme, is zero or negative. baocao shows the disbursed amounts as a share of it, which needs an amount above zero.\n\nWrite the planned amount in the currency's units, digits only. If the programme has no budget to publish, remove `budget:` altogether.",
            },
            vi: Words {
                title: "Kinh phí dự kiến không lớn hơn 0",
                body: "`planned` trong `budget`, là kinh phí dự kiến của chương trình, đang bằng 0 hoặc là số âm. baocao hiện số tiền đã giải ngân theo tỉ lệ so với kinh phí dự kiến, nên kinh phí dự kiến phải lớn hơn 0.\n\nHãy ghi kinh phí dự kiến theo đơn vị của loại tiền, chỉ bằng chữ số. Nếu chương trình không công bố kinh phí thì hãy xóa toàn bộ phần `budget:`.",
            },
            wrong: Same("budget:\n  planned: 0"),
            right: Same("budget:\n  planned: 26990000000"),
        },
        DisbursedYearTwice { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A year of disbursement is given twice",
                body: "`budget.disbursed` lists the money disbursed each year, and one year appears twice. baocao cannot tell whether the two amounts add up or one replaces the other.\n\nGive one amount per year: add the two up yourself if both are right, or fix the year of one.",
            },
            vi: Words {
                title: "Một năm giải ngân được ghi hai lần",
                body: "`disbursed` trong `budget` liệt kê số tiền giải ngân từng năm, và có một năm xuất hiện hai lần. baocao không biết hai số tiền đó cộng dồn với nhau hay số sau thay cho số trước.\n\nHãy ghi mỗi năm một số tiền: nếu cả hai đều đúng thì hãy tự cộng lại, nếu không thì sửa năm của một dòng.",
            },
            wrong: Same(
                "budget:\n  planned: 26990000000\n  disbursed:\n    - { year: 2019, amount: 6200000000 }\n    - { year: 2019, amount: 8900000000 }",
            ),
            right: Same(
                "budget:\n  planned: 26990000000\n  disbursed:\n    - { year: 2018, amount: 6200000000 }\n    - { year: 2019, amount: 8900000000 }",
            ),
        },

        // BC32xx: indicators.
        NotAnIndicatorId { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Not a usable indicator id",
                body: "An indicator's `id` names it in links from articles (`@/programs/<id>.yaml#mo-hinh`), in the names of its chart files and in the open data. It may hold only lower-case letters without diacritics, digits and `-`.\n\nUse the id the hint suggests, made from what you wrote.",
            },
            vi: Words {
                title: "Mã chỉ tiêu không dùng được",
                body: "`id` của chỉ tiêu là tên dùng trong liên kết từ bài viết (`@/programs/<mã>.yaml#mo-hinh`), trong tên các tệp biểu đồ của chỉ tiêu và trong dữ liệu mở. Mã chỉ được gồm chữ thường không dấu, chữ số và dấu `-`.\n\nHãy dùng mã mà gợi ý đưa ra, được tạo từ chính nội dung bạn đã viết.",
            },
            wrong: Same("indicators:\n  - id: Mô hình 1"),
            right: Same("indicators:\n  - id: mo-hinh-1"),
        },
        IndicatorIdTwice { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Two indicators share an id",
                body: "Two indicators of one programme have the same `id`. The id tells them apart in links, chart files and open data, so each needs its own.\n\nGive the second one an id of its own. If it was copied from the first, check that its other fields were changed too.",
            },
            vi: Words {
                title: "Hai chỉ tiêu trùng mã",
                body: "Hai chỉ tiêu của cùng một chương trình có cùng `id`. Mã dùng để phân biệt các chỉ tiêu trong liên kết, tệp biểu đồ và dữ liệu mở, nên mỗi chỉ tiêu cần một mã riêng.\n\nHãy đặt cho chỉ tiêu thứ hai một mã khác. Nếu chỉ tiêu đó được sao chép từ chỉ tiêu đầu, hãy kiểm tra xem các trường khác đã được sửa chưa.",
            },
            wrong: Same(
                "indicators:\n  - id: mo-hinh\n    target: 10\n  - id: mo-hinh\n    title: { vi: Cơ sở được hỗ trợ thiết bị, en: Facilities supported with equipment }\n    unit: { vi: cơ sở, en: facilities }\n    target: 57",
            ),
            right: Same(
                "indicators:\n  - id: mo-hinh\n    target: 10\n  - id: thiet-bi\n    title: { vi: Cơ sở được hỗ trợ thiết bị, en: Facilities supported with equipment }\n    unit: { vi: cơ sở, en: facilities }\n    target: 57",
            ),
        },
        TargetEqualsBaseline { .. } => Entry {
            file: Programme,
            en: Words {
                title: "The target equals the baseline",
                body: "An indicator's `target` is the same as its `baseline` (0 when not given). Progress is measured as the share of the way from the baseline to the target covered, and there is no way to cover when the two are equal.\n\nWrite the value the programme aims for. A target below the baseline is allowed: it means the indicator should fall (fewer accidents, less waste).",
            },
            vi: Words {
                title: "Mục tiêu bằng giá trị ban đầu",
                body: "`target` của chỉ tiêu bằng `baseline` (bằng 0 nếu không ghi). Tiến độ được đo bằng phần chặng đường đã đi được từ giá trị ban đầu tới mục tiêu, mà khi hai giá trị bằng nhau thì không có chặng đường nào.\n\nHãy ghi giá trị mà chương trình hướng tới. Mục tiêu thấp hơn giá trị ban đầu vẫn dùng được: nghĩa là chỉ tiêu cần giảm xuống (ít tai nạn hơn, ít chất thải hơn).",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    baseline: 10\n    target: 10"),
            right: Same("indicators:\n  - id: mo-hinh\n    baseline: 10\n    target: 25"),
        },
        TargetYearBeforeStart { .. } => Entry {
            file: Programme,
            en: Words {
                title: "The target year is before the programme starts",
                body: "An indicator's `target_year` is earlier than `period.start`. The status compares the progress with the time elapsed between the start and the target year, which cannot be negative.\n\nWrite the year the target is to be reached, within the period or after it; leave the line out to use the end of the period.",
            },
            vi: Words {
                title: "Năm mục tiêu trước khi chương trình bắt đầu",
                body: "`target_year` của chỉ tiêu sớm hơn năm `start` trong `period`. Trạng thái được tính bằng cách so tiến độ với thời gian đã trôi qua từ năm bắt đầu tới năm mục tiêu, nên khoảng thời gian này không thể âm.\n\nHãy ghi năm cần đạt mục tiêu, trong giai đoạn của chương trình hoặc sau đó; bỏ dòng này thì năm kết thúc giai đoạn được dùng.",
            },
            wrong: Same("period: { start: 2018, end: 2020 }\nindicators:\n  - id: mo-hinh\n    target_year: 2017"),
            right: Same("period: { start: 2018, end: 2020 }\nindicators:\n  - id: mo-hinh\n    target_year: 2020"),
        },
        ProgressYearAndDate => Entry {
            file: Programme,
            en: Words {
                title: "A progress point gives both year and date",
                body: "Each progress point is placed in time by `year` (a figure for the year) or by `date` (a figure at a given day), not both: if the two disagree, baocao cannot know which is meant.\n\nKeep `year` for yearly figures, or `date` for a figure at a given day.",
            },
            vi: Words {
                title: "Mốc tiến độ ghi cả năm lẫn ngày",
                body: "Mỗi mốc tiến độ được đặt theo thời gian bằng `year` (số liệu của năm) hoặc bằng `date` (số liệu tại một ngày), không dùng cả hai: nếu hai giá trị không khớp nhau, baocao không biết nên theo giá trị nào.\n\nHãy giữ `year` với số liệu theo năm, hoặc `date` với số liệu tại một ngày cụ thể.",
            },
            wrong: Same(
                "indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2019, date: 2019-06-30, value: 6 }",
            ),
            right: Same("indicators:\n  - id: mo-hinh\n    progress:\n      - { date: 2019-06-30, value: 6 }"),
        },
        ProgressNoTime => Entry {
            file: Programme,
            en: Words {
                title: "A progress point gives neither year nor date",
                body: "A progress point has a `value` but no time: neither `year` nor `date`. Without it the point cannot be placed on the chart, nor compared with the time elapsed.\n\nAdd `year:` (or `date:`).",
            },
            vi: Words {
                title: "Mốc tiến độ không có năm hay ngày",
                body: "Một mốc tiến độ có `value` nhưng không có thời gian: không có `year` cũng không có `date`. Thiếu thời gian thì không đặt được mốc lên biểu đồ, cũng không so được với thời gian đã trôi qua.\n\nHãy thêm `year:` (hoặc `date:`).",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    progress:\n      - { value: 6 }"),
            right: Same("indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2019, value: 6 }"),
        },
        ProgressTimeTwice => Entry {
            file: Programme,
            en: Words {
                title: "Two progress points at the same time",
                body: "Two progress points of one indicator have the same year, or the same date. Each point is the total reached by its time, so one time cannot have two values.\n\nKeep the right one. If the second was meant for the next year, fix its year.",
            },
            vi: Words {
                title: "Hai mốc tiến độ cùng thời điểm",
                body: "Hai mốc tiến độ của một chỉ tiêu có cùng năm, hoặc cùng ngày. Mỗi mốc là tổng số đạt được tính đến thời điểm của nó, nên một thời điểm không thể có hai giá trị.\n\nHãy giữ lại mốc đúng. Nếu mốc thứ hai là của năm sau thì hãy sửa lại năm.",
            },
            wrong: Same(
                "indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2019, value: 3 }\n      - { year: 2019, value: 6 }",
            ),
            right: Same(
                "indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2018, value: 3 }\n      - { year: 2019, value: 6 }",
            ),
        },

        // BC40xx: articles and pages.
        DocumentEmpty => Entry {
            file: Files,
            en: Words {
                title: "An article or page file is empty",
                body: "A file in `content/articles/` or `content/pages/` holds nothing. An empty file is usually one created and then forgotten; baocao cannot make a page of it, and will not skip it unnoticed.\n\nWrite the front matter and the text, or delete the file.",
            },
            vi: Words {
                title: "Tệp bài viết hoặc trang trống",
                body: "Một tệp trong `content/articles/` hoặc `content/pages/` không có nội dung. Tệp trống thường là tệp đã tạo rồi để quên; baocao không tạo được trang từ tệp này, và cũng không bỏ qua nó mà không báo.\n\nHãy viết phần khai báo đầu tệp và nội dung, hoặc xóa tệp.",
            },
            wrong: ByLang {
                en: "content/articles/tin-moi.vi.md   (0 bytes)",
                vi: "content/articles/tin-moi.vi.md   (0 byte)",
            },
            right: ByLang {
                en: "content/articles/tin-moi.vi.md   (---, title: …, date: …, ---, then the text)",
                vi: "content/articles/tin-moi.vi.md   (---, title: …, date: …, ---, rồi đến nội dung)",
            },
        },
        NoFrontMatter => Entry {
            file: Article,
            en: Words {
                title: "No front matter",
                body: "An article or page must start with its front matter: a line `---`, the fields (`title:`, `date:`, …), and another line `---`; the text follows. This file does not start with `---`, so baocao cannot tell its settings from its text.\n\nAdd the two `---` lines. The first one must be the very first line of the file, with nothing before it.",
            },
            vi: Words {
                title: "Thiếu phần khai báo đầu tệp",
                body: "Bài viết và trang phải bắt đầu bằng phần khai báo đầu tệp (front matter): một dòng `---`, các trường (`title:`, `date:`, …), rồi thêm một dòng `---`; sau đó mới đến nội dung. Tệp này không bắt đầu bằng `---`, nên baocao không phân biệt được đâu là thông tin khai báo, đâu là nội dung.\n\nHãy thêm hai dòng `---`. Dòng thứ nhất phải là dòng đầu tiên của tệp, phía trước không có gì.",
            },
            wrong: Same(
                "title: Khai trương mô hình chè sạch\ndate: 2019-03-15\n\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        FrontMatterNotClosed => Entry {
            file: Article,
            en: Words {
                title: "The front matter is not closed",
                body: "The file starts with `---`, but no second `---` line ends the front matter, so baocao cannot tell where the fields end and the text begins.\n\nAdd a line `---` after the last field. It must be alone on its line, with no space before it.",
            },
            vi: Words {
                title: "Phần khai báo đầu tệp chưa được đóng",
                body: "Tệp bắt đầu bằng `---`, nhưng không có dòng `---` thứ hai để kết thúc phần khai báo, nên baocao không biết các trường kết thúc ở đâu và nội dung bắt đầu từ đâu.\n\nHãy thêm một dòng `---` sau trường cuối cùng. Dòng này chỉ có `---`, phía trước không có dấu cách.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        TitleEmpty => Entry {
            file: Article,
            en: Words {
                title: "The title is empty",
                body: "An article's or page's `title:` is empty. The title is the page's heading, and its name in lists, menus, feeds and the browser tab.\n\nWrite the title after `title:`. Put it in double quotes if it contains `: ` or starts with a symbol.",
            },
            vi: Words {
                title: "Tiêu đề đang để trống",
                body: "`title:` của bài viết hoặc trang đang để trống. Tiêu đề là đề mục của trang, là tên của trang trong các danh sách, thanh điều hướng, nguồn tin (feed) và trên thẻ của trình duyệt.\n\nHãy viết tiêu đề sau `title:`. Nếu tiêu đề có `: ` hoặc bắt đầu bằng một ký hiệu thì hãy đặt trong dấu ngoặc kép.",
            },
            wrong: Same(
                "---\ntitle: \"\"\ndate: 2019-03-15\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        NotADate { .. } => Entry {
            file: Article,
            en: Words {
                title: "Not a date",
                body: "A `date` (of an article, a page or a progress point) is in none of the forms baocao reads: 2018-06-22, 2018-06-22T09:30:00+07:00 or 22/06/2018 (day before month, and the year in full). A two-digit year (`15/3/19`) could be 1919 or 2019, and a date in words (`15 tháng 3`) cannot be sorted; a day that does not exist (31/02/2019) is refused too.\n\nWrite the date in one of these forms.",
            },
            vi: Words {
                title: "Không phải ngày hợp lệ",
                body: "Một `date` (của bài viết, trang hay mốc tiến độ) không theo dạng nào mà baocao đọc được: 2018-06-22, 2018-06-22T09:30:00+07:00 hoặc 22/06/2018 (ngày trước tháng, năm viết đầy đủ). Năm viết hai chữ số (`15/3/19`) có thể là 1919 hoặc 2019, còn ngày viết bằng chữ (`15 tháng 3`) thì không sắp xếp được; ngày không có thật (31/02/2019) cũng bị từ chối.\n\nHãy viết ngày theo một trong các dạng trên.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 15/3/19\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 15/03/2019\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        ArticleNeedsDate => Entry {
            file: Article,
            en: Words {
                title: "An article needs a date",
                body: "Articles are listed newest first and dated on their page and in the feeds, so each needs a `date:` in its front matter. (Pages do not.)\n\nAdd the date the article was published, in one of the accepted forms: 2018-06-22, 2018-06-22T09:30:00+07:00 or 22/06/2018.",
            },
            vi: Words {
                title: "Bài viết cần có ngày",
                body: "Bài viết được xếp theo thứ tự mới nhất trước, có ghi ngày trên trang và trong nguồn tin (feed), nên bài nào cũng cần `date:` trong phần khai báo đầu tệp. (Trang thì không cần.)\n\nHãy thêm ngày đăng bài theo một trong các dạng được chấp nhận: 2018-06-22, 2018-06-22T09:30:00+07:00 hoặc 22/06/2018.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        UnknownProgramme { .. } => Entry {
            file: Article,
            en: Words {
                title: "No such programme",
                body: "An article's `programs:` names a programme that does not exist. A programme is named after its file in `content/programs/`, without `.yaml`: `content/programs/khuyen-cong-ha-giang-2020.yaml` is `khuyen-cong-ha-giang-2020`. The programme's page lists the article, so the name must match exactly.\n\nUse the name the hint suggests, or the file's name.",
            },
            vi: Words {
                title: "Không có chương trình này",
                body: "`programs:` của bài viết ghi tên một chương trình không tồn tại. Mỗi chương trình mang tên tệp của nó trong `content/programs/`, bỏ phần `.yaml`: tệp `content/programs/khuyen-cong-ha-giang-2020.yaml` là chương trình `khuyen-cong-ha-giang-2020`. Trang của chương trình có liệt kê bài viết, nên tên phải khớp chính xác.\n\nHãy dùng tên mà gợi ý đưa ra, hoặc đúng tên tệp.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nprograms: [khuyen-cong-2020]\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nprograms: [khuyen-cong-ha-giang-2020]\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        FileLanguageUnknown { .. } => Entry {
            file: Files,
            en: Words {
                title: "A file name's language is not one of the site's",
                body: "An article's or page's file name ends in a language code (`khai-truong.en.md`) that is not in `languages:` of `content/site.yaml`, so baocao cannot tell which language of the site the file belongs to.\n\nRename the file with one of the site's codes (`.vi.md`, `.en.md`), or add the language to the site. A file without a code (`khai-truong.md`) belongs to the default language.",
            },
            vi: Words {
                title: "Ngôn ngữ trong tên tệp không phải ngôn ngữ của trang web",
                body: "Tên tệp của bài viết hoặc trang kết thúc bằng một mã ngôn ngữ (`khai-truong.en.md`) không có trong `languages:` của `content/site.yaml`, nên baocao không biết tệp thuộc về ngôn ngữ nào của trang web.\n\nHãy đổi tên tệp theo một mã của trang web (`.vi.md`, `.en.md`), hoặc thêm ngôn ngữ đó vào trang web. Tệp không có mã (`khai-truong.md`) thuộc về ngôn ngữ mặc định.",
            },
            wrong: Same("content/articles/khai-truong.vn.md"),
            right: Same("content/articles/khai-truong.vi.md"),
        },
        NoDefaultVersion { .. } => Entry {
            file: Files,
            en: Words {
                title: "No version in the default language",
                body: "An article or page exists only in other languages than the site's default (the first of `languages:`). It is built in those languages on its own, with no version in the default language to switch to.\n\nWrite the default language's version, named like the others with its code (`hoi-cho.vi.md`), or without a code.",
            },
            vi: Words {
                title: "Chưa có bản bằng ngôn ngữ mặc định",
                body: "Một bài viết hoặc trang chỉ có bản bằng các ngôn ngữ khác, chưa có bản bằng ngôn ngữ mặc định của trang web (ngôn ngữ đầu tiên trong `languages:`). Bài đó vẫn được tạo bằng các ngôn ngữ hiện có, nhưng không có bản mặc định để chuyển sang.\n\nHãy viết bản bằng ngôn ngữ mặc định, đặt tên giống các bản kia với mã ngôn ngữ (`hoi-cho.vi.md`) hoặc không có mã.",
            },
            wrong: Same("content/articles/hoi-cho.en.md"),
            right: Same("content/articles/hoi-cho.vi.md\ncontent/articles/hoi-cho.en.md"),
        },
        NotTranslated { .. } => Entry {
            file: Files,
            en: Words {
                title: "Not translated",
                body: "An article or page has no version in one of the site's languages. The site is still built: in that language, an article is listed all the same, marked as untranslated, with a link to the original.\n\n`check` lists every missing translation, and `check --strict` fails on them. To translate, write a file with the same name and the language's code.",
            },
            vi: Words {
                title: "Chưa có bản dịch",
                body: "Một bài viết hoặc trang chưa có bản bằng một ngôn ngữ của trang web. Trang web vẫn được tạo: ở ngôn ngữ đó, bài viết vẫn có trong danh sách, được đánh dấu là chưa dịch và có liên kết tới bản gốc.\n\nLệnh `check` liệt kê mọi bản dịch còn thiếu, còn `check --strict` coi đó là lỗi. Để dịch, hãy viết một tệp cùng tên, với mã của ngôn ngữ đó.",
            },
            wrong: Same("content/articles/hoi-cho.vi.md"),
            right: Same("content/articles/hoi-cho.vi.md\ncontent/articles/hoi-cho.en.md"),
        },
        VersionTwice { .. } => Entry {
            file: Files,
            en: Words {
                title: "Two files are the same version",
                body: "Two files are the same article or page in the same language: usually `hoi-cho.md` and `hoi-cho.vi.md` when Vietnamese is the default, since a file without a code belongs to the default language. baocao cannot tell which one to publish.\n\nDelete one, or rename it if it is a different article.",
            },
            vi: Words {
                title: "Hai tệp là cùng một bản",
                body: "Hai tệp là cùng một bài viết hoặc trang bằng cùng một ngôn ngữ: thường là `hoi-cho.md` và `hoi-cho.vi.md` khi tiếng Việt là ngôn ngữ mặc định, vì tệp không có mã ngôn ngữ thuộc về ngôn ngữ mặc định. baocao không biết nên đăng tệp nào.\n\nHãy xóa một tệp, hoặc đổi tên nếu đó là một bài khác.",
            },
            wrong: Same("content/articles/hoi-cho.md\ncontent/articles/hoi-cho.vi.md"),
            right: Same("content/articles/hoi-cho.vi.md\ncontent/articles/hoi-cho.en.md"),
        },
        SlugUsedTwice { .. } => Entry {
            file: Article,
            en: Words {
                title: "Two articles share an address",
                body: "Two articles (or two pages) in one language would get the same address. The address is made from `slug:`, or from the file name when there is no slug; so two files of the same name in different folders clash, and so does a slug copied from another article.\n\nSet a different `slug:` in one of them.",
            },
            vi: Words {
                title: "Hai bài viết trùng địa chỉ",
                body: "Hai bài viết (hoặc hai trang) cùng ngôn ngữ sẽ có cùng một địa chỉ. Địa chỉ được tạo từ `slug:`, hoặc từ tên tệp nếu không có slug; vì vậy hai tệp cùng tên nằm trong hai thư mục khác nhau sẽ bị trùng, một slug chép từ bài khác cũng vậy.\n\nHãy đặt một `slug:` khác cho một trong hai bài.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch thứ hai\ndate: 2019-09-20\nslug: khai-truong\n---\nMô hình thứ hai đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch thứ hai\ndate: 2019-09-20\nslug: khai-truong-mo-hinh-thu-hai\n---\nMô hình thứ hai đi vào hoạt động.",
            ),
        },
        SlugLeavesSection { .. } => Entry {
            file: Article,
            en: Words {
                title: "The slug would leave its section",
                body: "A `slug:` contains `/`, `\\` or `..`. The slug is the last part of the page's address (`/bai-viet/<slug>/`); with these characters the page would be written into another section of the site, or outside it.\n\nWrite the slug as one word, or several joined by `-`.",
            },
            vi: Words {
                title: "slug dẫn ra ngoài chuyên mục",
                body: "`slug:` có chứa `/`, `\\` hoặc `..`. Slug là phần cuối của địa chỉ trang (`/bai-viet/<slug>/`); có những ký tự này thì trang sẽ bị ghi vào một chuyên mục khác của trang web, hoặc ra ngoài trang web.\n\nHãy viết slug là một từ, hoặc nhiều từ nối với nhau bằng dấu `-`.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nslug: tin-tuc/khai-truong\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nslug: khai-truong-che-sach\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        SlugWithoutLetters { .. } => Entry {
            file: Article,
            en: Words {
                title: "The slug has no letters or digits",
                body: "The `slug:` is made only of punctuation or symbols, so no address can be made from it: addresses keep letters and digits, joined by `-`.\n\nWrite the slug in words; `slug: Khai trương` becomes `khai-truong`.",
            },
            vi: Words {
                title: "slug không có chữ cái hay chữ số",
                body: "`slug:` chỉ gồm dấu câu hoặc ký hiệu, nên không tạo được địa chỉ từ nó: địa chỉ chỉ giữ chữ cái và chữ số, nối với nhau bằng dấu `-`.\n\nHãy viết slug bằng chữ; `slug: Khai trương` sẽ thành `khai-truong`.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nslug: \"???\"\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nslug: Khai trương chè sạch\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        FileNameWithoutLetters { .. } => Entry {
            file: Files,
            en: Words {
                title: "The file name gives no address",
                body: "An article or page without `slug:` takes its address from its file name, and this file name has no letters or digits to make one from.\n\nRename the file (`khai-truong.vi.md`), or set `slug:` in its front matter.",
            },
            vi: Words {
                title: "Tên tệp không tạo được địa chỉ",
                body: "Bài viết hoặc trang không có `slug:` thì lấy địa chỉ từ tên tệp, mà tên tệp này không có chữ cái hay chữ số nào để tạo địa chỉ.\n\nHãy đổi tên tệp (`khai-truong.vi.md`), hoặc đặt `slug:` trong phần khai báo đầu tệp.",
            },
            wrong: Same("content/articles/---.vi.md"),
            right: Same("content/articles/khai-truong.vi.md"),
        },
        ImageNotInStatic { .. } => Entry {
            file: Article,
            en: Words {
                title: "The image is not in content/static/",
                body: "`image:` must name a file in `content/static/`, written as `/static/<file name>`. baocao copies only that folder into the site, so an image kept anywhere else (on your computer, in another folder of the site, on another website) would be missing from the published page.\n\nPut the image in `content/static/` and write its name exactly, with the same capitals.",
            },
            vi: Words {
                title: "Ảnh không nằm trong content/static/",
                body: "`image:` phải ghi tên một tệp trong `content/static/`, theo dạng `/static/<tên tệp>`. baocao chỉ chép thư mục đó vào trang web, nên ảnh để ở chỗ khác (trên máy tính, trong thư mục khác của trang web, trên một trang web khác) sẽ không có trên trang được đăng.\n\nHãy đặt ảnh vào `content/static/` và ghi đúng tên tệp, đúng cả chữ hoa chữ thường.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nimage: D:\\Anh\\khai-truong.jpg\nimage_alt: Lãnh đạo huyện cắt băng khai trương xưởng chè\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nimage: /static/khai-truong.jpg\nimage_alt: Lãnh đạo huyện cắt băng khai trương xưởng chè\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        ImageNeedsAlt => Entry {
            file: Article,
            en: Words {
                title: "An image needs a text alternative",
                body: "An article or page with `image:` must also have `image_alt:`, a short description of what the image shows. People who cannot see the image (with a screen reader, or on a slow connection) get that text instead, and a public site must serve them too.\n\nDescribe the image in a sentence: what it shows, not just \"photo\".",
            },
            vi: Words {
                title: "Ảnh cần có văn bản thay thế",
                body: "Bài viết hoặc trang có `image:` thì phải có `image_alt:`, một câu ngắn mô tả nội dung ảnh. Người không xem được ảnh (dùng phần mềm đọc màn hình, hoặc mạng chậm) sẽ nhận được đoạn văn bản này thay cho ảnh, và trang thông tin công cộng phải phục vụ cả những người này.\n\nHãy mô tả ảnh bằng một câu: ảnh cho thấy gì, chứ không chỉ ghi \"ảnh\".",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nimage: /static/khai-truong.jpg\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nimage: /static/khai-truong.jpg\nimage_alt: Lãnh đạo huyện cắt băng khai trương xưởng chè\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        MenuOnArticle => Entry {
            file: Article,
            en: Words {
                title: "Articles cannot be in the menu",
                body: "`menu:` places a page in the site's navigation, in the order of its number. Articles are not placed there: they appear in the article list, newest first.\n\nRemove `menu:` from the article. To put its content in the navigation, make it a page in `content/pages/`.",
            },
            vi: Words {
                title: "Bài viết không đưa vào thanh điều hướng được",
                body: "`menu:` đưa một trang vào thanh điều hướng của trang web, theo thứ tự của số ghi ở đó. Bài viết không được đặt ở đó: bài viết hiện trong danh sách bài viết, bài mới nhất trước.\n\nHãy xóa `menu:` khỏi bài viết. Muốn đưa nội dung này vào thanh điều hướng thì hãy chuyển nó thành một trang trong `content/pages/`.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\nmenu: 2\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nSáng 15/3, mô hình chè sạch đầu tiên của huyện đã đi vào hoạt động.",
            ),
        },
        PageSlugTaken { .. } => Entry {
            file: Page,
            en: Words {
                title: "A page's address is a section's",
                body: "Pages sit at the root of the site (`/gioi-thieu/`), beside the sections: the articles (`/bai-viet/`), the programmes (`/chuong-trinh/`), the topics (`/chu-de/`), and the folders the site uses itself (`static`, `data`, `charts`, `theme`, and `en` for the English pages). These are the default addresses; `paths:` in `content/site.yaml` can change them. A page whose slug or file name is one of them would overwrite a section.\n\nGive the page another `slug:`.",
            },
            vi: Words {
                title: "Địa chỉ của trang trùng với một chuyên mục",
                body: "Các trang nằm ở gốc trang web (`/gioi-thieu/`), bên cạnh các chuyên mục: bài viết (`/bai-viet/`), chương trình (`/chuong-trinh/`), chủ đề (`/chu-de/`), và các thư mục trang web tự dùng (`static`, `data`, `charts`, `theme`, và `en` cho các trang tiếng Anh). Đây là các địa chỉ mặc định; `paths:` trong `content/site.yaml` có thể thay đổi chúng. Trang có slug hoặc tên tệp trùng với một trong các tên này sẽ ghi đè lên chuyên mục đó.\n\nHãy đặt một `slug:` khác cho trang.",
            },
            wrong: Same(
                "---\ntitle: Các chương trình của Sở\nslug: chuong-trinh\n---\nSở Công Thương đang thực hiện các chương trình sau.",
            ),
            right: Same(
                "---\ntitle: Các chương trình của Sở\nslug: chuong-trinh-cua-so\n---\nSở Công Thương đang thực hiện các chương trình sau.",
            ),
        },

        // BC50xx: links.
        ContentLinkUnresolved { .. } => Entry {
            file: Article,
            en: Words {
                title: "An @/ link reaches nothing",
                body: "A link written `@/…` names content by its source file: `@/pages/gioi-thieu.md`, `@/articles/khai-truong.md`, `@/programs/<id>.yaml`, `@/programs/<id>.yaml#<indicator id>` or `@/tags/<tag>`. baocao turns it into the right address in each language, and checks it: this one names a file, an indicator or a tag that does not exist, or an article that is still a draft.\n\nFix the name. Leave out the language code (`gioi-thieu.md`, not `gioi-thieu.vi.md`): the link leads to the version in the reader's language.",
            },
            vi: Words {
                title: "Liên kết @/ không dẫn tới đâu",
                body: "Liên kết dạng `@/…` gọi nội dung theo tệp gốc của nó: `@/pages/gioi-thieu.md`, `@/articles/khai-truong.md`, `@/programs/<mã>.yaml`, `@/programs/<mã>.yaml#<mã chỉ tiêu>` hoặc `@/tags/<chủ đề>`. baocao đổi liên kết này thành địa chỉ đúng ở từng ngôn ngữ và kiểm tra nó: liên kết này ghi một tệp, một chỉ tiêu hay một chủ đề không tồn tại, hoặc một bài viết còn là bản nháp.\n\nHãy sửa lại tên. Không ghi mã ngôn ngữ (`gioi-thieu.md`, không phải `gioi-thieu.vi.md`): liên kết sẽ dẫn tới bản bằng ngôn ngữ của người đọc.",
            },
            wrong: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nXem thêm [chỉ tiêu mô hình](@/programs/khuyen-cong-ha-giang-2020.yaml#mo-hinh-trinh-dien).",
            ),
            right: Same(
                "---\ntitle: Khai trương mô hình chè sạch\ndate: 2019-03-15\n---\nXem thêm [chỉ tiêu mô hình](@/programs/khuyen-cong-ha-giang-2020.yaml#mo-hinh).",
            ),
        },
        LinkLeavesSite { .. } => Entry {
            file: Article,
            en: Words {
                title: "A link leads outside the site",
                body: "A relative link climbs with `../` above the site's root folder. Once published, it would point at something outside the site, which does not exist on the host.\n\nLink to content with `@/…`, and to files in `content/static/` with `/static/<file name>`; baocao makes every link relative for you.",
            },
            vi: Words {
                title: "Liên kết dẫn ra ngoài trang web",
                body: "Một liên kết tương đối dùng `../` đi lên quá thư mục gốc của trang web. Khi đăng lên, liên kết sẽ trỏ tới một chỗ bên ngoài trang web, mà chỗ đó không có trên máy chủ.\n\nHãy liên kết tới nội dung bằng `@/…`, tới tệp trong `content/static/` bằng `/static/<tên tệp>`; baocao sẽ tự chuyển mọi liên kết thành liên kết tương đối.",
            },
            wrong: Same("---\ntitle: Báo cáo năm 2019\ndate: 2019-12-20\n---\nTải [báo cáo](../../../../bao-cao.pdf)."),
            right: Same("---\ntitle: Báo cáo năm 2019\ndate: 2019-12-20\n---\nTải [báo cáo](/static/bao-cao.pdf)."),
        },
        LinkLeadsNowhere { .. } => Entry {
            file: Article,
            en: Words {
                title: "A link leads to nothing",
                body: "A link in the text (not an `@/` link) points at an address where the built site has no page or file: a file that is not in `content/static/`, a misspelt name, or an address copied from the published site that has since changed. Readers would get \"page not found\".\n\nLink to content with `@/…`, which baocao finds in every language, and to files with `/static/<file name>`. A name with spaces goes in angle brackets: `</static/báo cáo.pdf>`.",
            },
            vi: Words {
                title: "Liên kết không dẫn tới đâu",
                body: "Một liên kết trong bài (không phải liên kết `@/`) trỏ tới một địa chỉ mà trang web được tạo ra không có trang hay tệp nào: tệp không nằm trong `content/static/`, tên gõ sai, hoặc địa chỉ chép từ trang web đã đăng mà nay đã thay đổi. Người đọc sẽ gặp trang \"không tìm thấy\".\n\nHãy liên kết tới nội dung bằng `@/…`, baocao sẽ tìm đúng địa chỉ ở mọi ngôn ngữ, và tới tệp bằng `/static/<tên tệp>`. Tên có dấu cách thì đặt trong ngoặc nhọn: `</static/báo cáo.pdf>`.",
            },
            wrong: Same(
                "---\ntitle: Báo cáo năm 2019\ndate: 2019-12-20\n---\nTải [báo cáo](/static/bao-cao-2019.pdf).",
            ),
            right: Same("---\ntitle: Báo cáo năm 2019\ndate: 2019-12-20\n---\nTải [báo cáo](/static/bao-cao.pdf)."),
        },

        // BC60xx: the theme.
        NoThemeFolder { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "No such theme folder",
                body: "`theme:` in `content/site.yaml` names a folder in `themes/` that does not exist. A theme folder sits beside `content/` and holds the files that replace the built-in theme's: templates, styles, interface strings.\n\nCreate `themes/<name>/` with the files you change, fix the name, or remove `theme:` to use the built-in theme.",
            },
            vi: Words {
                title: "Không có thư mục giao diện này",
                body: "`theme:` trong `content/site.yaml` ghi tên một thư mục trong `themes/` mà thư mục đó không tồn tại. Thư mục giao diện nằm cạnh `content/` và chứa những tệp thay cho tệp của giao diện có sẵn: mẫu trang, kiểu trình bày, chữ giao diện.\n\nHãy tạo thư mục `themes/<tên>/` với những tệp bạn muốn thay đổi, sửa lại tên, hoặc xóa `theme:` để dùng giao diện có sẵn.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntheme: hagiang",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\ntheme: ha-giang",
            ),
        },
        TemplateNotUtf8 => Entry {
            file: Files,
            en: Words {
                title: "A template is not UTF-8 text",
                body: "A template in the theme folder is not valid UTF-8 text, often because it was saved in Windows-1258 or another old encoding. The pages made from it would show garbled letters.\n\nSave the template as UTF-8 in your editor.",
            },
            vi: Words {
                title: "Mẫu trang không phải văn bản UTF-8",
                body: "Một mẫu trang trong thư mục giao diện không phải là văn bản UTF-8 hợp lệ, thường do được lưu bằng bảng mã Windows-1258 hay một bảng mã cũ khác. Các trang tạo từ mẫu này sẽ hiện chữ bị lỗi phông.\n\nHãy lưu mẫu trang dưới dạng UTF-8 trong trình soạn thảo.",
            },
            wrong: ByLang {
                en: "themes/ha-giang/templates/base.html   saved as Windows-1258",
                vi: "themes/ha-giang/templates/base.html   lưu bằng bảng mã Windows-1258",
            },
            right: ByLang {
                en: "themes/ha-giang/templates/base.html   saved as UTF-8",
                vi: "themes/ha-giang/templates/base.html   lưu dưới dạng UTF-8",
            },
        },
        TemplateError { .. } => Entry {
            file: Template,
            en: Words {
                title: "A template has an error",
                body: "A template in the theme folder cannot be read or filled in: a tag not closed (`{{ … }` instead of `{{ … }}`, an `{% if %}` without its `{% endif %}`), a variable that does not exist, or a filter used wrongly. The message is that of tera, the template engine, in English; it names the template and the line.\n\nFix that template, or delete your copy to go back to the built-in one.",
            },
            vi: Words {
                title: "Mẫu trang có lỗi",
                body: "Một mẫu trang trong thư mục giao diện không đọc được hoặc không điền được nội dung: thẻ chưa đóng (`{{ … }` thay vì `{{ … }}`, `{% if %}` thiếu `{% endif %}`), biến không tồn tại, hoặc bộ lọc dùng sai. Thông báo là của tera, bộ xử lý mẫu trang, bằng tiếng Anh; thông báo nêu tên mẫu trang và dòng bị lỗi.\n\nHãy sửa mẫu trang đó, hoặc xóa bản sao của bạn để quay lại dùng mẫu có sẵn.",
            },
            wrong: Same("<h1>{{ page.title }</h1>\n{% if page.summary %}<p>{{ page.summary }}</p>"),
            right: Same("<h1>{{ page.title }}</h1>\n{% if page.summary %}<p>{{ page.summary }}</p>{% endif %}"),
        },
        NoInterfaceStrings { .. } => Entry {
            file: Files,
            en: Words {
                title: "No interface strings for a language",
                body: "The theme has no `i18n/<lang>.yaml` for one of the site's languages: the file with the words of the interface (navigation, buttons, labels, dates). That language's pages use the English words instead, so the site is built half translated.\n\nCopy `themes/default/i18n/en.yaml` from baocao's built-in theme into your theme folder, named after the language's code, and translate it.",
            },
            vi: Words {
                title: "Chưa có chữ giao diện cho một ngôn ngữ",
                body: "Giao diện chưa có tệp `i18n/<mã ngôn ngữ>.yaml` cho một ngôn ngữ của trang web: đó là tệp chứa chữ trên giao diện (thanh điều hướng, nút bấm, nhãn, cách ghi ngày). Các trang bằng ngôn ngữ đó sẽ dùng chữ tiếng Anh thay thế, nên trang web được tạo ra chỉ được dịch một nửa.\n\nHãy chép tệp `themes/default/i18n/en.yaml` của giao diện có sẵn trong baocao vào thư mục giao diện của bạn, đặt tên theo mã ngôn ngữ, rồi dịch tệp đó.",
            },
            wrong: ByLang {
                en: "languages: [vi, en, fr]\nthemes/default/i18n/fr.yaml   (missing)",
                vi: "languages: [vi, en, fr]\nthemes/default/i18n/fr.yaml   (chưa có)",
            },
            right: ByLang {
                en: "languages: [vi, en, fr]\nthemes/default/i18n/fr.yaml   (a translated copy of en.yaml)",
                vi: "languages: [vi, en, fr]\nthemes/default/i18n/fr.yaml   (bản dịch của en.yaml)",
            },
        },
        TemplateWithoutPager { .. } => Entry {
            file: Template,
            en: Words {
                title: "A list template without a pager",
                body: "The article list and each topic show `per_page` articles a page (20 unless site.yaml says otherwise); the pages after the first are reached through the pager at the bottom. Your theme has its own copy of `templates/articles.html` or `templates/tag.html`, made before topics were paged or without the pager, and the site's list has more than one page: pages 2 and after are built, but no link leads to them, so readers see only the newest articles.\n\nAdd `{% include \"_pagination.html\" %}` where the pager should go, as the built-in templates do, or delete your copy of the template to use the built-in one.",
            },
            vi: Words {
                title: "Mẫu danh sách không có thanh chuyển trang",
                body: "Danh sách bài viết và mỗi chủ đề hiện `per_page` bài một trang (20 bài, nếu site.yaml không ghi khác); các trang sau trang đầu được mở qua thanh chuyển trang ở cuối. Giao diện của bạn có bản riêng của `templates/articles.html` hoặc `templates/tag.html`, làm từ trước khi chủ đề được chia trang hoặc thiếu thanh chuyển trang, mà danh sách của trang web lại có nhiều hơn một trang: các trang từ trang 2 trở đi vẫn được tạo ra nhưng không có liên kết nào dẫn tới, nên người đọc chỉ thấy những bài mới nhất.\n\nHãy thêm `{% include \"_pagination.html\" %}` vào chỗ muốn hiện thanh chuyển trang, như các mẫu có sẵn, hoặc xóa bản mẫu của bạn để dùng bản có sẵn.",
            },
            wrong: Same(
                "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ t.nav.articles }}</h1>\n{% include \"_entries.html\" %}\n{% endblock content %}",
            ),
            right: Same(
                "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ t.nav.articles }}</h1>\n{% include \"_entries.html\" %}\n{% include \"_pagination.html\" %}\n{% endblock content %}",
            ),
        },

        // BC70xx: images.
        ImageSettingOutOfRange { .. } => Entry {
            file: SiteFile,
            en: Words {
                title: "An image setting out of its range",
                body: "`images:` in site.yaml says how the images of articles, pages and programmes are prepared for readers: `widths`, the widths in pixels each image is resized to (a phone picks the one it needs), and `quality`, the JPEG quality. A width must be from 64 to 4096 pixels, and the list must not be empty; the quality must be from 30 (small, blurred) to 95 (large).\n\nWrite numbers within those bounds, or remove the line for the defaults: widths: [360, 720, 1080], quality: 75.",
            },
            vi: Words {
                title: "Thiết lập ảnh nằm ngoài khoảng cho phép",
                body: "`images:` trong site.yaml quy định cách chuẩn bị ảnh của bài viết, trang và chương trình cho người đọc: `widths` là các chiều rộng (tính bằng điểm ảnh) mà mỗi ảnh được thu nhỏ về (điện thoại sẽ chọn cỡ vừa với mình), còn `quality` là chất lượng JPEG. Mỗi chiều rộng phải từ 64 đến 4096 điểm ảnh, và danh sách không được để trống; chất lượng phải từ 30 (nhẹ, mờ) đến 95 (nặng).\n\nHãy ghi các số trong khoảng đó, hoặc xóa dòng này để dùng giá trị mặc định: widths: [360, 720, 1080], quality: 75.",
            },
            wrong: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nimages: { widths: [360, 720, 8000], quality: 100 }",
            ),
            right: Same(
                "title: Khuyến công Hà Giang\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nimages: { widths: [360, 720, 1440], quality: 80 }",
            ),
        },
        ImageDamaged { .. } => Entry {
            file: Files,
            en: Words {
                title: "A damaged image",
                body: "Every image that an article, a page or a programme shows is read at build time, turned upright, cleared of its hidden details and resized for phones. This one cannot be read: either the file stops early (a copy from a phone or a USB stick that was interrupted, a download that did not finish), or its content is damaged. A reader would see half a picture, or none.\n\nCopy the image again from where it came from, and check that it opens in full in an image viewer. If it does, open it in an image editor and save it again as JPEG (photos) or PNG (drawings).",
            },
            vi: Words {
                title: "Ảnh bị hỏng",
                body: "Mỗi ảnh mà bài viết, trang hay chương trình hiển thị đều được đọc khi dựng trang, xoay cho đúng chiều, xóa các thông tin ẩn đi kèm và thu nhỏ cho điện thoại. Ảnh này không đọc được: hoặc tệp bị thiếu phần cuối (chép từ điện thoại hay USB bị ngắt giữa chừng, tải về chưa xong), hoặc nội dung tệp bị hỏng. Người đọc sẽ chỉ thấy nửa bức ảnh, hoặc không thấy gì.\n\nHãy chép lại ảnh từ nơi gốc, rồi mở thử bằng trình xem ảnh để chắc chắn ảnh hiện đầy đủ. Nếu ảnh hiện đủ, hãy mở bằng phần mềm chỉnh ảnh và lưu lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ).",
            },
            wrong: ByLang {
                en: "content/static/hoi-nghi.jpg   1.2 MB, copied while the phone was unplugged",
                vi: "content/static/hoi-nghi.jpg   1,2 MB, chép khi điện thoại bị rút cáp",
            },
            right: ByLang {
                en: "content/static/hoi-nghi.jpg   3.4 MB, copied again in full",
                vi: "content/static/hoi-nghi.jpg   3,4 MB, chép lại đầy đủ",
            },
        },
        ImageFormatUnsupported { .. } => Entry {
            file: Files,
            en: Words {
                title: "An image in a format baocao does not publish",
                body: "baocao publishes photos and drawings as JPEG, PNG and WebP (resized for phones), GIF and SVG (as they are). Other formats are not shown by every browser or are far too heavy: HEIC (the default of iPhones), AVIF, TIFF and BMP. The file may also not be an image at all, whatever its name says: baocao reads what is inside, not the name.\n\nSave the image as JPEG (photos) or PNG (drawings, screenshots) and use that file. On an iPhone, Settings → Camera → Formats → Most Compatible takes photos as JPEG.",
            },
            vi: Words {
                title: "Ảnh thuộc loại tệp baocao không đăng được",
                body: "baocao đăng ảnh chụp và hình vẽ dạng JPEG, PNG và WebP (thu nhỏ cho điện thoại), GIF và SVG (giữ nguyên). Các loại khác không phải trình duyệt nào cũng hiển thị được, hoặc quá nặng: HEIC (loại mặc định của iPhone), AVIF, TIFF và BMP. Cũng có thể tệp không phải là ảnh, dù tên tệp ghi thế nào: baocao đọc nội dung bên trong, không dựa vào tên.\n\nHãy lưu ảnh dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, ảnh chụp màn hình) rồi dùng tệp đó. Trên iPhone, vào Cài đặt → Camera → Định dạng → Tương thích nhất để chụp ảnh dạng JPEG.",
            },
            wrong: ByLang {
                en: "content/static/hoi-nghi.jpg   a HEIC photo from an iPhone, renamed .jpg",
                vi: "content/static/hoi-nghi.jpg   ảnh HEIC từ iPhone, đổi tên thành .jpg",
            },
            right: ByLang {
                en: "content/static/hoi-nghi.jpg   the same photo exported as JPEG",
                vi: "content/static/hoi-nghi.jpg   cùng ảnh đó, xuất ra dạng JPEG",
            },
        },
        ImageTooLarge { .. } => Entry {
            file: Files,
            en: Words {
                title: "An image larger than any photo",
                body: "An image is decoded in memory before it is resized: a 4000 × 3000 photo takes 36 MB. This one is larger than any camera takes (more than 64 million pixels): a scan at a very high resolution, a stitched panorama, or a file made to exhaust memory (a few kilobytes that unpack into gigabytes). baocao refuses it without decoding it.\n\nMake it smaller in an image editor (2000 pixels wide is plenty for a web page) and save it again.",
            },
            vi: Words {
                title: "Ảnh lớn hơn mọi ảnh chụp",
                body: "Ảnh được giải nén trong bộ nhớ trước khi thu nhỏ: một ảnh 4000 × 3000 chiếm 36 MB. Ảnh này lớn hơn mọi ảnh máy chụp được (hơn 64 triệu điểm ảnh): một bản quét ở độ phân giải rất cao, một ảnh toàn cảnh ghép, hoặc một tệp cố ý làm cạn bộ nhớ (vài kilobyte nhưng giải nén ra hàng gigabyte). baocao từ chối ảnh này mà không giải nén.\n\nHãy thu nhỏ ảnh bằng phần mềm chỉnh ảnh (rộng 2000 điểm ảnh là đủ cho trang web) rồi lưu lại.",
            },
            wrong: ByLang {
                en: "content/static/ban-do.png   50000 × 50000 pixels",
                vi: "content/static/ban-do.png   50000 × 50000 điểm ảnh",
            },
            right: ByLang {
                en: "content/static/ban-do.png   2000 × 2000 pixels",
                vi: "content/static/ban-do.png   2000 × 2000 điểm ảnh",
            },
        },
        SvgRunsCode { .. } => Entry {
            file: Files,
            en: Words {
                title: "An SVG file that can run code",
                body: "An SVG drawing is a text file that may hold a script (`<script>`), code run on an event (`onload=`, `onclick=`) or a `javascript:` address. Shown with `<img>` it does nothing, but anyone who opens the file itself from the site runs the code under the site's address, where it could change what the page says. Drawings made for print or exported from a chart never need it.\n\nRemove the script and the event attributes (in Inkscape: save as Plain SVG), or save the drawing as PNG.",
            },
            vi: Words {
                title: "Tệp SVG có thể chạy mã",
                body: "Hình vẽ SVG là một tệp văn bản có thể chứa mã chạy được (`<script>`), mã chạy khi có sự kiện (`onload=`, `onclick=`) hoặc một địa chỉ `javascript:`. Khi hiển thị bằng `<img>` thì mã không chạy, nhưng ai mở thẳng tệp đó trên trang web sẽ chạy mã dưới địa chỉ của trang, và mã có thể thay đổi nội dung trang. Hình vẽ để in hay xuất từ biểu đồ không bao giờ cần những mã này.\n\nHãy xóa phần mã và các thuộc tính sự kiện (trong Inkscape: lưu dưới dạng Plain SVG), hoặc lưu hình dưới dạng PNG.",
            },
            wrong: Same("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>"),
            right: Same("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>"),
        },
        ImageWithoutAlt => Entry {
            file: Article,
            en: Words {
                title: "An image without a text alternative",
                body: "People who cannot see the image (with a screen reader, or when a slow connection does not load it) are told what it shows by its text alternative: the words between the brackets of `![…](…)`. Without them, a screen reader says only \"image\", or reads out the file name. This is a warning, and an error with `check --strict`.\n\nWrite what the image shows, in a short sentence: who, what, where.",
            },
            vi: Words {
                title: "Ảnh chưa có văn bản thay thế",
                body: "Người không xem được ảnh (dùng trình đọc màn hình, hoặc khi mạng chậm không tải được ảnh) biết ảnh có gì nhờ văn bản thay thế: phần chữ giữa hai dấu ngoặc vuông của `![…](…)`. Thiếu phần này, trình đọc màn hình chỉ đọc \"hình ảnh\", hoặc đọc tên tệp. Đây là cảnh báo, và là lỗi khi chạy `check --strict`.\n\nHãy ghi nội dung của ảnh trong một câu ngắn: ai, làm gì, ở đâu.",
            },
            wrong: Same(
                "---\ntitle: Khai trương xưởng chè\ndate: 2019-03-15\n---\n![](/static/khai-truong.jpg)\n\nXưởng chè mới đi vào hoạt động.\n",
            ),
            right: Same(
                "---\ntitle: Khai trương xưởng chè\ndate: 2019-03-15\n---\n![Cắt băng khai trương xưởng chè](/static/khai-truong.jpg)\n\nXưởng chè mới đi vào hoạt động.\n",
            ),
        },
        PageImagesHeavy { .. } => Entry {
            file: Files,
            en: Words {
                title: "A page whose images are too heavy for a phone",
                body: "Most readers open the site on a phone, often over slow mobile data that they pay for. baocao resizes every image and lets each phone take the size it needs; for a phone 360 pixels wide, the images of one page should weigh no more than 150 KB in all, the budget of a page that opens in a few seconds on a slow connection. This page's images weigh more.\n\nUse fewer images on the page (a gallery can be a page of its own), or lower `images.quality` in site.yaml (60 is still good for photos).",
            },
            vi: Words {
                title: "Ảnh của trang quá nặng cho điện thoại",
                body: "Phần lớn người đọc mở trang web bằng điện thoại, thường qua mạng di động chậm và tốn tiền. baocao thu nhỏ mọi ảnh và để mỗi điện thoại tải cỡ ảnh vừa với mình; với điện thoại rộng 360 điểm ảnh, tổng ảnh của một trang không nên nặng quá 150 KB, mức để trang mở được trong vài giây khi mạng chậm. Ảnh của trang này nặng hơn mức đó.\n\nHãy bớt số ảnh trên trang (một bộ ảnh có thể đặt thành trang riêng), hoặc giảm `images.quality` trong site.yaml (60 vẫn đủ đẹp cho ảnh chụp).",
            },
            wrong: ByLang {
                en: "content/articles/hoi-cho.vi.md   12 photos, 260 KB at 360 pixels",
                vi: "content/articles/hoi-cho.vi.md   12 ảnh, 260 KB ở cỡ 360 điểm ảnh",
            },
            right: ByLang {
                en: "content/articles/hoi-cho.vi.md   5 photos, 110 KB at 360 pixels",
                vi: "content/articles/hoi-cho.vi.md   5 ảnh, 110 KB ở cỡ 360 điểm ảnh",
            },
        },

        // BC90xx: internal backstops.
        DuplicateOutput { .. } => Entry {
            file: Files,
            en: Words {
                title: "Two pages would be written to one file",
                body: "Two pages of the built site would be written to the same file. baocao's checks of slugs and section addresses should have caught this earlier; reaching this point means that two addresses coincide in a way they missed. Nothing is written.\n\nGive the sections (`paths:`), the pages and the articles (`slug:`) addresses of their own, and please report the case to baocao's maintainers, so that an earlier check can name it.",
            },
            vi: Words {
                title: "Hai trang sẽ ghi vào cùng một tệp",
                body: "Hai trang của trang web sẽ được ghi vào cùng một tệp. Các bước kiểm tra slug và địa chỉ chuyên mục của baocao lẽ ra phải phát hiện điều này sớm hơn; lỗi này xuất hiện nghĩa là có hai địa chỉ trùng nhau theo một cách mà các bước đó bỏ sót. Không có gì được ghi ra.\n\nHãy đặt địa chỉ riêng cho các chuyên mục (`paths:`), các trang và các bài viết (`slug:`), và xin báo trường hợp này cho nhóm phát triển baocao để một bước kiểm tra sớm hơn có thể nêu rõ lỗi.",
            },
            wrong: ByLang {
                en: "en/news/tags/index.html   the list of tags (paths: { en: { tags: news/tags } })\nen/news/tags/index.html   the article with slug: tags",
                vi: "en/news/tags/index.html   danh sách chủ đề (paths: { en: { tags: news/tags } })\nen/news/tags/index.html   bài viết có slug: tags",
            },
            right: ByLang {
                en: "en/topics/index.html      the list of tags (paths: { en: { tags: topics } })\nen/news/tags/index.html   the article with slug: tags",
                vi: "en/topics/index.html      danh sách chủ đề (paths: { en: { tags: topics } })\nen/news/tags/index.html   bài viết có slug: tags",
            },
        },
        // Mistakes people make.
        Utf16 => Entry {
            file: Files,
            en: Words {
                title: "The file is saved as UTF-16",
                body: "The file is saved in UTF-16, which Windows editors call \"Unicode\". baocao reads text files as UTF-8 only, the encoding the web uses.\n\nOpen the file in your editor and save it again with the encoding UTF-8 (in Notepad: File › Save as, then Encoding: UTF-8).",
            },
            vi: Words {
                title: "Tệp được lưu theo bảng mã UTF-16",
                body: "Tệp đang được lưu theo UTF-16, bảng mã mà các trình soạn thảo trên Windows gọi là \"Unicode\". baocao chỉ đọc tệp văn bản theo UTF-8, bảng mã mà các trang web dùng.\n\nHãy mở tệp trong trình soạn thảo rồi lưu lại với bảng mã UTF-8 (trong Notepad: File › Save as, rồi chọn Encoding: UTF-8).",
            },
            wrong: ByLang {
                en: "Notepad › Save as › Encoding: Unicode (UTF-16 LE)",
                vi: "Notepad › Save as › Encoding: Unicode (UTF-16 LE)",
            },
            right: ByLang {
                en: "Notepad › Save as › Encoding: UTF-8", vi: "Notepad › Save as › Encoding: UTF-8"
            },
        },
        LegacyEncoding { .. } => Entry {
            file: Files,
            en: Words {
                title: "The file is in an old Vietnamese encoding",
                body: "The file is not UTF-8, and its bytes look like one of the old Vietnamese encodings still found in documents typed years ago: TCVN3 (the .VnTime fonts), VNI (the VNI-Times fonts) or Windows-1258. Read as UTF-8, its letters would be garbled on the site.\n\nConvert the text to Unicode: in UniKey, copy the text, open the converter (Ctrl+Shift+F6), choose the source encoding and Unicode as the target, convert the clipboard and paste it back. Then save the file as UTF-8.",
            },
            vi: Words {
                title: "Tệp dùng bảng mã tiếng Việt cũ",
                body: "Tệp không phải UTF-8, và các byte của nó giống một bảng mã tiếng Việt cũ vẫn còn gặp trong văn bản gõ từ nhiều năm trước: TCVN3 (các phông .VnTime), VNI (các phông VNI-Times) hoặc Windows-1258. Nếu đọc theo UTF-8, chữ trên trang web sẽ bị lỗi.\n\nHãy chuyển văn bản sang Unicode: trong UniKey, sao chép văn bản, mở công cụ chuyển mã (Ctrl+Shift+F6), chọn bảng mã nguồn và bảng mã đích là Unicode, chuyển mã bộ nhớ tạm rồi dán lại. Sau đó lưu tệp dưới dạng UTF-8.",
            },
            wrong: ByLang {
                en: "title: Ch\u{AD}¬ng tr×nh khuyÕn c«ng   (TCVN3, read as text)",
                vi: "title: Ch\u{AD}¬ng tr×nh khuyÕn c«ng   (TCVN3, đọc như văn bản)",
            },
            right: Same("title: Chương trình khuyến công"),
        },
        WrongExtension { .. } => Entry {
            file: Files,
            en: Words {
                title: "A file name ends the wrong way",
                body: "baocao reads programmes from `content/programs/*.yaml`, the site settings from `content/site.yaml`, and articles and pages from `*.md` files. A file saved as `.yml`, `.markdown` or `.md.txt` (Windows often adds `.txt`) would otherwise be left out without a word, and links to it would fail.\n\nRename the file as the hint says. In Windows Explorer, turn on View › File name extensions to see the whole name.",
            },
            vi: Words {
                title: "Tên tệp có đuôi không đúng",
                body: "baocao đọc chương trình từ `content/programs/*.yaml`, phần cài đặt trang từ `content/site.yaml`, bài viết và trang từ các tệp `*.md`. Một tệp lưu với đuôi `.yml`, `.markdown` hay `.md.txt` (Windows hay tự thêm `.txt`) sẽ bị bỏ qua mà không ai biết, và các liên kết tới nó sẽ hỏng.\n\nHãy đổi tên tệp theo gợi ý. Trong Windows Explorer, hãy bật View › File name extensions để thấy đầy đủ tên tệp.",
            },
            wrong: Same("content/programs/khuyen-cong.yml\ncontent/articles/hoi-nghi.vi.md.txt"),
            right: Same("content/programs/khuyen-cong.yaml\ncontent/articles/hoi-nghi.vi.md"),
        },
        LanguageSuffixForm { .. } => Entry {
            file: Files,
            en: Words {
                title: "The language in a file name is written another way",
                body: "The language of an article or page is the last part of its name before `.md`, written exactly as in `languages`: `hoi-nghi.en.md`. Written `.EN`, `-en`, `_en`, `.en-US` or `.vn`, it is not read as a language, so the file would be published as the default language, under a wrong address.\n\nRename the file as the hint says.",
            },
            vi: Words {
                title: "Ngôn ngữ trong tên tệp được viết theo cách khác",
                body: "Ngôn ngữ của một bài viết hay trang là phần cuối tên tệp ngay trước `.md`, viết đúng như trong `languages`: `hoi-nghi.en.md`. Nếu viết là `.EN`, `-en`, `_en`, `.en-US` hay `.vn` thì baocao không đọc được đó là ngôn ngữ, nên tệp sẽ bị đăng thành ngôn ngữ mặc định, ở một địa chỉ sai.\n\nHãy đổi tên tệp theo gợi ý.",
            },
            wrong: Same(
                "content/articles/ket-qua.EN.md\ncontent/articles/ket-qua-en.md\ncontent/articles/ket-qua.vn.md",
            ),
            right: Same(
                "content/articles/ket-qua.en.md\ncontent/articles/ket-qua.en.md\ncontent/articles/ket-qua.vi.md",
            ),
        },
        TabIndent => Entry {
            file: AnyYaml,
            en: Words {
                title: "A line is indented with a tab",
                body: "YAML shows which field belongs to which by indentation, and only spaces count: a tab is not allowed. Tabs are invisible in most editors, so the line looks right.\n\nReplace the tab with spaces, two per level. Most editors can show tabs, or turn them into spaces for you.",
            },
            vi: Words {
                title: "Một dòng được thụt lề bằng phím Tab",
                body: "YAML dùng thụt lề để cho biết trường nào thuộc về trường nào, và chỉ dấu cách mới được tính: không được dùng Tab. Trong phần lớn trình soạn thảo, Tab không nhìn thấy được, nên dòng đó trông vẫn đúng.\n\nHãy thay Tab bằng dấu cách, mỗi cấp hai dấu cách. Phần lớn trình soạn thảo có thể hiện Tab ra, hoặc tự đổi Tab thành dấu cách.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n\ttarget: 10"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 10"),
        },
        MissingColon { .. } => Entry {
            file: AnyYaml,
            en: Words {
                title: "A field has no colon",
                body: "Each line of a YAML file is a field name, a colon, a space and the value: `owner: Sở Công Thương`. Without the colon, the line is one piece of text, and the file cannot be read.\n\nPut a colon right after the field name, then a space.",
            },
            vi: Words {
                title: "Một trường thiếu dấu hai chấm",
                body: "Mỗi dòng của tệp YAML gồm tên trường, dấu hai chấm, một dấu cách rồi đến giá trị: `owner: Sở Công Thương`. Thiếu dấu hai chấm thì cả dòng thành một đoạn chữ, và tệp không đọc được.\n\nHãy đặt dấu hai chấm ngay sau tên trường, rồi một dấu cách.",
            },
            wrong: Same("title: Chương trình khuyến công\nowner Sở Công Thương\nsummary: Tóm tắt"),
            right: Same("title: Chương trình khuyến công\nowner: Sở Công Thương\nsummary: Tóm tắt"),
        },
        SmartQuotes => Entry {
            file: AnyYaml,
            en: Words {
                title: "Curly quotes are used as quotes",
                body: "To keep a colon or other signs as part of a text, YAML needs the text in straight quotes, \" or '. Curly quotes “ ” and ‘ ’, which word processors put in as you type, are ordinary letters to YAML, so the colon inside still breaks the line.\n\nUse straight quotes, or leave the quotes out if the text has no colon.",
            },
            vi: Words {
                title: "Dùng dấu ngoặc kép cong thay cho dấu ngoặc",
                body: "Để giữ dấu hai chấm hay các ký hiệu khác là một phần của văn bản, YAML cần đặt văn bản trong dấu ngoặc thẳng, \" hoặc '. Dấu ngoặc cong “ ” và ‘ ’ mà các chương trình soạn văn bản tự đổi khi gõ chỉ là chữ thường với YAML, nên dấu hai chấm bên trong vẫn làm hỏng dòng.\n\nHãy dùng dấu ngoặc thẳng, hoặc bỏ dấu ngoặc nếu văn bản không có dấu hai chấm.",
            },
            wrong: Same("owner: “Sở Công Thương: Trung tâm Khuyến công”"),
            right: Same("owner: \"Sở Công Thương: Trung tâm Khuyến công\""),
        },
        ItemOutsideList => Entry {
            file: AnyYaml,
            en: Words {
                title: "A list item is outside its list",
                body: "The items of a list each start with `- `, all at the same indentation. An item indented less than the others no longer belongs to the list, and the file cannot be read.\n\nLine the item up with the others.",
            },
            vi: Words {
                title: "Một mục nằm ngoài danh sách của nó",
                body: "Mỗi mục của danh sách bắt đầu bằng `- `, và mọi mục thụt lề như nhau. Một mục thụt lề ít hơn các mục khác không còn thuộc danh sách nữa, và tệp không đọc được.\n\nHãy cho mục đó thẳng hàng với các mục khác.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: 10\n- id: thiet-bi\n    target: 57"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 10\n  - id: thiet-bi\n    target: 57"),
        },
        NeedsStartEnd { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A start and an end are needed",
                body: "The `period` of a programme is two years, written as `start` and `end`, not as one value such as `2021-2025`.\n\nWrite `period: { start: 2021, end: 2025 }`.",
            },
            vi: Words {
                title: "Cần ghi riêng năm bắt đầu và năm kết thúc",
                body: "`period` của một chương trình gồm hai năm, ghi bằng `start` và `end`, không ghi thành một giá trị như `2021-2025`.\n\nHãy viết `period: { start: 2021, end: 2025 }`.",
            },
            wrong: Same("period: 2018-2020"),
            right: Same("period: { start: 2018, end: 2020 }"),
        },
        EmptyNumber => Entry {
            file: Programme,
            en: Words {
                title: "A figure is empty",
                body: "A number field (`target`, `baseline`, a progress `value`) has nothing in it.\n\nWrite the figure, or remove the line if the field is optional.",
            },
            vi: Words {
                title: "Một số liệu đang để trống",
                body: "Một trường số (`target`, `baseline`, `value` của tiến độ) đang không có gì.\n\nHãy ghi số liệu, hoặc xóa dòng đó nếu trường không bắt buộc.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: \"\""),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 10"),
        },
        NumberGroups { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Thousands are grouped with a separator",
                body: "A figure is written with `.` or `,` between groups of thousands, as reports do: `1.000`, `26.990.000.000`, `1,000`. YAML would read `1.000` as one (the point is a decimal point), so the site would show a figure a thousand times too small. baocao refuses it rather than guess.\n\nWrite the digits together: `1000`, `26990000000`. With a single separator (`2.250`) the figure may have been meant as a decimal, 2.25; the message then gives both readings, and you choose.",
            },
            vi: Words {
                title: "Dùng dấu để tách hàng nghìn",
                body: "Một số liệu được viết có dấu `.` hay `,` giữa các nhóm hàng nghìn, như trong văn bản báo cáo: `1.000`, `26.990.000.000`, `1,000`. YAML sẽ đọc `1.000` thành số 1 (dấu chấm là dấu thập phân), nên trang web sẽ hiện một con số nhỏ đi một nghìn lần. baocao từ chối thay vì đoán.\n\nHãy viết liền các chữ số: `1000`, `26990000000`. Khi chỉ có một dấu tách (`2.250`), có thể người viết muốn ghi số thập phân 2,25; khi đó thông báo đưa ra cả hai cách đọc để bạn chọn.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: 1.000"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 1000"),
        },
        ScaleWord { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A scale word in a figure",
                body: "A figure or an amount is written with a word such as `tỷ`, `triệu`, `nghìn`, `billion` or `million`: `26,99 tỷ`. In the data files a figure is digits only, so that it is read exactly; the site itself shows large budgets as \"26,99 tỷ đồng\" on Vietnamese pages and \"26.99 billion VND\" on English ones.\n\nWrite the whole number: `26990000000`. The message gives it for you.",
            },
            vi: Words {
                title: "Có chữ tỷ, triệu trong số liệu",
                body: "Một số liệu hay một khoản kinh phí được viết kèm chữ như `tỷ`, `triệu`, `nghìn`: `26,99 tỷ`. Trong tệp dữ liệu, số liệu chỉ được ghi bằng chữ số để được đọc chính xác; chính trang web sẽ hiển thị kinh phí lớn thành \"26,99 tỷ đồng\" trên trang tiếng Việt và \"26.99 billion VND\" trên trang tiếng Anh.\n\nHãy viết số đầy đủ: `26990000000`. Thông báo lỗi đã ghi sẵn số đó.",
            },
            wrong: Same("budget:\n  planned: 26,99 tỷ"),
            right: Same("budget:\n  planned: 26990000000"),
        },
        DecimalComma { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A decimal comma",
                body: "A figure has a comma before its decimals, as Vietnamese writing does: `35,5`. In the data files the decimal mark is a point.\n\nWrite `35.5`. The site still shows it as 35,5 on Vietnamese pages.",
            },
            vi: Words {
                title: "Dùng dấu phẩy thập phân",
                body: "Một số liệu có dấu phẩy trước phần thập phân, theo cách viết tiếng Việt: `35,5`. Trong tệp dữ liệu, dấu thập phân là dấu chấm.\n\nHãy viết `35.5`. Trên các trang tiếng Việt, số vẫn hiện là 35,5.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: 35,5"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 35.5"),
        },
        PercentInNumber { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A per cent sign in a figure",
                body: "A figure is written with `%` after it. The figure is the number alone; what it counts (per cent, households, km) is the indicator's `unit`.\n\nWrite the number in the figure and `%` in `unit:`.",
            },
            vi: Words {
                title: "Có dấu phần trăm trong số liệu",
                body: "Một số liệu được viết kèm dấu `%`. Số liệu chỉ là con số; thứ mà nó đếm (phần trăm, hộ, km) là `unit` của chỉ tiêu.\n\nHãy ghi con số vào số liệu và ghi `%` vào `unit:`.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    unit: { vi: tỷ lệ, en: rate }\n    target: 5%"),
            right: Same("indicators:\n  - id: mo-hinh\n    unit: \"%\"\n    target: 5"),
        },
        UnitInNumber { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A unit in a figure",
                body: "A figure is written with its unit: `61 xã`. The figure is the number alone; the unit is the indicator's `unit`, in each language.\n\nWrite the number in the figure and the unit in `unit:`.",
            },
            vi: Words {
                title: "Có đơn vị trong số liệu",
                body: "Một số liệu được viết kèm đơn vị: `61 xã`. Số liệu chỉ là con số; đơn vị là `unit` của chỉ tiêu, ghi theo từng ngôn ngữ.\n\nHãy ghi con số vào số liệu và ghi đơn vị vào `unit:`.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: 61 xã"),
            right: Same("indicators:\n  - id: mo-hinh\n    unit: { vi: xã, en: communes }\n    target: 61"),
        },
        NumberNotFinite { .. } => Entry {
            file: Programme,
            en: Words {
                title: "Not a number a report can show",
                body: "YAML has words for \"not a number\" and infinity (`.nan`, `.inf`). A report cannot show them, and charts drawn from them would be empty or broken.\n\nWrite the figure in digits. If there is no figure yet, leave the progress point out.",
            },
            vi: Words {
                title: "Không phải một con số báo cáo hiện được",
                body: "YAML có những từ chỉ \"không phải số\" và vô cùng (`.nan`, `.inf`). Báo cáo không thể hiện chúng, và biểu đồ vẽ từ chúng sẽ trống hoặc hỏng.\n\nHãy ghi số liệu bằng chữ số. Nếu chưa có số liệu, hãy bỏ mốc tiến độ đó đi.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: .nan"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 10"),
        },
        NumberTooLarge { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A figure is too large",
                body: "A figure is beyond 1,000,000,000,000,000 (10¹⁵). No indicator counts that far; it is almost always a typing mistake, such as a repeated group of zeros or a date typed into a figure.\n\nCheck the number of digits.",
            },
            vi: Words {
                title: "Số liệu quá lớn",
                body: "Một số liệu vượt quá 1.000.000.000.000.000 (10¹⁵). Không chỉ tiêu nào đếm tới mức đó; gần như luôn là lỗi gõ, như gõ thừa một nhóm số không hoặc gõ nhầm ngày tháng vào số liệu.\n\nHãy kiểm tra lại số chữ số.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    target: 1e308"),
            right: Same("indicators:\n  - id: mo-hinh\n    target: 10"),
        },
        AmountNotWhole { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A budget amount has a fraction",
                body: "Budget amounts are whole amounts of their currency, and are kept exact: the site and the open data show the figure as written, to the last đồng.\n\nWrite the amount without a fraction.",
            },
            vi: Words {
                title: "Số tiền kinh phí có phần lẻ",
                body: "Số tiền kinh phí là số tròn theo đơn vị tiền tệ, và được giữ chính xác: trang web và dữ liệu mở hiện đúng con số như đã ghi, tới từng đồng.\n\nHãy ghi số tiền không có phần lẻ.",
            },
            wrong: Same("budget:\n  planned: 26990000000.5"),
            right: Same("budget:\n  planned: 26990000000"),
        },
        AmountNegative { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A budget amount is below zero",
                body: "An amount in `budget` is below zero, but money planned or disbursed in a year is zero or more. A correction of an earlier year belongs in that year's amount.\n\nWrite the amount, digits only, without a minus sign.",
            },
            vi: Words {
                title: "Số tiền kinh phí nhỏ hơn 0",
                body: "Một số tiền trong `budget` nhỏ hơn 0, trong khi tiền dự kiến hay đã giải ngân trong một năm chỉ có thể bằng 0 hoặc lớn hơn. Nếu cần điều chỉnh số của năm trước thì hãy sửa thẳng vào số của năm đó.\n\nHãy ghi số tiền chỉ bằng chữ số, không có dấu trừ.",
            },
            wrong: Same("budget:\n  planned: 26990000000\n  disbursed:\n    - { year: 2019, amount: -6200000000 }"),
            right: Same("budget:\n  planned: 26990000000\n  disbursed:\n    - { year: 2019, amount: 6200000000 }"),
        },
        ProgressOutsidePeriod { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A progress year is outside the programme's period",
                body: "A progress point is dated more than a year before the programme starts or after it ends. Figures are often reported a year late, and a baseline may be measured the year before, but not further: such a year is usually a typing mistake (2030 for 2020).\n\nCheck the year.",
            },
            vi: Words {
                title: "Năm của tiến độ nằm ngoài thời gian thực hiện",
                body: "Một mốc tiến độ có năm sớm hơn năm bắt đầu chương trình hoặc muộn hơn năm kết thúc quá một năm. Số liệu thường được báo cáo chậm một năm, và giá trị ban đầu có thể được đo từ năm trước, nhưng không xa hơn: năm như vậy thường là gõ nhầm (2030 thay cho 2020).\n\nHãy kiểm tra lại năm.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2030, value: 5 }"),
            right: Same("indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2020, value: 5 }"),
        },
        UnknownMeasure { .. } => Entry {
            file: Programme,
            en: Words {
                title: "An unknown kind of indicator",
                body: "`measure` says what an indicator's figures are. `cumulative` (the default) is a running total that only grows: models built, workers trained. `level` is a value at a time that may rise or fall: a poverty rate, an income. The kind chooses the words on the pages (\"30 of 57 by 2019\" or \"down from 12.5% to 8.9%\"), the table header and the chart.\n\nWrite `measure: cumulative` or `measure: level`, in English, as the other keys.",
            },
            vi: Words {
                title: "Loại chỉ tiêu không hợp lệ",
                body: "`measure` cho biết số liệu của chỉ tiêu thuộc loại nào. `cumulative` (mặc định) là chỉ tiêu cộng dồn, chỉ tăng lên theo thời gian: số mô hình đã xây dựng, số lao động đã đào tạo. `level` là chỉ tiêu mức độ tại một thời điểm, có thể tăng hoặc giảm: tỷ lệ hộ nghèo, thu nhập bình quân. Loại chỉ tiêu quyết định cách diễn đạt trên trang (\"30/57 tính đến năm 2019\" hay \"giảm từ 12,5% xuống 8,9%\"), tiêu đề cột của bảng và biểu đồ.\n\nHãy ghi `measure: cumulative` hoặc `measure: level`, bằng tiếng Anh như tên các trường.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    measure: muc-do"),
            right: Same("indicators:\n  - id: mo-hinh\n    measure: level"),
        },
        CumulativeFalls { .. } => Entry {
            file: Programme,
            en: Words {
                title: "A cumulative figure goes down",
                body: "The indicator is cumulative (the default): each figure is the total reached so far, which can only grow. Yet one figure is lower than the one before it. Either the figures are a level (a rate, an income, a share), which may fall, or one of them is wrong, or it is the amount of one year rather than the total so far.\n\nFor a level, add `measure: level`: the pages then say \"up from\" or \"down from\" instead of \"reached\". Otherwise correct the figure. The site is still built.",
            },
            vi: Words {
                title: "Số liệu cộng dồn bị giảm",
                body: "Chỉ tiêu đang là chỉ tiêu cộng dồn (mặc định): mỗi số liệu là tổng đạt được tính đến thời điểm đó, nên chỉ có thể tăng. Nhưng có một số liệu nhỏ hơn số liệu trước nó. Hoặc đây là chỉ tiêu mức độ (tỷ lệ, thu nhập, tỷ trọng), vốn có thể giảm; hoặc một số liệu bị ghi sai; hoặc đó là số của riêng một năm chứ không phải tổng cộng dồn.\n\nNếu là chỉ tiêu mức độ, hãy thêm `measure: level`: khi đó trang sẽ ghi \"tăng từ\", \"giảm từ\" thay vì \"đạt\". Nếu không, hãy sửa lại số liệu. Trang web vẫn được tạo.",
            },
            wrong: Same(
                "indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2018, value: 4 }\n      - { year: 2019, value: 3 }",
            ),
            right: Same(
                "indicators:\n  - id: mo-hinh\n    measure: level\n    progress:\n      - { year: 2018, value: 4 }\n      - { year: 2019, value: 3 }",
            ),
        },
        CumulativeTargetBelowBaseline => Entry {
            file: Programme,
            en: Words {
                title: "A cumulative indicator must fall",
                body: "The target is below the baseline, so the figure must go down (a poverty rate from 12.5% to 5%). But the indicator is cumulative, the default, whose figures are totals that only grow; its pages would say \"8.9 of 5% reached\".\n\nAdd `measure: level`: the pages then say \"down from 12.5% to 8.9%, target 5% by 2020\". The status is computed the same way in either case.",
            },
            vi: Words {
                title: "Chỉ tiêu cộng dồn nhưng mục tiêu lại giảm",
                body: "Mục tiêu thấp hơn giá trị ban đầu, nghĩa là số liệu cần giảm xuống (tỷ lệ hộ nghèo từ 12,5% xuống 5%). Nhưng chỉ tiêu đang là chỉ tiêu cộng dồn (mặc định), có số liệu là tổng cộng dồn, chỉ có thể tăng lên; trang sẽ ghi \"đạt 8,9/5%\".\n\nHãy thêm `measure: level`: khi đó trang sẽ ghi \"giảm từ 12,5% xuống 8,9%, mục tiêu 5% vào năm 2020\". Trạng thái tiến độ vẫn được tính như nhau trong cả hai trường hợp.",
            },
            wrong: Same("indicators:\n  - id: mo-hinh\n    baseline: 12.5\n    target: 5"),
            right: Same("indicators:\n  - id: mo-hinh\n    measure: level\n    baseline: 12.5\n    target: 5"),
        },
        FigureAfterAsOf { .. } => Entry {
            file: Files,
            en: Words {
                title: "A figure is later than the as-of date",
                body: "The as-of date is the day the figures are reported at: `as_of` in `content/site.yaml`, `--as-of` on the command line, or `SOURCE_DATE_EPOCH`. Statuses are computed against it and every page shows it. A progress point is dated after it, which usually means the as-of date was set once and not moved when new figures came in.\n\nMove the as-of date forward to the day of the latest figures (or remove `as_of`: the latest date in the content is then used). The site is still built, with the figure counted.",
            },
            vi: Words {
                title: "Có số liệu muộn hơn ngày chốt số liệu",
                body: "Ngày chốt số liệu là ngày mà số liệu báo cáo được tính đến: `as_of` trong `content/site.yaml`, `--as-of` trên dòng lệnh, hoặc `SOURCE_DATE_EPOCH`. Trạng thái tiến độ được tính theo ngày này và mọi trang đều ghi rõ ngày này. Có một mốc tiến độ muộn hơn ngày đó, thường là do ngày chốt số liệu được ghi một lần rồi không được sửa lại khi có số liệu mới.\n\nHãy đổi ngày chốt số liệu thành ngày của số liệu mới nhất (hoặc xóa `as_of`: khi đó baocao dùng ngày muộn nhất trong nội dung). Trang web vẫn được tạo và số liệu đó vẫn được tính.",
            },
            wrong: ByLang {
                en: "content/site.yaml:  as_of: 2019-06-30\nprogramme:          progress: [{ year: 2020, value: 7 }]",
                vi: "content/site.yaml:  as_of: 2019-06-30\ntệp chương trình:   progress: [{ year: 2020, value: 7 }]",
            },
            right: ByLang {
                en: "content/site.yaml:  as_of: 2020-12-31\nprogramme:          progress: [{ year: 2020, value: 7 }]",
                vi: "content/site.yaml:  as_of: 2020-12-31\ntệp chương trình:   progress: [{ year: 2020, value: 7 }]",
            },
        },
        ProgressOutOfOrder => Entry {
            file: Programme,
            en: Words {
                title: "Progress points are not in time order",
                body: "The progress points of an indicator are listed out of time order. The site sorts them, so the pages are right; the warning is there because a point out of place is often a point with the wrong year.\n\nList the points from the earliest to the latest.",
            },
            vi: Words {
                title: "Các mốc tiến độ chưa theo thứ tự thời gian",
                body: "Các mốc tiến độ của một chỉ tiêu không được ghi theo thứ tự thời gian. Trang web tự sắp xếp lại nên các trang vẫn đúng; cảnh báo là vì một mốc nằm sai chỗ thường là mốc bị ghi nhầm năm.\n\nHãy ghi các mốc từ sớm nhất đến muộn nhất.",
            },
            wrong: Same(
                "indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2020, value: 7 }\n      - { year: 2019, value: 3 }",
            ),
            right: Same(
                "indicators:\n  - id: mo-hinh\n    progress:\n      - { year: 2019, value: 3 }\n      - { year: 2020, value: 7 }",
            ),
        },
        ContentLinkNotRead { .. } => Entry {
            file: Article,
            en: Words {
                title: "A content link was not read as a link",
                body: "The text has `@/…`, a link to other content, but Markdown did not read it as a link, so it would show on the page as text. The usual cause is a space in the file name: a link address cannot hold a space unless it is in angle brackets.\n\nWrite the link as `[text](@/articles/name.md)`, and put a name with spaces in angle brackets: `[text](<@/articles/my name.md>)`.",
            },
            vi: Words {
                title: "Một liên kết tới nội dung không được đọc là liên kết",
                body: "Văn bản có `@/…`, tức một liên kết tới nội dung khác, nhưng Markdown không đọc được đó là liên kết, nên trên trang nó sẽ hiện ra như chữ thường. Nguyên nhân thường gặp là tên tệp có dấu cách: địa chỉ liên kết không được chứa dấu cách trừ khi đặt trong dấu ngoặc nhọn.\n\nHãy viết liên kết dạng `[chữ hiển thị](@/articles/ten.md)`, và đặt tên có dấu cách trong dấu ngoặc nhọn: `[chữ hiển thị](<@/articles/tên có dấu cách.md>)`.",
            },
            wrong: Same(
                "---\ntitle: Tin mới\ndate: 2019-04-01\n---\nXem [bài khai trương](@/articles/khai truong.md).\n",
            ),
            right: Same(
                "---\ntitle: Tin mới\ndate: 2019-04-01\n---\nXem [bài khai trương](@/articles/khai-truong.md).\n",
            ),
        },
        UnsafeLink { .. } => Entry {
            file: Article,
            en: Words {
                title: "A link address that could run code",
                body: "A link or an image in Markdown has an address that runs code in the reader's browser instead of opening a page (`javascript:`, `vbscript:`, or `data:` outside an image). Such an address is a way to attack readers, whoever wrote it, so baocao does not publish it.\n\nLink to a web page (`https://…`), an e-mail address (`mailto:…`), or content of the site (`@/…`, `/static/…`).",
            },
            vi: Words {
                title: "Địa chỉ liên kết có thể chạy mã",
                body: "Một liên kết hay một ảnh trong Markdown có địa chỉ chạy mã trên trình duyệt của người đọc thay vì mở một trang (`javascript:`, `vbscript:`, hoặc `data:` không phải ảnh). Địa chỉ như vậy có thể bị dùng để tấn công người đọc, dù ai viết ra, nên baocao không đăng.\n\nHãy liên kết tới một trang web (`https://…`), một địa chỉ thư điện tử (`mailto:…`), hoặc nội dung của trang (`@/…`, `/static/…`).",
            },
            wrong: Same("---\ntitle: Tin mới\ndate: 2019-04-01\n---\nBấm [vào đây](javascript:alert(1)).\n"),
            right: Same("---\ntitle: Tin mới\ndate: 2019-04-01\n---\nBấm [vào đây](https://example.gov.vn/).\n"),
        },
        UnsafeHtmlOn => Entry {
            file: SiteFile,
            en: Words {
                title: "Raw HTML is published unchecked",
                body: "`markdown: { unsafe_html: true }` in `content/site.yaml` turns off the check of raw HTML and link addresses in Markdown: scripts, event handlers and `javascript:` links then reach the pages as written. Normally raw HTML is kept within an allow-list (formatting, tables, images, figures, details, iframes from https).\n\nTurn it on only when every author is trusted and the HTML is reviewed, and remove the line to check again.",
            },
            vi: Words {
                title: "HTML viết trực tiếp được đăng mà không kiểm tra",
                body: "`markdown: { unsafe_html: true }` trong `content/site.yaml` tắt việc kiểm tra HTML viết trực tiếp và địa chỉ liên kết trong Markdown: khi đó mã script, thuộc tính sự kiện và liên kết `javascript:` được đưa lên trang đúng như đã viết. Bình thường, HTML viết trực tiếp chỉ được giữ trong một danh sách cho phép (định dạng chữ, bảng, ảnh, hình kèm chú thích, details, iframe từ https).\n\nChỉ bật khi mọi người viết bài đều tin cậy được và HTML đã được xem lại; xóa dòng này để kiểm tra trở lại.",
            },
            wrong: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\nmarkdown: { unsafe_html: true }",
            ),
            right: Same(
                "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/",
            ),
        },
        NameClash { .. } => Entry {
            file: Files,
            en: Words {
                title: "Two names would be one file",
                body: "Two files of `content/` have names that differ only in capital letters (`Logo.png`, `logo.png`) or in how an accent is stored (a Mac and Windows store `ả` differently). On Windows, a Mac, most hosts' disks and a USB stick they are one file, so one would silently replace the other.\n\nRename one of the two.",
            },
            vi: Words {
                title: "Hai tên sẽ thành một tệp",
                body: "Hai tệp trong `content/` có tên chỉ khác nhau ở chữ hoa (`Logo.png`, `logo.png`) hoặc ở cách lưu dấu (máy Mac và Windows lưu chữ `ả` theo hai cách khác nhau). Trên Windows, máy Mac, ổ đĩa của phần lớn máy chủ và USB, chúng là một tệp, nên tệp này sẽ âm thầm đè lên tệp kia.\n\nHãy đổi tên một trong hai tệp.",
            },
            wrong: Same("content/static/Logo.png\ncontent/static/logo.png"),
            right: Same("content/static/logo.png\ncontent/static/logo-cu.png"),
        },
        NameNotUtf8 => Entry {
            file: Files,
            en: Words {
                title: "A file name is not UTF-8",
                body: "A file's name holds bytes that are not UTF-8 text, as happens when a file is copied from an old system or unpacked from an archive made with an old Vietnamese encoding. Its address on the site cannot be written.\n\nRename the file.",
            },
            vi: Words {
                title: "Tên tệp không phải UTF-8",
                body: "Tên của một tệp có những byte không phải văn bản UTF-8, thường gặp khi tệp được chép từ một hệ thống cũ hoặc giải nén từ một tệp nén tạo bằng bảng mã tiếng Việt cũ. Không thể viết địa chỉ của tệp đó trên trang web.\n\nHãy đổi tên tệp.",
            },
            wrong: ByLang {
                en: "content/static/B\\xb8o c\\xb8o.pdf   (TCVN3 bytes in the name)",
                vi: "content/static/B\\xb8o c\\xb8o.pdf   (tên chứa byte TCVN3)",
            },
            right: Same("content/static/bao-cao.pdf"),
        },
        NameTooLong { .. } => Entry {
            file: Article,
            en: Words {
                title: "A name is too long for a file",
                body: "An address part of the site (a slug, an id, a tag) becomes the name of a folder or a file in `output/`, and file systems allow names of 255 bytes at most. A Vietnamese letter with accents takes two or three bytes.\n\nShorten it. A slug can be set apart from the title with `slug:`.",
            },
            vi: Words {
                title: "Tên quá dài để làm tên tệp",
                body: "Một phần địa chỉ của trang (slug, mã, chủ đề) trở thành tên của một thư mục hay tệp trong `output/`, mà hệ thống tệp chỉ cho phép tên dài tối đa 255 byte. Mỗi chữ tiếng Việt có dấu chiếm hai hoặc ba byte.\n\nHãy rút ngắn lại. Có thể đặt slug riêng, khác với tiêu đề, bằng `slug:`.",
            },
            wrong: Same(
                "---\ntitle: Hội nghị\ndate: 2019-04-01\nslug: hoi-nghi-tong-ket-cong-tac-khuyen-cong-nam-2019-va-trien-khai-nhiem-vu-nam-2020-cua-so-cong-thuong-tinh-ha-giang-voi-su-tham-du-cua-dai-dien-cac-so-ban-nganh-va-uy-ban-nhan-dan-cac-huyen-thanh-pho-cung-cac-co-so-cong-nghiep-nong-thon-tieu-bieu\n---\nVăn bản.\n",
            ),
            right: Same(
                "---\ntitle: Hội nghị\ndate: 2019-04-01\nslug: hoi-nghi-tong-ket-khuyen-cong-2019\n---\nVăn bản.\n",
            ),
        },
        ControlCharacter { .. } => Entry {
            file: AnyYaml,
            en: Words {
                title: "An escape makes a control character",
                body: "In double quotes, YAML reads a backslash as the start of an escape: `\"\\x07\"` is a bell character, `\"\\0\"` a null. Such invisible characters make the Atom feeds, the sitemap and the charts invalid XML, which readers' programs refuse.\n\nRemove the escape. To write a backslash itself in double quotes, write two (`\\\\`), or leave the quotes out.",
            },
            vi: Words {
                title: "Một chuỗi thoát tạo ra ký tự điều khiển",
                body: "Trong dấu ngoặc kép, YAML coi dấu gạch chéo ngược là đầu một chuỗi thoát: `\"\\x07\"` là ký tự chuông, `\"\\0\"` là ký tự rỗng. Những ký tự vô hình này làm tin Atom, sơ đồ trang và biểu đồ thành XML không hợp lệ, mà các chương trình của người đọc sẽ từ chối.\n\nHãy xóa chuỗi thoát đó. Muốn viết chính dấu gạch chéo ngược trong dấu ngoặc kép thì viết hai dấu (`\\\\`), hoặc bỏ dấu ngoặc kép.",
            },
            wrong: Same("title: \"Khuyến công\\x07\""),
            right: Same("title: \"Khuyến công\""),
        },
        PageTooLarge { .. } => Entry {
            file: Template,
            en: Words {
                title: "A template wrote too large a page",
                body: "A template of the site's theme wrote a page of more than 64 MB. No real page is that large (the largest are a few hundred kilobytes), so the template runs away: a loop that repeats its text far too often, or one that never ends. The build stops it before it fills the memory.\n\nFix the loop in the template named in the message, or delete your copy of the template to use the built-in one.",
            },
            vi: Words {
                title: "Mẫu giao diện tạo ra trang quá lớn",
                body: "Một mẫu trong giao diện của trang đã tạo ra một trang lớn hơn 64 MB. Không trang thật nào lớn như vậy (trang lớn nhất chỉ vài trăm kilobyte), nên mẫu đó đang chạy không kiểm soát: một vòng lặp lặp lại văn bản quá nhiều lần, hoặc không bao giờ dừng. Lần dựng dừng nó lại trước khi bộ nhớ bị đầy.\n\nHãy sửa vòng lặp trong mẫu được nêu trong thông báo, hoặc xóa bản mẫu của bạn để dùng bản có sẵn.",
            },
            wrong: Same(
                "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{{ frame.title }}{% endfor %}{% endfor %}",
            ),
            right: Same("{% for item in frame.nav %}{{ item.title.html | safe }}{% endfor %}"),
        },
        PageTooSlow { .. } => Entry {
            file: Template,
            en: Words {
                title: "A template takes too long to make a page",
                body: "A template of the site's theme was still making one page after 30 seconds. Pages take milliseconds, so the template runs away: loops within loops that go on for billions of rounds without writing anything. The build stops waiting and reports it, rather than hang.\n\nFix the loops in the template named in the message, or delete your copy of the template to use the built-in one.",
            },
            vi: Words {
                title: "Mẫu giao diện tạo trang quá lâu",
                body: "Một mẫu trong giao diện của trang vẫn chưa tạo xong một trang sau 30 giây. Mỗi trang chỉ mất vài phần nghìn giây, nên mẫu đó đang chạy không kiểm soát: các vòng lặp lồng nhau chạy hàng tỷ lượt mà không viết ra gì. Lần dựng thôi chờ và báo lại, thay vì treo.\n\nHãy sửa các vòng lặp trong mẫu được nêu trong thông báo, hoặc xóa bản mẫu của bạn để dùng bản có sẵn.",
            },
            wrong: Same("{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}"),
            right: Same("{% for item in frame.nav %}{{ item.title.html | safe }}{% endfor %}"),
        },
        HiddenFileSkipped => Entry {
            file: Files,
            en: Words {
                title: "A hidden or editor file is left out",
                body: "A hidden folder (`.git/`, `.svn/`), a hidden or system file (`.DS_Store`, `Thumbs.db`) or an editor's scratch file (`x.swp`, `x~`, `#x#`, `4913`) is in `content/`. None of these is content, so the site leaves them out. What a static host reads is kept: `content/static/.well-known/` and `content/static/.htaccess`.\n\nNothing to do; this note never fails a build or `check --strict`.",
            },
            vi: Words {
                title: "Một tệp ẩn hoặc tệp tạm bị bỏ qua",
                body: "Trong `content/` có một thư mục ẩn (`.git/`, `.svn/`), một tệp ẩn hay tệp hệ thống (`.DS_Store`, `Thumbs.db`) hoặc một tệp tạm của trình soạn thảo (`x.swp`, `x~`, `#x#`, `4913`). Không tệp nào trong số này là nội dung, nên trang web bỏ qua chúng. Những gì máy chủ tĩnh cần đọc vẫn được giữ: `content/static/.well-known/` và `content/static/.htaccess`.\n\nKhông cần làm gì; ghi chú này không bao giờ làm lần dựng hay `check --strict` thất bại.",
            },
            wrong: Same("content/static/.git/config\ncontent/static/.DS_Store"),
            right: Same("content/static/.well-known/security.txt\ncontent/static/.htaccess"),
        },
        ControlCharactersRemoved => Entry {
            file: Files,
            en: Words {
                title: "Control characters are removed",
                body: "A text file holds invisible control characters (such as U+0007 or U+001B), which often come along when text is copied out of a PDF or a word processor. They would make the feeds, the sitemap and the charts invalid XML, so they are removed; the text around them may look odd.\n\nLook at the place named and retype the text there if it reads wrong.",
            },
            vi: Words {
                title: "Các ký tự điều khiển đã được bỏ đi",
                body: "Một tệp văn bản có những ký tự điều khiển vô hình (như U+0007 hay U+001B), thường lẫn vào khi chép văn bản từ tệp PDF hoặc chương trình soạn văn bản. Chúng sẽ làm tin Atom, sơ đồ trang và biểu đồ thành XML không hợp lệ, nên đã được bỏ đi; đoạn văn quanh đó có thể trông lạ.\n\nHãy xem lại chỗ được nêu và gõ lại đoạn văn ở đó nếu đọc thấy sai.",
            },
            wrong: ByLang {
                en: "title: Khuyến công   (with U+0007 after \"công\")",
                vi: "title: Khuyến công   (có U+0007 sau chữ \"công\")",
            },
            right: Same("title: Khuyến công"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::tests::forbidden_words;
    use serde_json::Value;
    use std::path::Path;

    #[test]
    fn codes_are_found_however_they_are_written() {
        let title = |code: &str| explain(code, MessageLang::En).map(|e| e.title);
        assert_eq!(title("BC1203"), Some("Expected a number"));
        assert_eq!(title("bc1203"), title("BC1203"));
        assert_eq!(title("1203"), title("BC1203"));
        assert_eq!(title(" Bc1203\n"), title("BC1203"));
        for unknown in ["BC0000", "BC12034", "BC120", "BCxxxx", "", "BC", "1203a", "ÀB1203"] {
            assert_eq!(title(unknown), None, "{unknown:?}");
        }
        let codes = all_codes();
        assert_eq!(codes.len(), every_kind().len());
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted, no code twice");
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        let mut failures = Vec::new();
        for message in every_kind() {
            let code = message.code();
            let (en, vi) = (explanation(&message, MessageLang::En), explanation(&message, MessageLang::Vi));
            for (lang, e) in [("en", en), ("vi", vi)] {
                for (part, text) in [("title", e.title), ("body", e.body), ("wrong", e.wrong), ("right", e.right)] {
                    if text.trim().is_empty() {
                        failures.push(format!("{code} {lang}: empty {part}"));
                    }
                }
            }
            if en.title == vi.title || en.body == vi.body {
                failures.push(format!("{code}: the Vietnamese title or body is the English one"));
            }
            if en.wrong == en.right {
                failures.push(format!("{code}: the wrong and the right example are the same"));
            }
            // Examples are what users type (`budget:` included); only the
            // notes written for each language are words to check.
            let Entry { wrong, right, .. } = entry(&message);
            let notes = [wrong, right].into_iter().filter_map(|e| match e {
                Example::ByLang { vi, .. } => Some(vi),
                Example::Same(_) => None,
            });
            for text in [vi.title, vi.body].into_iter().chain(notes) {
                let words = forbidden_words(text);
                if !words.is_empty() {
                    failures.push(format!("{code} {words:?}: {text}"));
                }
            }
            for text in [vi.title, vi.body, vi.wrong, vi.right] {
                if !unicode_normalization::is_nfc(text) {
                    failures.push(format!("{code}: not NFC: {text}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The YAML of a right example (front matter for an article or page).
    fn right_yaml(e: &Explanation) -> Option<&'static str> {
        match e.file {
            ExampleFile::SiteFile | ExampleFile::Programme | ExampleFile::AnyYaml => Some(e.right),
            ExampleFile::Article | ExampleFile::Page => Some(
                crate::validate::split_front_matter(e.right).unwrap_or_else(|(_, m)| panic!("{}: {m:?}", e.right)).0,
            ),
            ExampleFile::Template | ExampleFile::Files => None,
        }
    }

    #[test]
    fn right_examples_are_valid_yaml() {
        for code in all_codes() {
            for lang in [MessageLang::En, MessageLang::Vi] {
                let e = explain(code, lang).unwrap();
                if let Some(yaml) = right_yaml(&e)
                    && let Err(err) = crate::yaml::parse::<Value>(yaml)
                {
                    panic!("{code}: {:?}\n{yaml}", err.message);
                }
            }
        }
    }

    /// A small valid site, the one the examples are written against.
    const SITE: &str = "title: { vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }\nlanguages: [vi, en]\nbase_url: https://example.gov.vn/khuyencong/\n";
    const PROGRAMME: &str = "title: { vi: Chương trình khuyến công, en: Industrial promotion programme }
summary: { vi: Tóm tắt, en: Summary }
owner: { vi: Sở Công Thương, en: Department of Industry and Trade }
period: { start: 2018, end: 2020 }
tags: [che]
indicators:
  - id: mo-hinh
    title: { vi: Mô hình trình diễn, en: Demonstration models }
    unit: { vi: mô hình, en: models }
    target: 10
";
    const PROGRAMME_FILE: &str = "content/programs/khuyen-cong-ha-giang-2020.yaml";
    const FILES: [(&str, &str); 7] = [
        ("content/pages/gioi-thieu.vi.md", "---\ntitle: Giới thiệu\n---\nVăn bản.\n"),
        ("content/pages/gioi-thieu.en.md", "---\ntitle: About\n---\nText.\n"),
        ("content/articles/khai-truong.vi.md", "---\ntitle: Khai trương\ndate: 2019-03-15\n---\nVăn bản.\n"),
        ("content/articles/khai-truong.en.md", "---\ntitle: Opening\ndate: 2019-03-15\n---\nText.\n"),
        ("content/static/bao-cao.pdf", "%PDF-1.4"),
        ("content/static/khai-truong.jpg", "JPEG"),
        ("themes/ha-giang/i18n/vi.yaml", "nav:\n  home: Trang chủ\n"),
    ];

    /// A programme fragment laid over the base programme: keys replace
    /// keys, and the items of a list of maps (indicators) are laid over
    /// the base's items one by one, key by key.
    fn merge(base: &mut Value, fragment: Value) {
        let (Value::Object(base), Value::Object(fragment)) = (base, fragment) else { panic!("not a map") };
        for (key, value) in fragment {
            match (base.get_mut(&key), value) {
                (Some(Value::Array(items)), Value::Array(new)) if new.iter().all(Value::is_object) => {
                    for (i, item) in new.into_iter().enumerate() {
                        match (items.get_mut(i), item) {
                            (Some(Value::Object(old)), Value::Object(item)) => old.extend(item),
                            (_, item) => items.push(item),
                        }
                    }
                }
                (_, value) => {
                    base.insert(key, value);
                }
            }
        }
    }

    /// The codes of every diagnostic of the base site with `example` put
    /// where `file` says, and whether any is an error.
    fn codes_with(file: ExampleFile, example: &str) -> (Vec<&'static str>, bool) {
        let dir = tempfile::tempdir().unwrap();
        let put = |path: &str, text: &str| {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        for (path, text) in FILES {
            put(path, text);
        }
        // The photo is a real one: images are decoded.
        let mut photo = Vec::new();
        jpeg_encoder::Encoder::new(&mut photo, 75)
            .encode(&[90; 16 * 12 * 3], 16, 12, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        std::fs::write(dir.path().join("content/static/khai-truong.jpg"), photo).unwrap();
        put("content/site.yaml", if file == ExampleFile::SiteFile { example } else { SITE });
        let mut programme: Value = crate::yaml::parse(PROGRAMME).unwrap();
        if file == ExampleFile::Programme {
            merge(&mut programme, crate::yaml::parse(example).unwrap());
        }
        // JSON is YAML: the merged programme is written as JSON.
        put(PROGRAMME_FILE, &serde_json::to_string_pretty(&programme).unwrap());
        match file {
            ExampleFile::Article => put("content/articles/vi-du.vi.md", example),
            ExampleFile::Page => put("content/pages/vi-du.vi.md", example),
            _ => {}
        }
        let outcome = crate::pipeline::run(Path::new(dir.path()), &Default::default()).unwrap();
        let codes = outcome.diagnostics.iter().map(|d| d.message.code()).collect();
        (codes, outcome.has_errors())
    }

    /// Wrong examples that stand for more than they are: the limits are far
    /// beyond a few lines, and a programme fragment is laid over the base
    /// one through a YAML value, which keeps numbers as numbers (`1.000`
    /// becomes 1) and refuses `.nan`: those kinds are pinned with real files
    /// in `tests/errors.rs` instead.
    const ILLUSTRATIONS: [&str; 10] =
        ["BC1103", "BC1104", "BC1105", "BC3302", "BC3303", "BC3304", "BC3305", "BC3306", "BC3307", "BC1208"];

    #[test]
    fn wrong_examples_give_their_code_and_right_ones_do_not() {
        let mut failures = Vec::new();
        for code in all_codes() {
            let e = explain(code, MessageLang::En).unwrap();
            let codes = |text: &str| match e.file {
                ExampleFile::AnyYaml => match crate::yaml::parse::<Value>(text) {
                    Ok(_) => (vec![], false),
                    Err(err) => (vec![err.message.code()], true),
                },
                file => codes_with(file, text),
            };
            if matches!(e.file, ExampleFile::Template | ExampleFile::Files) {
                continue;
            }
            if !ILLUSTRATIONS.contains(&code) {
                let (wrong, _) = codes(e.wrong);
                if !wrong.contains(&code) {
                    failures.push(format!("{code}: the wrong example gives {wrong:?}"));
                }
            }
            let (right, has_errors) = codes(e.right);
            if has_errors || right.contains(&code) {
                failures.push(format!("{code}: the right example gives {right:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
