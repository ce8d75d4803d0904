//! Referrals, the referrers and systems that make them, and wellbeing check-ins.
//!
//! A referral's contact address and the referrer's note are sealed under the group's data
//! key; the invitation code is kept only as a SHA-256. What the referrer may see is decided
//! in `kindred_core::referrals`; this module stores and reads.

use kindred_core::ids::{GroupId, UserId};
use kindred_core::outcomes::Scores;
use kindred_core::referrals::{Consent, GroupDecision, PersonStatus, ReferrerRole};
use sha2::{Digest, Sha256};

use crate::keys::KeyScope;
use crate::outbox::insert_email;
use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{OutgoingEmail, Result, Sealed, Store, StoreError, WritePool, now, on_pool};

fn digest(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

/// A system's API token, without its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: uuid::Uuid,
    pub name: String,
    pub organisation: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

impl ApiToken {
    pub fn allows(&self, scope: &str) -> bool {
        self.revoked_at.is_none() && self.scopes.iter().any(|s| s == scope)
    }
}

from_db_row!(ApiToken, |row| {
    Ok(ApiToken {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        organisation: row.try_get("organisation")?,
        scopes: row
            .try_get::<String, _>("scopes")?
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        created_at: row.try_get("created_at")?,
        last_used_at: row.try_get("last_used_at")?,
        revoked_at: row.try_get("revoked_at")?,
    })
});

/// A person an administrator checked is a referrer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referrer {
    pub user_id: UserId,
    pub organisation: String,
    pub role: ReferrerRole,
    pub verified_at: i64,
}

from_db_row!(Referrer, |row| {
    Ok(Referrer {
        user_id: UserId(row.try_get("user_id")?),
        organisation: row.try_get("organisation")?,
        role: parse_column("role", &row.try_get::<String, _>("role")?)?,
        verified_at: row.try_get("verified_at")?,
    })
});

/// A referral as stored (sealed parts left sealed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub id: uuid::Uuid,
    pub group_id: GroupId,
    pub referrer_user_id: Option<UserId>,
    pub api_token_id: Option<uuid::Uuid>,
    pub referrer_org: String,
    pub referrer_name: String,
    pub intent: String,
    pub person_id: Option<UserId>,
    pub person_status: PersonStatus,
    pub group_status: GroupDecision,
    pub group_reason: Option<String>,
    pub consent: Consent,
    pub answered_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    key_id: Option<uuid::Uuid>,
    contact: Option<Vec<u8>>,
    note: Option<Vec<u8>>,
}

from_db_row!(Referral, |row| {
    let flag =
        |name: &str| -> std::result::Result<bool, sqlx::Error> { Ok(row.try_get::<i64, _>(name)? != 0) };
    Ok(Referral {
        id: row.try_get("id")?,
        group_id: GroupId(row.try_get("group_id")?),
        referrer_user_id: row
            .try_get::<Option<uuid::Uuid>, _>("referrer_user_id")?
            .map(UserId),
        api_token_id: row.try_get("api_token_id")?,
        referrer_org: row.try_get("referrer_org")?,
        referrer_name: row.try_get("referrer_name")?,
        intent: row.try_get("intent")?,
        person_id: row.try_get::<Option<uuid::Uuid>, _>("person_id")?.map(UserId),
        person_status: parse_column("person_status", &row.try_get::<String, _>("person_status")?)?,
        group_status: parse_column("group_status", &row.try_get::<String, _>("group_status")?)?,
        group_reason: row.try_get("group_reason")?,
        consent: Consent {
            joined: flag("consent_joined")?,
            attended: flag("consent_attended")?,
            six_weeks: flag("consent_six_weeks")?,
            wellbeing: flag("consent_wellbeing")?,
        },
        answered_at: row.try_get("answered_at")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        key_id: row.try_get("key_id")?,
        contact: row.try_get("contact")?,
        note: row.try_get("note")?,
    })
});

/// One entry of a referral's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralEvent {
    /// `referred`, `group:<decision>`, `person:<status>`, `consent_changed`, `joined`.
    pub kind: String,
    /// For `group:declined` and `group:waitlisted`, the reason the runners gave.
    pub detail: String,
    pub at: i64,
}

