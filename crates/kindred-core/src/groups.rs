//! Groups: what a group is, how it is described, and the taxonomy people search by.
//!
//! Codes (categories, conditions, languages ...) are stable snake_case data; their names
//! in each language live in the interface files (`category-*`, `condition-*`, ...).

use serde::{Deserialize, Serialize};

use crate::ValidationError;
use crate::ids::{GroupId, OrganisationId};

/// Defines a closed set of codes with `as_str`, `FromStr`, serde and `ALL`.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident, $field:literal { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
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
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(Self::$variant),)+
                    _ => Err(ValidationError::new(
                        $field,
                        format!("unknown value {s:?}; expected one of {}", [$($code),+].join(", ")),
                    )),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use codes;

codes!(
    /// The broad kind of group.
    Category, "category" {
        ConditionSpecific = "condition_specific",
        MentalHealth = "mental_health",
        AddictionRecovery = "addiction_recovery",
        Caregivers = "caregivers",
        Bereavement = "bereavement",
        Other = "other",
    }
);

codes!(
    /// Conditions and situations: the curated taxonomy.
    Condition, "conditions" {
        Cancer = "cancer", BreastCancer = "breast_cancer", ProstateCancer = "prostate_cancer",
        Diabetes = "diabetes", Type1Diabetes = "type1_diabetes", Hiv = "hiv", HepatitisC = "hepatitis_c",
        HeartDisease = "heart_disease", Stroke = "stroke", LongCovid = "long_covid", ChronicPain = "chronic_pain",
        Ms = "ms", Parkinsons = "parkinsons", Epilepsy = "epilepsy", Arthritis = "arthritis", Ibd = "ibd",
        Depression = "depression", Anxiety = "anxiety", Bipolar = "bipolar", Psychosis = "psychosis",
        EatingDisorders = "eating_disorders", Ptsd = "ptsd", Postnatal = "postnatal", SelfHarm = "self_harm",
        SuicideBereavement = "suicide_bereavement", Alcohol = "alcohol", Drugs = "drugs", Gambling = "gambling",
        Smoking = "smoking", DementiaCarers = "dementia_carers", Carers = "carers", YoungCarers = "young_carers",
        AutismCarers = "autism_carers", Bereavement = "bereavement", BabyLoss = "baby_loss", Loneliness = "loneliness",
    }
);

codes!(
    /// Who a group is for.
    Audience, "audience" {
        Adults = "adults", YoungPeople = "young_people", OlderPeople = "older_people", Women = "women",
        Men = "men", Lgbtq = "lgbtq", Parents = "parents", Families = "families", Veterans = "veterans",
        MinorityEthnic = "minority_ethnic",
    }
);

codes!(
    /// Who runs the meetings.
    Leadership, "leadership" {
        PeerLed = "peer_led",
        ProfessionalLed = "professional_led",
        CoFacilitated = "co_facilitated",
    }
);

codes!(
    /// Whether meetings follow a set format.
    Structure, "structure" { Structured = "structured", Unstructured = "unstructured" }
);

codes!(
    /// Where people meet. The API's `format` parameter takes these codes.
    Attendance, "attendance" { InPerson = "in_person", Online = "online", Hybrid = "hybrid" }
);

codes!(
    /// Languages meetings are held in (ISO 639; `bfi` is British Sign Language).
    Language, "languages" {
        En = "en", Cy = "cy", Pl = "pl", Ur = "ur", Ar = "ar", Pa = "pa", Bn = "bn", Gu = "gu",
        So = "so", Ro = "ro", Gd = "gd", Ga = "ga", Bfi = "bfi",
    }
);

codes!(
    /// Accessibility features of a group or its venue.
    AccessFeature, "accessibility" {
        StepFree = "step_free", HearingLoop = "hearing_loop", AccessibleToilet = "accessible_toilet",
        BslInterpreter = "bsl_interpreter", Captions = "captions", QuietRoom = "quiet_room",
        Parking = "parking", LargePrint = "large_print", EasyRead = "easy_read",
    }
);

