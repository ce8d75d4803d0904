//! `kindred import groups FILE`: bulk listing from CSV or JSON, and the loader behind
//! `serve --demo`. Every row is checked before anything is written; a file with any bad row
//! writes nothing and names each problem by row and field. Groups are matched by slug, so
//! importing the same file twice changes nothing.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use kindred_core::groups::{GroupDetails, GroupInput, UsualSchedule, Venue};
use kindred_core::ids::OrganisationId;
use kindred_core::organisations::{NewOrganisation, OrganisationInput, OrganisationKind};
use kindred_core::places::Places;
use kindred_store::{Store, StoreError};
use serde::Deserialize;

/// An organisation in an import file, matched by name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationRecord {
    pub name: String,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub verified: bool,
}

/// A whole import file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    #[serde(default)]
    pub organisations: Vec<OrganisationRecord>,
    #[serde(default)]
    pub groups: Vec<GroupInput>,
}

/// What an import did, or would do.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub organisations_created: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// A problem with one row.
#[derive(Debug)]
pub struct RowError {
    pub row: usize,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}: {}: {}", self.row, self.field, self.message)
    }
}

/// Reads a CSV or JSON file (by its extension) into a dataset; row numbers count data rows
/// from 1.
pub fn read_file(path: &Path) -> anyhow::Result<(Dataset, Vec<RowError>)> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("json") => Ok((parse_json(&text)?, Vec::new())),
        Some("csv") => Ok(parse_csv(&text)),
        _ => bail!("{}: the file must end in .csv or .json", path.display()),
    }
}

pub fn parse_json(text: &str) -> anyhow::Result<Dataset> {
    // A bare list of groups is accepted as well as {"organisations": [...], "groups": [...]}.
    if text.trim_start().starts_with('[') {
        let groups: Vec<GroupInput> = serde_json::from_str(text).map_err(|e| anyhow::anyhow!("JSON: {e}"))?;
        return Ok(Dataset {
            organisations: Vec::new(),
            groups,
        });
    }
    serde_json::from_str(text)
        .map_err(|e| anyhow::anyhow!("JSON: {e} (a group's fields are listed in docs/import.md)"))
}

/// CSV columns: the group fields, with lists separated by `;` and the venue and schedule
/// flattened (`venue_name`, `venue_address`, `venue_postcode`, `schedule_rrule`,
/// `schedule_start`, `schedule_minutes`).
fn parse_csv(text: &str) -> (Dataset, Vec<RowError>) {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return (
                Dataset::default(),
                vec![RowError {
                    row: 0,
                    field: "header".into(),
                    message: e.to_string(),
                }],
            );
        }
    };
    let mut groups = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError {
                    row,
                    field: "csv".into(),
                    message: e.to_string(),
                });
                continue;
            }
        };
        let cells: HashMap<&str, &str> = headers
            .iter()
            .zip(record.iter())
            .filter(|(_, v)| !v.is_empty())
            .collect();
        match group_from_cells(&cells) {
            Ok(g) => groups.push(g),
            Err((field, message)) => errors.push(RowError { row, field, message }),
        }
    }
    (
        Dataset {
            organisations: Vec::new(),
            groups,
        },
        errors,
    )
}

