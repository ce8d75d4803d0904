//! Groups, memberships and confidentiality agreements.

use kindred_core::groups::{
    Group, GroupDetails, GroupRole, MembershipStatus, Point, Slug, UsualSchedule, Venue,
};
use kindred_core::ids::{GroupId, OrganisationId, UserId};

use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{Result, Store, StoreError, WritePool, now, on_pool};

/// ",a,b," for a list of codes, so `LIKE '%,a,%'` finds one.
pub(crate) fn join_codes<T: std::fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut s = String::from(",");
    for item in items {
        s.push_str(&item.to_string());
        s.push(',');
    }
    s
}

pub(crate) fn split_codes<T: std::str::FromStr>(column: &str, value: &str) -> Result<Vec<T>, sqlx::Error> {
    value
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| parse_column(column, s))
        .collect()
}

from_db_row!(Group, |row| {
    let text = |c: &str| -> Result<String, sqlx::Error> { row.try_get(c) };
    let opt = |c: &str| -> Result<Option<String>, sqlx::Error> { row.try_get(c) };
    let venue = match (opt("venue_name")?, opt("venue_address")?) {
        (Some(name), Some(address)) => Some(Venue {
            name,
            address,
            postcode: opt("venue_postcode")?,
        }),
        _ => None,
    };
    let lat: Option<f64> = row.try_get("latitude")?;
    let lon: Option<f64> = row.try_get("longitude")?;
    let schedule = match (opt("schedule_rrule")?, opt("schedule_start")?) {
        (Some(rrule), Some(start)) => {
            let minutes: Option<i64> = row.try_get("schedule_minutes")?;
            Some(UsualSchedule {
                rrule,
                start,
                duration_minutes: u32::try_from(minutes.unwrap_or(60)).unwrap_or(60),
            })
        }
        _ => None,
    };
    let small = |c: &str| -> Result<Option<u8>, sqlx::Error> {
        let v: Option<i64> = row.try_get(c)?;
        Ok(v.and_then(|v| u8::try_from(v).ok()))
    };
    let capacity: Option<i64> = row.try_get("capacity")?;
    let questions: String = text("intake_questions")?;
    Ok(Group {
        id: GroupId(row.try_get("id")?),
        organisation_id: OrganisationId(row.try_get("organisation_id")?),
        details: GroupDetails {
            slug: Slug::parse(&text("slug")?).map_err(|e| decode_error("slug", &e.to_string()))?,
            name: text("name")?,
            summary: text("summary")?,
            description: text("description")?,
            category: parse_column("category", &text("category")?)?,
            conditions: split_codes("conditions", &text("conditions")?)?,
            audience: split_codes("audience", &text("audience")?)?,
            age_min: small("age_min")?,
            age_max: small("age_max")?,
            leadership: parse_column("leadership", &text("leadership")?)?,
            structure: parse_column("structure", &text("structure")?)?,
            format_name: opt("format_name")?,
            attendance: parse_column("attendance", &text("attendance")?)?,
            languages: split_codes("languages", &text("languages")?)?,
            accessibility: split_codes("accessibility", &text("accessibility")?)?,
            venue,
            location: lat.zip(lon).map(|(lat, lon)| Point { lat, lon }),
            area: text("area")?,
            venue_visibility: parse_column("venue_visibility", &text("venue_visibility")?)?,
            cost: parse_column("cost", &text("cost")?)?,
            cost_note: opt("cost_note")?,
            joining: parse_column("joining", &text("joining")?)?,
            intake_questions: serde_json::from_str(&questions)
                .map_err(|e| decode_error("intake_questions", &e.to_string()))?,
            capacity: capacity.and_then(|c| u32::try_from(c).ok()),
            status: parse_column("status", &text("status")?)?,
            first_meeting: text("first_meeting")?,
            schedule,
        },
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
});

fn decode_error(column: &str, message: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: message.to_owned().into(),
    }
}

const GROUP_COLUMNS: &str = "g.id, g.slug, g.organisation_id, g.name, g.summary, g.description, g.category, \
    g.conditions, g.audience, g.age_min, g.age_max, g.leadership, g.structure, g.format_name, g.attendance, \
    g.languages, g.accessibility, g.venue_name, g.venue_address, g.venue_postcode, g.latitude, g.longitude, \
    g.area, g.venue_visibility, g.cost, g.cost_note, g.joining, g.intake_questions, g.capacity, g.status, \
    g.first_meeting, g.schedule_rrule, g.schedule_start, g.schedule_minutes, g.created_at, g.updated_at";

/// Builds a query from a fixed column list and a fixed tail (no user input in the text).
macro_rules! select_groups {
    ($tail:literal) => {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {GROUP_COLUMNS} FROM groups g {}",
            $tail
        )))
    };
}