codes!(
    /// What it costs to attend.
    Cost, "cost" { Free = "free", Donation = "donation", Fee = "fee" }
);

codes!(
    /// Open groups take anyone who accepts the agreement; closed groups take requests.
    Joining, "joining" { Open = "open", Closed = "closed" }
);

codes!(
    /// Whether a group is running.
    GroupStatus, "status" { Active = "active", Paused = "paused", Closed = "closed" }
);

codes!(
    /// Who sees the exact venue.
    VenueVisibility, "venue_visibility" { Public = "public", Members = "members" }
);

codes!(
    /// A person's role in a group.
    GroupRole, "role" {
        Member = "member",
        PeerFacilitator = "peer_facilitator",
        ProfessionalFacilitator = "professional_facilitator",
        Organiser = "organiser",
    }
);

impl GroupRole {
    /// Facilitators and organisers run the group: they approve requests and see members.
    pub fn runs_group(self) -> bool {
        !matches!(self, Self::Member)
    }
}

codes!(
    /// Where a person stands with a group.
    MembershipStatus, "status" {
        Active = "active", Pending = "pending", Declined = "declined", Left = "left",
        Removed = "removed", Banned = "banned",
    }
);

/// A group's web address name: lower-case letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let s = input.trim();
        let ok = (3..=60).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(ValidationError::new(
                "slug",
                "must be 3 to 60 lower-case letters, digits and single hyphens, like cardiff-anxiety-cafe",
            ))
        }
    }

    /// Makes a slug from a name ("Cardiff Anxiety Café" -> "cardiff-anxiety-cafe").
    pub fn from_name(name: &str) -> Result<Self, ValidationError> {
        let mut out = String::new();
        for c in name.chars().flat_map(fold_char) {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        let trimmed: String = out.trim_end_matches('-').chars().take(60).collect();
        Self::parse(trimmed.trim_end_matches('-'))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = ValidationError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Slug> for String {
    fn from(s: Slug) -> Self {
        s.0
    }
}

/// Folds common accented Latin letters to ASCII for slugs and search keys.
pub fn fold_char(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ł' => "l",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => "o",
        'ś' | 'š' => "s",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    };
    let single = if folded.is_empty() { Some(c) } else { None };
    folded.chars().chain(single)
}

/// Where an in-person group meets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub name: String,
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
}

/// When a group usually meets: an iCalendar recurrence rule, a local start time and a
/// length. The meetings feature turns this into real occurrences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UsualSchedule {
    pub rrule: String,
    /// Local time, `HH:MM` (24-hour), Europe/London.
    pub start: String,
    pub duration_minutes: u32,
}

impl UsualSchedule {
    /// The days of the week the rule names (0 = Sunday ... 6 = Saturday).
    pub fn weekdays(&self) -> Vec<u8> {
        const DAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
        let mut days: Vec<u8> = self
            .rrule
            .split(';')
            .filter_map(|part| part.strip_prefix("BYDAY="))
            .flat_map(|list| list.split(','))
            .filter_map(|day| {
                let code = day.trim_start_matches(['+', '-', '0', '1', '2', '3', '4', '5']);
                DAYS.iter()
                    .position(|d| *d == code)
                    .and_then(|i| u8::try_from(i).ok())
            })
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// Minutes after midnight of the start time.
    pub fn start_minutes(&self) -> Option<u16> {
        let (h, m) = self.start.split_once(':')?;
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60).then_some(h * 60 + m)
    }

    fn check(&self) -> Result<(), ValidationError> {
        let err = |m: &str| ValidationError::new("schedule", m.to_owned());
        let rule = self.rrule.trim();
        if !rule.starts_with("FREQ=") || rule.len() > 200 {
            return Err(err(
                "rrule must be an iCalendar rule starting FREQ=, e.g. FREQ=WEEKLY;BYDAY=TU",
            ));
        }
        let freq = rule.split(';').next().unwrap_or_default();
        if !matches!(
            freq,
            "FREQ=WEEKLY" | "FREQ=MONTHLY" | "FREQ=DAILY" | "FREQ=YEARLY"
        ) {
            return Err(err("rrule FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY"));
        }
        if self.start_minutes().is_none() {
            return Err(err("start must be a time like 19:00"));
        }
        if !(5..=24 * 60).contains(&self.duration_minutes) {
            return Err(err("duration_minutes must be between 5 and 1440"));
        }
        Ok(())
    }
}

