//! The organisers' figures, computed from rows already read, without I/O: people attending
//! per month, the referral funnel and the change in wellbeing; and their CSV form.
//!
//! Every count leaves this module through `shown_count` and every mean through
//! `mean_change`, so nothing resting on fewer than `MIN_PEOPLE` people is ever published.
//! People are sets of user ids, so someone in several of an organisation's groups counts
//! once.

use std::collections::{BTreeMap, BTreeSet};

use kindred_core::ids::UserId;
use kindred_core::outcomes::{CHECKIN_EVERY_DAYS, Question, Scores, mean_change, shown_count};
use kindred_store::PersonCheckin;

/// How many calendar months of attendance the page and the CSV show.
pub const MONTHS_SHOWN: usize = 12;
const DAY: i64 = 86_400;

/// Whether a person with active memberships is due a check-in: none yet, or none in the
/// last [`CHECKIN_EVERY_DAYS`] days.
pub fn due(last: Option<i64>, now: i64) -> bool {
    last.is_none_or(|at| now - at >= CHECKIN_EVERY_DAYS * DAY)
}

fn people(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i16,
    /// 1 to 12.
    pub month: i8,
}

impl Month {
    pub fn of(date: jiff::civil::Date) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
        }
    }

    fn previous(self) -> Self {
        if self.month <= 1 {
            Self {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Self {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// `YYYY-MM`: how the meeting dates (`YYYY-MM-DD`) of this month begin.
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The `n` months ending with this one, oldest first.
    pub fn last(self, n: usize) -> Vec<Self> {
        let mut out = Vec::with_capacity(n);
        let mut month = self;
        for _ in 0..n {
            out.push(month);
            month = month.previous();
        }
        out.reverse();
        out
    }
}

/// People attending in one month (`None`: fewer than five).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthFigure {
    pub month: Month,
    pub people: Option<i64>,
}

/// The steps after a referral, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Referred,
    Accepted,
    Joined,
    Attended,
    SixWeeks,
}

impl Stage {
    pub const ALL: [Self; 5] = [
        Self::Referred,
        Self::Accepted,
        Self::Joined,
        Self::Attended,
        Self::SixWeeks,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Referred => "referred",
            Self::Accepted => "accepted",
            Self::Joined => "joined",
            Self::Attended => "attended",
            Self::SixWeeks => "six_weeks",
        }
    }
}

/// What became of one referral, reduced to what the funnel counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FunnelEntry {
    /// Known once the person has answered the invitation.
    pub person: Option<UserId>,
    pub accepted: bool,
    pub joined: bool,
    pub attended: bool,
    pub six_weeks: bool,
}

impl FunnelEntry {
    /// How many steps the referral reached (at least "referred"). A step counts only when
    /// every step before it happened too, so the funnel never widens.
    fn reached(&self) -> usize {
        let steps = [
            self.accepted && self.person.is_some(),
            self.joined,
            self.attended,
            self.six_weeks,
        ];
        1 + steps.iter().take_while(|s| **s).count()
    }
}

/// People at one step of the funnel (`None`: fewer than five).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageFigure {
    pub stage: Stage,
    pub people: Option<i64>,
}

/// The average change in one question's answers, first check-in to latest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChangeFigure {
    pub question: Question,
    /// People with a first and a latest check-in far enough apart.
    pub people: Option<i64>,
    /// Latest minus first, one decimal place.
    pub change: Option<f64>,
}

/// Everything an outcomes page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub attendance: Vec<MonthFigure>,
    pub funnel: Vec<StageFigure>,
    pub wellbeing: Vec<ChangeFigure>,
}

/// Distinct people attending in each month; rows outside the months are ignored.
pub fn attendance_by_month(rows: &[(UserId, String)], months: &[Month]) -> Vec<MonthFigure> {
    let mut seen: BTreeMap<String, BTreeSet<UserId>> =
        months.iter().map(|m| (m.key(), BTreeSet::new())).collect();
    for (user, date) in rows {
        if let Some(set) = date.get(..7).and_then(|key| seen.get_mut(key)) {
            set.insert(*user);
        }
    }
    months
        .iter()
        .map(|m| MonthFigure {
            month: *m,
            people: shown_count(seen.get(&m.key()).map_or(0, |s| people(s.len()))),
        })
        .collect()
}

