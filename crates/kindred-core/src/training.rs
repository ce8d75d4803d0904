//! Facilitator training: courses of modules (a lesson and a short quiz with a pass mark),
//! scoring, and whether a person's training is current.
//!
//! Courses are data (`data/training/<course>/course.json` and one Markdown lesson per
//! module; format in that folder's README), compiled into the binary and checked when first
//! loaded. Progress is stored per person and module; this module decides what it means.

use std::sync::OnceLock;

use jiff::Timestamp;
use serde::Deserialize;

/// One multiple-choice question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub question: String,
    pub choices: Vec<String>,
    /// Zero-based index of the right choice.
    pub answer: usize,
    /// Why, shown after answering, right or wrong.
    pub explanation: String,
}

/// A lesson and its quiz.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub key: String,
    pub title: String,
    pub file: String,
    pub minutes: u32,
    /// Months after a pass when the module must be retaken; `None`: never.
    pub expires_months: Option<u32>,
    /// The fraction of questions to get right, in (0, 1].
    pub pass_mark: f64,
    pub quiz: Vec<Question>,
    #[serde(skip)]
    pub lesson: String,
}

/// A course: modules in the order they are taken.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub key: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub modules: Vec<Module>,
}

/// The courses Kindred ships.
const SHIPPED: &[(&str, &[(&str, &str)])] = &[(
    include_str!("../data/training/peer-facilitator/course.json"),
    &[
        (
            "01-ground-rules.md",
            include_str!("../data/training/peer-facilitator/01-ground-rules.md"),
        ),
        (
            "02-running-meetings.md",
            include_str!("../data/training/peer-facilitator/02-running-meetings.md"),
        ),
        (
            "03-everyone-can-speak.md",
            include_str!("../data/training/peer-facilitator/03-everyone-can-speak.md"),
        ),
        (
            "04-disclosure-and-signposting.md",
            include_str!("../data/training/peer-facilitator/04-disclosure-and-signposting.md"),
        ),
        (
            "05-safeguarding-basics.md",
            include_str!("../data/training/peer-facilitator/05-safeguarding-basics.md"),
        ),
        (
            "06-looking-after-yourself.md",
            include_str!("../data/training/peer-facilitator/06-looking-after-yourself.md"),
        ),
        (
            "07-online-and-hybrid.md",
            include_str!("../data/training/peer-facilitator/07-online-and-hybrid.md"),
        ),
    ],
)];

/// The course facilitators are asked to hold (the badge and requirements refer to it).
pub const FACILITATOR_COURSE: &str = "peer-facilitator";

/// How long before a module expires its holder is reminded.
pub const REMIND_DAYS_BEFORE: i64 = 30;

/// The shipped courses, parsed once. A broken course file fails the test suite (and would
/// panic here at first use, so it cannot ship).
pub fn catalogue() -> &'static [Course] {
    static COURSES: OnceLock<Vec<Course>> = OnceLock::new();
    COURSES.get_or_init(|| {
        SHIPPED
            .iter()
            .map(|(json, lessons)| match parse_course(json, lessons) {
                Ok(course) => course,
                Err(err) => panic!("shipped course is invalid: {err}"),
            })
            .collect()
    })
}

/// Finds a shipped course by key.
pub fn course(key: &str) -> Option<&'static Course> {
    catalogue().iter().find(|c| c.key == key)
}

impl Course {
    pub fn module(&self, key: &str) -> Option<(usize, &Module)> {
        self.modules.iter().enumerate().find(|(_, m)| m.key == key)
    }
}

/// Parses and checks a course and attaches its lessons.
pub fn parse_course(json: &str, lessons: &[(&str, &str)]) -> Result<Course, String> {
    let mut course: Course = serde_json::from_str(json).map_err(|e| format!("course.json: {e}"))?;
    if course.modules.is_empty() {
        return Err(format!("{}: a course needs at least one module", course.key));
    }
    let mut keys = std::collections::HashSet::new();
    for module in &mut course.modules {
        let at = format!("{}/{}", course.key, module.key);
        if !keys.insert(module.key.clone()) {
            return Err(format!("{at}: the module key is used twice"));
        }
        if !(module.pass_mark > 0.0 && module.pass_mark <= 1.0) {
            return Err(format!("{at}: pass_mark must be above 0 and at most 1"));
        }
        if module.quiz.is_empty() {
            return Err(format!("{at}: a module needs at least one question"));
        }
        for (i, q) in module.quiz.iter().enumerate() {
            if q.choices.len() < 2 || q.answer >= q.choices.len() {
                return Err(format!(
                    "{at}: question {}: the answer is not one of the choices",
                    i + 1
                ));
            }
        }
        module.lesson = lessons
            .iter()
            .find(|(name, _)| *name == module.file)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| format!("{at}: lesson file {} is missing", module.file))?;
    }
    Ok(course)
}

