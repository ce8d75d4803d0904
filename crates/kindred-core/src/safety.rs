//! Crisis screening: is a message a sign that its writer may be at risk of suicide or
//! self-harm, and how soon? Levels `none`, `concern`, `urgent`.
//!
//! A transparent rule-based screen, not a model: per-language lexicons (data files in
//! `data/safety/`, documented there, reviewable by native speakers) of risk phrases and of
//! what defuses them (negation, idioms, the past, other people, quotation), over normalised
//! text. It errs towards asking a person to look: nothing is ever blocked on its word, and
//! `urgent` means "show the writer crisis lines now and alert a facilitator", never
//! "contact the emergency services" (Kindred never does that by itself).
//! Measured against `data/safety/eval/` in the tests; figures in `docs/safety.md`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::i18n::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    Concern,
    Urgent,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Concern => "concern",
            Self::Urgent => "urgent",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "none" => Some(Self::None),
            "concern" => Some(Self::Concern),
            "urgent" => Some(Self::Urgent),
            _ => None,
        }
    }

    fn lower(self) -> Self {
        match self {
            Self::Urgent => Self::Concern,
            _ => Self::None,
        }
    }
}

/// The kinds of phrase a lexicon lists (see `data/safety/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Urgent,
    Concern,
    Intent,
    Plan,
    Means,
    Timeframe,
    Negation,
    Past,
    Idiom,
    Third,
}

impl Section {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "urgent" => Self::Urgent,
            "concern" => Self::Concern,
            "intent" => Self::Intent,
            "plan" => Self::Plan,
            "means" => Self::Means,
            "timeframe" => Self::Timeframe,
            "negation" => Self::Negation,
            "past" => Self::Past,
            "idiom" => Self::Idiom,
            "third" => Self::Third,
            _ => return None,
        })
    }
}

/// Why a message got its level: a phrase found, and what (if anything) defused it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub section: Section,
    /// The phrase as the lexicon has it.
    pub phrase: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defused: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Screening {
    pub level: Level,
    pub reasons: Vec<Reason>,
}

/// One word of a phrase: exact, or a stem (`kill*`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    text: String,
    stem: bool,
}

impl Word {
    fn matches(&self, token: &str) -> bool {
        if self.stem {
            token.starts_with(&self.text)
        } else {
            token == self.text
        }
    }
}

#[derive(Debug, Clone)]
struct Phrase {
    source: String,
    words: Vec<Word>,
}

/// One language's lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    sections: HashMap<Section, Vec<Phrase>>,
    replace: Vec<(Vec<String>, Vec<String>)>,
}

/// A line the lexicon parser could not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct LexiconError {
    pub line: usize,
    pub message: String,
}

impl Lexicon {
    /// Reads the format of `data/safety/README.md`.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut lexicon = Lexicon::default();
        let mut section: Option<&str> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: &str| LexiconError {
                line: i + 1,
                message: message.to_owned(),
            };
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if name != "replace" && Section::parse(name).is_none() {
                    return Err(error(&format!("unknown section [{name}]")));
                }
                section = Some(if name == "replace" { "replace" } else { name });
                continue;
            }
            match section {
                None => return Err(error("a phrase before any [section]")),
                Some("replace") => {
                    let (from, to) = line
                        .split_once("=>")
                        .ok_or_else(|| error("a replacement is written `from => to`"))?;
                    let from = tokens(&normalise(from));
                    if from.is_empty() {
                        return Err(error("nothing to replace"));
                    }
                    lexicon.replace.push((from, tokens(&normalise(to))));
                }
                Some(name) => {
                    let kind = Section::parse(name).ok_or_else(|| error("unknown section"))?;
                    let words: Vec<Word> = line
                        .split_whitespace()
                        .flat_map(|w| {
                            let stem = w.ends_with('*');
                            let bare = normalise(w.trim_end_matches('*'));
                            let mut parts: Vec<Word> = tokens(&bare)
                                .into_iter()
                                .map(|text| Word { text, stem: false })
                                .collect();
                            if let Some(last) = parts.last_mut() {
                                last.stem = stem;
                            }
                            parts
                        })
                        .collect();
                    if words.is_empty() {
                        continue;
                    }
                    lexicon.sections.entry(kind).or_default().push(Phrase {
                        source: line.to_owned(),
                        words,
                    });
                }
            }
        }
        Ok(lexicon)
    }

    fn phrases(&self, section: Section) -> &[Phrase] {
        self.sections.get(&section).map_or(&[], Vec::as_slice)
    }

    /// How many phrases each section holds.
    pub fn counts(&self) -> Vec<(Section, usize)> {
        let mut counts: Vec<(Section, usize)> = self.sections.iter().map(|(s, p)| (*s, p.len())).collect();
        counts.sort_by_key(|(s, _)| format!("{s:?}"));
        counts
    }
}

