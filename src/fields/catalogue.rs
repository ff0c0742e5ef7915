//! The fields themselves, in the order the reference gives them. Each list
//! names the struct that reads it; `fields::tests` holds the two together.
//!
//! The examples make one consistent site (`fields::example_file`): the
//! period 2018–2020, figures up to the as-of date 2020-12-31, the topic
//! `che`, the programme `khuyen-cong-ha-giang-2020`, the image
//! `/static/anh/hoi-nghi.jpg` and the theme `ha-giang`.

use super::{Field, Kind, Need, Shape, Words, w};

const AT_THE_ROOT: Words = w("ở gốc trang web", "at the site's root");

/// `content/site.yaml` (`config::RawSite`).
pub const SITE: [Field; 16] = [
    Field::new(
        "title",
        Kind::Localized,
        Need::Required,
        w(
            "Tên trang web, hiện ở đầu mỗi trang và trên thanh tiêu đề của trình duyệt.",
            "The site's name, shown at the top of every page and in the browser's title bar.",
        ),
    )
    .example("{ vi: Khuyến công Hà Giang, en: Ha Giang Industrial Promotion }"),
    Field::new(
        "description",
        Kind::Localized,
        Need::Optional,
        w(
            "Vài câu giới thiệu trang web, hiện ở trang chủ và dùng làm mô tả cho công cụ tìm kiếm.",
            "A few sentences about the site, shown on the home page and given to search engines as its description.",
        ),
    )
    .example(
        "{ vi: Thông tin công khai về chương trình khuyến công của tỉnh., en: Public information on the province's industrial promotion programme. }",
    ),
    Field::new(
        "languages",
        Kind::Languages,
        Need::Required,
        w(
            "Các ngôn ngữ của trang web. Ngôn ngữ đầu tiên là ngôn ngữ mặc định: các trang của nó nằm ở gốc trang web, các ngôn ngữ khác nằm dưới `/<mã>/`, và văn bản thiếu bản dịch thì dùng bản của ngôn ngữ này.",
            "The site's languages. The first is the default language: its pages are at the site's root, the others under `/<code>/`, and a text without a translation falls back to it.",
        ),
    )
    .example("[vi, en]"),
    Field::new(
        "base_url",
        Kind::Shaped(Shape::WebAddress),
        Need::Optional,
        w(
            "Địa chỉ đầy đủ nơi đăng trang web. Cần có để tạo địa chỉ chuẩn (canonical) của mỗi trang, liên kết tuyệt đối trong nguồn tin Atom, tệp `sitemap.xml` và trang 404; không có thì baocao cảnh báo. `--base-url` khi dựng trang sẽ thay giá trị này.",
            "The full address the site is published at. It gives each page its canonical address, absolute links in the Atom feeds, `sitemap.xml` and a 404 page; without it the build warns. `--base-url` overrides it.",
        ),
    )
    .example("https://example.gov.vn/khuyencong/")
    .rule(w("Dấu `/` ở cuối được tự thêm nếu thiếu.", "A final `/` is added when it is missing.")),
    Field::new(
        "organisation",
        Kind::Localized,
        Need::Optional,
        w(
            "Tên cơ quan đăng trang web, hiện ở đầu và chân mỗi trang.",
            "The public body that publishes the site, shown in the header and the footer of every page.",
        ),
    )
    .example("{ vi: Sở Công Thương tỉnh Hà Giang, en: Ha Giang Department of Industry and Trade }"),
    Field::new(
        "contact",
        Kind::Group(&CONTACT),
        Need::Optional,
        w("Thông tin liên hệ, hiện ở chân mỗi trang.", "Contact details, shown in the footer of every page."),
    ),
    Field::new(
        "currency",
        Kind::Text,
        Need::Optional,
        w("Đơn vị tiền tệ mặc định của kinh phí các chương trình.", "The default currency of programme budgets."),
    )
    .default("VND")
    .example("VND"),
    Field::new(
        "theme",
        Kind::Shaped(Shape::Theme),
        Need::Optional,
        w(
            "Tên giao diện. Mỗi tệp trong `themes/<tên>/` thay cho tệp cùng đường dẫn của giao diện có sẵn, nên chỉ cần để ở đó những tệp muốn đổi.",
            "The theme's name. Each file in `themes/<name>/` replaces the built-in theme's file of the same path, so that folder holds only the files you change.",
        ),
    )
    .default("default")
    .example("ha-giang")
    .rule(w(
        "Với tên khác `default`, thư mục `themes/<tên>/` phải có.",
        "For a name other than `default`, the folder `themes/<name>/` must exist.",
    )),
    Field::new(
        "paths",
        Kind::Map {
            key: Shape::Language,
            placeholder: w("<mã ngôn ngữ>", "<lang>"),
            key_example: "vi",
            value: &Kind::Group(&PATHS),
        },
        Need::Optional,
        w(
            "Tên các mục trong địa chỉ trang, theo từng ngôn ngữ của `languages`. Chỉ cần ghi những tên muốn đổi.",
            "The names of the site's sections in its addresses, for each language of `languages`. Write only those you change.",
        ),
    )
    .rule(w(
        "Hai mục của một ngôn ngữ không được trùng tên; với ngôn ngữ mặc định, mục không được mang tên `static`, `theme`, `data`, `charts` hay một mã ngôn ngữ.",
        "Two sections of one language cannot share a name; in the default language, no section may be named `static`, `theme`, `data`, `charts` or a language code.",
    )),
    Field::new(
        "per_page",
        Kind::Integer { min: Some(1), max: Some(1000) },
        Need::Optional,
        w(
            "Số bài viết trên mỗi trang của danh sách bài viết và của mỗi chủ đề.",
            "How many articles each page of the article list, and of each topic, shows.",
        ),
    )
    .default("10")
    .example("6"),
    Field::new(
        "status",
        Kind::Group(&STATUS),
        Need::Optional,
        w(
            "Các ngưỡng để xếp trạng thái tiến độ của chỉ tiêu. Tỷ lệ chặng đường đã đi (từ giá trị ban đầu đến mục tiêu) được chia cho tỷ lệ thời gian đã trôi qua, tính đến ngày chốt số liệu.",
            "The thresholds of indicators' progress statuses. The share of the way covered (from baseline to target) is divided by the share of the time elapsed, at the as-of date.",
        ),
    )
    .rule(w(
        "`at_risk` phải nhỏ hơn `on_track`.",
        "`at_risk` must be below `on_track`.",
    )),
    Field::new(
        "markdown",
        Kind::Group(&MARKDOWN),
        Need::Optional,
        w("Cách baocao xử lý Markdown.", "How baocao treats Markdown."),
    ),
    Field::new(
        "images",
        Kind::Group(&IMAGES),
        Need::Optional,
        w(
            "Cách baocao chuẩn bị ảnh của bài viết, trang và chương trình: mỗi ảnh được xoay cho đúng chiều, xóa mọi thông tin ẩn đi kèm (vị trí GPS, máy chụp, chủ sở hữu) và thu nhỏ về vài chiều rộng để điện thoại tải cỡ vừa với mình. Ảnh gốc không được đăng.",
            "How baocao prepares the images of articles, pages and programmes: each is turned upright, cleared of every hidden detail (GPS position, camera, owner) and resized to a few widths, so that a phone loads the size it needs. The file as taken is not published.",
        ),
    ),
    Field::new(
        "as_of",
        Kind::Date,
        Need::Optional,
        w(
            "Ngày chốt số liệu: trạng thái của mọi chỉ tiêu được tính đến ngày này, và các trang ghi rõ ngày này. `--as-of` khi dựng trang sẽ thay giá trị này.",
            "The as-of date: the day the figures are reported at. Every indicator's status is computed at it, and pages say it. `--as-of` overrides it.",
        ),
    )
    .default_words(w(
        "ngày của `SOURCE_DATE_EPOCH` nếu có, nếu không thì ngày muộn nhất trong nội dung (ngày của một bài viết, hoặc của một số liệu: với số liệu theo năm là ngày cuối năm)",
        "the day of `SOURCE_DATE_EPOCH` when it is set, else the latest date in the content (an article's, or a figure's: the last day of its year for a yearly one)",
    ))
    .example("2020-12-31")
    .rule(w(
        "Không mốc tiến độ nào được muộn hơn ngày này.",
        "No progress point may be later than this day.",
    )),
    Field::new(
        "tags",
        Kind::Map {
            key: Shape::TagId,
            placeholder: w("<mã chủ đề>", "<id>"),
            key_example: "che",
            value: &Kind::Topic(&TOPIC),
        },
        Need::Optional,
        w(
            "Danh mục chủ đề: mỗi chủ đề một mã (cũng là địa chỉ trang chủ đề) và tên theo từng ngôn ngữ. Chủ đề ghi trong chương trình và bài viết được đối chiếu với mã hoặc với bất kỳ tên nào, không phân biệt dấu và chữ hoa: `Chè`, `che` và `Tea` là một chủ đề. Chủ đề không có trong danh mục vẫn dùng được, kèm cảnh báo.",
            "The topic vocabulary: each topic's id (also the address of its page) and its name in each language. Tags in programmes and articles match an id or any name, accents and capitals aside: `Chè`, `che` and `Tea` are one topic. A tag outside the vocabulary still works, with a warning.",
        ),
    )
    .rule(w(
        "Mỗi mục là tên của chủ đề (`che: { vi: Chè, en: Tea }`), hoặc `label:` kèm `description:`. Hai chủ đề không được trùng tên.",
        "Each entry is the topic's name (`che: { vi: Chè, en: Tea }`), or `label:` with `description:`. Two topics cannot share a name.",
    )),
    Field::new(
        "license",
        Kind::Shaped(Shape::Licence),
        Need::Optional,
        w(
            "Giấy phép của nội dung và dữ liệu mở của trang web, ghi ở chân trang, trong gói dữ liệu và trong mô tả dữ liệu cho máy đọc.",
            "The licence of the site's text and open data, named in the footer, the data package and the machine-readable dataset description.",
        ),
    )
    .default("CC-BY-4.0")
    .example("CC-BY-SA-4.0"),
];