/// The outcome of one attempt at a quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub right: u32,
    pub out_of: u32,
    /// How many right answers pass.
    pub needed: u32,
    pub passed: bool,
    /// For each question, whether it was answered correctly.
    pub correct: Vec<bool>,
}

impl Module {
    /// Right answers needed to pass: the pass mark of the questions, rounded up.
    pub fn needed(&self) -> u32 {
        let n = self.quiz.len() as f64;
        // The small allowance stops 0.8 * 5 = 4.000000001 from needing 5.
        ((self.pass_mark * n) - 1e-9).ceil().max(1.0) as u32
    }

    /// Scores answers (one per question, `None` for unanswered, which counts as wrong).
    pub fn score(&self, answers: &[Option<usize>]) -> Outcome {
        let correct: Vec<bool> = self
            .quiz
            .iter()
            .enumerate()
            .map(|(i, q)| answers.get(i).copied().flatten() == Some(q.answer))
            .collect();
        let right = correct.iter().filter(|c| **c).count() as u32;
        let needed = self.needed();
        Outcome {
            right,
            out_of: self.quiz.len() as u32,
            needed,
            passed: right >= needed,
            correct,
        }
    }

    /// When a pass at `passed_at` stops counting, if it ever does.
    pub fn expiry(&self, passed_at: i64) -> Option<i64> {
        let months = self.expires_months?;
        let at = Timestamp::from_second(passed_at).ok()?;
        let utc = jiff::tz::Offset::UTC;
        let later = utc
            .to_datetime(at)
            .checked_add(jiff::Span::new().months(i64::from(months)))
            .ok()?;
        Some(utc.to_timestamp(later).ok()?.as_second())
    }
}

/// What is stored about one person and one module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub module: String,
    pub attempts: i64,
    pub best_right: i64,
    pub out_of: i64,
    pub last_attempt_at: i64,
    /// The latest pass, if any.
    pub passed_at: Option<i64>,
    pub expires_at: Option<i64>,
}

/// Where a person stands with one module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleStatus {
    NotStarted,
    /// Tried, not passed yet.
    NotPassed,
    Passed {
        at: i64,
        expires: Option<i64>,
    },
    Expired {
        at: i64,
        expired: i64,
    },
}

impl ModuleStatus {
    pub fn of(progress: Option<&Progress>, now: i64) -> Self {
        match progress {
            None => Self::NotStarted,
            Some(p) => match (p.passed_at, p.expires_at) {
                (None, _) => Self::NotPassed,
                (Some(at), Some(expired)) if expired <= now => Self::Expired { at, expired },
                (Some(at), expires) => Self::Passed { at, expires },
            },
        }
    }

    pub fn is_current(self) -> bool {
        matches!(self, Self::Passed { .. })
    }
}

/// Where a person stands with a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourseStatus {
    /// Some modules are not (or no longer) passed.
    Incomplete { passed: usize, of: usize },
    /// Every module passed at some point, and at least one has since expired.
    Lapsed { since: i64 },
    /// Every module currently passed: completed on the last pass, current until the
    /// earliest expiry.
    Current { completed: i64, until: Option<i64> },
}

impl CourseStatus {
    pub fn of(course: &Course, progress: &[Progress], now: i64) -> Self {
        let statuses: Vec<ModuleStatus> = course
            .modules
            .iter()
            .map(|m| ModuleStatus::of(progress.iter().find(|p| p.module == m.key), now))
            .collect();
        let passed = statuses.iter().filter(|s| s.is_current()).count();
        if passed == statuses.len() {
            let completed = statuses
                .iter()
                .filter_map(|s| match s {
                    ModuleStatus::Passed { at, .. } => Some(*at),
                    _ => None,
                })
                .max()
                .unwrap_or(now);
            let until = statuses
                .iter()
                .filter_map(|s| match s {
                    ModuleStatus::Passed { expires, .. } => *expires,
                    _ => None,
                })
                .min();
            return Self::Current { completed, until };
        }
        let ever_all = statuses
            .iter()
            .all(|s| matches!(s, ModuleStatus::Passed { .. } | ModuleStatus::Expired { .. }));
        if ever_all {
            let since = statuses
                .iter()
                .filter_map(|s| match s {
                    ModuleStatus::Expired { expired, .. } => Some(*expired),
                    _ => None,
                })
                .min()
                .unwrap_or(now);
            return Self::Lapsed { since };
        }
        Self::Incomplete {
            passed,
            of: statuses.len(),
        }
    }

