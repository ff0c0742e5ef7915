//! The SVG that charts are drawn into: a plotters backend that writes the
//! few elements charts use (rectangles, polylines, circles, polygons, text)
//! with absolute coordinates only.
//!
//! Text is placed on a baseline computed from the bundled font's metrics
//! (ascent, cap height), never with a relative `dy`: LibreOffice and other
//! SVG importers ignore `dy`, which cut titles and lifted labels above
//! their bars. Writes a string only; it owns no file and reads no font
//! other than the bundled one.

use super::charts::FONT;
use ab_glyph::{Font, FontRef};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use std::fmt::Write;
use std::sync::LazyLock;

/// The fonts the SVG asks for: Arial's metrics first (those we measured
/// with), then the usual phone fonts, then any sans-serif. The PNG is
/// rendered with the bundled Liberation Sans, the second of the list.
pub const FONT_STACK: &str = "Arial, 'Liberation Sans', Arimo, Helvetica, Roboto, 'Noto Sans', sans-serif";

/// The family the bundled font file names itself.
pub const BUNDLED_FAMILY: &str = "Liberation Sans";

/// plotters' text sizes are 1.24 times the SVG's `font-size` in pixels
/// (the convention of its own SVG backend, which the chart layout was
/// measured with).
pub const PLOTTERS_SCALE: f64 = 1.24;

/// Vertical metrics of the bundled font, as shares of the font size.
struct Metrics {
    ascent: f64,
    descent: f64,
    cap_height: f64,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let font = FontRef::try_from_slice(FONT).expect("the bundled chart font is a valid font");
    let em = f64::from(font.units_per_em().unwrap_or(2048.0));
    let cap = font.outline(font.glyph_id('H')).map_or(0.7 * em, |o| f64::from(o.bounds.max.y - o.bounds.min.y));
    Metrics {
        ascent: f64::from(font.ascent_unscaled()) / em,
        descent: f64::from(font.descent_unscaled()) / em,
        cap_height: cap.abs() / em,
    }
});

/// The `font-size` in pixels of a plotters text size, to a tenth.
pub fn font_px(size: f64) -> f64 {
    (size / PLOTTERS_SCALE * 10.0).round() / 10.0
}

/// The baseline of text of `px` pixels whose box is anchored at `y`:
/// `Top`, the top of the tallest letters (stacked Vietnamese marks
/// included); `Center`, the middle of the capitals; `Bottom`, the bottom
/// of the descenders.
pub fn baseline(y: f64, px: f64, anchor: VPos) -> f64 {
    let m = &*METRICS;
    match anchor {
        VPos::Top => y + m.ascent * px,
        VPos::Center => y + m.cap_height * px / 2.0,
        VPos::Bottom => y + m.descent * px,
    }
}

/// A plotters backend writing SVG elements into a string, in drawing order.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
}

impl<'a> SvgWriter<'a> {
    /// Writes the elements of a `size` canvas into `out` (the caller writes
    /// the `<svg>` element around them).
    pub fn new(out: &'a mut String, size: (u32, u32)) -> SvgWriter<'a> {
        SvgWriter { out, size }
    }

    fn paint(&mut self, attribute: &str, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let _ = write!(self.out, " {attribute}=\"#{r:02X}{g:02X}{b:02X}\"");
        if color.alpha < 1.0 {
            let _ = write!(self.out, " {attribute}-opacity=\"{:.2}\"", color.alpha);
        }
    }

    /// A filled shape's colour, or an outline's colour and width.
    fn fill_or_stroke<S: BackendStyle>(&mut self, style: &S, fill: bool) {
        if fill {
            self.paint("fill", style.color());
        } else {
            self.out.push_str(" fill=\"none\"");
            self.paint("stroke", style.color());
            let _ = write!(self.out, " stroke-width=\"{}\"", style.stroke_width());
        }
    }

    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        let mut first = true;
        self.out.push_str(" points=\"");
        for (x, y) in points {
            if !first {
                self.out.push(' ');
            }
            first = false;
            let _ = write!(self.out, "{x},{y}");
        }
        self.out.push('"');
    }
}

type Drawn = Result<(), DrawingErrorKind<std::convert::Infallible>>;

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            let _ = write!(self.out, "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\"");
            self.paint("fill", color);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(self.out, "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\"", x1 - x0, y1 - y0);
        self.fill_or_stroke(style, fill);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polyline fill=\"none\"");
        self.paint("stroke", style.color());
        let _ = write!(self.out, " stroke-width=\"{}\"", style.stroke_width());
        self.points(path);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(self.out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"");
        self.fill_or_stroke(style, fill);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polygon");
        self.paint("fill", style.color());
        self.points(vertices);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, (x, y): BackendCoord) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let px = font_px(style.size());
        let base = baseline(f64::from(y), px, style.anchor().v_pos);
        let _ = write!(
            self.out,
            "<text x=\"{x}\" y=\"{base:.1}\" text-anchor=\"{anchor}\" font-family=\"{FONT_STACK}\" font-size=\"{px:.1}\""
        );
        self.paint("fill", style.color());
        self.out.push('>');
        // Control characters are not allowed in XML, even escaped.
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        self.out.push_str(&super::views::escape(&clean));
        self.out.push_str("</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baselines_come_from_the_bundled_font() {
        // Liberation Sans: ascent 1854, cap height 1409, descent -434 of 2048 units.
        assert_eq!(format!("{:.2}", baseline(10.0, 20.0, VPos::Top)), "28.11");
        assert_eq!(format!("{:.2}", baseline(10.0, 20.0, VPos::Center)), "16.88");
        assert_eq!(format!("{:.2}", baseline(10.0, 20.0, VPos::Bottom)), "5.76");
        assert_eq!(font_px(22.0), 17.7);
    }
}