/// `site.yaml`'s `contact` (`config::RawContact`).
const CONTACT: [Field; 3] = [
    Field::new("email", Kind::Text, Need::Optional, w("Địa chỉ thư điện tử.", "An e-mail address."))
        .example("khuyencong@example.gov.vn"),
    Field::new(
        "phone",
        Kind::Text,
        Need::Optional,
        w("Số điện thoại, ghi đúng như muốn hiển thị.", "A telephone number, written as it should be shown."),
    )
    .example("\"+84 219 000 0000\""),
    Field::new("address", Kind::Localized, Need::Optional, w("Địa chỉ trụ sở.", "The postal address."))
        .example("{ vi: \"Số 1 đường Nguyễn Trãi, thành phố Hà Giang\", en: \"1 Nguyen Trai Street, Ha Giang City\" }")
        .rule(w(
            "Văn bản có dấu phẩy đặt trong `{ … }` phải nằm trong dấu ngoặc kép.",
            "Inside `{ … }`, a text with a comma must be in quotes.",
        )),
];

/// `site.yaml`'s `paths.<lang>` (`config::RawPaths`).
const PATHS: [Field; 5] = [
    Field::new(
        "articles",
        Kind::Shaped(Shape::Section),
        Need::Optional,
        w("Mục bài viết: `/<mục>/`, `/<mục>/<bài>/`.", "The articles section: `/<section>/`, `/<section>/<article>/`."),
    )
    .default_words(w(
        "`bai-viet` với `vi`, `articles` với các ngôn ngữ khác",
        "`bai-viet` in `vi`, `articles` in other languages",
    ))
    .example("tin-tuc"),
    Field::new(
        "programs",
        Kind::Shaped(Shape::Section),
        Need::Optional,
        w("Mục chương trình.", "The programmes section."),
    )
    .default_words(w(
        "`chuong-trinh` với `vi`, `programs` với các ngôn ngữ khác",
        "`chuong-trinh` in `vi`, `programs` in other languages",
    ))
    .example("du-an"),
    Field::new("tags", Kind::Shaped(Shape::Section), Need::Optional, w("Mục chủ đề.", "The topics section."))
        .default_words(w(
            "`chu-de` với `vi`, `tags` với các ngôn ngữ khác",
            "`chu-de` in `vi`, `tags` in other languages",
        ))
        .example("linh-vuc"),
    Field::new("search", Kind::Shaped(Shape::Section), Need::Optional, w("Trang tìm kiếm.", "The search page."))
        .default_words(w(
            "`tim-kiem` với `vi`, `search` với các ngôn ngữ khác",
            "`tim-kiem` in `vi`, `search` in other languages",
        ))
        .example("tra-cuu"),
    Field::new(
        "pages",
        Kind::Shaped(Shape::PagesSection),
        Need::Optional,
        w(
            "Mục chứa các trang (giới thiệu, phương pháp); để trống thì các trang nằm ngay ở gốc.",
            "The section that holds the pages (about, methodology); empty puts them at the root.",
        ),
    )
    .default_words(AT_THE_ROOT)
    .example("trang"),
];