    pub fn is_current(self) -> bool {
        matches!(self, Self::Current { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shipped() -> &'static Course {
        course(FACILITATOR_COURSE).unwrap()
    }

    #[test]
    fn the_shipped_course_is_whole() {
        let c = shipped();
        assert!(c.modules.len() >= 7, "the issue asks for at least 7 modules");
        for m in &c.modules {
            assert!(m.quiz.len() >= 4, "{}: at least 4 questions", m.key);
            let words = m.lesson.split_whitespace().count();
            assert!(words >= 500, "{}: the lesson has {words} words", m.key);
        }
        let safeguarding = c.module("safeguarding-basics").unwrap().1;
        assert_eq!(safeguarding.expires_months, Some(12));
    }

    #[test]
    fn pass_marks_round_up() {
        let c = shipped();
        let five = c.modules.iter().find(|m| m.quiz.len() == 5).unwrap();
        let six = c.modules.iter().find(|m| m.quiz.len() == 6).unwrap();
        assert_eq!(five.needed(), 4);
        assert_eq!(six.needed(), 5);
    }

    #[test]
    fn broken_courses_are_refused() {
        let good = r#"{"key":"c","title":"t","summary":"s","language":"en","modules":[{"key":"m","title":"t","file":"a.md","minutes":1,"expires_months":null,"pass_mark":0.5,"quiz":[{"question":"q","choices":["a","b"],"answer":1,"explanation":"e"}]}]}"#;
        assert!(parse_course(good, &[("a.md", "lesson")]).is_ok());
        assert!(parse_course(good, &[]).unwrap_err().contains("missing"));
        let wrong_answer = good.replace("\"answer\":1", "\"answer\":2");
        assert!(parse_course(&wrong_answer, &[("a.md", "x")]).is_err());
        let no_mark = good.replace("0.5", "0");
        assert!(parse_course(&no_mark, &[("a.md", "x")]).is_err());
        let extra = good.replace("\"minutes\":1", "\"minutes\":1,\"surprise\":1");
        assert!(parse_course(&extra, &[("a.md", "x")]).is_err());
    }

    #[test]
    fn a_year_later_safeguarding_has_expired_and_the_course_lapsed() {
        let c = shipped();
        let passed_at = 1_767_225_600; // 2026-01-01T00:00:00Z
        let progress: Vec<Progress> = c
            .modules
            .iter()
            .map(|m| Progress {
                module: m.key.clone(),
                attempts: 1,
                best_right: m.quiz.len() as i64,
                out_of: m.quiz.len() as i64,
                last_attempt_at: passed_at,
                passed_at: Some(passed_at),
                expires_at: m.expiry(passed_at),
            })
            .collect();
        let year_later = 1_798_761_600; // 2027-01-01T00:00:00Z
        assert_eq!(
            CourseStatus::of(c, &progress, passed_at + 10),
            CourseStatus::Current {
                completed: passed_at,
                until: Some(year_later)
            }
        );
        assert_eq!(
            CourseStatus::of(c, &progress, year_later),
            CourseStatus::Lapsed { since: year_later }
        );
        assert_eq!(
            CourseStatus::of(c, &progress[1..], passed_at),
            CourseStatus::Incomplete {
                passed: c.modules.len() - 1,
                of: c.modules.len()
            }
        );
    }

    proptest! {
        #[test]
        fn scoring_counts_exactly_the_right_answers(
            module_index in 0usize..7,
            answers in proptest::collection::vec(proptest::option::of(0usize..6), 0..8),
        ) {
            let m = &shipped().modules[module_index % shipped().modules.len()];
            let outcome = m.score(&answers);
            let expected = m.quiz.iter().enumerate()
                .filter(|(i, q)| answers.get(*i).copied().flatten() == Some(q.answer))
                .count() as u32;
            prop_assert_eq!(outcome.right, expected);
            prop_assert_eq!(outcome.passed, expected >= m.needed());
            prop_assert!(outcome.needed <= outcome.out_of);
            let all_right: Vec<Option<usize>> = m.quiz.iter().map(|q| Some(q.answer)).collect();
            prop_assert!(m.score(&all_right).passed);
        }

        #[test]
        fn a_pass_is_current_until_it_expires(passed_at in 0i64..4_000_000_000, later in 0i64..100_000_000) {
            let m = shipped().module("safeguarding-basics").unwrap().1;
            let expires = m.expiry(passed_at).unwrap();
            prop_assert!(expires > passed_at + 364 * 86_400 && expires < passed_at + 367 * 86_400);
            let p = Progress { module: m.key.clone(), attempts: 1, best_right: 6, out_of: 6,
                last_attempt_at: passed_at, passed_at: Some(passed_at), expires_at: Some(expires) };
            let now = passed_at + later;
            prop_assert_eq!(ModuleStatus::of(Some(&p), now).is_current(), now < expires);
        }
    }
}