/// People at each step. Before a person answers, their referral is all we know of them,
/// so each unanswered referral counts as one person.
pub fn funnel(entries: &[FunnelEntry]) -> Vec<StageFigure> {
    Stage::ALL
        .iter()
        .enumerate()
        .map(|(step, stage)| {
            let mut known = BTreeSet::new();
            let mut unknown = 0;
            for entry in entries.iter().filter(|e| e.reached() > step) {
                match entry.person {
                    Some(person) => {
                        known.insert(person);
                    }
                    None => unknown += 1,
                }
            }
            StageFigure {
                stage: *stage,
                people: shown_count(people(known.len()).saturating_add(unknown)),
            }
        })
        .collect()
}

/// Each person's first and latest check-in, when the latest is at least
/// [`CHECKIN_EVERY_DAYS`] days after the first.
pub fn first_and_latest(checkins: &[PersonCheckin]) -> Vec<(Scores, Scores)> {
    let mut by_person: BTreeMap<UserId, (PersonCheckin, PersonCheckin)> = BTreeMap::new();
    for c in checkins {
        by_person
            .entry(c.user_id)
            .and_modify(|(first, latest)| {
                if c.at < first.at {
                    *first = *c;
                }
                if c.at >= latest.at {
                    *latest = *c;
                }
            })
            .or_insert((*c, *c));
    }
    by_person
        .values()
        .filter(|(first, latest)| latest.at - first.at >= CHECKIN_EVERY_DAYS * DAY)
        .map(|(first, latest)| (first.scores, latest.scores))
        .collect()
}

/// The change per question over the people who checked in twice far enough apart.
pub fn wellbeing_change(checkins: &[PersonCheckin]) -> Vec<ChangeFigure> {
    let pairs = first_and_latest(checkins);
    let shown = shown_count(people(pairs.len()));
    Question::ALL
        .iter()
        .map(|q| {
            let answers: Vec<(u8, u8)> = pairs.iter().map(|(f, l)| (f.get(*q), l.get(*q))).collect();
            ChangeFigure {
                question: *q,
                people: shown,
                change: shown.and(mean_change(&answers)),
            }
        })
        .collect()
}

pub fn compute(
    attendance: &[(UserId, String)],
    referrals: &[FunnelEntry],
    checkins: &[PersonCheckin],
    months: &[Month],
) -> Figures {
    Figures {
        attendance: attendance_by_month(attendance, months),
        funnel: funnel(referrals),
        wellbeing: wellbeing_change(checkins),
    }
}

/// A change as text with one decimal place (never "-0.0").
pub fn one_decimal(value: f64) -> String {
    let value = if value == 0.0 { 0.0 } else { value };
    format!("{value:.1}")
}

pub const CSV_HEADER: &str = "section,period_or_stage,question,people,value,suppressed";

/// The figures as CSV: one row per figure; a suppressed figure has empty `people` and
/// `value` cells and `suppressed` true, never the small number itself.
pub fn to_csv(figures: &Figures) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for m in &figures.attendance {
        let people = m.people.map(|n| n.to_string());
        csv_row(
            &mut out,
            ["attendance", m.month.key().as_str(), ""],
            people.as_deref(),
            None,
        );
    }
    for s in &figures.funnel {
        let people = s.people.map(|n| n.to_string());
        csv_row(
            &mut out,
            ["referrals", s.stage.as_str(), ""],
            people.as_deref(),
            None,
        );
    }
    for c in &figures.wellbeing {
        let (people, value) = match (c.people, c.change) {
            (Some(n), Some(change)) => (Some(n.to_string()), Some(one_decimal(change))),
            _ => (None, None),
        };
        csv_row(
            &mut out,
            ["wellbeing", "first_to_latest", c.question.as_str()],
            people.as_deref(),
            value.as_deref(),
        );
    }
    out
}

