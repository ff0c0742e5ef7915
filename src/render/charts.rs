//! SVG charts drawn at build time with plotters (drawing primitives only,
//! into the backend of `render/chart_svg`, which places all text at
//! absolute positions), made accessible: `role="img"`, a `<title>` and a
//! `<desc>` referenced by `aria-labelledby`, and a `viewBox`.
//!
//! Text is laid out with the metrics of a bundled font (Liberation Sans,
//! metric-compatible with Arial, with Vietnamese glyphs), never a system
//! font, so the same input gives the same bytes on any machine. The SVG
//! asks for Arial-compatible fonts first, then any sans-serif; layout keeps
//! a margin for wider fonts. Status icons are drawn as shapes, not glyphs
//! (the bundled font has no ✓ or ✕).
//!
//! One drawing serves both forms of a chart: inline in a page, and
//! standalone with a [`Caption`] (title, subtitle, caveats, source)
//! source) that it keeps once pasted into a document.
//!
//! Colours come from the UK Analysis Function palette and the theme's status
//! colours, each at least 3:1 against white; shapes, dash patterns and words
//! carry every meaning as well, never colour alone.

use super::chart_svg::{SvgWriter, font_px};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::Once;

/// The font charts are measured with, and the PNGs drawn with.
pub(super) static FONT: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
static REGISTER: Once = Once::new();

/// The family registered with plotters for the bundled metrics (the SVG
/// names `chart_svg::FONT_STACK` instead).
const FAMILY: &str = "sans-serif";
/// Text sizes in plotters' units (the SVG gets `size / 1.24` px).
const TITLE: f64 = 24.0;
const TEXT: f64 = 22.0;
const SMALL: f64 = 19.0;
/// Chart width: narrow enough that text stays legible on a 360 px phone.
const WIDTH: u32 = 480;

const INK: RGBColor = RGBColor(0x0b, 0x0c, 0x0c);
const MUTED: RGBColor = RGBColor(0x50, 0x5a, 0x5f);
const TRACK: RGBColor = RGBColor(0xf3, 0xf2, 0xf1);
const RULE: RGBColor = RGBColor(0xb1, 0xb4, 0xb6);
const DARK_BLUE: RGBColor = RGBColor(0x12, 0x43, 0x6d);
const TURQUOISE: RGBColor = RGBColor(0x28, 0xa1, 0x97);
const DARK_PINK: RGBColor = RGBColor(0x80, 0x16, 0x50);
/// The theme's sample-data banner: background and left border.
const SAMPLE_BG: RGBColor = RGBColor(0xff, 0xf7, 0xbf);
const SAMPLE_BORDER: RGBColor = RGBColor(0xb4, 0x53, 0x09);

/// A colour by the theme's status key.
pub fn status_colour(key: &str) -> RGBColor {
    match key {
        "achieved" => RGBColor(0x00, 0x70, 0x3c),
        "on_track" => DARK_BLUE,
        "at_risk" => RGBColor(0xb4, 0x53, 0x09),
        "off_track" => RGBColor(0xd4, 0x35, 0x1c),
        _ => MUTED,
    }
}

/// One horizontal bar: a label above, a bar of `share` (0 to 1 of the
/// track; more is drawn full), the value in words beside it.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub share: f64,
    pub value: String,
    /// The status, drawn at the right of the bar.
    pub status: Option<StatusMark>,
    pub colour: RGBColor,
}

/// A status beside a bar: its key (`on_track`, as in `Status::key`) picks
/// the icon's shape, its words say it.
#[derive(Debug, Clone)]
pub struct StatusMark {
    pub key: &'static str,
    pub words: String,
}

/// A progress line over time, with the target and the expected path.
#[derive(Debug, Clone)]
pub struct Line {
    /// (time in years, value) of each progress point, in order.
    pub points: Vec<(f64, f64)>,
    pub baseline: (f64, f64),
    pub target: (f64, f64),
    /// How axis labels write numbers.
    pub numbers: crate::locale::NumberFormat,
    /// Legend words: progress, expected path, target.
    pub legend: [String; 3],
}

