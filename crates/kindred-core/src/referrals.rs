//! Referrals with a closed loop: a referrer (GP, social prescriber, link worker, or their
//! system through FHIR) refers a person to a group; the person accepts or declines and
//! says, item by item, what the referrer may be told; the group's runners accept, waitlist
//! or decline. This module holds the rules: the two sides' state machines, consent, what a
//! referrer may see, invitation codes. Storage and pages live elsewhere.

use serde::{Deserialize, Serialize};

use crate::ValidationError;

macro_rules! codes {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = ValidationError;
            fn from_str(s: &str) -> Result<Self, ValidationError> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    let all: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                    ValidationError::new(stringify!($name), format!("must be one of {}", all.join(", ")))
                })
            }
        }
    };
}

codes!(
    /// Where the referred person stands.
    PersonStatus { Invited = "invited", Accepted = "accepted", Declined = "declined" }
);

codes!(
    /// What the group's runners decided.
    GroupDecision { Pending = "pending", Accepted = "accepted", Waitlisted = "waitlisted", Declined = "declined" }
);

codes!(
    /// Who a verified referrer is.
    ReferrerRole { Gp = "gp", SocialPrescriber = "social_prescriber", LinkWorker = "link_worker", Other = "other" }
);

codes!(
    /// One thing the person may agree to have shared back with the referrer.
    ConsentItem { Joined = "joined", Attended = "attended", SixWeeks = "six_weeks", Wellbeing = "wellbeing" }
);

impl PersonStatus {
    /// The person answers once; a declined invitation can still be accepted later (people
    /// change their minds), an accepted one is left by leaving the group instead.
    pub fn can_become(self, next: Self) -> bool {
        matches!(
            (self, next),
            (Self::Invited, Self::Accepted)
                | (Self::Invited, Self::Declined)
                | (Self::Declined, Self::Accepted)
        )
    }
}

impl GroupDecision {
    /// Runners decide from pending; a waitlisted referral can be accepted or declined when
    /// a place frees up or does not; accepted and declined are final.
    pub fn can_become(self, next: Self) -> bool {
        matches!(
            (self, next),
            (Self::Pending, Self::Accepted)
                | (Self::Pending, Self::Waitlisted)
                | (Self::Pending, Self::Declined)
                | (Self::Waitlisted, Self::Accepted)
                | (Self::Waitlisted, Self::Declined)
        )
    }
}

/// What the person agreed the referrer may be told. Nothing until they say so.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub joined: bool,
    pub attended: bool,
    pub six_weeks: bool,
    pub wellbeing: bool,
}

impl Consent {
    pub fn allows(self, item: ConsentItem) -> bool {
        match item {
            ConsentItem::Joined => self.joined,
            ConsentItem::Attended => self.attended,
            ConsentItem::SixWeeks => self.six_weeks,
            ConsentItem::Wellbeing => self.wellbeing,
        }
    }

    pub fn with(items: &[ConsentItem]) -> Self {
        Self {
            joined: items.contains(&ConsentItem::Joined),
            attended: items.contains(&ConsentItem::Attended),
            six_weeks: items.contains(&ConsentItem::SixWeeks),
            wellbeing: items.contains(&ConsentItem::Wellbeing),
        }
    }

    pub fn items(self) -> Vec<ConsentItem> {
        ConsentItem::ALL
            .iter()
            .copied()
            .filter(|i| self.allows(*i))
            .collect()
    }
}

/// Something that happened to a referral, as the timeline shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Milestone {
    /// The referral was made (the referrer did it, so always theirs to see).
    Referred,
    /// The group accepted, waitlisted or declined (the referrer is told, with the reason).
    Group(GroupDecision),
    /// The person accepted or declined the invitation: the invitation says the referrer
    /// will be told this much.
    Person(PersonStatus),
    /// The person withdrew some or all of their consent (told, without saying which).
    ConsentChanged,
    /// Facts about taking part, each behind its own consent.
    Joined,
    AttendedFirst,
    StillAttendingSixWeeks,
    WellbeingShared,
}

impl Milestone {
    /// The consent a milestone needs before the referrer may see it (`None`: always shown).
    pub fn needs(self) -> Option<ConsentItem> {
        match self {
            Self::Joined => Some(ConsentItem::Joined),
            Self::AttendedFirst => Some(ConsentItem::Attended),
            Self::StillAttendingSixWeeks => Some(ConsentItem::SixWeeks),
            Self::WellbeingShared => Some(ConsentItem::Wellbeing),
            Self::Referred | Self::Group(_) | Self::Person(_) | Self::ConsentChanged => None,
        }
    }

    /// Whether the referrer sees it under this consent.
    pub fn visible_under(self, consent: Consent) -> bool {
        self.needs().is_none_or(|item| consent.allows(item))
    }
}

/// How long an unanswered invitation code works.
pub const INVITATION_DAYS: i64 = 90;

/// How long after joining "still attending" is judged.
pub const STILL_ATTENDING_AFTER_DAYS: i64 = 42;

/// The FHIR `ServiceRequest.status` a referrer's system sees: `revoked` when either side
/// said no, `on-hold` while the group has the referral on its waiting list, `completed` only
/// when the person joined and agreed to say so, else `active`.
pub fn fhir_status(person: PersonStatus, group: GroupDecision, joined_visible: bool) -> &'static str {
    if person == PersonStatus::Declined || group == GroupDecision::Declined {
        "revoked"
    } else if group == GroupDecision::Waitlisted {
        "on-hold"
    } else if joined_visible {
        "completed"
    } else {
        "active"
    }
}