/// `site.yaml`'s `status` (`config::RawThresholds`).
const STATUS: [Field; 3] = [
    Field::new(
        "on_track",
        Kind::Fraction,
        Need::Optional,
        w(
            "Chỉ tiêu được xếp là đúng tiến độ khi tỷ số giữa chặng đường đã đi và thời gian đã trôi qua đạt ít nhất mức này.",
            "An indicator is on track when the share of the way covered, divided by the share of the time elapsed, is at least this.",
        ),
    )
    .default("0.9")
    .example("0.85"),
    Field::new(
        "at_risk",
        Kind::Fraction,
        Need::Optional,
        w(
            "Dưới `on_track` nhưng đạt ít nhất mức này thì chỉ tiêu có nguy cơ chậm; thấp hơn nữa là chậm tiến độ.",
            "Below `on_track` but at least this, an indicator is at risk; below it, off track.",
        ),
    )
    .default("0.6")
    .example("0.5"),
    Field::new(
        "stale_after_months",
        Kind::Integer { min: Some(0), max: Some(240) },
        Need::Optional,
        w(
            "Nếu số liệu mới nhất của một chỉ tiêu đã cũ hơn số tháng này so với ngày chốt số liệu (hoặc so với cuối năm cần đạt mục tiêu, nếu sớm hơn), chỉ tiêu đó được ghi chú là số liệu cũ ở mọi nơi hiện trạng thái của nó. Ghi 0 thì số liệu không bao giờ bị coi là cũ.",
            "An indicator whose latest figure is older than this many months at the as-of date (or at the end of its target year, if sooner) is marked out of date wherever its status appears. 0 never marks a figure as old.",
        ),
    )
    .default("12")
    .example("18"),
];

