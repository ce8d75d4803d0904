//! Demonstration data. `serve --demo` loads a curated, fictional dataset (`data/demo.json`:
//! organisations and groups across the four nations) through the same path as imports, so
//! loading it twice changes nothing. `kindred demo --groups N` generates N synthetic
//! groups with a realistic spread, for benchmarks.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use kindred_core::groups::{
    AccessFeature, Attendance, Audience, Category, Condition, Cost, GroupDetails, GroupStatus, Joining,
    Language, Leadership, Point, Slug, Structure, UsualSchedule, Venue, VenueVisibility,
};
use kindred_core::ids::OrganisationId;
use kindred_core::organisations::{NewOrganisation, OrganisationKind};
use kindred_core::places::Places;
use kindred_store::{Store, StoreError};

use crate::config::Config;
use crate::import::{Dataset, load, parse_json};

const DEMO: &str = include_str!("../data/demo.json");

/// Loads the curated demo set; returns how many groups it added or changed.
pub async fn load_demo(store: &Store, places: &Places) -> anyhow::Result<usize> {
    let dataset: Dataset = parse_json(DEMO).context("the built-in demo data is broken")?;
    match load(store, places, &dataset, false, None).await {
        Ok((report, _)) => {
            seed_meetings(store).await?;
            Ok(report.created + report.updated)
        }
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            anyhow::bail!("the built-in demo data does not load: {}", list.join("; "))
        }
    }
}

/// A small, fast, deterministic random source: the same N always gives the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Towns synthetic groups are spread over (weighted by repetition towards larger places).
const TOWNS: &[&str] = &[
    "london",
    "london",
    "london",
    "birmingham",
    "manchester",
    "leeds",
    "glasgow",
    "liverpool",
    "bristol",
    "sheffield",
    "edinburgh",
    "cardiff",
    "leicester",
    "nottingham",
    "newcastle upon tyne",
    "belfast",
    "brighton",
    "plymouth",
    "southampton",
    "norwich",
    "swansea",
    "aberdeen",
    "dundee",
    "inverness",
    "york",
    "exeter",
    "derby",
    "coventry",
    "hull",
    "stoke-on-trent",
    "wrexham",
    "bangor",
    "aberystwyth",
    "newport",
    "omagh",
    "carlisle",
    "preston",
    "bradford",
    "oxford",
    "cambridge",
    "ipswich",
    "lincoln",
    "bath",
    "wolverhampton",
    "sunderland",
    "middlesbrough",
];

const NAMES: &[&str] = &[
    "Support Group",
    "Peer Circle",
    "Drop-in",
    "Friends",
    "Network",
    "Café",
    "Meet-up",
    "Together",
];