/// Part of the day a meeting starts in, for the time-of-day filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimeOfDay {
    Morning,
    Afternoon,
    Evening,
}

impl TimeOfDay {
    pub fn of(minutes: u16) -> Self {
        match minutes {
            0..720 => Self::Morning,
            720..1020 => Self::Afternoon,
            _ => Self::Evening,
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "morning" => Some(Self::Morning),
            "afternoon" => Some(Self::Afternoon),
            "evening" => Some(Self::Evening),
            _ => None,
        }
    }
}

/// A group as submitted (import files, the API, the organiser's form), before checking.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupInput {
    pub slug: Option<String>,
    pub name: String,
    /// The organisation's name (imports) ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// ... or its id (the API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub organisation_id: Option<OrganisationId>,
    pub summary: String,
    #[serde(default)]
    pub description: String,
    pub category: String,
    #[serde(default)]
    pub conditions: Vec<String>,
    #[serde(default)]
    pub audience: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    pub leadership: String,
    pub structure: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format_name: Option<String>,
    pub attendance: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub accessibility: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    /// A town to place the group by when its postcode cannot be (imports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
    pub area: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue_visibility: Option<String>,
    pub cost: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_note: Option<String>,
    pub joining: String,
    #[serde(default)]
    pub intake_questions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default)]
    pub first_meeting: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<UsualSchedule>,
}

/// Coordinates in decimal degrees (WGS84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

impl Point {
    /// Great-circle distance in kilometres.
    pub fn distance_km(self, other: Point) -> f64 {
        let (la1, la2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = la2 - la1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
        6371.0088 * 2.0 * a.sqrt().atan2((1.0 - a).sqrt())
    }

    pub fn is_valid(self) -> bool {
        (-90.0..=90.0).contains(&self.lat) && (-180.0..=180.0).contains(&self.lon)
    }
}

/// A group whose fields have been checked; the organisation is resolved by the caller.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupDetails {
    pub slug: Slug,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub category: Category,
    pub conditions: Vec<Condition>,
    pub audience: Vec<Audience>,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub leadership: Leadership,
    pub structure: Structure,
    pub format_name: Option<String>,
    pub attendance: Attendance,
    pub languages: Vec<Language>,
    pub accessibility: Vec<AccessFeature>,
    pub venue: Option<Venue>,
    pub location: Option<Point>,
    pub area: String,
    pub venue_visibility: VenueVisibility,
    pub cost: Cost,
    pub cost_note: Option<String>,
    pub joining: Joining,
    pub intake_questions: Vec<String>,
    pub capacity: Option<u32>,
    pub status: GroupStatus,
    pub first_meeting: String,
    pub schedule: Option<UsualSchedule>,
}

/// A stored group.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: GroupId,
    pub organisation_id: OrganisationId,
    pub details: GroupDetails,
    pub created_at: i64,
    pub updated_at: i64,
}