/// `site.yaml`'s `images` (`config::RawImages`).
const IMAGES: [Field; 4] = [
    Field::new(
        "widths",
        Kind::List(&Kind::Integer { min: Some(64), max: Some(4096) }),
        Need::Optional,
        w(
            "Các chiều rộng (điểm ảnh) mà mỗi ảnh được thu nhỏ về; ảnh không bao giờ bị phóng to, ảnh hẹp hơn thì giữ chiều rộng của nó.",
            "The widths (in pixels) each image is resized to; an image is never enlarged: a narrower one keeps its own width.",
        ),
    )
    .default("[360, 720, 1080]")
    .example("[360, 720, 1080]"),
    Field::new(
        "quality",
        Kind::Integer { min: Some(30), max: Some(95) },
        Need::Optional,
        w(
            "Chất lượng JPEG của ảnh chụp: số nhỏ thì ảnh nhẹ hơn nhưng kém nét hơn.",
            "The JPEG quality of photos: lower is lighter but less sharp.",
        ),
    )
    .default("75")
    .example("70"),
    Field::new(
        "webp",
        Kind::Boolean,
        Need::Optional,
        w(
            "`true` thì ảnh có nền trong suốt (PNG) có thêm bản WebP nhẹ hơn cho các trình duyệt đọc được. Ảnh chụp vẫn là JPEG.",
            "`true` gives images with transparency (PNG) a lighter WebP twin for browsers that read it. Photos stay JPEG.",
        ),
    )
    .default("true")
    .example("true"),
    Field::new(
        "original",
        Kind::Boolean,
        Need::Optional,
        w(
            "`true` thì dưới mỗi ảnh có liên kết \"Ảnh gốc\" đến ảnh ở kích thước đầy đủ (đã xoay đúng chiều và xóa thông tin ẩn).",
            "`true` puts a link \"Original\" under each image, to the image at its full size (upright, without hidden details).",
        ),
    )
    .default("false")
    .example("false"),
];

