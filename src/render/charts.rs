//! SVG charts drawn at build time with plotters (SVG backend, drawing
//! primitives only), made accessible afterwards: `role="img"`, a `<title>`
//! and a `<desc>` referenced by `aria-labelledby`, and a `viewBox`.
//!
//! Text is laid out with the metrics of a bundled font (Liberation Sans,
//! metric-compatible with Arial, with Vietnamese glyphs), never a system
//! font, so the same input gives the same bytes on any machine. The SVG
//! asks for Arial-compatible fonts first, then any sans-serif; layout keeps
//! a margin for wider fonts.
//!
//! Colours come from the UK Analysis Function palette and the theme's status
//! colours, each at least 3:1 against white; shapes, dash patterns and words
//! carry every meaning as well, never colour alone.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::Once;

static FONT: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
static REGISTER: Once = Once::new();

/// The family named in the SVG, and registered with the bundled metrics.
const FAMILY: &str = "sans-serif";
/// Text sizes in plotters' units (the SVG gets `size / 1.24` px).
const TEXT: f64 = 22.0;
const SMALL: f64 = 19.0;
/// Chart width: narrow enough that text stays legible on a 360 px phone.
const WIDTH: u32 = 480;

const INK: RGBColor = RGBColor(0x0b, 0x0c, 0x0c);
const MUTED: RGBColor = RGBColor(0x50, 0x5a, 0x5f);
const TRACK: RGBColor = RGBColor(0xf3, 0xf2, 0xf1);
const DARK_BLUE: RGBColor = RGBColor(0x12, 0x43, 0x6d);
const TURQUOISE: RGBColor = RGBColor(0x28, 0xa1, 0x97);
const DARK_PINK: RGBColor = RGBColor(0x80, 0x16, 0x50);

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
    /// Icon and words of a status, drawn at the right of the label line.
    pub status: Option<(String, String)>,
    pub colour: RGBColor,
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

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
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

/// Draws into a fresh SVG of `height`, then adds the accessible parts.
fn svg(words: &Words, height: u32, draw: impl FnOnce(&Area) -> Drawn) -> Result<String, String> {
    register();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        draw(&root)?;
        root.present().map_err(err)?;
    }
    Ok(accessible(&out, words))
}

/// Adds `role`, `aria-labelledby`, `<title>` and `<desc>` to plotters' SVG,
/// and rounds its font sizes to a tenth of a pixel.
fn accessible(svg: &str, words: &Words) -> String {
    let mut tidy = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(i) = rest.find("font-size=\"") {
        let (before, after) = rest.split_at(i + "font-size=\"".len());
        let end = after.find('"').expect("attribute closes");
        let size: f64 = after[..end].parse().unwrap_or(16.0);
        tidy.push_str(before);
        tidy.push_str(&format!("{size:.1}"));
        rest = &after[end..];
    }
    tidy.push_str(rest);
    let tidy = tidy.replace("font-family=\"sans-serif\"", &format!("font-family=\"{FONT_STACK}\""));
    let (open, rest) = tidy.split_once('>').expect("an svg element");
    let id = super::views::escape(&words.id);
    format!(
        "{open} role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>{rest}",
        super::views::escape(&words.title),
        super::views::escape(&words.desc)
    )
}

/// The width of `text` in pixels at `size`, by the bundled font's metrics.
/// plotters writes `font-size` as `size / 1.24` in SVG: measure at that
/// size, with a margin for readers whose sans-serif is wider than Arial.
fn text_width(text: &str, size: f64) -> u32 {
    register();
    FontDesc::from((FAMILY, size / 1.24)).box_size(text).map_or(u32::MAX, |(w, _)| (w as f64 * WIDER).ceil() as u32)
}

/// Room for fonts wider than the bundled metrics (DejaVu Sans, Verdana).
const WIDER: f64 = 1.12;

/// The fonts the SVG asks for: Arial's metrics first (those we measured
/// with), then the usual phone fonts, then any sans-serif.
const FONT_STACK: &str = "Arial, 'Liberation Sans', Arimo, Helvetica, Roboto, 'Noto Sans', sans-serif";

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

fn columns(rows: &[Bar]) -> Columns {
    let mut c = Columns { value: 0, status: 0 };
    for row in rows {
        c.value = c.value.max(text_width(&row.value, TEXT) as i32);
        if let Some((icon, words)) = &row.status {
            c.status = c.status.max(text_width(&format!("{icon} {words}"), SMALL) as i32 + 14);
        }
    }
    c
}