fn text(field: &'static str, value: &str, max: usize, required: bool) -> Result<String, ValidationError> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    if value.chars().count() > max {
        return Err(ValidationError::new(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(ValidationError::new(field, "must not contain control characters"));
    }
    Ok(value.to_owned())
}

fn list<T: std::str::FromStr<Err = ValidationError> + Ord>(
    values: &[String],
) -> Result<Vec<T>, ValidationError> {
    let mut out = values
        .iter()
        .map(|v| v.trim().parse())
        .collect::<Result<Vec<T>, _>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}

impl GroupInput {
    /// Checks every field; `location` comes from geocoding the venue, done by the caller.
    pub fn check(&self, location: Option<Point>) -> Result<GroupDetails, ValidationError> {
        let name = text("name", &self.name, 120, true)?;
        let slug = match &self.slug {
            Some(slug) => Slug::parse(slug)?,
            None => Slug::from_name(&name)?,
        };
        let attendance: Attendance = self.attendance.parse()?;
        let structure: Structure = self.structure.parse()?;
        let joining: Joining = self.joining.parse()?;
        let venue = match (&self.venue, attendance) {
            (None, Attendance::InPerson | Attendance::Hybrid) => {
                return Err(ValidationError::new(
                    "venue",
                    "is needed for in-person and hybrid groups",
                ));
            }
            (Some(_), Attendance::Online) => {
                return Err(ValidationError::new(
                    "venue",
                    "must be left out for online groups",
                ));
            }
            (venue, _) => venue
                .as_ref()
                .map(|v| {
                    Ok::<_, ValidationError>(Venue {
                        name: text("venue", &v.name, 120, true)?,
                        address: text("venue", &v.address, 300, true)?,
                        postcode: v
                            .postcode
                            .as_deref()
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(str::to_uppercase),
                    })
                })
                .transpose()?,
        };
        let format_name = match structure {
            Structure::Structured => Some(text(
                "format_name",
                self.format_name.as_deref().unwrap_or(""),
                80,
                true,
            )?),
            Structure::Unstructured => None,
        };
        let intake_questions: Vec<String> = self
            .intake_questions
            .iter()
            .map(|q| text("intake_questions", q, 300, true))
            .collect::<Result<_, _>>()?;
        if joining == Joining::Open && !intake_questions.is_empty() {
            return Err(ValidationError::new(
                "intake_questions",
                "are only for closed groups",
            ));
        }
        if intake_questions.len() > 5 {
            return Err(ValidationError::new("intake_questions", "at most 5"));
        }
        let languages: Vec<Language> = list(&self.languages)?;
        if languages.is_empty() {
            return Err(ValidationError::new("languages", "name at least one language"));
        }
        let conditions: Vec<Condition> = list(&self.conditions)?;
        if conditions.len() > 8 {
            return Err(ValidationError::new("conditions", "at most 8"));
        }
        if let (Some(lo), Some(hi)) = (self.age_min, self.age_max)
            && lo > hi
        {
            return Err(ValidationError::new("age_max", "must not be below age_min"));
        }
        if let Some(schedule) = &self.schedule {
            schedule.check()?;
        }
        if let Some(point) = location
            && !point.is_valid()
        {
            return Err(ValidationError::new("venue", "has coordinates outside the world"));
        }
        Ok(GroupDetails {
            slug,
            name,
            summary: text("summary", &self.summary, 300, true)?,
            description: text("description", &self.description, 10_000, false)?,
            category: self.category.parse()?,
            conditions,
            audience: list(&self.audience)?,
            age_min: self.age_min,
            age_max: self.age_max,
            leadership: self.leadership.parse()?,
            structure,
            format_name,
            attendance,
            languages,
            accessibility: list(&self.accessibility)?,
            venue,
            location: if attendance == Attendance::Online {
                None
            } else {
                location
            },
            area: text("area", &self.area, 120, true)?,
            venue_visibility: self.venue_visibility.as_deref().unwrap_or("public").parse()?,
            cost: self.cost.parse()?,
            cost_note: self
                .cost_note
                .as_deref()
                .map(|n| text("cost_note", n, 200, false))
                .transpose()?
                .filter(|n| !n.is_empty()),
            joining,
            intake_questions,
            capacity: self.capacity.filter(|c| *c > 0),
            status: self.status.as_deref().unwrap_or("active").parse()?,
            first_meeting: text("first_meeting", &self.first_meeting, 2_000, false)?,
            schedule: self.schedule.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn input() -> GroupInput {
        GroupInput {
            slug: None,
            name: "Cardiff Anxiety Café".into(),
            organisation: Some("Riverside".into()),
            organisation_id: None,
            summary: "A calm, friendly group.".into(),
            description: String::new(),
            category: "mental_health".into(),
            conditions: vec!["anxiety".into(), "depression".into(), "anxiety".into()],
            audience: vec![],
            age_min: None,
            age_max: None,
            leadership: "peer_led".into(),
            structure: "unstructured".into(),
            format_name: None,
            attendance: "in_person".into(),
            languages: vec!["en".into(), "cy".into()],
            accessibility: vec![],
            venue: Some(Venue {
                name: "Hall".into(),
                address: "1 Street".into(),
                postcode: Some("cf10 1ep".into()),
            }),
            town: None,
            area: "Cardiff".into(),
            venue_visibility: None,
            cost: "free".into(),
            cost_note: None,
            joining: "open".into(),
            intake_questions: vec![],
            capacity: Some(12),
            status: None,
            first_meeting: String::new(),
            schedule: Some(UsualSchedule {
                rrule: "FREQ=MONTHLY;BYDAY=1TU,-1FR".into(),
                start: "19:00".into(),
                duration_minutes: 90,
            }),
        }
    }

    #[test]
    fn a_good_group_is_normalised() {
        let g = input()
            .check(Some(Point {
                lat: 51.48,
                lon: -3.18,
            }))
            .unwrap();
        assert_eq!(g.slug.as_str(), "cardiff-anxiety-cafe");
        assert_eq!(g.conditions, [Condition::Depression, Condition::Anxiety]);
        assert_eq!(g.venue.unwrap().postcode.as_deref(), Some("CF10 1EP"));
        assert_eq!(g.status, GroupStatus::Active);
        assert_eq!(g.schedule.unwrap().weekdays(), [2, 5]);
    }

    #[test]
    fn rules_name_the_field() {
        type Change = Box<dyn Fn(&mut GroupInput)>;
        let cases: Vec<(&str, Change)> = vec![
            ("name", Box::new(|g| g.name = " ".into())),
            ("category", Box::new(|g| g.category = "sports".into())),
            ("conditions", Box::new(|g| g.conditions = vec!["flu".into()])),
            ("venue", Box::new(|g| g.venue = None)),
            ("venue", Box::new(|g| g.attendance = "online".into())),
            ("format_name", Box::new(|g| g.structure = "structured".into())),
            (
                "intake_questions",
                Box::new(|g| g.intake_questions = vec!["Why?".into()]),
            ),
            ("languages", Box::new(|g| g.languages = vec![])),
            (
                "age_max",
                Box::new(|g| {
                    g.age_min = Some(30);
                    g.age_max = Some(18);
                }),
            ),
            (
                "schedule",
                Box::new(|g| g.schedule.as_mut().unwrap().start = "25:00".into()),
            ),
            ("slug", Box::new(|g| g.slug = Some("Bad Slug".into()))),
        ];
        for (field, change) in cases {
            let mut g = input();
            change(&mut g);
            assert_eq!(g.check(None).unwrap_err().field, field);
        }
    }

    #[test]
    fn distances_are_great_circle_kilometres() {
        let cardiff = Point {
            lat: 51.4816,
            lon: -3.1791,
        };
        let london = Point {
            lat: 51.5072,
            lon: -0.1276,
        };
        let d = cardiff.distance_km(london);
        assert!((d - 211.0).abs() < 3.0, "{d}");
        assert!(cardiff.distance_km(cardiff) < 1e-9);
    }

    #[test]
    fn time_of_day_bands() {
        assert_eq!(TimeOfDay::of(9 * 60), TimeOfDay::Morning);
        assert_eq!(TimeOfDay::of(14 * 60), TimeOfDay::Afternoon);
        assert_eq!(TimeOfDay::of(19 * 60), TimeOfDay::Evening);
    }

    proptest! {
        #[test]
        fn slugs_from_any_name_are_valid_or_refused(name in ".{0,100}") {
            if let Ok(slug) = Slug::from_name(&name) {
                prop_assert!(Slug::parse(slug.as_str()).is_ok());
            }
        }

        #[test]
        fn weekday_parsing_never_panics(rule in ".{0,80}") {
            let s = UsualSchedule { rrule: rule, start: "10:00".into(), duration_minutes: 60 };
            prop_assert!(s.weekdays().iter().all(|d| *d < 7));
        }
    }
}