/// `site.yaml`'s `markdown` (`config::RawMarkdown`).
const MARKDOWN: [Field; 1] = [Field::new(
    "unsafe_html",
    Kind::Boolean,
    Need::Optional,
    w(
        "`true` thì tắt bộ lọc HTML của Markdown: mọi mã HTML được giữ nguyên, kể cả mã chạy được (script). Mỗi lần `check` đều cảnh báo. Chỉ bật khi mọi người viết bài đều tin cậy được và thật sự cần.",
        "`true` turns off the HTML allow-list of Markdown: all raw HTML is kept, scripts included, and every `check` warns. Turn it on only when everyone who writes is trusted and it is really needed.",
    ),
)
.default("false")
.example("false")];

/// A topic of `site.yaml`'s `tags` in its long form (`config::RawTagDef`,
/// read by hand: tested by parsing).
const TOPIC: [Field; 2] = [
    Field::new("label", Kind::Localized, Need::Required, w("Tên của chủ đề.", "The topic's name."))
        .example("{ vi: Chè, en: Tea }"),
    Field::new(
        "description",
        Kind::Localized,
        Need::Optional,
        w("Vài câu giới thiệu chủ đề, hiện ở trang chủ đề.", "A few sentences about the topic, shown on its page."),
    )
    .example("{ vi: Cây chè Shan tuyết và các sản phẩm từ chè., en: Shan tuyet tea and what is made from it. }"),
];

/// `content/programs/<id>.yaml` (`validate::program::RawProgram`).
pub const PROGRAM: [Field; 9] = [
    Field::new("title", Kind::Localized, Need::Required, w("Tên chương trình.", "The programme's name."))
        .example("{ vi: Chương trình khuyến công tỉnh Hà Giang đến năm 2020, en: Ha Giang industrial promotion programme to 2020 }"),
    Field::new(
        "summary",
        Kind::Localized,
        Need::Required,
        w(
            "Tóm tắt trong một, hai câu, không định dạng (không dùng Markdown), hiện ở danh sách chương trình và đầu trang chương trình.",
            "One or two sentences, plain text (not Markdown), shown in the list of programmes and at the top of the programme's page.",
        ),
    )
    .example("{ vi: Giúp các cơ sở công nghiệp nông thôn đổi mới công nghệ., en: Helps rural industry take up new technology. }"),
    Field::new(
        "description",
        Kind::Localized,
        Need::Optional,
        w(
            "Phần giới thiệu đầy đủ, viết bằng Markdown, hiện trên trang chương trình.",
            "The full description, in Markdown, shown on the programme's page.",
        ),
    )
    .example("{ vi: \"Ưu tiên **chè** và **thảo quả**.\", en: \"**Tea** and **cardamom** come first.\" }"),
    Field::new(
        "owner",
        Kind::Localized,
        Need::Required,
        w("Đơn vị chủ trì thực hiện chương trình.", "The body in charge of the programme."),
    )
    .example("{ vi: Sở Công Thương tỉnh Hà Giang, en: Ha Giang Department of Industry and Trade }"),
    Field::new(
        "period",
        Kind::Group(&PERIOD),
        Need::Required,
        w("Thời gian thực hiện, tính theo năm.", "The years the programme runs."),
    )
    .rule(w("`start` không được sau `end`.", "`start` cannot be after `end`.")),
    Field::new(
        "sample_data",
        Kind::Boolean,
        Need::Optional,
        w(
            "`true` khi số liệu chỉ để minh hoạ, chưa phải số liệu chính thức: mọi trang của chương trình đều ghi rõ như vậy.",
            "`true` when the figures are illustrative, not official: every page of the programme says so.",
        ),
    )
    .default("false")
    .example("true"),
    Field::new(
        "tags",
        Kind::List(&Kind::Text),
        Need::Optional,
        w(
            "Các chủ đề của chương trình, ghi bằng mã hoặc tên trong danh mục chủ đề (`tags` của `site.yaml`).",
            "The programme's topics, by id or by name from the topic vocabulary (`tags` in `site.yaml`).",
        ),
    )
    .example("[che]"),
    Field::new("budget", Kind::Group(&BUDGET), Need::Optional, w("Kinh phí của chương trình.", "The programme's budget.")),
    Field::new(
        "indicators",
        Kind::List(&Kind::Group(&INDICATOR)),
        Need::Required,
        w(
            "Các chỉ tiêu của chương trình, theo thứ tự hiện trên trang.",
            "The programme's indicators, in the order its page shows them.",
        ),
    ),
];