/// Binds a group's 35 columns in the order the statements below expect.
macro_rules! bind_group {
    ($query:expr, $id:expr, $org:expr, $g:expr, $now:expr) => {{
        let g: &GroupDetails = $g;
        let venue = g.venue.as_ref();
        let schedule = g.schedule.as_ref();
        $query
            .bind($id.0)
            .bind($org.0)
            .bind(&g.name)
            .bind(&g.summary)
            .bind(&g.description)
            .bind(g.category.as_str())
            .bind(join_codes(&g.conditions))
            .bind(join_codes(&g.audience))
            .bind(g.age_min.map(i64::from))
            .bind(g.age_max.map(i64::from))
            .bind(g.leadership.as_str())
            .bind(g.structure.as_str())
            .bind(&g.format_name)
            .bind(g.attendance.as_str())
            .bind(join_codes(&g.languages))
            .bind(join_codes(&g.accessibility))
            .bind(venue.map(|v| v.name.clone()))
            .bind(venue.map(|v| v.address.clone()))
            .bind(venue.and_then(|v| v.postcode.clone()))
            .bind(g.location.map(|p| p.lat))
            .bind(g.location.map(|p| p.lon))
            .bind(&g.area)
            .bind(g.venue_visibility.as_str())
            .bind(g.cost.as_str())
            .bind(&g.cost_note)
            .bind(g.joining.as_str())
            .bind(serde_json::to_string(&g.intake_questions).unwrap_or_else(|_| "[]".into()))
            .bind(g.capacity.map(i64::from))
            .bind(g.status.as_str())
            .bind(&g.first_meeting)
            .bind(schedule.map(|s| s.rrule.clone()))
            .bind(schedule.map(|s| s.start.clone()))
            .bind(schedule.map(|s| i64::from(s.duration_minutes)))
            .bind(g.slug.as_str())
            .bind($now)
    }};
}

const INSERT_GROUP_IF_NEW: &str = "INSERT INTO groups (id, organisation_id, name, summary, description, category,
    conditions, audience, age_min, age_max, leadership, structure, format_name, attendance, languages, accessibility,
    venue_name, venue_address, venue_postcode, latitude, longitude, area, venue_visibility, cost, cost_note, joining,
    intake_questions, capacity, status, first_meeting, schedule_rrule, schedule_start, schedule_minutes, slug,
    created_at, updated_at)
 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
    $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $35)
 ON CONFLICT (slug) DO NOTHING";

/// A person's place in a group.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Membership {
    pub role: GroupRole,
    pub status: MembershipStatus,
    pub group_pseudonym: Option<String>,
    pub intake_answers: Vec<String>,
    pub decision_note: Option<String>,
    pub created_at: i64,
}

from_db_row!(Membership, |row| {
    let answers: Option<String> = row.try_get("intake_answers")?;
    let role: String = row.try_get("role")?;
    let status: String = row.try_get("status")?;
    Ok(Membership {
        role: parse_column("role", &role)?,
        status: parse_column("status", &status)?,
        group_pseudonym: row.try_get("group_pseudonym")?,
        intake_answers: answers
            .map(|a| serde_json::from_str(&a).map_err(|e| decode_error("intake_answers", &e.to_string())))
            .transpose()?
            .unwrap_or_default(),
        decision_note: row.try_get("decision_note")?,
        created_at: row.try_get("created_at")?,
    })
});

/// A member as the group sees them: by the name they use there.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MemberView {
    pub user_id: UserId,
    pub name: String,
    pub role: GroupRole,
    pub status: MembershipStatus,
    pub intake_answers: Vec<String>,
    pub since: i64,
}