macro_rules! lexicons {
    ($($locale:ident => $file:literal),* $(,)?) => {
        /// The shipped lexicon of a language (parsed once).
        pub fn lexicon(locale: Locale) -> &'static Lexicon {
            static PARSED: OnceLock<HashMap<Locale, Lexicon>> = OnceLock::new();
            let all = PARSED.get_or_init(|| {
                let mut all = HashMap::new();
                $(
                    // A broken shipped lexicon is caught by the tests; at run time the
                    // language then screens with what English offers.
                    all.insert(Locale::$locale, Lexicon::parse(include_str!(concat!("../data/safety/", $file))).unwrap_or_default());
                )*
                all
            });
            all.get(&locale).unwrap_or_else(|| &all[&Locale::En])
        }

        /// The raw text of every shipped lexicon, for tests.
        pub fn shipped() -> Vec<(Locale, &'static str)> {
            vec![$((Locale::$locale, include_str!(concat!("../data/safety/", $file)))),*]
        }
    };
}

lexicons!(En => "en.txt", Cy => "cy.txt", Pl => "pl.txt", Ur => "ur.txt", Ar => "ar.txt");

/// Lower case, Latin diacritics off, Arabic and Urdu letter forms unified, punctuation to
/// spaces, apostrophes dropped (`don't` → `dont`), letters repeated three or more times cut
/// to two.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last: Option<char> = None;
    let mut run = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => Some('a'),
            'ç' | 'ć' | 'č' => Some('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => Some('i'),
            'ł' => Some('l'),
            'ñ' | 'ń' | 'ň' => Some('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => Some('o'),
            'ś' | 'š' => Some('s'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => Some('u'),
            'ŵ' => Some('w'),
            'ý' | 'ÿ' | 'ŷ' => Some('y'),
            'ź' | 'ż' | 'ž' => Some('z'),
            // Arabic and Urdu: one form per letter, no short vowels or tatweel.
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' | 'ی' | 'ې' => Some('ي'),
            'ک' => Some('ك'),
            'ہ' | 'ة' | 'ھ' | 'ۀ' => Some('ه'),
            'ؤ' => Some('و'),
            'ئ' => Some('ي'),
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
            '\'' | '’' | '‘' | 'ʼ' => None,
            c if c.is_alphanumeric() => Some(c),
            _ => Some(' '),
        };
        let Some(c) = mapped else { continue };
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= 2 || c == ' ' {
            out.push(c);
        }
    }
    out
}

fn tokens(normalised: &str) -> Vec<String> {
    normalised.split_whitespace().map(str::to_owned).collect()
}

/// Where phrases of a section occur in a token list: (start, end, phrase).
fn find<'a>(tokens: &[String], phrases: &'a [Phrase]) -> Vec<(usize, usize, &'a Phrase)> {
    let mut found = Vec::new();
    for start in 0..tokens.len() {
        for phrase in phrases {
            let end = start + phrase.words.len();
            if end <= tokens.len()
                && phrase
                    .words
                    .iter()
                    .zip(&tokens[start..end])
                    .all(|(w, t)| w.matches(t))
            {
                found.push((start, end, phrase));
            }
        }
    }
    found
}

