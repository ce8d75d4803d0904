//! Crisis lines: who to contact now, per country. The names and instructions are
//! translated in the interface files (`crisis-{id}`, `crisis-{id}-how`); numbers live here.

/// How a line is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Call,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrisisLine {
    /// The message id stem: `crisis-samaritans`, `crisis-samaritans-how`.
    pub id: &'static str,
    pub channel: Channel,
    /// As dialled or texted.
    pub number: &'static str,
    /// For text lines: the word to send.
    pub keyword: Option<&'static str>,
}

const GB: &[CrisisLine] = &[
    CrisisLine {
        id: "samaritans",
        channel: Channel::Call,
        number: "116 123",
        keyword: None,
    },
    CrisisLine {
        id: "shout",
        channel: Channel::Text,
        number: "85258",
        keyword: Some("SHOUT"),
    },
    CrisisLine {
        id: "nhs111",
        channel: Channel::Call,
        number: "111",
        keyword: None,
    },
    CrisisLine {
        id: "emergency",
        channel: Channel::Call,
        number: "999",
        keyword: None,
    },
];

const IE: &[CrisisLine] = &[
    CrisisLine {
        id: "samaritans",
        channel: Channel::Call,
        number: "116 123",
        keyword: None,
    },
    CrisisLine {
        id: "emergency",
        channel: Channel::Call,
        number: "112",
        keyword: None,
    },
];

/// Countries with a built-in list.
pub const COUNTRIES: &[&str] = &["GB", "IE"];

/// The lines for a country (ISO 3166 alpha-2), if Kindred knows them.
pub fn lines_for(country: &str) -> Option<&'static [CrisisLine]> {
    match country {
        "GB" => Some(GB),
        "IE" => Some(IE),
        _ => None,
    }
}

impl CrisisLine {
    /// The number without spaces, for `tel:` and `sms:` links.
    pub fn dial(&self) -> String {
        self.number.chars().filter(|c| !c.is_whitespace()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_uk_lines_match_the_published_list() {
        let gb = lines_for("GB").unwrap();
        let numbers: Vec<_> = gb.iter().map(|l| l.number).collect();
        assert_eq!(numbers, ["116 123", "85258", "111", "999"]);
        assert_eq!(gb[0].dial(), "116123");
        assert!(COUNTRIES.iter().all(|c| lines_for(c).is_some()));
        assert!(lines_for("XX").is_none());
    }
}
