//! A person's own wellbeing trend as an inline SVG line chart, drawn on the server: no
//! JavaScript, readable at 320 px (a viewBox scaled to the width), and not colour-only:
//! each question has its own dash pattern and marker shape as well as its colour. The
//! page puts the same numbers in a table right after it, for screen readers.

use std::fmt::Write as _;

use kindred_core::outcomes::{Question, Scores};

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 346.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 180.0;
const INK: &str = "#1b1b1b";
const GRID: &str = "#b1b4b6";
const AXIS: &str = "#4a5459";

#[derive(Debug, Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

#[derive(Debug, Clone, Copy)]
struct Style {
    /// At least 3:1 against white (WCAG 1.4.11).
    colour: &'static str,
    dash: &'static str,
    marker: Marker,
}

fn style(q: Question) -> Style {
    match q {
        Question::LifeSatisfaction => Style {
            colour: "#1d5c8c",
            dash: "",
            marker: Marker::Circle,
        },
        Question::Worthwhile => Style {
            colour: "#a34700",
            dash: "7 4",
            marker: Marker::Square,
        },
        Question::Happiness => Style {
            colour: "#1e6b34",
            dash: "2 4",
            marker: Marker::Triangle,
        },
        Question::Anxiety => Style {
            colour: "#6a3d9a",
            dash: "10 4 2 4",
            marker: Marker::Diamond,
        },
    }
}

/// The chart's words, already translated (they are escaped here).
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    /// Prefix for the ids of `<title>` and `<desc>`: unique on the page.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub x_axis: &'a str,
    pub y_axis: &'a str,
    pub first_date: &'a str,
    pub last_date: &'a str,
}

/// Escapes text for SVG (XML) content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn x_at(at: i64, first: i64, last: i64) -> f64 {
    if last <= first {
        return (LEFT + RIGHT) / 2.0;
    }
    let share = (at.clamp(first, last) - first) as f64 / (last - first) as f64;
    LEFT + share * (RIGHT - LEFT)
}

fn y_of(score: u8) -> f64 {
    BOTTOM - f64::from(score.min(10)) / 10.0 * (BOTTOM - TOP)
}