fn apply_replacements(tokens: Vec<String>, lexicon: &Lexicon) -> Vec<String> {
    if lexicon.replace.is_empty() {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    'outer: while i < tokens.len() {
        for (from, to) in &lexicon.replace {
            if tokens[i..].starts_with(from) {
                out.extend(to.iter().cloned());
                i += from.len();
                continue 'outer;
            }
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    out
}

/// Sentences, with quoted speech taken out (what someone else said is not the writer's).
fn sentences(text: &str) -> (Vec<String>, bool) {
    let mut unquoted = String::with_capacity(text.len());
    let mut quoted = false;
    let mut inside: Option<char> = None;
    for c in text.chars() {
        match (inside, c) {
            (None, '"' | '“' | '«' | '„') => {
                inside = Some(match c {
                    '“' => '”',
                    '«' => '»',
                    '„' => '”',
                    _ => '"',
                });
                quoted = true;
            }
            (Some(close), c) if c == close || (close == '”' && c == '"') => {
                inside = None;
                unquoted.push(' ');
            }
            (Some(_), _) => {}
            (None, c) => unquoted.push(c),
        }
    }
    if inside.is_some() {
        // An unclosed quote: treat it as the writer's own words after all.
        return (sentences_of(text), false);
    }
    (sentences_of(&unquoted), quoted)
}

fn sentences_of(text: &str) -> Vec<String> {
    // Clauses, really: a marker of the past or of someone else, or a negation, speaks for its
    // own clause only ("I no longer care, I'm going to do it tonight").
    text.split(['.', '!', '?', '؟', '۔', '\n', ';', '…', ',', '،', ':', '—', '–'])
        .map(str::to_owned)
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// Screens one message written in `locale` (English phrases are always checked too:
/// people mix languages).
pub fn screen(text: &str, locale: Locale) -> Screening {
    let mut lexicons = vec![lexicon(locale)];
    if locale != Locale::En {
        lexicons.push(lexicon(Locale::En));
    }
    let mut best = Screening {
        level: Level::None,
        reasons: Vec::new(),
    };
    // Collect facts over the whole message first: a plan in one sentence and intent in the
    // next is still intent with a plan.
    let (parts, _quoted) = sentences(text);
    let mut per_sentence = Vec::new();
    let mut support = false;
    let mut means_or_time = false;
    for sentence in &parts {
        for lexicon in &lexicons {
            let analysed = analyse(sentence, lexicon);
            support |= analysed.support;
            means_or_time |= analysed.means || analysed.timeframe;
            per_sentence.push(analysed);
        }
    }
    for analysed in per_sentence {
        // A plan with its means or its time is urgent even unsaid ("I know how, and it's
        // Friday"); so is a counted means ("taken 40 co-codamol").
        let planned = analysed.counted || (analysed.plan && means_or_time);
        let mut level = if analysed.urgent || (analysed.intent && support) || planned {
            Level::Urgent
        } else if analysed.concern || analysed.intent || analysed.plan {
            Level::Concern
        } else {
            Level::None
        };
        let mut reasons = analysed.reasons;
        if level > Level::None && analysed.past {
            level = Level::None;
            for r in &mut reasons {
                r.defused.get_or_insert("past");
            }
        }
        if level > Level::None && analysed.third {
            level = level.lower();
            for r in &mut reasons {
                r.defused.get_or_insert("someone_else");
            }
        }
        if level > best.level {
            best.level = level;
        }
        best.reasons.extend(reasons);
    }
    best.reasons.dedup();
    best
}

#[derive(Debug, Default)]
struct Analysed {
    urgent: bool,
    concern: bool,
    intent: bool,
    support: bool,
    plan: bool,
    means: bool,
    timeframe: bool,
    /// A count next to a means: "took 40 tablets".
    counted: bool,
    past: bool,
    third: bool,
    reasons: Vec<Reason>,
}

fn analyse(sentence: &str, lexicon: &Lexicon) -> Analysed {
    let mut tokens = apply_replacements(tokens(&normalise(sentence)), lexicon);
    // Idioms go first, so "this heat is killing me" has nothing left to match.
    for (start, end, _) in find(&tokens, lexicon.phrases(Section::Idiom)) {
        for token in &mut tokens[start..end] {
            token.clear();
        }
    }
    let negations = find(&tokens, lexicon.phrases(Section::Negation));
    // Up to three words between the negation and the phrase ("not really going to ...").
    let negated = |start: usize| negations.iter().any(|(_, e, _)| *e <= start && start - *e <= 3);
    let mut a = Analysed {
        past: !find(&tokens, lexicon.phrases(Section::Past)).is_empty(),
        third: !find(&tokens, lexicon.phrases(Section::Third)).is_empty(),
        ..Analysed::default()
    };
    let mut plan = false;
    let mut means = false;
    // A phrase inside a longer one that was negated is negated with it ("not going to kill
    // myself" leaves no "kill myself" behind).
    let mut negated_spans: Vec<(usize, usize)> = Vec::new();
    for section in [
        Section::Urgent,
        Section::Concern,
        Section::Intent,
        Section::Plan,
        Section::Means,
        Section::Timeframe,
    ] {
        for (start, end, phrase) in find(&tokens, lexicon.phrases(section)) {
            let is_negated = negated(start) || negated_spans.iter().any(|(s, e)| *s <= start && end <= *e);
            if is_negated {
                negated_spans.push((start, end));
            }
            a.reasons.push(Reason {
                section,
                phrase: phrase.source.clone(),
                defused: is_negated.then_some("negated"),
            });
            if is_negated {
                continue;
            }
            match section {
                Section::Urgent => a.urgent = true,
                Section::Concern => a.concern = true,
                Section::Intent => a.intent = true,
                Section::Plan => {
                    plan = true;
                    a.support = true;
                }
                Section::Means => {
                    means = true;
                    a.support = true;
                }
                Section::Timeframe => {
                    a.timeframe = true;
                    a.support = true;
                }
                _ => {}
            }
        }
    }
    // A count next to a means ("took 40 tablets", "32 paracetamol") is a plan, not a mention.
    let means_found = find(&tokens, lexicon.phrases(Section::Means));
    let counted = means_found.iter().any(|(start, _, _)| {
        tokens[start.saturating_sub(2)..*start]
            .iter()
            .any(|t| t.parse::<u32>().is_ok_and(|n| n >= 10))
    });
    a.counted = counted;
    if counted {
        plan = true;
        a.support = true;
        a.reasons.push(Reason {
            section: Section::Plan,
            phrase: "a count of a means".to_owned(),
            defused: None,
        });
    }
    a.plan = plan;
    a.means = means;
    a
}

/// How the screen does on a labelled set (`level<TAB>message` lines).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub messages: usize,
    pub urgent: usize,
    pub at_risk: usize,
    pub none: usize,
    /// Of the messages labelled `urgent`, the share screened `urgent`.
    pub urgent_recall: f64,
    /// Of the messages labelled `concern` or `urgent`, the share screened either.
    pub at_risk_recall: f64,
    /// Of the messages labelled `none`, the share screened `concern` or `urgent`.
    pub false_alarms: f64,
    /// Lines the screen got wrong: (label, screened, message).
    pub misses: Vec<(Level, Level, String)>,
}

/// Scores the screen against a labelled set in `locale`.
pub fn evaluate(labelled: &str, locale: Locale) -> Evaluation {
    let mut e = Evaluation {
        messages: 0,
        urgent: 0,
        at_risk: 0,
        none: 0,
        urgent_recall: 0.0,
        at_risk_recall: 0.0,
        false_alarms: 0.0,
        misses: Vec::new(),
    };
    let (mut urgent_hit, mut at_risk_hit, mut alarms) = (0usize, 0usize, 0usize);
    for line in labelled.lines().filter(|l| !l.trim().is_empty()) {
        let Some((label, text)) = line.split_once('\t') else {
            continue;
        };
        let Some(label) = Level::parse(label.trim()) else {
            continue;
        };
        let got = screen(text, locale).level;
        e.messages += 1;
        match label {
            Level::Urgent => {
                e.urgent += 1;
                e.at_risk += 1;
                urgent_hit += usize::from(got == Level::Urgent);
                at_risk_hit += usize::from(got > Level::None);
            }
            Level::Concern => {
                e.at_risk += 1;
                at_risk_hit += usize::from(got > Level::None);
            }
            Level::None => {
                e.none += 1;
                alarms += usize::from(got > Level::None);
            }
        }
        if got != label {
            e.misses.push((label, got, text.to_owned()));
        }
    }
    let share = |n: usize, of: usize| if of == 0 { 0.0 } else { n as f64 / of as f64 };
    e.urgent_recall = share(urgent_hit, e.urgent);
    e.at_risk_recall = share(at_risk_hit, e.at_risk);
    e.false_alarms = share(alarms, e.none);
    e
}

macro_rules! evaluation_sets {
    ($($locale:ident => $file:literal),* $(,)?) => {
        /// The shipped evaluation sets.
        pub fn evaluation_sets() -> Vec<(Locale, &'static str)> {
            vec![$((Locale::$locale, include_str!(concat!("../data/safety/eval/", $file)))),*]
        }
    };
}

evaluation_sets!(En => "en.tsv", Cy => "cy.tsv", Pl => "pl.tsv", Ur => "ur.tsv", Ar => "ar.tsv");

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const SAMPLE: &str = "
# a small lexicon for the tests
[urgent]
going to kill myself
[concern]
cant go on
[intent]
want to die
kill* myself
[plan]
wrote a note
[means]
pills
[timeframe]
tonight
[negation]
never
dont
[past]
used to
[idiom]
killing me
[third]
my friend
[replace]
kms => kill myself
";

    fn with(text: &str) -> Screening {
        let lexicon = Lexicon::parse(SAMPLE).unwrap_or_default();
        let (parts, _) = sentences(text);
        // The same steps as `screen`, over the sample lexicon only.
        let analysed: Vec<Analysed> = parts.iter().map(|s| analyse(s, &lexicon)).collect();
        let support = analysed.iter().any(|a| a.support);
        let means_or_time = analysed.iter().any(|a| a.means || a.timeframe);
        let mut level = Level::None;
        for a in analysed {
            let planned = a.counted || (a.plan && means_or_time);
            let mut l = if a.urgent || (a.intent && support) || planned {
                Level::Urgent
            } else if a.concern || a.intent || a.plan {
                Level::Concern
            } else {
                Level::None
            };
            if a.past {
                l = Level::None;
            }
            if a.third {
                l = l.lower();
            }
            level = level.max(l);
        }
        Screening {
            level,
            reasons: Vec::new(),
        }
    }

    #[test]
    fn normalising_unifies_what_people_type() {
        assert_eq!(normalise("I CAN'T go on!!!").trim_end(), "i cant go on");
        assert_eq!(normalise("sooooo tired"), "soo tired");
        assert_eq!(normalise("Żółć łąka"), "zolc laka");
        assert_eq!(normalise("ŵyr"), "wyr");
        assert_eq!(normalise("أريد"), normalise("اريد"));
        assert_eq!(normalise("مُحَمَّد"), "محمد");
        assert_eq!(normalise("کیا"), normalise("كيا"));
        assert_eq!(normalise("یہ"), "يه");
    }

    #[test]
    fn levels_follow_intent_plan_and_what_defuses_them() {
        assert_eq!(with("im going to kill myself").level, Level::Urgent);
        assert_eq!(with("i want to die").level, Level::Concern);
        assert_eq!(
            with("i want to die. i have the pills").level,
            Level::Urgent,
            "means in another sentence"
        );
        assert_eq!(with("kms tonight").level, Level::Urgent, "text-speak");
        assert_eq!(with("I can't go on").level, Level::Concern);
        assert_eq!(with("i would never kill myself").level, Level::None, "negated");
        assert_eq!(with("this heat is killing me").level, Level::None, "idiom");
        assert_eq!(with("i used to want to die").level, Level::None, "the past");
        assert_eq!(
            with("my friend is going to kill myself tonight").level,
            Level::Concern,
            "someone else"
        );
        assert_eq!(
            with("she said \"i want to die\" in the film").level,
            Level::None,
            "quoted"
        );
        assert_eq!(
            with("wrote a note and got pills").level,
            Level::Urgent,
            "a plan with its means"
        );
        assert_eq!(with("took 40 pills").level, Level::Urgent, "a counted means");
        assert_eq!(with("wrote a note").level, Level::Concern, "a plan alone");
        assert_eq!(with("lovely weather").level, Level::None);
        assert_eq!(
            with("i used to love my job, im going to kill myself tonight").level,
            Level::Urgent,
            "the past in another clause defuses nothing"
        );
        assert_eq!(
            with("i dont know, i want to die").level,
            Level::Concern,
            "negation stays in its clause"
        );
    }

    #[test]
    fn the_lexicon_parser_reports_bad_lines() {
        assert!(Lexicon::parse("phrase before a section").is_err());
        assert!(Lexicon::parse("[nonsense]\nx").is_err());
        assert!(Lexicon::parse("[replace]\nno arrow").is_err());
        let lexicon = Lexicon::parse(SAMPLE).unwrap_or_default();
        assert!(
            lexicon
                .counts()
                .iter()
                .any(|(s, n)| *s == Section::Intent && *n == 2)
        );
    }

    #[test]
    fn every_shipped_lexicon_parses() {
        for (locale, text) in shipped() {
            let parsed = Lexicon::parse(text);
            assert!(parsed.is_ok(), "{locale:?}: {parsed:?}");
            let lexicon = parsed.unwrap_or_default();
            for section in [
                Section::Urgent,
                Section::Concern,
                Section::Intent,
                Section::Negation,
                Section::Idiom,
            ] {
                assert!(
                    !lexicon.phrases(section).is_empty(),
                    "{locale:?} has no [{section:?}] phrases"
                );
            }
        }
    }

    /// The figures `docs/safety.md` reports (run with `--nocapture` to see them). The floors
    /// sit just under what the screen does today, so that a lexicon change that makes it
    /// worse fails here.
    #[test]
    fn the_evaluation_sets_meet_the_floors() {
        println!("lang  messages  urgent  at-risk  none  urgent-recall  at-risk-recall  false-alarms");
        for (locale, set) in evaluation_sets() {
            let e = evaluate(set, locale);
            println!(
                "{:<5} {:>8} {:>7} {:>8} {:>5} {:>14.2} {:>15.2} {:>13.2}",
                locale.tag(),
                e.messages,
                e.urgent,
                e.at_risk,
                e.none,
                e.urgent_recall,
                e.at_risk_recall,
                e.false_alarms
            );
            for (label, got, text) in e.misses.iter().take(8) {
                println!("      expected {} got {}: {text}", label.as_str(), got.as_str());
            }
            assert!(e.messages >= 50, "{locale:?}: the set is too small");
            assert!(
                e.at_risk_recall >= FLOOR_AT_RISK_RECALL,
                "{locale:?}: at-risk recall {}",
                e.at_risk_recall
            );
            assert!(
                e.urgent_recall >= FLOOR_URGENT_RECALL,
                "{locale:?}: urgent recall {}",
                e.urgent_recall
            );
            assert!(
                e.false_alarms <= CEILING_FALSE_ALARMS,
                "{locale:?}: false alarms {}",
                e.false_alarms
            );
        }
    }

    const FLOOR_AT_RISK_RECALL: f64 = 0.9;
    const FLOOR_URGENT_RECALL: f64 = 0.88;
    const CEILING_FALSE_ALARMS: f64 = 0.1;

    proptest! {
        #[test]
        fn screening_never_panics(text in "\\PC{0,200}") {
            let _ = screen(&text, Locale::En);
            let _ = screen(&text, Locale::Ar);
        }

        #[test]
        fn normalising_twice_changes_nothing(text in "\\PC{0,80}") {
            let once = normalise(&text);
            prop_assert_eq!(normalise(&once), once);
        }
    }
}