from_db_row!(MemberView, |row| {
    let membership: Membership = crate::rows::FromDbRow::from_row_any(row)?;
    let group_name: Option<String> = row.try_get("group_pseudonym")?;
    let name: String = row.try_get("pseudonym")?;
    Ok(MemberView {
        user_id: UserId(row.try_get("user_id")?),
        name: group_name.unwrap_or(name),
        role: membership.role,
        status: membership.status,
        intake_answers: membership.intake_answers,
        since: membership.created_at,
    })
});

/// A group's agreement: version 1 with an empty body is the default text, shown in the
/// reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement {
    pub version: i64,
    pub body: String,
}

impl Store {
    /// Creates the group, or updates the one with the same slug; returns it and whether
    /// it was created. A new group starts with the default agreement (version 1).
    pub async fn upsert_group(
        &self,
        organisation: OrganisationId,
        g: &GroupDetails,
    ) -> Result<(Group, bool)> {
        let now = now();
        let existing = self.find_group_id(&g.slug).await?;
        let id = existing.unwrap_or_else(GroupId::new_random);
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let sql = if existing.is_some() {
                "UPDATE groups SET organisation_id = $2, name = $3, summary = $4, description = $5, category = $6,
                    conditions = $7, audience = $8, age_min = $9, age_max = $10, leadership = $11, structure = $12,
                    format_name = $13, attendance = $14, languages = $15, accessibility = $16, venue_name = $17,
                    venue_address = $18, venue_postcode = $19, latitude = $20, longitude = $21, area = $22,
                    venue_visibility = $23, cost = $24, cost_note = $25, joining = $26, intake_questions = $27,
                    capacity = $28, status = $29, first_meeting = $30, schedule_rrule = $31, schedule_start = $32,
                    schedule_minutes = $33, updated_at = $35
                 WHERE id = $1 AND slug = $34"
            } else {
                "INSERT INTO groups (id, organisation_id, name, summary, description, category, conditions, audience,
                    age_min, age_max, leadership, structure, format_name, attendance, languages, accessibility,
                    venue_name, venue_address, venue_postcode, latitude, longitude, area, venue_visibility, cost,
                    cost_note, joining, intake_questions, capacity, status, first_meeting, schedule_rrule,
                    schedule_start, schedule_minutes, slug, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                    $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $35)"
            };
            bind_group!(sqlx::query(sql), id, organisation, g, now)
                .execute(&mut *tx)
                .await?;
            if existing.is_none() {
                sqlx::query("INSERT INTO group_agreements (group_id, version, body, created_at) VALUES ($1, 1, '', $2)")
                    .bind(id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok((self.get_group(id).await?, existing.is_none()))
    }

    /// Inserts many new groups at once (the synthetic generator); groups whose slug
    /// exists are left alone. One transaction per call.
    pub async fn insert_groups_bulk(&self, groups: &[(OrganisationId, GroupDetails)]) -> Result<usize> {
        let now = now();
        let mut inserted = 0;
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            for (organisation, g) in groups {
                let id = GroupId::new_random();
                let done = bind_group!(sqlx::query(INSERT_GROUP_IF_NEW), id, organisation, g, now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if done == 1 {
                    sqlx::query("INSERT INTO group_agreements (group_id, version, body, created_at) VALUES ($1, 1, '', $2)")
                        .bind(id.0)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    inserted += 1;
                }
            }
            tx.commit().await?;
        });
        Ok(inserted)
    }