fn csv_row(out: &mut String, labels: [&str; 3], people: Option<&str>, value: Option<&str>) {
    let suppressed = people.is_none();
    let (people, value) = if suppressed {
        ("", "")
    } else {
        (people.unwrap_or_default(), value.unwrap_or_default())
    };
    let cells = [
        cell(labels[0]),
        cell(labels[1]),
        cell(labels[2]),
        cell(people),
        cell(value),
        cell(if suppressed { "true" } else { "false" }),
    ];
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// One CSV cell, safe to open in a spreadsheet: text that a spreadsheet would read as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`.
/// A number is left as it is: a negative change such as `-0.4` is data, not a formula.
pub fn cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = text.parse::<f64>().is_ok_and(f64::is_finite) && !text.starts_with('+');
    let text = if risky && !number {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(n: u128) -> UserId {
        UserId(uuid::Uuid::from_u128(n + 1))
    }

    fn scores(v: u8) -> Scores {
        Scores {
            life_satisfaction: v,
            worthwhile: v,
            happiness: v,
            anxiety: 10 - v,
        }
    }

    fn checkin(person: u128, day: i64, v: u8) -> PersonCheckin {
        PersonCheckin {
            user_id: user(person),
            scores: scores(v),
            at: 1_700_000_000 + day * DAY,
        }
    }

    const MAY: Month = Month { year: 2026, month: 5 };

    #[test]
    fn months_run_back_over_the_new_year() {
        let months = Month { year: 2026, month: 2 }.last(3);
        let keys: Vec<String> = months.iter().map(|m| m.key()).collect();
        assert_eq!(keys, ["2025-12", "2026-01", "2026-02"]);
        assert_eq!(MAY.last(MONTHS_SHOWN).len(), 12);
    }

    #[test]
    fn people_in_several_groups_count_once() {
        // Five people, each attending two groups twice in May: 20 rows, 5 people.
        let mut rows = Vec::new();
        for p in 0..5 {
            for day in ["2026-05-03", "2026-05-10"] {
                rows.push((user(p), day.to_owned()));
                rows.push((user(p), day.to_owned()));
            }
        }
        let figures = attendance_by_month(&rows, &[MAY]);
        assert_eq!(figures[0].people, Some(5));
        // Four people in many rows is still fewer than five.
        let few: Vec<_> = rows.iter().filter(|(u, _)| *u != user(0)).cloned().collect();
        assert_eq!(attendance_by_month(&few, &[MAY])[0].people, None);
        // Rows outside the months shown are not counted.
        let april: Vec<_> = (0..9).map(|p| (user(p), "2026-04-30".to_owned())).collect();
        assert_eq!(attendance_by_month(&april, &[MAY])[0].people, None);
    }

    #[test]
    fn check_ins_across_groups_belong_to_one_person() {
        // Each of five people checked in about two groups; their first and latest are
        // paired once per person, not per group.
        let mut rows = Vec::new();
        for p in 0..5 {
            rows.push(checkin(p, 0, 4));
            rows.push(checkin(p, 10, 5));
            rows.push(checkin(p, 40, 6));
        }
        let pairs = first_and_latest(&rows);
        assert_eq!(pairs.len(), 5);
        assert!(pairs.iter().all(|(f, l)| f.happiness == 4 && l.happiness == 6));
        let change = wellbeing_change(&rows);
        assert_eq!(change[0].people, Some(5));
        assert_eq!(change[0].change, Some(2.0));
        let anxiety = change.iter().find(|c| c.question == Question::Anxiety);
        assert_eq!(anxiety.and_then(|c| c.change), Some(-2.0));
    }

    #[test]
    fn first_and_latest_need_28_days_between() {
        let close: Vec<_> = (0..6)
            .flat_map(|p| [checkin(p, 0, 3), checkin(p, 27, 7)])
            .collect();
        assert!(first_and_latest(&close).is_empty());
        assert!(
            wellbeing_change(&close)
                .iter()
                .all(|c| c.people.is_none() && c.change.is_none())
        );
        let apart: Vec<_> = (0..6)
            .flat_map(|p| [checkin(p, 0, 3), checkin(p, 28, 7)])
            .collect();
        assert_eq!(first_and_latest(&apart).len(), 6);
        // Order of the rows does not matter.
        let mut reversed = apart.clone();
        reversed.reverse();
        assert_eq!(wellbeing_change(&reversed), wellbeing_change(&apart));
        // One check-in each is never a pair.
        let once: Vec<_> = (0..9).map(|p| checkin(p, 0, 5)).collect();
        assert!(first_and_latest(&once).is_empty());
    }

    #[test]
    fn the_funnel_never_widens_and_counts_people_once() {
        let whole = |p| FunnelEntry {
            person: Some(user(p)),
            accepted: true,
            joined: true,
            attended: true,
            six_weeks: true,
        };
        // Six people, each referred to two groups; two more referrals unanswered; one
        // declined person who joined anyway does not count as joining through a referral.
        let mut entries: Vec<_> = (0..6).flat_map(|p| [whole(p), whole(p)]).collect();
        entries.push(FunnelEntry {
            person: None,
            accepted: false,
            joined: false,
            attended: false,
            six_weeks: false,
        });
        entries.push(FunnelEntry {
            person: None,
            accepted: false,
            joined: false,
            attended: false,
            six_weeks: false,
        });
        entries.push(FunnelEntry {
            person: Some(user(9)),
            accepted: false,
            joined: true,
            attended: true,
            six_weeks: true,
        });
        let figures = funnel(&entries);
        assert_eq!(figures[0].people, Some(10)); // 9 people, rounded
        assert_eq!(figures[1].people, Some(5)); // 6 people, rounded
        assert_eq!(figures[4].people, Some(5));
    }

    #[test]
    fn a_check_in_is_due_after_28_days() {
        assert!(due(None, 0));
        assert!(!due(Some(0), 27 * DAY));
        assert!(due(Some(0), 28 * DAY));
    }

    #[test]
    fn suppressed_cells_are_empty() {
        let figures = compute(
            &[(user(1), "2026-05-01".to_owned())],
            &[],
            &[checkin(1, 0, 5), checkin(1, 30, 6)],
            &[MAY],
        );
        let csv = to_csv(&figures);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(CSV_HEADER));
        assert_eq!(lines.next(), Some("attendance,2026-05,,,,true"));
        assert_eq!(lines.next(), Some("referrals,referred,,,,true"));
        assert!(csv.contains("wellbeing,first_to_latest,anxiety,,,true"));
        assert!(!csv.contains(",1,"));
    }

    #[test]
    fn cells_cannot_become_formulas() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
        assert_eq!(cell("-0.4"), "-0.4");
        assert_eq!(cell("life_satisfaction"), "life_satisfaction");
        assert_eq!(one_decimal(-0.0), "0.0");
    }

    /// A small fixed-seed generator (xorshift64): the same "random" datasets every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n.max(1)
        }

        fn flip(&mut self) -> bool {
            self.next() & 1 == 1
        }
    }

    /// Over many small random datasets, every count in the CSV is empty or at least 5 (a
    /// multiple of 5), suppressed rows say so, and every cell is a fixed label or a number.
    #[test]
    fn csv_never_shows_fewer_than_five() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let months = MAY.last(MONTHS_SHOWN);
        for _ in 0..2_000 {
            let pool = rng.below(14) + 1;
            let attendance: Vec<_> = (0..rng.below(60))
                .map(|_| {
                    let m = months[usize::try_from(rng.below(12)).unwrap_or(0)];
                    (
                        user(u128::from(rng.below(pool))),
                        format!("{}-{:02}", m.key(), rng.below(28) + 1),
                    )
                })
                .collect();
            let referrals: Vec<_> = (0..rng.below(20))
                .map(|_| FunnelEntry {
                    person: rng.flip().then(|| user(u128::from(rng.below(pool)))),
                    accepted: rng.flip(),
                    joined: rng.flip(),
                    attended: rng.flip(),
                    six_weeks: rng.flip(),
                })
                .collect();
            let checkins: Vec<_> = (0..rng.below(40))
                .map(|_| {
                    let v = u8::try_from(rng.below(11)).unwrap_or(0);
                    let day = i64::try_from(rng.below(120)).unwrap_or(0);
                    checkin(u128::from(rng.below(pool)), day, v)
                })
                .collect();
            let csv = to_csv(&compute(&attendance, &referrals, &checkins, &months));
            let mut lines = csv.lines();
            assert_eq!(lines.next(), Some(CSV_HEADER));
            let mut rows = 0;
            for line in lines {
                rows += 1;
                let cells: Vec<&str> = line.split(',').collect();
                assert_eq!(cells.len(), 6, "{line}");
                let (people, value, suppressed) = (cells[3], cells[4], cells[5]);
                match people {
                    "" => {
                        assert_eq!(suppressed, "true", "{line}");
                        assert_eq!(value, "", "{line}");
                    }
                    n => {
                        let n: i64 = n.parse().unwrap_or(-1);
                        assert!(n >= 5 && n % 5 == 0, "{line}");
                        assert_eq!(suppressed, "false", "{line}");
                    }
                }
                if !value.is_empty() {
                    assert!(
                        value.parse::<f64>().is_ok_and(|v| (-10.0..=10.0).contains(&v)),
                        "{line}"
                    );
                }
                for c in &cells[..3] {
                    assert!(!c.starts_with(['=', '+', '-', '@']), "{line}");
                }
            }
            assert_eq!(rows, MONTHS_SHOWN + Stage::ALL.len() + Question::ALL.len());
        }
    }
}