/// A programme's `period` (`validate::program::RawPeriod`).
const PERIOD: [Field; 2] = [
    Field::new(
        "start",
        Kind::Year,
        Need::Required,
        w(
            "Năm bắt đầu. Giá trị ban đầu của mỗi chỉ tiêu là giá trị tại năm này.",
            "The first year. Each indicator's baseline is its value in this year.",
        ),
    )
    .example("2018"),
    Field::new(
        "end",
        Kind::Year,
        Need::Required,
        w(
            "Năm kết thúc, cũng là năm cần đạt mục tiêu của các chỉ tiêu không ghi `target_year`.",
            "The last year, also the target year of indicators without `target_year`.",
        ),
    )
    .example("2020"),
];

/// A programme's `budget` (`validate::program::RawBudget`).
const BUDGET: [Field; 3] = [
    Field::new("currency", Kind::Text, Need::Optional, w("Đơn vị tiền tệ của kinh phí.", "The budget's currency."))
        .default_words(w("`currency` của `site.yaml`", "`currency` of `site.yaml`"))
        .example("VND"),
    Field::new("planned", Kind::Amount, Need::Required, w("Tổng kinh phí dự kiến.", "The total budget planned."))
        .example("26990000000")
        .rule(w("Lớn hơn 0.", "Above 0.")),
    Field::new(
        "disbursed",
        Kind::List(&Kind::Group(&DISBURSEMENT)),
        Need::Optional,
        w("Kinh phí đã giải ngân trong từng năm.", "The amount disbursed in each year."),
    ),
];

/// An item of `budget.disbursed` (`validate::program::RawDisbursement`).
const DISBURSEMENT: [Field; 2] = [
    Field::new("year", Kind::Year, Need::Required, w("Năm giải ngân.", "The year of the disbursement."))
        .example("2019")
        .rule(w("Mỗi năm chỉ ghi một lần.", "Each year once.")),
    Field::new(
        "amount",
        Kind::Amount,
        Need::Required,
        w("Số tiền đã giải ngân trong năm đó.", "The amount disbursed in that year."),
    )
    .example("8900000000"),
];