    async fn find_group_id(&self, slug: &Slug) -> Result<Option<GroupId>> {
        let id: Option<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT id FROM groups WHERE slug = $1").bind(slug.as_str()).fetch_optional(pool).await?
        });
        Ok(id.map(GroupId))
    }

    pub async fn get_group(&self, id: GroupId) -> Result<Group> {
        on_pool!(self, pool => {
            let row = select_groups!("WHERE g.id = $1").bind(id.0).fetch_one(pool).await?;
            Ok(row.decode()?)
        })
    }

    pub async fn get_group_by_slug(&self, slug: &str) -> Result<Group> {
        on_pool!(self, pool => {
            let row = select_groups!("WHERE g.slug = $1").bind(slug).fetch_one(pool).await?;
            Ok(row.decode()?)
        })
    }

    /// Every group, for building the search index. Streams in pages of 5,000 so that a
    /// large directory never sits twice in memory.
    pub async fn all_groups(&self, after: Option<GroupId>, limit: i64) -> Result<Vec<Group>> {
        let after = after.map_or(uuid::Uuid::nil(), |g| g.0);
        on_pool!(self, pool => {
            let rows = select_groups!("WHERE g.id > $1 ORDER BY g.id LIMIT $2")
                .bind(after)
                .bind(limit)
                .fetch_all(pool)
                .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    pub async fn count_groups(&self) -> Result<i64> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT COUNT(*) FROM groups").fetch_one(pool).await?)
        })
    }

    // ---- agreements

    pub async fn current_agreement(&self, group: GroupId) -> Result<Agreement> {
        on_pool!(self, pool => {
            let (version, body): (i64, String) = sqlx::query_as(
                "SELECT version, body FROM group_agreements WHERE group_id = $1 ORDER BY version DESC LIMIT 1",
            )
            .bind(group.0)
            .fetch_one(pool)
            .await?;
            Ok(Agreement { version, body })
        })
    }

    /// Publishes a new version; every member must accept it before taking part again.
    pub async fn publish_agreement(&self, group: GroupId, body: &str) -> Result<Agreement> {
        let now = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let version: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) + 1 FROM group_agreements WHERE group_id = $1")
                .bind(group.0)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO group_agreements (group_id, version, body, created_at) VALUES ($1, $2, $3, $4)")
                .bind(group.0)
                .bind(version)
                .bind(body)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(Agreement { version, body: body.to_owned() })
        })
    }

    /// Records that a person accepted a version (once; accepting again changes nothing).
    pub async fn accept_agreement(&self, group: GroupId, user: UserId, version: i64) -> Result<()> {
        let current = self.current_agreement(group).await?;
        if current.version != version {
            return Err(StoreError::Conflict("agreement version".into()));
        }
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO agreement_acceptances (group_id, user_id, version, accepted_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (group_id, user_id, version) DO NOTHING",
            )
            .bind(group.0)
            .bind(user.0)
            .bind(version)
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    pub async fn has_accepted_current_agreement(&self, group: GroupId, user: UserId) -> Result<bool> {
        let current = self.current_agreement(group).await?;
        let n: i64 = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM agreement_acceptances WHERE group_id = $1 AND user_id = $2 AND version = $3")
                .bind(group.0)
                .bind(user.0)
                .bind(current.version)
                .fetch_one(pool)
                .await?
        });
        Ok(n > 0)
    }

    // ---- membership

    pub async fn membership(&self, group: GroupId, user: UserId) -> Result<Option<Membership>> {
        on_pool!(self, pool => {
            let row = sqlx::query(
                "SELECT role, status, group_pseudonym, intake_answers, decision_note, created_at
                 FROM group_members WHERE group_id = $1 AND user_id = $2",
            )
            .bind(group.0)
            .bind(user.0)
            .fetch_optional(pool)
            .await?;
            Ok(row.map(|r| r.decode()).transpose()?)
        })
    }

    /// Joins or asks to join, with the agreement accepted in the same transaction.
    /// `status` is `Active` for open groups and `Pending` for requests to closed ones. A
    /// banned person cannot come back; someone who left or was declined can try again.
    pub async fn join_group(
        &self,
        group: GroupId,
        user: UserId,
        status: MembershipStatus,
        agreement_version: i64,
        intake_answers: &[String],
        group_pseudonym: Option<&str>,
    ) -> Result<Membership> {
        if let Some(existing) = self.membership(group, user).await?
            && matches!(
                existing.status,
                MembershipStatus::Banned | MembershipStatus::Removed
            )
        {
            return Err(StoreError::Conflict("banned".into()));
        }
        let current = self.current_agreement(group).await?;
        if current.version != agreement_version {
            return Err(StoreError::Conflict("agreement version".into()));
        }
        let now = now();
        let answers =
            (!intake_answers.is_empty()).then(|| serde_json::to_string(intake_answers).unwrap_or_default());
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO group_members (group_id, user_id, role, status, group_pseudonym, intake_answers, created_at, updated_at)
                 VALUES ($1, $2, 'member', $3, $4, $5, $6, $6)
                 ON CONFLICT (group_id, user_id) DO UPDATE SET status = $3, group_pseudonym = $4,
                    intake_answers = $5, decision_note = NULL, updated_at = $6
                 WHERE group_members.status NOT IN ('active', 'banned', 'removed')",
            )
            .bind(group.0)
            .bind(user.0)
            .bind(status.as_str())
            .bind(group_pseudonym)
            .bind(answers)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO agreement_acceptances (group_id, user_id, version, accepted_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (group_id, user_id, version) DO NOTHING",
            )
            .bind(group.0)
            .bind(user.0)
            .bind(agreement_version)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        self.membership(group, user).await?.ok_or(StoreError::NotFound)
    }

    /// Moves a membership to a new status (approve, decline, leave, remove, ban), with an
    /// optional note the person is shown. Only from the statuses `from` lists.
    pub async fn set_membership_status(
        &self,
        group: GroupId,
        user: UserId,
        from: &[MembershipStatus],
        to: MembershipStatus,
        note: Option<&str>,
    ) -> Result<()> {
        let current = self.membership(group, user).await?.ok_or(StoreError::NotFound)?;
        if !from.contains(&current.status) {
            return Err(StoreError::Conflict(format!("membership is {}", current.status)));
        }
        on_pool!(self, pool => {
            sqlx::query(
                "UPDATE group_members SET status = $1, decision_note = $2, updated_at = $3
                 WHERE group_id = $4 AND user_id = $5 AND status = $6",
            )
            .bind(to.as_str())
            .bind(note)
            .bind(now())
            .bind(group.0)
            .bind(user.0)
            .bind(current.status.as_str())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Gives someone a role in a group (organisers add facilitators and co-organisers).
    /// Creates an active membership if they had none.
    pub async fn set_group_role(&self, group: GroupId, user: UserId, role: GroupRole) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO group_members (group_id, user_id, role, status, created_at, updated_at)
                 VALUES ($1, $2, $3, 'active', $4, $4)
                 ON CONFLICT (group_id, user_id) DO UPDATE SET role = $3, status = 'active', updated_at = $4",
            )
            .bind(group.0)
            .bind(user.0)
            .bind(role.as_str())
            .bind(now)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Members of a group with a given status, by name.
    pub async fn group_members(&self, group: GroupId, status: MembershipStatus) -> Result<Vec<MemberView>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(
                "SELECT m.user_id, m.role, m.status, m.group_pseudonym, m.intake_answers, m.decision_note,
                        m.created_at, u.pseudonym
                 FROM group_members m JOIN users u ON u.id = m.user_id
                 WHERE m.group_id = $1 AND m.status = $2
                 ORDER BY COALESCE(m.group_pseudonym, u.pseudonym), m.user_id",
            )
            .bind(group.0)
            .bind(status.as_str())
            .fetch_all(pool)
            .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    /// How many active members a group has.
    pub async fn count_members(&self, group: GroupId) -> Result<i64> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT COUNT(*) FROM group_members WHERE group_id = $1 AND status = 'active'")
                .bind(group.0)
                .fetch_one(pool)
                .await?)
        })
    }

    /// The groups a person belongs to or asked to join: (slug, name, membership).
    pub async fn groups_of(&self, user: UserId) -> Result<Vec<(String, String, Membership)>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(
                "SELECT g.slug, g.name, m.role, m.status, m.group_pseudonym, m.intake_answers, m.decision_note, m.created_at
                 FROM group_members m JOIN groups g ON g.id = m.group_id
                 WHERE m.user_id = $1 ORDER BY g.name",
            )
            .bind(user.0)
            .fetch_all(pool)
            .await?;
            rows.iter()
                .map(|r| Ok((sqlx::Row::try_get(r, "slug")?, sqlx::Row::try_get(r, "name")?, r.decode()?)))
                .collect::<Result<_, sqlx::Error>>()
                .map_err(StoreError::from)
        })
    }
}