/// Letters and digits that cannot be mistaken for one another when read aloud or from
/// paper (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V).
const CODE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTWXY";
/// Characters in a code (about 45 bits: guessing is hopeless at the rate limits).
pub const CODE_LEN: usize = 10;

/// Makes an invitation code from random bytes (one byte per character).
pub fn code_from_bytes(bytes: &[u8; CODE_LEN]) -> String {
    let chars: String = bytes
        .iter()
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// Reads a code as a person typed it: any case, spaces and dashes anywhere.
pub fn parse_code(input: &str) -> Result<String, ValidationError> {
    let mut out = String::new();
    for c in input.chars() {
        // Spaces, dashes, and the invisible direction marks right-to-left text and mail
        // programs wrap around copied text.
        if c.is_whitespace()
            || c == '-'
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        {
            continue;
        }
        let c = c.to_ascii_uppercase();
        if !c.is_ascii() || !CODE_ALPHABET.contains(&(c as u8)) {
            return Err(ValidationError::new("code", "is not an invitation code"));
        }
        out.push(c);
        if out.len() > CODE_LEN {
            return Err(ValidationError::new("code", "is too long for an invitation code"));
        }
    }
    if out.len() != CODE_LEN {
        return Err(ValidationError::new(
            "code",
            format!("has {CODE_LEN} letters and digits, like ACD34-FGH67"),
        ));
    }
    Ok(format!("{}-{}", &out[..5], &out[5..]))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn person() -> impl Strategy<Value = PersonStatus> {
        prop::sample::select(PersonStatus::ALL.to_vec())
    }

    fn group() -> impl Strategy<Value = GroupDecision> {
        prop::sample::select(GroupDecision::ALL.to_vec())
    }

    fn consent() -> impl Strategy<Value = Consent> {
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(j, a, s, w)| Consent {
            joined: j,
            attended: a,
            six_weeks: s,
            wellbeing: w,
        })
    }

    proptest! {
        #[test]
        fn codes_read_back_however_they_are_typed(bytes in any::<[u8; CODE_LEN]>(), lower in any::<bool>(), spaced in any::<bool>()) {
            let code = code_from_bytes(&bytes);
            let mut typed = if lower { code.to_lowercase() } else { code.clone() };
            if spaced {
                typed = typed.replace('-', " ");
            }
            prop_assert_eq!(parse_code(&typed).unwrap(), code);
        }

        #[test]
        fn parsing_never_panics_and_only_yields_well_formed_codes(input in ".{0,40}") {
            if let Ok(code) = parse_code(&input) {
                prop_assert_eq!(code.len(), CODE_LEN + 1);
                prop_assert_eq!(parse_code(&code).unwrap(), code);
            }
        }

        /// Walking either state machine with random steps never leaves a final state and
        /// never reaches a state by a step the rules do not allow.
        #[test]
        fn decisions_only_move_forward(steps in prop::collection::vec(group(), 0..12)) {
            let mut state = GroupDecision::Pending;
            for next in steps {
                if state.can_become(next) {
                    prop_assert!(!matches!(state, GroupDecision::Accepted | GroupDecision::Declined));
                    prop_assert_ne!(next, GroupDecision::Pending);
                    state = next;
                }
            }
        }

        #[test]
        fn people_never_go_back_to_invited(steps in prop::collection::vec(person(), 0..12)) {
            let mut state = PersonStatus::Invited;
            for next in steps {
                if state.can_become(next) {
                    prop_assert_ne!(next, PersonStatus::Invited);
                    prop_assert_ne!(state, PersonStatus::Accepted);
                    state = next;
                }
            }
        }

        /// A milestone behind a consent item is seen exactly when that item is given.
        #[test]
        fn consent_gates_exactly_its_own_milestones(c in consent()) {
            prop_assert_eq!(Milestone::Joined.visible_under(c), c.joined);
            prop_assert_eq!(Milestone::AttendedFirst.visible_under(c), c.attended);
            prop_assert_eq!(Milestone::StillAttendingSixWeeks.visible_under(c), c.six_weeks);
            prop_assert_eq!(Milestone::WellbeingShared.visible_under(c), c.wellbeing);
            prop_assert!(Milestone::Referred.visible_under(c));
            prop_assert_eq!(Consent::with(&c.items()), c);
        }

        #[test]
        fn fhir_says_completed_only_with_consent(p in person(), g in group(), joined in any::<bool>()) {
            let status = fhir_status(p, g, joined);
            if status == "completed" {
                prop_assert!(joined);
            }
            if p == PersonStatus::Declined || g == GroupDecision::Declined {
                prop_assert_eq!(status, "revoked");
            }
        }
    }

    #[test]
    fn codes_look_right() {
        let code = code_from_bytes(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(code, "34679-ACDEF");
        assert_eq!(parse_code(" 34679acdef ").unwrap(), code);
        assert!(parse_code("34679-ACDE").is_err());
        assert!(parse_code("34679-ACDEF-3").is_err());
        assert!(parse_code("34679-ACDE£").is_err());
        assert_eq!(parse_code("3467g-acdef").unwrap(), "3467G-ACDEF");
        assert_eq!(
            parse_code("\u{2068}34679-ACDEF\u{2069}").unwrap(),
            code,
            "isolation marks from RTL text"
        );
    }
}