pub async fn generate(config: &Config, groups: u64) -> anyhow::Result<()> {
    if groups == 0 || groups > 1_000_000 {
        anyhow::bail!("--groups must be between 1 and 1000000");
    }
    let store = crate::serve::open(config).await?;
    let places = Places::load();
    let towns: Vec<(&str, Point)> = TOWNS
        .iter()
        .filter_map(|t| places.resolve(t).ok().map(|p| (*t, p.point)))
        .collect();
    anyhow::ensure!(
        !towns.is_empty(),
        "the place data has none of the towns synthetic groups use"
    );
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ groups);

    // One organisation per 500 groups (at least 20), with stable ids.
    let org_count = (groups / 500).max(20);
    let mut orgs = Vec::new();
    for i in 0..org_count {
        let name = format!("Synthetic Organisation {i:04}");
        let id = OrganisationId(uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, name.as_bytes()));
        let kind = [
            OrganisationKind::Charity,
            OrganisationKind::Nhs,
            OrganisationKind::Community,
            OrganisationKind::Independent,
        ][i as usize % 4];
        match store
            .insert_organisation(
                id,
                &NewOrganisation {
                    name,
                    kind,
                    website: None,
                },
            )
            .await
        {
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
        orgs.push(id);
    }

    let bar = ProgressBar::new(groups);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} groups ({per_sec}, {eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut batch = Vec::with_capacity(1000);
    for n in 0..groups {
        batch.push((rng.pick(&orgs), synthetic_group(&mut rng, &towns, n)));
        if batch.len() == 1000 || n + 1 == groups {
            let written = batch.len() as u64;
            store.insert_groups_bulk(&batch).await?;
            batch.clear();
            bar.inc(written);
        }
    }
    bar.finish_and_clear();
    let series = seed_meetings(&store).await?;
    println!(
        "Generated {groups} synthetic groups from {org_count} organisations, and {series} meeting series."
    );
    store.close().await;
    Ok(())
}

fn synthetic_group(rng: &mut Rng, towns: &[(&str, Point)], n: u64) -> GroupDetails {
    let condition = rng.pick(Condition::ALL);
    let category = match condition {
        Condition::Depression
        | Condition::Anxiety
        | Condition::Bipolar
        | Condition::Psychosis
        | Condition::EatingDisorders
        | Condition::Ptsd
        | Condition::Postnatal
        | Condition::SelfHarm
        | Condition::Loneliness => Category::MentalHealth,
        Condition::Alcohol | Condition::Drugs | Condition::Gambling | Condition::Smoking => {
            Category::AddictionRecovery
        }
        Condition::DementiaCarers | Condition::Carers | Condition::YoungCarers | Condition::AutismCarers => {
            Category::Caregivers
        }
        Condition::Bereavement | Condition::BabyLoss | Condition::SuicideBereavement => Category::Bereavement,
        _ => Category::ConditionSpecific,
    };
    let (town, centre) = rng.pick(towns);
    let attendance = match rng.below(10) {
        0..=5 => Attendance::InPerson,
        6..=8 => Attendance::Online,
        _ => Attendance::Hybrid,
    };
    // Spread venues over roughly 10 km around the town centre.
    let jitter = |rng: &mut Rng| (rng.below(2001) as f64 - 1000.0) / 10_000.0;
    let location = (attendance != Attendance::Online).then(|| Point {
        lat: centre.lat + jitter(rng),
        lon: centre.lon + jitter(rng) * 1.6,
    });
    let condition_name = condition.as_str().replace('_', " ");
    let town_name: String = town
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let name = format!(
        "{town_name} {} {} {n}",
        capitalise(&condition_name),
        rng.pick(NAMES)
    );
    let mut languages = vec![Language::En];
    if rng.chance(12) {
        languages.push(rng.pick(Language::ALL));
    }
    languages.sort();
    languages.dedup();
    let day = rng.below(7);
    let rrule = match rng.below(10) {
        0..=5 => format!(
            "FREQ=WEEKLY;BYDAY={}",
            ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][day]
        ),
        6..=7 => format!(
            "FREQ=WEEKLY;INTERVAL=2;BYDAY={}",
            ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][day]
        ),
        _ => format!(
            "FREQ=MONTHLY;BYDAY={}{}",
            rng.pick(&["1", "2", "3", "-1"]),
            ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][day]
        ),
    };
    let joining = if rng.chance(20) {
        Joining::Closed
    } else {
        Joining::Open
    };
    let structure = if rng.chance(40) {
        Structure::Structured
    } else {
        Structure::Unstructured
    };
    GroupDetails {
        slug: Slug::parse(&format!("synthetic-{n}"))
            .unwrap_or_else(|_| Slug::from_name("synthetic group").unwrap_or_else(|_| unreachable_slug())),
        name,
        summary: format!(
            "A friendly {} group for people affected by {condition_name} in and around {town_name}.",
            if rng.chance(50) {
                "peer support"
            } else {
                "mutual support"
            }
        ),
        description: format!(
            "We meet to share experiences of {condition_name} and support each other.\n\nNewcomers are always welcome."
        ),
        category,
        conditions: vec![condition],
        audience: if rng.chance(25) {
            vec![rng.pick(Audience::ALL)]
        } else {
            Vec::new()
        },
        age_min: None,
        age_max: None,
        leadership: rng.pick(Leadership::ALL),
        structure,
        format_name: (structure == Structure::Structured).then(|| "Check-in / check-out round".to_owned()),
        attendance,
        languages,
        accessibility: (0..rng.below(3))
            .map(|_| rng.pick(AccessFeature::ALL))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect(),
        venue: location.map(|_| Venue {
            name: "Community Centre".into(),
            address: format!("{} High Street, {town_name}", 1 + rng.below(200)),
            postcode: None,
        }),
        location,
        area: if attendance == Attendance::Online {
            "Online (UK-wide)".into()
        } else {
            town_name.clone()
        },
        venue_visibility: if rng.chance(30) {
            VenueVisibility::Members
        } else {
            VenueVisibility::Public
        },
        cost: rng.pick(Cost::ALL),
        cost_note: None,
        joining,
        intake_questions: if joining == Joining::Closed {
            vec!["What would you like from the group?".into()]
        } else {
            Vec::new()
        },
        capacity: rng
            .chance(50)
            .then(|| 8 + u32::try_from(rng.below(20)).unwrap_or(0)),
        status: if rng.chance(5) {
            GroupStatus::Paused
        } else {
            GroupStatus::Active
        },
        first_meeting: "A facilitator will welcome you and explain how the group works.".into(),
        schedule: Some(UsualSchedule {
            rrule,
            start: format!("{:02}:{}", 9 + rng.below(12), rng.pick(&["00", "30"])),
            duration_minutes: 90,
        }),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[expect(clippy::panic, reason = "a fixed, valid slug literal cannot fail to parse")]
fn unreachable_slug() -> Slug {
    panic!("synthetic slugs are always valid")
}

/// Gives every group with a usual schedule a meeting series (once: groups that already
/// have one are left alone). Series start on the first matching day on or after
/// 1 September 2026, so weekly ones cross the autumn and spring clock changes. The
/// Cardiff Anxiety Café also gets a cancelled meeting and a moved one.
pub async fn seed_meetings(store: &Store) -> anyhow::Result<usize> {
    use kindred_core::meetings::{Exception, ExceptionKind};
    let mut after = None;
    let mut todo = Vec::new();
    loop {
        let batch = store.all_groups(after, 5_000).await?;
        let Some(last) = batch.last() else { break };
        after = Some(last.id);
        let ids: Vec<_> = batch.iter().map(|g| g.id).collect();
        let existing: std::collections::HashSet<_> = store
            .series_of_groups(&ids)
            .await?
            .into_iter()
            .map(|s| s.group_id)
            .collect();
        for group in &batch {
            if !existing.contains(&group.id)
                && let Some(details) = demo_series(group)
            {
                todo.push((group.id, group.details.slug.as_str().to_owned(), details));
            }
        }
    }
    let rows: Vec<_> = todo.iter().map(|(id, _, d)| (*id, d.clone())).collect();
    let created = store.create_series_bulk(&rows).await?;
    if let Some((id, _, _)) = todo.iter().find(|(_, slug, _)| slug == "cardiff-anxiety-cafe") {
        let series = store.series_of_groups(&[*id]).await?;
        if let Some(s) = series.first() {
            let now = jiff::Timestamp::now();
            let until = now
                .checked_add(jiff::SignedDuration::from_hours(24 * 60))
                .unwrap_or(now);
            let upcoming = s.meetings(&[], now, until, 3);
            if let (Some(second), Some(third)) = (upcoming.get(1), upcoming.get(2)) {
                let cancel = Exception {
                    date: second.id.date,
                    kind: ExceptionKind::Cancelled {
                        reason: "The venue is closed for repairs this week.".into(),
                    },
                };
                store.set_exception(s.id, &cancel, &[]).await?;
                if let Ok(day_after) = third.id.date.tomorrow() {
                    let moved = Exception {
                        date: third.id.date,
                        kind: ExceptionKind::Moved {
                            to: day_after.to_datetime(s.details.schedule.start.time()),
                            note: Some("One week only: we meet a day later.".into()),
                        },
                    };
                    store.set_exception(s.id, &moved, &[]).await?;
                }
            }
        }
    }
    Ok(created)
}

/// The series a demo group's usual schedule describes, if Kindred can express it.
fn demo_series(group: &kindred_core::groups::Group) -> Option<kindred_core::meetings::SeriesDetails> {
    use kindred_core::meetings::{FormatRef, OnlineAccess, PlaceKind, SeriesDetails};
    use kindred_core::recurrence::{DEFAULT_TIME_ZONE, Rule, Schedule};
    let d = &group.details;
    let usual = d.schedule.as_ref()?;
    let (rule, _) = Rule::parse(&usual.rrule).ok()?;
    let minutes = usual.start_minutes()?;
    let (hour, minute) = (i8::try_from(minutes / 60).ok()?, i8::try_from(minutes % 60).ok()?);
    let probe_start = jiff::civil::date(2026, 9, 1).at(hour, minute, 0, 0);
    let probe = Schedule {
        start: probe_start,
        minutes: usual.duration_minutes,
        zone_name: DEFAULT_TIME_ZONE.into(),
        zone: kindred_core::recurrence::zone(DEFAULT_TIME_ZONE).ok()?,
        rule: Some(rule.clone()),
        ends_on: None,
    };
    let mut first = None;
    probe.walk_dates(probe_start.date(), |date| {
        first = Some(date);
        false
    });
    let start = first?.at(hour, minute, 0, 0);
    let schedule = Schedule::new(
        start,
        usual.duration_minutes.clamp(5, 24 * 60),
        DEFAULT_TIME_ZONE,
        Some((rule, None)),
        None,
    )
    .ok()?;
    let online = || OnlineAccess {
        join_url: Some(format!("https://meet.example.org/{}", d.slug.as_str())),
        dial_in: None,
    };
    let (place, online) = match d.attendance {
        Attendance::Online => (PlaceKind::Online, Some(online())),
        Attendance::Hybrid if d.venue.is_some() => (PlaceKind::Hybrid, Some(online())),
        Attendance::Hybrid => (PlaceKind::Online, Some(online())),
        Attendance::InPerson if d.venue.is_some() => (PlaceKind::GroupVenue, None),
        Attendance::InPerson => return None,
    };
    let format = match (d.structure, d.category) {
        (Structure::Unstructured, _) => None,
        (_, Category::AddictionRecovery) => Some(FormatRef::Builtin("recovery-five-part")),
        (_, Category::Caregivers) => Some(FormatRef::Builtin("carers-drop-in")),
        _ => Some(FormatRef::Builtin("check-in-check-out")),
    };
    Some(SeriesDetails {
        title: None,
        schedule,
        place,
        venue: None,
        online,
        link_opens_minutes: kindred_core::meetings::DEFAULT_LINK_OPENS_MINUTES,
        capacity: d.capacity,
        format,
    })
}