fn group_from_cells(c: &HashMap<&str, &str>) -> Result<GroupInput, (String, String)> {
    let get = |k: &str| c.get(k).map(|v| (*v).to_owned());
    let need = |k: &str| get(k).ok_or_else(|| (k.to_owned(), "is required".to_owned()));
    let list = |k: &str| {
        get(k)
            .map(|v| {
                v.split(';')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    let number = |k: &str| -> Result<Option<u32>, (String, String)> {
        get(k)
            .map(|v| {
                v.parse()
                    .map_err(|_| (k.to_owned(), format!("{v:?} is not a whole number")))
            })
            .transpose()
    };
    let small = |k: &str| -> Result<Option<u8>, (String, String)> {
        get(k)
            .map(|v| {
                v.parse()
                    .map_err(|_| (k.to_owned(), format!("{v:?} is not an age")))
            })
            .transpose()
    };
    let venue = match (get("venue_name"), get("venue_address")) {
        (Some(name), Some(address)) => Some(Venue {
            name,
            address,
            postcode: get("venue_postcode"),
        }),
        (None, None) => None,
        _ => return Err(("venue".into(), "needs both venue_name and venue_address".into())),
    };
    let schedule = match get("schedule_rrule") {
        Some(rrule) => Some(UsualSchedule {
            rrule,
            start: need("schedule_start")?,
            duration_minutes: number("schedule_minutes")?.unwrap_or(90),
        }),
        None => None,
    };
    let organisation_id = get("organisation_id")
        .map(|v| {
            v.parse::<OrganisationId>()
                .map_err(|_| ("organisation_id".to_owned(), "is not a UUID".to_owned()))
        })
        .transpose()?;
    Ok(GroupInput {
        slug: get("slug"),
        name: need("name")?,
        organisation: get("organisation"),
        organisation_id,
        summary: need("summary")?,
        description: get("description").unwrap_or_default(),
        category: need("category")?,
        conditions: list("conditions"),
        audience: list("audience"),
        age_min: small("age_min")?,
        age_max: small("age_max")?,
        leadership: need("leadership")?,
        structure: need("structure")?,
        format_name: get("format_name"),
        attendance: need("attendance")?,
        languages: list("languages"),
        accessibility: list("accessibility"),
        venue,
        town: get("town"),
        area: need("area")?,
        venue_visibility: get("venue_visibility"),
        cost: need("cost")?,
        cost_note: get("cost_note"),
        joining: need("joining")?,
        intake_questions: list("intake_questions"),
        capacity: number("capacity")?,
        status: get("status"),
        first_meeting: get("first_meeting").unwrap_or_default(),
        schedule,
    })
}

/// Stable ids for organisations created by imports: the same name always gets the same id,
/// so two instances importing one file agree.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6b1d_5f0e_2a47_4c1b_9e3d_8f60_a1c2_d3e4);

/// Checks every row, then (unless `dry_run`) writes organisations and groups. Returns the
/// report, or every row's problems.
pub async fn load(
    store: &Store,
    places: &Places,
    dataset: &Dataset,
    dry_run: bool,
    progress: Option<&ProgressBar>,
) -> Result<(Report, Vec<kindred_core::ids::GroupId>), Vec<RowError>> {
    let mut report = Report::default();
    let mut errors = Vec::new();
    let mut orgs: HashMap<String, Option<OrganisationId>> = HashMap::new();
    for (i, org) in dataset.organisations.iter().enumerate() {
        let input = OrganisationInput {
            name: org.name.clone(),
            kind: org.kind,
            website: org.website.clone(),
        };
        if let Err(e) = NewOrganisation::try_from(input) {
            errors.push(RowError {
                row: i + 1,
                field: format!("organisations.{}", e.field),
                message: e.message,
            });
        }
        let existing = store
            .find_organisation_by_name(&org.name)
            .await
            .map_err(|e| vec![store_row(0, e)])?;
        orgs.insert(org.name.clone(), existing.map(|o| o.id));
    }
    let mut checked: Vec<(usize, String, GroupDetails)> = Vec::new();
    for (i, group) in dataset.groups.iter().enumerate() {
        let row = i + 1;
        let org_name = match (&group.organisation, group.organisation_id) {
            (Some(name), _) => name.clone(),
            (None, Some(id)) => match store.get_organisation(id).await {
                Ok(org) => {
                    orgs.insert(org.name.clone(), Some(org.id));
                    org.name
                }
                Err(_) => {
                    errors.push(RowError {
                        row,
                        field: "organisation_id".into(),
                        message: "no such organisation".into(),
                    });
                    continue;
                }
            },
            (None, None) => {
                errors.push(RowError {
                    row,
                    field: "organisation".into(),
                    message: "is required".into(),
                });
                continue;
            }
        };
        if !orgs.contains_key(&org_name) {
            match store.find_organisation_by_name(&org_name).await {
                Ok(Some(org)) => {
                    orgs.insert(org_name.clone(), Some(org.id));
                }
                Ok(None) => {
                    errors.push(RowError {
                        row,
                        field: "organisation".into(),
                        message: format!("no organisation is named {org_name:?}"),
                    });
                    continue;
                }
                Err(e) => return Err(vec![store_row(row, e)]),
            }
        }
        let location = kindred_web::directory::locate(places, group);
        match group.check(location) {
            Ok(details) => {
                if details.attendance != kindred_core::groups::Attendance::Online
                    && details.location.is_none()
                {
                    errors.push(RowError {
                        row,
                        field: "venue".into(),
                        message: "the postcode (or town) could not be placed; add a valid postcode or a town"
                            .into(),
                    });
                    continue;
                }
                checked.push((row, org_name, details));
            }
            Err(e) => errors.push(RowError {
                row,
                field: e.field.into(),
                message: e.message,
            }),
        }
    }
    let mut slugs = std::collections::HashSet::new();
    for (row, _, d) in &checked {
        if !slugs.insert(d.slug.clone()) {
            errors.push(RowError {
                row: *row,
                field: "slug".into(),
                message: format!("{} appears twice in the file", d.slug.as_str()),
            });
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.row);
        return Err(errors);
    }
    if dry_run {
        for (_, _, d) in &checked {
            match store.get_group_by_slug(d.slug.as_str()).await {
                Ok(existing) if existing.details == *d => report.unchanged += 1,
                Ok(_) => report.updated += 1,
                Err(_) => report.created += 1,
            }
        }
        report.organisations_created = orgs.values().filter(|v| v.is_none()).count();
        return Ok((report, Vec::new()));
    }
    for org in &dataset.organisations {
        if orgs.get(&org.name).copied().flatten().is_some() {
            continue;
        }
        let id = OrganisationId(uuid::Uuid::new_v5(&NAMESPACE, org.name.as_bytes()));
        let new = NewOrganisation::try_from(OrganisationInput {
            name: org.name.clone(),
            kind: org.kind,
            website: org.website.clone(),
        })
        .map_err(|e| {
            vec![RowError {
                row: 0,
                field: e.field.into(),
                message: e.message,
            }]
        })?;
        let created = match store.insert_organisation(id, &new).await {
            Ok(o) => o,
            Err(StoreError::Conflict(_)) => store
                .get_organisation(id)
                .await
                .map_err(|e| vec![store_row(0, e)])?,
            Err(e) => return Err(vec![store_row(0, e)]),
        };
        if org.verified {
            store
                .set_organisation_verified(created.id, true)
                .await
                .map_err(|e| vec![store_row(0, e)])?;
        }
        orgs.insert(org.name.clone(), Some(created.id));
        report.organisations_created += 1;
    }
    let mut changed = Vec::new();
    for (row, org_name, details) in checked {
        let org = orgs.get(&org_name).copied().flatten().ok_or_else(|| {
            vec![RowError {
                row,
                field: "organisation".into(),
                message: "missing".into(),
            }]
        })?;
        let existing = store.get_group_by_slug(details.slug.as_str()).await.ok();
        if existing
            .as_ref()
            .is_some_and(|g| g.details == details && g.organisation_id == org)
        {
            report.unchanged += 1;
        } else {
            let (group, created) = store
                .upsert_group(org, &details)
                .await
                .map_err(|e| vec![store_row(row, e)])?;
            if created {
                report.created += 1
            } else {
                report.updated += 1
            }
            changed.push(group.id);
        }
        if let Some(bar) = progress {
            bar.inc(1);
        }
    }
    Ok((report, changed))
}

fn store_row(row: usize, err: StoreError) -> RowError {
    RowError {
        row,
        field: "database".into(),
        message: err.to_string(),
    }
}

/// `kindred import groups FILE [--dry-run]`.
pub async fn import_groups(config: &crate::config::Config, file: &Path, dry_run: bool) -> anyhow::Result<()> {
    let (dataset, parse_errors) = read_file(file)?;
    if !parse_errors.is_empty() {
        for e in &parse_errors {
            eprintln!("{}: {e}", file.display());
        }
        bail!(
            "{} row(s) could not be read; nothing was imported",
            parse_errors.len()
        );
    }
    let store = crate::serve::open(config).await?;
    let places = Places::load();
    let bar = ProgressBar::new(dataset.groups.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} groups {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let result = load(&store, &places, &dataset, dry_run, (!dry_run).then_some(&bar)).await;
    bar.finish_and_clear();
    if matches!(&result, Ok((_, changed)) if !changed.is_empty()) {
        // Running servers (on PostgreSQL) rebuild their search index.
        let event = kindred_store::Event {
            topic: kindred_web::directory::RELOAD_TOPIC.into(),
            body: serde_json::json!({}),
        };
        if let Err(err) = store.bus().publish(&event).await {
            eprintln!(
                "warning: running servers were not told about the import ({err}); restart them to see it"
            );
        }
    }
    store.close().await;
    match result {
        Ok((r, _)) => {
            let verb = if dry_run { "would be" } else { "were" };
            println!(
                "{}: {} groups {verb} created, {} updated, {} unchanged; {} organisations {verb} created.{}",
                file.display(),
                r.created,
                r.updated,
                r.unchanged,
                r.organisations_created,
                if dry_run {
                    " (dry run: nothing was written)"
                } else {
                    ""
                }
            );
            Ok(())
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{}: {e}", file.display());
            }
            bail!("{} problem(s) found; nothing was imported", errors.len())
        }
    }
}

/// `kindred import resources FILE`: checks every entry first, then writes them all in one
/// transaction (or none), and tells running servers to rebuild their library index.
pub async fn import_resources(
    config: &crate::config::Config,
    file: &Path,
    replace: bool,
) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let store = crate::serve::open(config).await?;
    let existing: std::collections::HashSet<String> = store
        .all_resources()
        .await?
        .into_iter()
        .map(|r| r.resource.slug.as_str().to_owned())
        .collect();
    let resources = kindred_core::resources::parse_file(&text, &|slug| existing.contains(slug))
        .map_err(|e| anyhow::anyhow!("{}: {e}; nothing was imported", file.display()))?;
    let written = store.import_resources(&resources, replace).await?;
    kindred_web::resources::library_changed(&store).await;
    println!(
        "{written} of {} resource(s) written{}",
        resources.len(),
        if replace {
            ""
        } else {
            " (existing slugs kept; --replace updates them)"
        }
    );
    store.close().await;
    Ok(())
}
