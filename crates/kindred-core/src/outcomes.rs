//! Wellbeing check-ins (the ONS personal wellbeing questions) and the aggregate figures
//! organisers and commissioners see, with small-number suppression: no figure computed from
//! fewer than [`MIN_PEOPLE`] people is ever shown or exported.
//!
//! Counts that are shown are also rounded to the nearest 5, so that two published counts
//! cannot be subtracted to reveal a group smaller than 5 (secondary disclosure). Means are
//! shown to one decimal place, only over at least [`MIN_PEOPLE`] people.

use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// The smallest number of people any published figure may rest on.
pub const MIN_PEOPLE: i64 = 5;
/// Days between check-in prompts after the first.
pub const CHECKIN_EVERY_DAYS: i64 = 28;

/// The four ONS questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    LifeSatisfaction,
    Worthwhile,
    Happiness,
    Anxiety,
}

impl Question {
    pub const ALL: [Self; 4] = [
        Self::LifeSatisfaction,
        Self::Worthwhile,
        Self::Happiness,
        Self::Anxiety,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LifeSatisfaction => "life_satisfaction",
            Self::Worthwhile => "worthwhile",
            Self::Happiness => "happiness",
            Self::Anxiety => "anxiety",
        }
    }

    /// For anxiety, lower is better.
    pub fn lower_is_better(self) -> bool {
        self == Self::Anxiety
    }
}

/// One check-in's answers, each 0 to 10.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    pub life_satisfaction: u8,
    pub worthwhile: u8,
    pub happiness: u8,
    pub anxiety: u8,
}

impl Scores {
    pub fn get(self, q: Question) -> u8 {
        match q {
            Question::LifeSatisfaction => self.life_satisfaction,
            Question::Worthwhile => self.worthwhile,
            Question::Happiness => self.happiness,
            Question::Anxiety => self.anxiety,
        }
    }

    /// Reads four answers given as text (a form); every one is required, 0 to 10.
    pub fn parse(answers: [(Question, Option<&str>); 4]) -> Result<Self, ValidationError> {
        let mut out = [0u8; 4];
        for (i, (q, value)) in answers.iter().enumerate() {
            let value = value
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .ok_or_else(|| ValidationError::new(q.as_str(), "choose a number from 0 to 10"))?;
            out[i] = value
                .parse::<u8>()
                .ok()
                .filter(|n| *n <= 10)
                .ok_or_else(|| ValidationError::new(q.as_str(), "must be a number from 0 to 10"))?;
        }
        Ok(Self {
            life_satisfaction: out[0],
            worthwhile: out[1],
            happiness: out[2],
            anxiety: out[3],
        })
    }
}

/// A count as it may be published: `None` below [`MIN_PEOPLE`], otherwise rounded to the
/// nearest 5 (halves up), never below 5.
pub fn shown_count(n: i64) -> Option<i64> {
    if n < MIN_PEOPLE {
        return None;
    }
    Some((((n + 2) / 5) * 5).max(MIN_PEOPLE))
}

/// The mean change (later minus first) over the people who answered both, when there are
/// enough of them; rounded to one decimal place.
pub fn mean_change(pairs: &[(u8, u8)]) -> Option<f64> {
    let n = i64::try_from(pairs.len()).ok()?;
    if n < MIN_PEOPLE {
        return None;
    }
    let sum: i64 = pairs
        .iter()
        .map(|(first, later)| i64::from(*later) - i64::from(*first))
        .sum();
    Some((sum as f64 / n as f64 * 10.0).round() / 10.0)
}

/// A mean score over people's answers, when there are enough of them.
pub fn mean(values: &[u8]) -> Option<f64> {
    let n = i64::try_from(values.len()).ok()?;
    if n < MIN_PEOPLE {
        return None;
    }
    let sum: i64 = values.iter().map(|v| i64::from(*v)).sum();
    Some((sum as f64 / n as f64 * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Whatever the true count, a published count never reveals fewer than 5 people,
        /// is a multiple of 5, and is within 2 of the truth.
        #[test]
        fn counts_below_five_are_never_shown(n in 0i64..100_000) {
            match shown_count(n) {
                None => prop_assert!(n < MIN_PEOPLE),
                Some(shown) => {
                    prop_assert!(n >= MIN_PEOPLE);
                    prop_assert!(shown >= MIN_PEOPLE);
                    prop_assert_eq!(shown % 5, 0);
                    prop_assert!((shown - n).abs() <= 2);
                }
            }
        }

        #[test]
        fn means_need_five_people(values in prop::collection::vec(0u8..=10, 0..40)) {
            let m = mean(&values);
            prop_assert_eq!(m.is_some(), values.len() >= 5);
            if let Some(m) = m {
                prop_assert!((0.0..=10.0).contains(&m));
            }
        }

        #[test]
        fn changes_need_five_people(pairs in prop::collection::vec((0u8..=10, 0u8..=10), 0..40)) {
            let m = mean_change(&pairs);
            prop_assert_eq!(m.is_some(), pairs.len() >= 5);
            if let Some(m) = m {
                prop_assert!((-10.0..=10.0).contains(&m));
            }
        }

        #[test]
        fn scores_parse_only_zero_to_ten(values in prop::collection::vec(".{0,4}", 4)) {
            let answers = [
                (Question::LifeSatisfaction, Some(values[0].as_str())),
                (Question::Worthwhile, Some(values[1].as_str())),
                (Question::Happiness, Some(values[2].as_str())),
                (Question::Anxiety, Some(values[3].as_str())),
            ];
            if let Ok(s) = Scores::parse(answers) {
                for q in Question::ALL {
                    prop_assert!(s.get(q) <= 10);
                }
            }
        }
    }

    #[test]
    fn examples() {
        assert_eq!(shown_count(4), None);
        assert_eq!(shown_count(5), Some(5));
        assert_eq!(shown_count(7), Some(5));
        assert_eq!(shown_count(8), Some(10));
        assert_eq!(mean_change(&[(3, 5); 5]), Some(2.0));
        assert_eq!(mean_change(&[(3, 5); 4]), None);
        let missing = Scores::parse([
            (Question::LifeSatisfaction, Some("7")),
            (Question::Worthwhile, None),
            (Question::Happiness, Some("5")),
            (Question::Anxiety, Some("2")),
        ]);
        assert_eq!(missing.unwrap_err().field, "worthwhile");
        assert!(
            Scores::parse([
                (Question::LifeSatisfaction, Some("11")),
                (Question::Worthwhile, Some("1")),
                (Question::Happiness, Some("5")),
                (Question::Anxiety, Some("2")),
            ])
            .is_err()
        );
    }
}