/// An item of `indicators` (`validate::program::RawIndicator`).
const INDICATOR: [Field; 10] = [
    Field::new(
        "id",
        Kind::Shaped(Shape::Id),
        Need::Required,
        w(
            "Mã của chỉ tiêu, không trùng với chỉ tiêu khác trong chương trình. Mã dùng trong địa chỉ (`@/programs/<chương trình>.yaml#<mã>`) và trong tên tệp biểu đồ.",
            "The indicator's id, unique in the programme. It is used in addresses (`@/programs/<programme>.yaml#<id>`) and in the names of chart files.",
        ),
    )
    .example("mo-hinh-trinh-dien"),
    Field::new("title", Kind::Localized, Need::Required, w("Tên chỉ tiêu.", "The indicator's name."))
        .example("{ vi: Mô hình trình diễn kỹ thuật, en: Technology demonstration models }"),
    Field::new(
        "unit",
        Kind::Localized,
        Need::Required,
        w("Đơn vị tính, viết sau số liệu (`57 cơ sở`).", "The unit, written after each figure (`57 facilities`)."),
    )
    .example("{ vi: mô hình, en: models }"),
    Field::new(
        "baseline",
        Kind::Figure,
        Need::Optional,
        w(
            "Giá trị ban đầu: giá trị của chỉ tiêu tại năm bắt đầu của chương trình (`period.start`).",
            "The baseline: the indicator's value in the programme's first year (`period.start`).",
        ),
    )
    .default("0")
    .example("2"),
    Field::new(
        "target",
        Kind::Figure,
        Need::Required,
        w(
            "Giá trị cần đạt vào năm cần đạt mục tiêu (`target_year`). Mục tiêu thấp hơn giá trị ban đầu nghĩa là chỉ tiêu phải giảm (như tỷ lệ hộ nghèo); khi đó ghi `measure: level`.",
            "The target, to reach by the target year. A target below the baseline means the indicator must fall (a poverty rate); such an indicator is `measure: level`.",
        ),
    )
    .example("10")
    .rule(w(
        "Phải khác giá trị ban đầu; với chỉ tiêu cộng dồn, không được thấp hơn giá trị ban đầu.",
        "Not equal to the baseline; for a cumulative indicator, not below it.",
    )),
    Field::new(
        "target_year",
        Kind::Year,
        Need::Optional,
        w("Năm cần đạt mục tiêu.", "The year the target is due."),
    )
    .default_words(w("`period.end`", "`period.end`"))
    .example("2020")
    .rule(w("Không được sớm hơn `period.start`.", "Not before `period.start`.")),
    Field::new(
        "progress",
        Kind::List(&Kind::Group(&POINT)),
        Need::Optional,
        w(
            "Các mốc tiến độ: giá trị đạt được tại từng năm hoặc từng ngày. Chưa có mốc nào thì chỉ tiêu được ghi là chưa có số liệu.",
            "The progress points: the value reached at each year or date. Without any, the indicator has no data yet.",
        ),
    )
    .rule(w(
        "Theo thứ tự thời gian, mỗi thời điểm một lần, không ra ngoài thời gian thực hiện quá một năm, không muộn hơn ngày chốt số liệu; với chỉ tiêu cộng dồn, giá trị không giảm.",
        "In time order, each time once, at most a year outside the period, none later than the as-of date; for a cumulative indicator, values never fall.",
    )),
    Field::new("source", Kind::Localized, Need::Optional, w("Nguồn của số liệu.", "Where the figures come from."))
        .example("{ vi: Báo cáo của Sở Công Thương, en: Reports of the Department of Industry and Trade }"),
    Field::new(
        "note",
        Kind::Localized,
        Need::Optional,
        w("Ghi chú thêm, hiện cùng chỉ tiêu.", "A note, shown with the indicator."),
    )
    .example("{ vi: Ưu tiên chè và thảo quả., en: Tea and cardamom come first. }"),
    Field::new(
        "measure",
        Kind::Choice(&["cumulative", "level"]),
        Need::Optional,
        w(
            "Loại chỉ tiêu: `cumulative` là chỉ tiêu cộng dồn, mỗi mốc ghi tổng lũy kế từ đầu chương trình và không bao giờ giảm (số mô hình đã xây dựng); `level` là chỉ tiêu mức độ, mỗi mốc ghi mức tại thời điểm đó, có thể tăng hoặc giảm (tỷ lệ hộ nghèo).",
            "The kind of indicator: `cumulative`, a running total since the programme's start that never falls (models built); `level`, the level at each time, which may rise or fall (a poverty rate).",
        ),
    )
    .default("cumulative")
    .example("level"),
];

/// An item of `progress` (`validate::program::RawPoint`).
const POINT: [Field; 3] = [
    Field::new(
        "year",
        Kind::Year,
        Need::OneOf(&["year", "date"]),
        w("Năm của số liệu: số liệu cả năm, tính đến ngày 31/12.", "The year of a yearly figure, as at 31 December."),
    )
    .example("2019"),
    Field::new(
        "date",
        Kind::Date,
        Need::OneOf(&["year", "date"]),
        w("Ngày của số liệu, khi số liệu được chốt trong năm.", "The date of a figure reported during a year."),
    )
    .example("2020-06-30"),
    Field::new(
        "value",
        Kind::Figure,
        Need::Required,
        w(
            "Giá trị đạt được: với chỉ tiêu cộng dồn là tổng lũy kế, với chỉ tiêu mức độ là mức tại thời điểm đó.",
            "The value reached: the running total for a cumulative indicator, the level at that time for a level.",
        ),
    )
    .example("7"),
];

