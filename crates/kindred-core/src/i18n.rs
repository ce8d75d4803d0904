//! Interface languages and how one is chosen for a request. The strings themselves live in
//! Fluent files in the web layer; this module only decides which language to speak.

/// The five interface languages Kindred ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Cy,
    Pl,
    Ur,
    Ar,
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

impl Locale {
    pub const ALL: [Self; 5] = [Self::En, Self::Cy, Self::Pl, Self::Ur, Self::Ar];

    /// The BCP 47 tag, as used in `<html lang>`, `?lang=` and the cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Cy => "cy",
            Self::Pl => "pl",
            Self::Ur => "ur",
            Self::Ar => "ar",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Self::Ur | Self::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Exactly one of our tags (`?lang=` and the cookie must match exactly).
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The best of our languages for an `Accept-Language` header, if any fits.
    /// `cy-GB` matches Welsh; quality values order the preferences; `q=0` rules one out.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut wanted: Vec<(u16, usize, Self)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let range = parts.next()?.trim();
                let primary = range.split(['-', '_']).next()?.to_ascii_lowercase();
                let locale = Self::from_tag(&primary)?;
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q=").map(parse_quality))
                    .unwrap_or(Some(1000))?;
                (quality > 0).then_some((quality, position, locale))
            })
            .collect();
        // Highest quality first; equal qualities keep the header's order.
        wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted.first().map(|w| w.2)
    }

    /// Chooses the language for a request: `?lang=`, then the remembered cookie, then the
    /// browser's `Accept-Language`, then English.
    pub fn negotiate(query: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Self {
        query
            .and_then(Self::from_tag)
            .or_else(|| cookie.and_then(Self::from_tag))
            .or_else(|| accept_language.and_then(Self::from_accept_language))
            .unwrap_or_default()
    }
}

/// A quality value ("0.8") in thousandths; `None` when malformed.
fn parse_quality(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accept_language_is_understood() {
        assert_eq!(
            Locale::from_accept_language("cy-GB,cy;q=0.9,en;q=0.8"),
            Some(Locale::Cy)
        );
        assert_eq!(
            Locale::from_accept_language("fr-FR, ar;q=0.5, pl;q=0.7"),
            Some(Locale::Pl)
        );
        assert_eq!(Locale::from_accept_language("UR-pk"), Some(Locale::Ur));
        assert_eq!(Locale::from_accept_language("de, fr"), None);
        assert_eq!(Locale::from_accept_language("ar;q=0, en;q=0.1"), Some(Locale::En));
        assert_eq!(Locale::from_accept_language("pl;q=abc"), None);
        assert_eq!(
            Locale::from_accept_language("en;q=0.5, cy;q=0.5"),
            Some(Locale::En)
        );
    }

    #[test]
    fn query_beats_cookie_beats_header() {
        assert_eq!(Locale::negotiate(Some("ar"), Some("cy"), Some("pl")), Locale::Ar);
        assert_eq!(Locale::negotiate(Some("xx"), Some("cy"), Some("pl")), Locale::Cy);
        assert_eq!(Locale::negotiate(None, None, Some("pl")), Locale::Pl);
        assert_eq!(Locale::negotiate(None, Some("EN"), None), Locale::En);
        assert_eq!(Locale::negotiate(None, None, None), Locale::En);
    }

    #[test]
    fn right_to_left_languages() {
        let rtl: Vec<_> = Locale::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, [Locale::Ur, Locale::Ar]);
    }

    proptest! {
        #[test]
        fn any_header_gives_an_answer_without_panicking(header in ".{0,200}") {
            let _ = Locale::from_accept_language(&header);
            let _ = Locale::negotiate(Some(&header), Some(&header), Some(&header));
        }

        #[test]
        fn a_listed_language_with_positive_quality_is_found(
            pick in 0usize..5, q in 1u16..=1000, noise in "[a-z]{2,3}(-[A-Z]{2})?"
        ) {
            let locale = Locale::ALL[pick];
            prop_assume!(Locale::from_tag(noise.split('-').next().unwrap_or("")).is_none());
            let header = format!("{noise};q=0.001, {}-XX;q={}", locale.tag(), f32::from(q) / 1000.0);
            prop_assert_eq!(Locale::from_accept_language(&header), Some(locale));
        }
    }
}