/// A bar's label, wrapped to the chart's width.
fn label_lines(row: &Bar) -> Vec<String> {
    wrap(&row.label, TEXT, WIDTH - 20, 2)
}

/// The height a row takes: its label lines, the bar, a gap.
fn row_height(row: &Bar) -> i32 {
    label_lines(row).len() as i32 * LINE + 6 + BAR + 14
}

/// Horizontal bars, one row each: programme overview, home, budget, and an
/// indicator's own progress bar.
pub fn bars(words: &Words, rows: &[Bar]) -> Result<String, String> {
    let height = rows.iter().map(row_height).sum::<i32>() + 8;
    svg(words, height as u32, |area| {
        let c = columns(rows);
        let mut top = 8;
        for row in rows {
            draw_bar(area, row, top, &c)?;
            top += row_height(row);
        }
        Ok(())
    })
}

/// The label across the width (up to two lines), then the bar with its
/// value and status beside it.
fn draw_bar(area: &Area, row: &Bar, top: i32, c: &Columns) -> Drawn {
    let (left, right) = (10, WIDTH as i32 - 10);
    let lines = label_lines(row);
    for (i, line) in lines.iter().enumerate() {
        area.draw(&Text::new(line.clone(), (left, top + i as i32 * LINE), style(TEXT, INK, HPos::Left, VPos::Top)))
            .map_err(err)?;
    }
    let bar_top = top + lines.len() as i32 * LINE + 6;
    let bar_bottom = bar_top + BAR;
    let middle = bar_top + BAR / 2;
    if let Some((icon, words)) = &row.status {
        let status = style(SMALL, row.colour, HPos::Right, VPos::Center);
        area.draw(&Text::new(format!("{icon} {words}"), (right, middle), status)).map_err(err)?;
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

/// An indicator: its progress bar and, with two or more points, the line
/// over the years with the target and the expected straight path.
pub fn indicator(words: &Words, bar: &Bar, line: Option<&Line>) -> Result<String, String> {
    let line_height = if line.is_some() { 330 } else { 0 };
    let bar_height = row_height(bar) + 8;
    svg(words, (bar_height + line_height) as u32, |area| {
        draw_bar(area, bar, 8, &columns(std::slice::from_ref(bar)))?;
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
    let (step, y_top) = nice_scale(y_max);
    let axis_style = style(SMALL, MUTED, HPos::Right, VPos::Center);
    let label_width = (0..=((y_top / step).round() as i64))
        .map(|i| text_width(&line.numbers.format(i as f64 * step, 2), SMALL))
        .max()
        .unwrap_or(0) as i32;
    let (left, right, top, bottom) = (label_width + 18, w - 24, plot_top, h - 34);
    let span = (x_end - x_start).max(1.0);
    let px = |t: f64| left + 12 + ((t - x_start) / span * (right - left - 24) as f64).round() as i32;
    let py = |v: f64| bottom - (v / y_top * (bottom - top) as f64).round() as i32;
    // Axes and value gridlines (light, so the data stays in front).
    let mut v = 0.0;
    while v <= y_top + step / 2.0 {
        let y = py(v);
        area.draw(&PathElement::new(vec![(left, y), (right, y)], TRACK.stroke_width(1))).map_err(err)?;
        area.draw(&Text::new(line.numbers.format(v, 2), (left - 8, y), axis_style.clone())).map_err(err)?;
        v += step;
    }
    area.draw(&PathElement::new(vec![(left, top), (left, bottom), (right, bottom)], MUTED.stroke_width(1)))
        .map_err(err)?;
    let years: Vec<i32> = (x_start.floor() as i32..=x_end.ceil() as i32).collect();
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

/// A step of 1, 2 or 5 × 10ⁿ giving about four intervals, and the top of the scale.
fn nice_scale(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let rough = max / 4.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step =
        [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(10.0 * magnitude);
    let step = if max >= 4.0 && step < 1.0 { 1.0 } else { step };
    (step, (max / step).ceil() * step)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(nice_scale(10.0), (2.5, 10.0));
        assert_eq!(nice_scale(57.0), (20.0, 60.0));
        assert_eq!(nice_scale(600.0), (200.0, 600.0));
        assert_eq!(nice_scale(1.0), (0.25, 1.0));
        assert_eq!(nice_scale(0.0), (1.0, 1.0));
    }
}