/// Front matter of articles and pages (`validate::document::RawFrontMatter`).
pub const FRONT_MATTER: [Field; 11] = [
    Field::new("title", Kind::Text, Need::Required, w("Tiêu đề bài viết hoặc trang.", "The title of the article or page."))
        .example("\"Hà Giang: giải pháp trọng tâm cho khuyến công\"")
        .rule(w(
            "Không để trống. Tiêu đề có dấu hai chấm theo sau là dấu cách, hoặc bắt đầu bằng một ký tự đặc biệt (`[`, `{`, `\"`, `#`…), phải nằm trong dấu ngoặc kép.",
            "Not empty. A title with a colon followed by a space, or starting with a special character (`[`, `{`, `\"`, `#`…), must be in quotes.",
        )),
    Field::new(
        "date",
        Kind::Date,
        Need::InArticles,
        w(
            "Ngày đăng. Danh sách bài viết xếp theo ngày, mới nhất trước.",
            "The date of publication. Article lists are newest first.",
        ),
    )
    .example("2020-06-22"),
    Field::new(
        "summary",
        Kind::Text,
        Need::Optional,
        w(
            "Tóm tắt, hiện ở danh sách bài viết và dùng làm mô tả của trang cho công cụ tìm kiếm.",
            "A summary, shown in article lists and given to search engines as the page's description.",
        ),
    )
    .default_words(w("đoạn văn đầu tiên của bài", "the first paragraph"))
    .example("Tỉnh đặt trọng tâm vào chè và thảo quả."),
    Field::new(
        "programs",
        Kind::List(&Kind::Shaped(Shape::Id)),
        Need::Optional,
        w(
            "Các chương trình mà bài viết nói đến, ghi bằng mã (tên tệp trong `content/programs/`, không có `.yaml`). Bài viết và chương trình liên kết tới nhau.",
            "The programmes the article is about, by id (the file name in `content/programs/`, without `.yaml`). The article and the programme link to each other.",
        ),
    )
    .example("[khuyen-cong-ha-giang-2020]")
    .rule(w("Mỗi mã là một tệp của `content/programs/`.", "Each is a file of `content/programs/`.")),
    Field::new(
        "tags",
        Kind::List(&Kind::Text),
        Need::Optional,
        w(
            "Các chủ đề của bài viết, ghi bằng mã hoặc tên trong danh mục chủ đề (`tags` của `site.yaml`).",
            "The article's topics, by id or by name from the topic vocabulary (`tags` in `site.yaml`).",
        ),
    )
    .example("[Chè]"),
    Field::new(
        "slug",
        Kind::Shaped(Shape::Slug),
        Need::Optional,
        w(
            "Phần cuối của địa chỉ trang (`/bai-viet/<slug>/`).",
            "The last part of the page's address (`/articles/<slug>/`).",
        ),
    )
    .default_words(w(
        "tên tệp, không có phần ngôn ngữ và `.md`",
        "the file name, without the language and `.md`",
    ))
    .example("giai-phap-khuyen-cong")
    .rule(w(
        "Không trùng với bài khác cùng ngôn ngữ và cùng mục; trang không được mang tên một mục của trang web.",
        "Unique in its language and section; a page cannot take the name of a section of the site.",
    )),
    Field::new(
        "draft",
        Kind::Boolean,
        Need::Optional,
        w(
            "`true` thì đây là bản nháp: chỉ được dựng khi chạy `baocao build --drafts`.",
            "`true` marks a draft, built only by `baocao build --drafts`.",
        ),
    )
    .default("false")
    .example("false"),
    Field::new(
        "image",
        Kind::Shaped(Shape::StaticFile),
        Need::Optional,
        w(
            "Ảnh của bài, hiện trên trang bài viết và khi chia sẻ lên mạng xã hội: một tệp JPEG, PNG hoặc WebP trong content/static/, được xử lý như mọi ảnh (xem `images` trong site.yaml).",
            "The article's image, shown on its page and when it is shared on social media: a JPEG, PNG or WebP file in content/static/, processed like every image (see `images` in site.yaml).",
        ),
    )
    .example("/static/anh/hoi-nghi.jpg"),
    Field::new(
        "image_alt",
        Kind::Text,
        Need::With("image"),
        w(
            "Lời mô tả ảnh cho người không xem được ảnh (trình đọc màn hình đọc lời này).",
            "The image told in words, for readers who cannot see it (screen readers read it).",
        ),
    )
    .example("Đại biểu dự hội nghị khuyến công"),
    Field::new(
        "menu",
        Kind::Integer { min: None, max: None },
        Need::PagesOnly,
        w(
            "Đưa trang vào thanh điều hướng; các trang được xếp theo số này, từ nhỏ đến lớn.",
            "Puts the page in the navigation; pages are ordered by this number, smallest first.",
        ),
    )
    .example("2"),
    Field::new(
        "translations",
        Kind::Choice(&["none"]),
        Need::Optional,
        w(
            "`none`: bài viết hoặc trang cố ý chỉ có ở một ngôn ngữ; `check` không báo thiếu bản dịch của nó.",
            "`none`: the article or page is in one language on purpose; `check` does not report it as untranslated.",
        ),
    )
    .example("none"),
];