from_db_row!(ReferralEvent, |row| {
    Ok(ReferralEvent {
        kind: row.try_get("kind")?,
        detail: row.try_get("detail")?,
        at: row.try_get("at")?,
    })
});

/// What happened after the person joined, from the group's own records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReferralFacts {
    /// When the membership became active, if it is.
    pub joined_at: Option<i64>,
    /// The date (`YYYY-MM-DD`) of the first meeting attended after the referral.
    pub first_attended: Option<String>,
    /// The date of a meeting attended at least six weeks after joining, while still a member.
    pub six_weeks: Option<String>,
}

/// A referral to make.
#[derive(Debug, Clone)]
pub struct NewReferral<'a> {
    pub group: GroupId,
    pub referrer_user: Option<UserId>,
    pub api_token: Option<uuid::Uuid>,
    pub referrer_org: &'a str,
    pub referrer_name: &'a str,
    pub intent: &'a str,
    /// The person's email address, when the invitation goes by email.
    pub contact: Option<&'a str>,
    pub note: Option<&'a str>,
    /// The invitation code (formatted); only its digest is kept.
    pub code: &'a str,
    /// The invitation email, queued in the same transaction.
    pub invitation: Option<OutgoingEmail>,
}

/// A stored wellbeing check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkin {
    pub id: uuid::Uuid,
    pub group_id: Option<GroupId>,
    pub scores: Scores,
    pub at: i64,
}

fn score(row_value: i64) -> u8 {
    u8::try_from(row_value.clamp(0, 10)).unwrap_or(0)
}

from_db_row!(Checkin, |row| {
    Ok(Checkin {
        id: row.try_get("id")?,
        group_id: row.try_get::<Option<uuid::Uuid>, _>("group_id")?.map(GroupId),
        scores: Scores {
            life_satisfaction: score(row.try_get("life_satisfaction")?),
            worthwhile: score(row.try_get("worthwhile")?),
            happiness: score(row.try_get("happiness")?),
            anxiety: score(row.try_get("anxiety")?),
        },
        at: row.try_get("at")?,
    })
});

/// A check-in with who made it, for aggregates (never shown one by one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonCheckin {
    pub user_id: UserId,
    pub scores: Scores,
    pub at: i64,
}

from_db_row!(PersonCheckin, |row| {
    let c: Checkin = Checkin::from_row_any(row)?;
    Ok(PersonCheckin {
        user_id: UserId(row.try_get("user_id")?),
        scores: c.scores,
        at: c.at,
    })
});

const REFERRAL_COLUMNS: &str =
    "id, group_id, referrer_user_id, api_token_id, referrer_org, referrer_name, intent,
    person_id, person_status, group_status, group_reason, consent_joined, consent_attended, consent_six_weeks,
    consent_wellbeing, answered_at, created_at, updated_at, key_id, contact, note";