fn dash_attribute(dash: &str) -> String {
    if dash.is_empty() {
        String::new()
    } else {
        format!(r#" stroke-dasharray="{dash}""#)
    }
}

fn marker(svg: &mut String, m: Marker, colour: &str, x: f64, y: f64) {
    let _ = match m {
        Marker::Circle => write!(
            svg,
            r#"<circle class="marker" cx="{x:.1}" cy="{y:.1}" r="4.5" fill="{colour}"/>"#
        ),
        Marker::Square => write!(
            svg,
            r#"<rect class="marker" x="{:.1}" y="{:.1}" width="8" height="8" fill="{colour}"/>"#,
            x - 4.0,
            y - 4.0
        ),
        Marker::Triangle => write!(
            svg,
            r#"<polygon class="marker" points="{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{colour}"/>"#,
            y - 5.5,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
        Marker::Diamond => write!(
            svg,
            r##"<polygon class="marker marker-hollow" points="{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}" fill="#ffffff" stroke="{colour}" stroke-width="2"/>"##,
            y - 5.5,
            x + 5.5,
            y + 5.5,
            x - 5.5
        ),
    };
}

/// The chart: x is the check-in time (oldest to newest, left to right), y the answer
/// from 0 to 10; one line per question.
pub fn line_chart(points: &[(i64, Scores)], labels: &Labels<'_>) -> String {
    let id = escape(labels.id);
    let first = points.iter().map(|(at, _)| *at).min().unwrap_or(0);
    let last = points.iter().map(|(at, _)| *at).max().unwrap_or(0);
    let mut svg = String::with_capacity(4096 + points.len() * 400);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" font-size="13" font-family="inherit">"#
    );
    let _ = write!(
        svg,
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(labels.title),
        escape(labels.desc)
    );
    // Grid lines and the scale, every 2 points.
    for score in (0..=10u8).step_by(2) {
        let y = y_of(score);
        let stroke = if score == 0 { AXIS } else { GRID };
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{LEFT}" y1="{y:.1}" x2="{RIGHT}" y2="{y:.1}" stroke="{stroke}" stroke-width="1"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="{INK}">{score}</text>"#,
            LEFT - 6.0,
            y + 4.0
        );
    }
    let _ = write!(
        svg,
        r#"<text x="4" y="16" fill="{INK}">{}</text>"#,
        escape(labels.y_axis)
    );
    // Dates: the first and the last (the table has every one).
    if last > first {
        let _ = write!(
            svg,
            r#"<text x="{LEFT}" y="198" text-anchor="start" fill="{INK}">{}</text><text x="{RIGHT}" y="198" text-anchor="end" fill="{INK}">{}</text>"#,
            escape(labels.first_date),
            escape(labels.last_date)
        );
    } else {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="198" text-anchor="middle" fill="{INK}">{}</text>"#,
            (LEFT + RIGHT) / 2.0,
            escape(labels.first_date)
        );
    }
    let _ = write!(
        svg,
        r#"<text x="{:.1}" y="222" text-anchor="middle" fill="{INK}">{}</text>"#,
        (LEFT + RIGHT) / 2.0,
        escape(labels.x_axis)
    );
    for q in Question::ALL {
        let s = style(q);
        let coords: Vec<(f64, f64)> = points
            .iter()
            .map(|(at, scores)| (x_at(*at, first, last), y_of(scores.get(q))))
            .collect();
        let list: Vec<String> = coords.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = write!(
            svg,
            r#"<g class="series series-{}"><polyline class="line" points="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-linejoin="round"{}/>"#,
            q.as_str(),
            list.join(" "),
            s.colour,
            dash_attribute(s.dash)
        );
        for (x, y) in coords {
            marker(&mut svg, s.marker, s.colour, x, y);
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// A question's line and marker, small, for the legend beside the chart (hidden from
/// screen readers: the legend's text and the table say the same).
pub fn legend_key(q: Question) -> String {
    let s = style(q);
    let mut svg = format!(
        r#"<svg class="legend-key" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false"><line class="line" x1="2" y1="8" x2="42" y2="8" stroke="{}" stroke-width="2.5"{}/>"#,
        s.colour,
        dash_attribute(s.dash)
    );
    marker(&mut svg, s.marker, s.colour, 22.0, 8.0);
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(v: u8) -> Scores {
        Scores {
            life_satisfaction: v,
            worthwhile: v,
            happiness: v,
            anxiety: v,
        }
    }

    fn labels(title: &str) -> Labels<'_> {
        Labels {
            id: "trend",
            title,
            desc: "Four lines",
            x_axis: "Check-in date",
            y_axis: "Score (0 to 10)",
            first_date: "1 Jan 2026",
            last_date: "1 Mar 2026",
        }
    }

    /// The coordinates of each polyline's points.
    fn polylines(svg: &str) -> Vec<Vec<(f64, f64)>> {
        svg.split("<polyline")
            .skip(1)
            .map(|rest| {
                let start = rest.find("points=\"").map_or(0, |i| i + 8);
                let end = rest[start..].find('"').map_or(start, |i| start + i);
                rest[start..end]
                    .split_whitespace()
                    .map(|pair| {
                        let (x, y) = pair.split_once(',').unwrap_or(("nan", "nan"));
                        (x.parse().unwrap_or(f64::NAN), y.parse().unwrap_or(f64::NAN))
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn text_is_escaped() {
        let svg = line_chart(&[(0, all(5))], &labels("<script>alert('x')</script> & \"more\""));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"));
    }

    #[test]
    fn it_is_labelled_for_assistive_technology() {
        let svg = line_chart(&[(0, all(5))], &labels("Your answers"));
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-labelledby="trend-title trend-desc""#));
        assert!(svg.contains(r#"<title id="trend-title">Your answers</title>"#));
        assert!(svg.contains(r#"<desc id="trend-desc">Four lines</desc>"#));
        assert!(svg.contains("viewBox=\"0 0 360 230\""));
        assert!(svg.contains("Check-in date") && svg.contains("Score (0 to 10)"));
    }

    #[test]
    fn one_line_per_question_each_drawn_differently() {
        let svg = line_chart(&[(0, all(2)), (86_400 * 30, all(8))], &labels("t"));
        assert_eq!(svg.matches("<polyline").count(), Question::ALL.len());
        for q in Question::ALL {
            assert!(svg.contains(&format!("series-{}", q.as_str())));
        }
        // Dash patterns and marker shapes differ, not only colours.
        let dashes: std::collections::BTreeSet<&str> = Question::ALL.iter().map(|q| style(*q).dash).collect();
        assert_eq!(dashes.len(), 4);
        for shape in ["<circle", "<rect", "marker-hollow", "<polygon class=\"marker\""] {
            assert!(svg.contains(shape), "{shape}");
        }
    }

    #[test]
    fn points_stay_inside_the_view_box() {
        let points = [
            (1_000, all(0)),
            (2_000, all(10)),
            (3_000, all(0)),
            (3_000, all(10)),
        ];
        let svg = line_chart(&points, &labels("t"));
        let lines = polylines(&svg);
        assert_eq!(lines.len(), 4);
        for line in &lines {
            assert_eq!(line.len(), points.len());
            for (x, y) in line {
                assert!((0.0..=WIDTH).contains(x), "x {x}");
                assert!((0.0..=HEIGHT).contains(y), "y {y}");
            }
            // 0 at the bottom of the plot, 10 at the top; oldest left, newest right.
            assert_eq!(line[0], (LEFT, BOTTOM));
            assert_eq!(line[1].1, TOP);
            assert_eq!(line[3], (RIGHT, TOP));
        }
        // A single check-in sits in the middle.
        let single = polylines(&line_chart(&[(5, all(10))], &labels("t")));
        assert_eq!(single[0], vec![((LEFT + RIGHT) / 2.0, TOP)]);
    }

    #[test]
    fn legend_keys_are_hidden_from_screen_readers() {
        for q in Question::ALL {
            let key = legend_key(q);
            assert!(key.contains(r#"aria-hidden="true""#));
            assert!(key.ends_with("</svg>"));
        }
    }
}