/// The words that make a chart accessible.
#[derive(Debug, Clone)]
pub struct Words {
    /// Unique in the page it is inlined in: `chart-demo-models`.
    pub id: String,
    pub title: String,
    pub desc: String,
}

/// The visible words of a standalone chart, which has no page around it
/// once pasted into a document or a slide.
#[derive(Debug, Clone)]
pub struct Caption {
    pub title: String,
    /// What the chart is of, a paragraph each: the programme, the figure in words.
    pub subtitle: Vec<String>,
    /// What a reader must not miss, in the banner: the sample-data line
    /// when the figures are illustrative, the note on old figures.
    pub caveats: Vec<String>,
    /// `Nguồn: …` / `Source: …`.
    pub source: String,
}

type Area<'a> = DrawingArea<SvgWriter<'a>, plotters::coord::Shift>;
type Drawn = Result<(), String>;

fn register() {
    REGISTER.call_once(|| {
        if plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_err() {
            panic!("the bundled chart font is not a valid font");
        }
    });
}

fn style(size: f64, colour: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    let mut s = TextStyle::from((FAMILY, size).into_font()).pos(Pos::new(h, v));
    s.color = colour.to_backend_color();
    s
}

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("drawing a chart: {e:?}")
}

/// Draws a chart whose drawing is `body` pixels high, with its caption
/// above and below when it is standalone, and adds the accessible parts.
fn svg(
    words: &Words,
    caption: Option<&Caption>,
    body: i32,
    draw: impl FnOnce(&Area) -> Drawn,
) -> Result<String, String> {
    register();
    let caption = caption.map(CaptionLines::new);
    let (head, foot) = caption.as_ref().map_or((0, 0), |c| (c.head_height(), c.foot_height()));
    let height = (head + body + foot) as u32;
    let mut elements = String::new();
    {
        let root = SvgWriter::new(&mut elements, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (top, rest) = root.split_vertically(head);
        let (chart, bottom) = rest.split_vertically(body);
        // In reading order: what a text-selecting reader or a screen reader meets.
        if let Some(c) = &caption {
            c.draw_head(&top)?;
        }
        draw(&chart)?;
        if let Some(c) = &caption {
            c.draw_foot(&bottom)?;
        }
        root.present().map_err(err)?;
    }
    let id = super::views::escape(&words.id);
    Ok(format!(
        "<svg width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n{elements}</svg>\n",
        super::views::escape(&words.title),
        super::views::escape(&words.desc)
    ))
}

/// A caption broken into lines, and where they go.
struct CaptionLines {
    title: Vec<String>,
    subtitle: Vec<String>,
    caveats: Vec<String>,
    source: Vec<String>,
}

const TITLE_LINE: i32 = 27;
const SMALL_LINE: i32 = 21;
/// Padding inside the caveats' banner, and the width of its border.
const PAD: i32 = 6;
const BORDER: i32 = 5;

impl CaptionLines {
    fn new(c: &Caption) -> CaptionLines {
        let width = WIDTH - 20;
        CaptionLines {
            title: wrap(&c.title, TITLE, width, 3),
            subtitle: c.subtitle.iter().flat_map(|p| wrap(p, SMALL, width, 2)).collect(),
            caveats: c.caveats.iter().flat_map(|s| wrap(s, SMALL, width - (BORDER + 2 * PAD) as u32, 2)).collect(),
            source: wrap(&c.source, SMALL, width, 4),
        }
    }

    fn banner_height(&self) -> i32 {
        if self.caveats.is_empty() { 0 } else { 8 + self.caveats.len() as i32 * SMALL_LINE + 2 * PAD }
    }

    fn head_height(&self) -> i32 {
        10 + self.title.len() as i32 * TITLE_LINE
            + 2
            + self.subtitle.len() as i32 * SMALL_LINE
            + self.banner_height()
            + 8
    }

    fn foot_height(&self) -> i32 {
        10 + self.source.len() as i32 * SMALL_LINE + 6
    }

    /// Title, subtitle, then the caveats' banner (near the top, where a
    /// crop or a quick look does not lose it).
    fn draw_head(&self, area: &Area) -> Drawn {
        let mut y = 10;
        for line in &self.title {
            area.draw(&Text::new(line.clone(), (10, y), style(TITLE, INK, HPos::Left, VPos::Top))).map_err(err)?;
            y += TITLE_LINE;
        }
        y += 2;
        for line in &self.subtitle {
            area.draw(&Text::new(line.clone(), (10, y), style(SMALL, MUTED, HPos::Left, VPos::Top))).map_err(err)?;
            y += SMALL_LINE;
        }
        if !self.caveats.is_empty() {
            let top = y + 8;
            let bottom = y + self.banner_height();
            area.draw(&Rectangle::new([(10, top), (WIDTH as i32 - 10, bottom)], SAMPLE_BG.filled())).map_err(err)?;
            area.draw(&Rectangle::new([(10, top), (10 + BORDER, bottom)], SAMPLE_BORDER.filled())).map_err(err)?;
            for (i, line) in self.caveats.iter().enumerate() {
                let at = (10 + BORDER + PAD, top + PAD + i as i32 * SMALL_LINE);
                area.draw(&Text::new(line.clone(), at, style(SMALL, INK, HPos::Left, VPos::Top))).map_err(err)?;
            }
        }
        Ok(())
    }

    /// A rule, then the source.
    fn draw_foot(&self, area: &Area) -> Drawn {
        let rule = vec![(10, 2), (WIDTH as i32 - 10, 2)];
        area.draw(&PathElement::new(rule, RULE.stroke_width(1))).map_err(err)?;
        for (i, line) in self.source.iter().enumerate() {
            let at = (10, 10 + i as i32 * SMALL_LINE);
            area.draw(&Text::new(line.clone(), at, style(SMALL, MUTED, HPos::Left, VPos::Top))).map_err(err)?;
        }
        Ok(())
    }
}

/// The width of `text` in pixels at `size`, by the bundled font's metrics,
/// at the size the SVG gives it, with a margin for readers whose sans-serif
/// is wider than Arial.
fn text_width(text: &str, size: f64) -> u32 {
    register();
    FontDesc::from((FAMILY, font_px(size))).box_size(text).map_or(u32::MAX, |(w, _)| (w as f64 * WIDER).ceil() as u32)
}

/// Room for fonts wider than the bundled metrics (DejaVu Sans, Verdana).
const WIDER: f64 = 1.12;

/// `text` broken into at most `max_lines` lines of `width` pixels; the last
/// line is cut with `…` if the text does not fit.
fn wrap(text: &str, size: f64, width: u32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
        if text_width(&candidate, size) <= width || current.is_empty() {
            current = candidate;
            continue;
        }
        if lines.len() + 1 == max_lines {
            // No more lines: what is left goes on this one, cut to fit.
            let rest: Vec<&str> = std::iter::once(word).chain(words.by_ref()).collect();
            current = format!("{current} {}", rest.join(" "));
            break;
        }
        lines.push(std::mem::replace(&mut current, word.to_string()));
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if let Some(last) = lines.last_mut().filter(|l| text_width(l, size) > width) {
        let chars: Vec<char> = last.chars().collect();
        let cut = |n: usize| chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
        let n = (0..chars.len()).rev().find(|&n| text_width(&cut(n), size) <= width).unwrap_or(0);
        *last = cut(n);
    }
    lines
}

/// Height of a label line, and of the bar under the label.
const LINE: i32 = 26;
const BAR: i32 = 22;

/// Widths shared by every row of a chart, so that tracks line up.
struct Columns {
    value: i32,
    status: i32,
}

/// The width of a status icon, and the gap between it and its words.
const ICON: i32 = 12;
const ICON_GAP: i32 = 5;

fn columns(rows: &[Bar]) -> Columns {
    let mut c = Columns { value: 0, status: 0 };
    for row in rows {
        c.value = c.value.max(text_width(&row.value, TEXT) as i32);
        if let Some(mark) = &row.status {
            c.status = c.status.max(ICON + ICON_GAP + text_width(&mark.words, SMALL) as i32 + 14);
        }
    }
    c
}

/// A bar's label, wrapped to the chart's width.
fn label_lines(row: &Bar) -> Vec<String> {
    wrap(&row.label, TEXT, WIDTH - 20, 2)
}

/// The height a row takes: its label lines, the bar, a gap.
fn row_height(lines: &[String]) -> i32 {
    lines.len() as i32 * LINE + 6 + BAR + 14
}

/// Horizontal bars, one row each: programme overview, home, budget, and an
/// indicator's own progress bar.
pub fn bars(words: &Words, caption: Option<&Caption>, rows: &[Bar]) -> Result<String, String> {
    let labels: Vec<Vec<String>> = rows.iter().map(label_lines).collect();
    let height = labels.iter().map(|l| row_height(l)).sum::<i32>() + 8;
    svg(words, caption, height, |area| {
        let c = columns(rows);
        let mut top = 8;
        for (row, lines) in rows.iter().zip(&labels) {
            draw_bar(area, row, lines, top, &c)?;
            top += row_height(lines);
        }
        Ok(())
    })
}

/// The label across the width (up to two lines), then the bar with its
/// value and status beside it; the status column is aligned on its left
/// edge, icons under icons.
fn draw_bar(area: &Area, row: &Bar, lines: &[String], top: i32, c: &Columns) -> Drawn {
    let (left, right) = (10, WIDTH as i32 - 10);
    for (i, line) in lines.iter().enumerate() {
        area.draw(&Text::new(line.clone(), (left, top + i as i32 * LINE), style(TEXT, INK, HPos::Left, VPos::Top)))
            .map_err(err)?;
    }
    let bar_top = top + lines.len() as i32 * LINE + 6;
    let bar_bottom = bar_top + BAR;
    let middle = bar_top + BAR / 2;
    if let Some(mark) = &row.status {
        let x = right - c.status + 14;
        icon(area, mark.key, (x, middle), row.colour)?;
        let words = style(SMALL, row.colour, HPos::Left, VPos::Center);
        area.draw(&Text::new(mark.words.clone(), (x + ICON + ICON_GAP, middle), words)).map_err(err)?;
    }
    let value_right = right - c.status;
    area.draw(&Text::new(row.value.clone(), (value_right, middle), style(TEXT, INK, HPos::Right, VPos::Center)))
        .map_err(err)?;
    let track_end = value_right - c.value - 12;
    area.draw(&Rectangle::new([(left, bar_top), (track_end, bar_bottom)], TRACK.filled())).map_err(err)?;
    let filled = left + ((track_end - left) as f64 * row.share.clamp(0.0, 1.0)).round() as i32;
    if filled > left {
        area.draw(&Rectangle::new([(left, bar_top), (filled, bar_bottom)], row.colour.filled())).map_err(err)?;
    }
    area.draw(&Rectangle::new([(left, bar_top), (track_end, bar_bottom)], MUTED.stroke_width(1))).map_err(err)?;
    Ok(())
}

/// A status icon as lines, `ICON` wide, its left edge at `x`, centred on
/// `middle`: ✓ achieved, → on track, ! at risk, ✕ off track, – no data
/// (the theme's icons, as shapes: no font has to have them).
fn icon(area: &Area, key: &str, (x, middle): (i32, i32), colour: RGBColor) -> Drawn {
    let m = middle;
    let pen = colour.stroke_width(2);
    let strokes: Vec<Vec<(i32, i32)>> = match key {
        "achieved" => vec![vec![(x, m), (x + 4, m + 4), (x + 12, m - 5)]],
        "on_track" => vec![vec![(x, m), (x + 11, m)], vec![(x + 6, m - 5), (x + 11, m), (x + 6, m + 5)]],
        "at_risk" => {
            // A bar and a dot, filled.
            for (y0, y1) in [(m - 6, m + 1), (m + 3, m + 6)] {
                area.draw(&Rectangle::new([(x + 5, y0), (x + 8, y1)], colour.filled())).map_err(err)?;
            }
            Vec::new()
        }
        "off_track" => vec![vec![(x + 1, m - 5), (x + 11, m + 5)], vec![(x + 1, m + 5), (x + 11, m - 5)]],
        _ => vec![vec![(x + 1, m), (x + 11, m)]],
    };
    for stroke in strokes {
        area.draw(&PathElement::new(stroke, pen)).map_err(err)?;
    }
    Ok(())
}

/// An indicator: its progress bar and, with two or more points, the line
/// over the years with the target and the expected straight path.
pub fn indicator(words: &Words, caption: Option<&Caption>, bar: &Bar, line: Option<&Line>) -> Result<String, String> {
    let line_height = if line.is_some() { 330 } else { 0 };
    // Standalone, the caption's title already names the indicator.
    let lines = if caption.is_some() { Vec::new() } else { label_lines(bar) };
    let bar_height = row_height(&lines) + 8;
    svg(words, caption, bar_height + line_height, |area| {
        draw_bar(area, bar, &lines, 8, &columns(std::slice::from_ref(bar)))?;
        if let Some(line) = line {
            let (_, lower) = area.split_vertically(bar_height);
            draw_line(&lower, line)?;
        }
        Ok(())
    })
}

fn draw_line(area: &Area, line: &Line) -> Drawn {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    // Legend first: three entries told apart by shape as well as colour.
    let legend_style = style(SMALL, INK, HPos::Left, VPos::Center);
    let entries = [(DARK_BLUE, Dash::Solid), (TURQUOISE, Dash::Long), (DARK_PINK, Dash::Short)];
    let mut x = 10;
    let mut y = 14;
    for ((colour, dash), text) in entries.iter().zip(&line.legend) {
        let tw = text_width(text, SMALL);
        if x + 46 + tw as i32 > w - 10 {
            x = 10;
            y += 28;
        }
        dashed(area, (x, y), (x + 36, y), *colour, *dash)?;
        if *dash == Dash::Solid {
            area.draw(&Circle::new((x + 18, y), 5, colour.filled())).map_err(err)?;
        }
        area.draw(&Text::new(text.clone(), (x + 44, y), legend_style.clone())).map_err(err)?;
        x += 44 + tw as i32 + 22;
    }
    let plot_top = y + 30;
    let (x_start, x_end) = (line.baseline.0, line.target.0.max(line.points.last().map_or(0.0, |p| p.0)));
    let y_max = line.points.iter().map(|p| p.1).chain([line.baseline.1, line.target.1]).fold(0.0, f64::max);
    // Counts are whole numbers: their axis never shows a fraction.
    let whole = line.points.iter().map(|p| p.1).chain([line.baseline.1, line.target.1]).all(|v| v.fract() == 0.0);
    let (step, y_top) = nice_scale(y_max, whole);
    let ticks: Vec<f64> = (0..=((y_top / step).round() as i64)).map(|i| i as f64 * step).collect();
    let axis_style = style(SMALL, MUTED, HPos::Right, VPos::Center);
    let label_width = ticks.iter().map(|v| text_width(&line.numbers.format(*v, 2), SMALL)).max().unwrap_or(0) as i32;
    let (left, right, top, bottom) = (label_width + 18, w - 24, plot_top, h - 34);
    let span = (x_end - x_start).max(1.0);
    let px = |t: f64| left + 12 + ((t - x_start) / span * (right - left - 24) as f64).round() as i32;
    let py = |v: f64| bottom - (v / y_top * (bottom - top) as f64).round() as i32;
    // Axes and value gridlines (light, so the data stays in front).
    for v in &ticks {
        let y = py(*v);
        area.draw(&PathElement::new(vec![(left, y), (right, y)], TRACK.stroke_width(1))).map_err(err)?;
        area.draw(&Text::new(line.numbers.format(*v, 2), (left - 8, y), axis_style.clone())).map_err(err)?;
    }
    area.draw(&PathElement::new(vec![(left, top), (left, bottom), (right, bottom)], MUTED.stroke_width(1)))
        .map_err(err)?;
    // Years inside the time axis only: a last figure of mid-2020 does not
    // put a 2021 label past the chart's edge.
    let years: Vec<i32> = (x_start.ceil() as i32..=x_end.floor() as i32).collect();
    let every = years.len().div_ceil(7).max(1);
    for year in years.iter().step_by(every) {
        let x = px(*year as f64);
        area.draw(&PathElement::new(vec![(x, bottom), (x, bottom + 6)], MUTED.stroke_width(1))).map_err(err)?;
        area.draw(&Text::new(year.to_string(), (x, bottom + 8), style(SMALL, MUTED, HPos::Center, VPos::Top)))
            .map_err(err)?;
    }
    // Target: a short-dashed level; expected path: long dashes from baseline to target.
    dashed(area, (left, py(line.target.1)), (right, py(line.target.1)), DARK_PINK, Dash::Short)?;
    dashed(
        area,
        (px(line.baseline.0), py(line.baseline.1)),
        (px(line.target.0), py(line.target.1)),
        TURQUOISE,
        Dash::Long,
    )?;
    let points: Vec<(i32, i32)> = line.points.iter().map(|(t, v)| (px(*t), py(*v))).collect();
    area.draw(&PathElement::new(points.clone(), DARK_BLUE.stroke_width(3))).map_err(err)?;
    for p in points {
        area.draw(&Circle::new(p, 5, DARK_BLUE.filled())).map_err(err)?;
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dash {
    Solid,
    Long,
    Short,
}

/// A straight line, solid or dashed, 2 px (3 px solid).
fn dashed(area: &Area, from: (i32, i32), to: (i32, i32), colour: RGBColor, dash: Dash) -> Drawn {
    let (on, off, width) = match dash {
        Dash::Solid => return area.draw(&PathElement::new(vec![from, to], colour.stroke_width(3))).map_err(err),
        Dash::Long => (14.0, 8.0, 3),
        Dash::Short => (5.0, 5.0, 3),
    };
    let (dx, dy) = ((to.0 - from.0) as f64, (to.1 - from.1) as f64);
    let length = (dx * dx + dy * dy).sqrt();
    let mut at = 0.0;
    while at < length {
        let end = (at + on).min(length);
        let p = |d: f64| {
            ((from.0 as f64 + dx * d / length).round() as i32, (from.1 as f64 + dy * d / length).round() as i32)
        };
        area.draw(&PathElement::new(vec![p(at), p(end)], colour.stroke_width(width))).map_err(err)?;
        at += on + off;
    }
    Ok(())
}

/// A step of 1, 2 or 5 × 10ⁿ (or 2.5 × 10ⁿ for fractional data) giving
/// about four intervals, and the top of the scale. For `whole` data the
/// step is a whole number and there are at most five intervals: a target
/// of 1 gets ticks 0 and 1, a target of 10 gets 0, 2, … 10.
fn nice_scale(max: f64, whole: bool) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let step = if whole {
        let mut magnitude = 1.0;
        loop {
            if let Some(s) = [1.0, 2.0, 5.0].iter().map(|m| m * magnitude).find(|s| (max / s).ceil() <= 5.0) {
                break s;
            }
            magnitude *= 10.0;
        }
    } else {
        let rough = max / 4.0;
        let magnitude = 10f64.powf(rough.log10().floor());
        let step =
            [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(10.0 * magnitude);
        if max >= 4.0 && step < 1.0 { 1.0 } else { step }
    };
    (step, (max / step).ceil() * step)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a chart, standalone and inline, sits inside the
    /// canvas (nothing cut at an edge once pasted), on an absolute baseline.
    #[test]
    fn text_stays_inside_the_chart() {
        let words = Words { id: "chart-x".into(), title: "Cụm".into(), desc: "Mô tả".into() };
        let caption = Caption {
            title: "Cơ sở công nghiệp nông thôn tham gia hội chợ, triển lãm trong và ngoài nước".into(),
            subtitle: vec![
                "Chương trình khuyến công tỉnh Hà Giang đến năm 2020".into(),
                "205/294 cơ sở tính đến 2020 (69,7%)".into(),
            ],
            caveats: vec!["Số liệu minh hoạ, không phải số liệu chính thức.".into()],
            source: "Nguồn: Sở Công Thương tỉnh Hà Giang (Trung tâm Khuyến công và Xúc tiến Công Thương)".into(),
        };
        let bar = Bar {
            label: "Ổn định đời sống đồng bào dân tộc thiểu số ở các xã đặc biệt khó khăn".into(),
            share: 0.7,
            value: "69,7%".into(),
            status: Some(StatusMark { key: "at_risk", words: "Có nguy cơ chậm".into() }),
            colour: status_colour("at_risk"),
        };
        let line = Line {
            points: vec![(2018.0, 62.0), (2019.0, 140.0), (2020.5, 205.0)],
            baseline: (2018.0, 0.0),
            target: (2020.0, 294.0),
            numbers: crate::locale::NumberFormat { decimal: ',', group: '.' },
            legend: ["Thực tế".into(), "Tiến độ cần đạt".into(), "Mục tiêu".into()],
        };
        for caption in [Some(&caption), None] {
            let svg = indicator(&words, caption, &bar, Some(&line)).unwrap();
            assert!(!svg.contains(" dy=") && !svg.contains(" dx="), "{svg}");
            let height: f64 = svg.split("height=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
            for element in svg.split("<text ").skip(1) {
                let attr =
                    |name: &str| element.split(&format!(" {name}=\"")).nth(1).unwrap().split('"').next().unwrap();
                let (x, y, px): (f64, f64, f64) = (
                    element.split('"').nth(1).unwrap().parse().unwrap(),
                    attr("y").parse().unwrap(),
                    attr("font-size").parse().unwrap(),
                );
                let text = &element[element.find('>').unwrap() + 1..element.find("</text>").unwrap()];
                let width = f64::from(text_width(text, px * 1.24));
                let (left, right) = match attr("text-anchor") {
                    "end" => (x - width, x),
                    "middle" => (x - width / 2.0, x + width / 2.0),
                    _ => (x, x + width),
                };
                // Liberation Sans: 0.905 em above the baseline, 0.212 below.
                let (top, bottom) = (y - 0.905 * px, y + 0.212 * px);
                assert!(left >= 0.0 && right <= f64::from(WIDTH), "{text}: {left}–{right} across");
                assert!(top >= 0.0 && bottom <= height, "{text}: {top}–{bottom} of {height}");
            }
        }
    }

    #[test]
    fn labels_wrap_then_cut() {
        let short = wrap("Lao động được đào tạo nghề", TEXT, 460, 2);
        assert_eq!(short, ["Lao động được đào tạo nghề"]);
        let long = wrap("Cơ sở công nghiệp nông thôn tham gia hội chợ, triển lãm trong và ngoài nước", TEXT, 300, 2);
        assert_eq!(long.len(), 2);
        assert!(long.iter().all(|l| text_width(l, TEXT) <= 300), "{long:?}");
        let cut = wrap(&"rất dài ".repeat(40), TEXT, 300, 2);
        assert!(cut[1].ends_with('…'), "{cut:?}");
    }

    #[test]
    fn scales_are_round() {
        // (max, whole data) → (step, top)
        let cases = [
            ((1.0, true), (1.0, 1.0)),
            ((3.0, true), (1.0, 3.0)),
            ((10.0, true), (2.0, 10.0)),
            ((23.0, true), (5.0, 25.0)),
            ((57.0, true), (20.0, 60.0)),
            ((294.0, true), (100.0, 300.0)),
            ((600.0, true), (200.0, 600.0)),
            ((10.0, false), (2.5, 10.0)),
            ((1.0, false), (0.25, 1.0)),
            ((12.5, false), (5.0, 15.0)),
            ((0.0, true), (1.0, 1.0)),
        ];
        for ((max, whole), expected) in cases {
            assert_eq!(nice_scale(max, whole), expected, "{max} {whole}");
        }
    }
}