macro_rules! add_event {
    ($conn:expr, $referral:expr, $kind:expr, $detail:expr, $at:expr) => {
        sqlx::query(
            "INSERT INTO referral_events (id, referral_id, kind, detail, at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(uuid::Uuid::now_v7())
        .bind($referral)
        .bind($kind)
        .bind($detail)
        .bind($at)
        .execute($conn)
        .await?
    };
}

impl Store {
    // ---- API tokens

    /// Records a token by the hash of its secret (the secret itself is never stored).
    pub async fn create_api_token(
        &self,
        name: &str,
        organisation: &str,
        scopes: &[&str],
        secret_hash: &[u8],
        created_by: Option<UserId>,
    ) -> Result<ApiToken> {
        let id = uuid::Uuid::new_v4();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO api_tokens (id, name, organisation, scopes, token_hash, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(name)
            .bind(organisation)
            .bind(scopes.join(" "))
            .bind(secret_hash)
            .bind(created_by.map(|u| u.0))
            .bind(now())
            .execute(pool)
            .await?;
        });
        self.api_token(id).await
    }

    pub async fn api_token(&self, id: uuid::Uuid) -> Result<ApiToken> {
        on_pool!(self, pool => {
            let row = sqlx::query("SELECT * FROM api_tokens WHERE id = $1").bind(id).fetch_one(pool).await?;
            Ok(row.decode()?)
        })
    }

    /// The live token whose secret hashes to this, noting that it was used (at most once a
    /// minute).
    pub async fn api_token_by_hash(&self, secret_hash: &[u8]) -> Result<Option<ApiToken>> {
        let at = now();
        let token: Option<ApiToken> = on_pool!(self, pool => {
            let row = sqlx::query("SELECT * FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
                .bind(secret_hash)
                .fetch_optional(pool)
                .await?;
            row.map(|r| r.decode()).transpose()?
        });
        if let Some(t) = &token
            && t.last_used_at.is_none_or(|used| at - used >= 60)
        {
            on_pool!(self, pool => {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                    .bind(at)
                    .bind(t.id)
                    .execute(pool)
                    .await?;
            });
        }
        Ok(token)
    }

    /// Every token, newest first.
    pub async fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        on_pool!(self, pool => {
            let rows = sqlx::query("SELECT * FROM api_tokens ORDER BY created_at DESC, id LIMIT 1000")
                .fetch_all(pool)
                .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<std::result::Result<_, _>>()?)
        })
    }

    pub async fn revoke_api_token(&self, id: uuid::Uuid) -> Result<()> {
        let done = on_pool!(self, pool => {
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(now())
                .bind(id)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if done == 0 {
            self.api_token(id).await?;
        }
        Ok(())
    }

    // ---- referrers

    pub async fn set_referrer(
        &self,
        user: UserId,
        organisation: &str,
        role: ReferrerRole,
        verified_by: Option<UserId>,
    ) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO referrers (user_id, organisation, role, verified_by, verified_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (user_id) DO UPDATE SET organisation = $2, role = $3, verified_by = $4, verified_at = $5",
            )
            .bind(user.0)
            .bind(organisation)
            .bind(role.as_str())
            .bind(verified_by.map(|u| u.0))
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    pub async fn remove_referrer(&self, user: UserId) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM referrers WHERE user_id = $1").bind(user.0).execute(pool).await?;
        });
        Ok(())
    }

    /// Every verified referrer, by organisation.
    pub async fn referrers(&self) -> Result<Vec<Referrer>> {
        on_pool!(self, pool => {
            let rows = sqlx::query("SELECT * FROM referrers ORDER BY organisation, verified_at LIMIT 5000")
                .fetch_all(pool)
                .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<std::result::Result<_, _>>()?)
        })
    }

    pub async fn referrer(&self, user: UserId) -> Result<Option<Referrer>> {
        on_pool!(self, pool => {
            let row = sqlx::query("SELECT * FROM referrers WHERE user_id = $1")
                .bind(user.0)
                .fetch_optional(pool)
                .await?;
            Ok(row.map(|r| r.decode()).transpose()?)
        })
    }

    // ---- referrals

    /// Records a referral, its first history entry and its invitation email, together.
    pub async fn create_referral(&self, new: NewReferral<'_>) -> Result<Referral> {
        let id = uuid::Uuid::now_v7();
        let scope = KeyScope::Group(new.group);
        let contact = match new.contact {
            Some(c) => Some(self.seal_body(scope, "referral_contacts", id, c).await?),
            None => None,
        };
        let note = match new.note {
            Some(n) => Some(self.seal_body(scope, "referral_notes", id, n).await?),
            None => None,
        };
        let key_id = contact.as_ref().or(note.as_ref()).map(|s| s.key_id);
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO referrals (id, group_id, referrer_user_id, api_token_id, referrer_org, referrer_name, intent,
                    key_id, contact, note, code_hash, person_status, group_status, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'invited', 'pending', $12, $12)",
            )
            .bind(id)
            .bind(new.group.0)
            .bind(new.referrer_user.map(|u| u.0))
            .bind(new.api_token)
            .bind(new.referrer_org)
            .bind(new.referrer_name)
            .bind(new.intent)
            .bind(key_id)
            .bind(contact.map(|s| s.blob))
            .bind(note.map(|s| s.blob))
            .bind(digest(new.code))
            .bind(at)
            .execute(&mut *tx)
            .await?;
            add_event!(&mut *tx, id, "referred", "", at);
            if let Some(email) = &new.invitation {
                insert_email!(&mut *tx, email, at);
            }
            tx.commit().await?;
        });
        self.referral(id).await
    }

    pub async fn referral(&self, id: uuid::Uuid) -> Result<Referral> {
        on_pool!(self, pool => {
            let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {REFERRAL_COLUMNS} FROM referrals WHERE id = $1")))
                .bind(id)
                .fetch_one(pool)
                .await?;
            Ok(row.decode()?)
        })
    }

    /// The referral an invitation code belongs to (the code as `parse_code` gives it).
    pub async fn referral_by_code(&self, code: &str) -> Result<Referral> {
        on_pool!(self, pool => {
            let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {REFERRAL_COLUMNS} FROM referrals WHERE code_hash = $1")))
                .bind(digest(code))
                .fetch_one(pool)
                .await?;
            Ok(row.decode()?)
        })
    }

    async fn open_part(&self, table: &str, r: &Referral, blob: Option<&Vec<u8>>) -> Result<Option<String>> {
        match (blob, r.key_id) {
            (Some(blob), Some(key_id)) => Ok(Some(
                self.open_body(
                    table,
                    r.id,
                    &Sealed {
                        key_id,
                        blob: blob.clone(),
                    },
                )
                .await?,
            )),
            _ => Ok(None),
        }
    }

    /// The address the invitation went to (for the group's runners, to welcome the person).
    pub async fn referral_contact(&self, r: &Referral) -> Result<Option<String>> {
        self.open_part("referral_contacts", r, r.contact.as_ref()).await
    }

    /// The referrer's note to the group.
    pub async fn referral_note(&self, r: &Referral) -> Result<Option<String>> {
        self.open_part("referral_notes", r, r.note.as_ref()).await
    }

    async fn referrals_where(
        &self,
        condition: &str,
        id: uuid::Uuid,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<Referral>, i64)> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {REFERRAL_COLUMNS} FROM referrals WHERE {condition} = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"
            )))
            .bind(id)
            .bind(limit)
            .bind(offset)
            .fetch_all(pool)
            .await?;
            let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM referrals WHERE {condition} = $1")))
                .bind(id)
                .fetch_one(pool)
                .await?;
            Ok((rows.iter().map(|r| r.decode()).collect::<std::result::Result<_, _>>()?, total))
        })
    }

    /// A group's referrals, newest first, and how many there are.
    pub async fn referrals_to_group(
        &self,
        group: GroupId,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<Referral>, i64)> {
        self.referrals_where("group_id", group.0, offset, limit).await
    }

    /// A referrer's referrals, newest first.
    pub async fn referrals_by(
        &self,
        referrer: UserId,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<Referral>, i64)> {
        self.referrals_where("referrer_user_id", referrer.0, offset, limit)
            .await
    }

    /// The referrals a person has answered (their consent page).
    pub async fn referrals_of_person(&self, person: UserId) -> Result<Vec<Referral>> {
        Ok(self.referrals_where("person_id", person.0, 0, 500).await?.0)
    }

    /// How many referrals the group has waiting for its runners.
    pub async fn pending_referrals(&self, group: GroupId) -> Result<i64> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT COUNT(*) FROM referrals WHERE group_id = $1 AND group_status IN ('pending', 'waitlisted')")
                .bind(group.0)
                .fetch_one(pool)
                .await?)
        })
    }

    /// The person's answer: accept or decline, with what they agree to share. Checked
    /// against the state machine; a referral answered by someone else is not theirs. The
    /// contact address is wiped: once the person has answered it is no longer needed.
    pub async fn answer_referral(
        &self,
        id: uuid::Uuid,
        person: UserId,
        answer: PersonStatus,
        consent: Consent,
    ) -> Result<Referral> {
        let current = self.referral(id).await?;
        if current.person_id.is_some_and(|p| p != person) {
            return Err(StoreError::NotFound);
        }
        if !current.person_status.can_become(answer) {
            return Err(StoreError::Conflict(format!(
                "the invitation is already {}",
                current.person_status.as_str()
            )));
        }
        let consent = if answer == PersonStatus::Declined {
            Consent::default()
        } else {
            consent
        };
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let done = sqlx::query(
                "UPDATE referrals SET person_id = $1, person_status = $2, contact = NULL,
                    note = CASE WHEN $2 = 'declined' THEN NULL ELSE note END, consent_joined = $3, consent_attended = $4,
                    consent_six_weeks = $5, consent_wellbeing = $6, answered_at = $7, updated_at = $7
                 WHERE id = $8 AND person_status = $9",
            )
            .bind(person.0)
            .bind(answer.as_str())
            .bind(i64::from(consent.joined))
            .bind(i64::from(consent.attended))
            .bind(i64::from(consent.six_weeks))
            .bind(i64::from(consent.wellbeing))
            .bind(at)
            .bind(id)
            .bind(current.person_status.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if done == 0 {
                return Err(StoreError::Conflict("the invitation changed meanwhile".into()));
            }
            add_event!(&mut *tx, id, format!("person:{}", answer.as_str()), "", at);
            tx.commit().await?;
        });
        self.referral(id).await
    }

    /// Changes what the person shares (withdrawing stops sharing at once: the referrer's
    /// view is computed from the current consent every time).
    pub async fn set_referral_consent(
        &self,
        id: uuid::Uuid,
        person: UserId,
        consent: Consent,
    ) -> Result<Referral> {
        let current = self.referral(id).await?;
        if current.person_id != Some(person) || current.person_status != PersonStatus::Accepted {
            return Err(StoreError::NotFound);
        }
        if current.consent == consent {
            return Ok(current);
        }
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "UPDATE referrals SET consent_joined = $1, consent_attended = $2, consent_six_weeks = $3,
                    consent_wellbeing = $4, updated_at = $5 WHERE id = $6",
            )
            .bind(i64::from(consent.joined))
            .bind(i64::from(consent.attended))
            .bind(i64::from(consent.six_weeks))
            .bind(i64::from(consent.wellbeing))
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            add_event!(&mut *tx, id, "consent_changed", "", at);
            tx.commit().await?;
        });
        self.referral(id).await
    }

    /// The runners' decision, with a reason the referrer sees (for waitlist and decline).
    pub async fn decide_referral(
        &self,
        id: uuid::Uuid,
        decision: GroupDecision,
        reason: Option<&str>,
    ) -> Result<Referral> {
        let current = self.referral(id).await?;
        if !current.group_status.can_become(decision) {
            return Err(StoreError::Conflict(format!(
                "the referral is already {}",
                current.group_status.as_str()
            )));
        }
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let done = sqlx::query(
                "UPDATE referrals SET group_status = $1, group_reason = $2, updated_at = $3 WHERE id = $4 AND group_status = $5",
            )
            .bind(decision.as_str())
            .bind(reason)
            .bind(at)
            .bind(id)
            .bind(current.group_status.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if done == 0 {
                return Err(StoreError::Conflict("the referral changed meanwhile".into()));
            }
            add_event!(&mut *tx, id, format!("group:{}", decision.as_str()), reason.unwrap_or_default(), at);
            tx.commit().await?;
        });
        self.referral(id).await
    }

    /// Notes that the referred person's membership became active.
    pub async fn referral_joined(&self, id: uuid::Uuid) -> Result<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let already: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM referral_events WHERE referral_id = $1 AND kind = 'joined'")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
            if already == 0 {
                add_event!(&mut *tx, id, "joined", "", at);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn referral_events(&self, id: uuid::Uuid) -> Result<Vec<ReferralEvent>> {
        on_pool!(self, pool => {
            let rows = sqlx::query("SELECT kind, detail, at FROM referral_events WHERE referral_id = $1 ORDER BY at, id")
                .bind(id)
                .fetch_all(pool)
                .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<std::result::Result<_, _>>()?)
        })
    }

    /// What the group's records say happened after the referral: joining, the first
    /// meeting attended, still attending six weeks after joining.
    pub async fn referral_facts(&self, r: &Referral) -> Result<ReferralFacts> {
        let Some(person) = r.person_id else {
            return Ok(ReferralFacts::default());
        };
        // Joining is the recorded event (or, for a membership made active some other way,
        // the membership); what follows comes from attendance records. None of it changes
        // when the person later leaves, so a referrer cannot read a departure from it.
        let events = self.referral_events(r.id).await?;
        let joined_at = match events.iter().find(|e| e.kind == "joined") {
            Some(e) => Some(e.at),
            None => self
                .membership(r.group_id, person)
                .await?
                .filter(|m| m.status == kindred_core::groups::MembershipStatus::Active)
                .map(|m| m.created_at),
        };
        let Some(joined) = joined_at else {
            return Ok(ReferralFacts::default());
        };
        let first_on_or_after = |from: String| async move {
            let first: Option<String> = on_pool!(self, pool => {
                sqlx::query_scalar(
                    "SELECT MIN(a.occurs_on) FROM meeting_attendance a
                     JOIN meeting_series s ON s.id = a.series_id
                     WHERE s.group_id = $1 AND a.user_id = $2 AND a.occurs_on >= $3",
                )
                .bind(r.group_id.0)
                .bind(person.0)
                .bind(from)
                .fetch_one(pool)
                .await?
            });
            Ok::<_, StoreError>(first)
        };
        let first_attended = first_on_or_after(date_of(r.created_at)).await?;
        // The first meeting at or after the six-week mark: one fixed date, not a running
        // record of the latest meeting.
        let six_weeks = match &first_attended {
            Some(_) => {
                first_on_or_after(date_of(
                    joined + kindred_core::referrals::STILL_ATTENDING_AFTER_DAYS * 86_400,
                ))
                .await?
            }
            None => None,
        };
        Ok(ReferralFacts {
            joined_at,
            first_attended,
            six_weeks,
        })
    }

    // ---- wellbeing

    pub async fn add_checkin(&self, user: UserId, group: Option<GroupId>, scores: Scores) -> Result<Checkin> {
        let id = uuid::Uuid::now_v7();
        let at = now();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO wellbeing_checkins (id, user_id, group_id, life_satisfaction, worthwhile, happiness, anxiety, at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(user.0)
            .bind(group.map(|g| g.0))
            .bind(i64::from(scores.life_satisfaction))
            .bind(i64::from(scores.worthwhile))
            .bind(i64::from(scores.happiness))
            .bind(i64::from(scores.anxiety))
            .bind(at)
            .execute(pool)
            .await?;
        });
        Ok(Checkin {
            id,
            group_id: group,
            scores,
            at,
        })
    }

    /// A person's check-ins, oldest first.
    pub async fn checkins_of(&self, user: UserId) -> Result<Vec<Checkin>> {
        on_pool!(self, pool => {
            let rows = sqlx::query("SELECT * FROM wellbeing_checkins WHERE user_id = $1 ORDER BY at, id LIMIT 1000")
                .bind(user.0)
                .fetch_all(pool)
                .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<std::result::Result<_, _>>()?)
        })
    }

    /// Every check-in made in these groups, oldest first (for aggregates only).
    pub async fn checkins_in(&self, groups: &[GroupId]) -> Result<Vec<PersonCheckin>> {
        let mut out = Vec::new();
        for group in groups {
            let rows: Vec<PersonCheckin> = on_pool!(self, pool => {
                let rows = sqlx::query("SELECT * FROM wellbeing_checkins WHERE group_id = $1 ORDER BY at, id")
                    .bind(group.0)
                    .fetch_all(pool)
                    .await?;
                rows.iter().map(|r| r.decode()).collect::<std::result::Result<_, _>>()?
            });
            out.extend(rows);
        }
        out.sort_by_key(|c| c.at);
        Ok(out)
    }

    /// Who attended which meeting date in these groups (for aggregates only).
    pub async fn attendance_in(&self, groups: &[GroupId]) -> Result<Vec<(UserId, String)>> {
        let mut out = Vec::new();
        for group in groups {
            let rows: Vec<(uuid::Uuid, String)> = on_pool!(self, pool => {
                sqlx::query_as(
                    "SELECT a.user_id, a.occurs_on FROM meeting_attendance a JOIN meeting_series s ON s.id = a.series_id
                     WHERE s.group_id = $1",
                )
                .bind(group.0)
                .fetch_all(pool)
                .await?
            });
            out.extend(rows.into_iter().map(|(u, d)| (UserId(u), d)));
        }
        Ok(out)
    }

    /// Every referral to these groups (for the funnel).
    pub async fn referrals_to(&self, groups: &[GroupId]) -> Result<Vec<Referral>> {
        let mut out = Vec::new();
        for group in groups {
            out.extend(self.referrals_to_group(*group, 0, 100_000).await?.0);
        }
        Ok(out)
    }
}

/// `YYYY-MM-DD` (UTC) of a time.
fn date_of(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|t| t.to_string().chars().take(10).collect())
        .unwrap_or_default()
}
