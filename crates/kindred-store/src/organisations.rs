//! Organisations: create, read, list, verify.

use kindred_core::ids::OrganisationId;
use kindred_core::organisations::{NewOrganisation, Organisation};
use kindred_core::paging::{PageRequest, Paged};

use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{Result, Store, now, on_pool};

from_db_row!(Organisation, |row| {
    let kind: String = row.try_get("kind")?;
    Ok(Organisation {
        id: OrganisationId(row.try_get("id")?),
        name: row.try_get("name")?,
        kind: parse_column("kind", &kind)?,
        website: row.try_get("website")?,
        verified: row.try_get("verified")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
});

impl Store {
    pub async fn create_organisation(&self, new: &NewOrganisation) -> Result<Organisation> {
        self.insert_organisation(OrganisationId::new_random(), new).await
    }

    /// Inserts with a caller-chosen id (demo data and imports use stable ids so that
    /// loading twice changes nothing); fails with `Conflict` when the id exists.
    pub async fn insert_organisation(
        &self,
        id: OrganisationId,
        new: &NewOrganisation,
    ) -> Result<Organisation> {
        let now = now();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO organisations (id, name, kind, website, verified, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $6)",
            )
            .bind(id.0)
            .bind(&new.name)
            .bind(new.kind.as_str())
            .bind(&new.website)
            .bind(false)
            .bind(now)
            .execute(pool)
            .await?;
        });
        self.get_organisation(id).await
    }

    pub async fn get_organisation(&self, id: OrganisationId) -> Result<Organisation> {
        on_pool!(self, pool => {
            let row = sqlx::query(
                "SELECT id, name, kind, website, verified, created_at, updated_at
                 FROM organisations WHERE id = $1",
            )
            .bind(id.0)
            .fetch_one(pool)
            .await?;
            Ok(row.decode()?)
        })
    }

    /// Organisations by name, a page at a time.
    pub async fn list_organisations(&self, page: PageRequest) -> Result<Paged<Organisation>> {
        on_pool!(self, pool => {
            let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
                .fetch_one(pool)
                .await?;
            let rows = sqlx::query(
                "SELECT id, name, kind, website, verified, created_at, updated_at
                 FROM organisations ORDER BY name, id LIMIT $1 OFFSET $2",
            )
            .bind(page.limit())
            .bind(page.offset())
            .fetch_all(pool)
            .await?;
            let items = rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?;
            Ok(Paged::new(items, total, page))
        })
    }

    /// Marks an organisation verified (or not): an administrator's decision.
    pub async fn set_organisation_verified(
        &self,
        id: OrganisationId,
        verified: bool,
    ) -> Result<Organisation> {
        let done = on_pool!(self, pool => {
            sqlx::query("UPDATE organisations SET verified = $1, updated_at = $2 WHERE id = $3")
                .bind(verified)
                .bind(now())
                .bind(id.0)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if done == 0 {
            return Err(crate::StoreError::NotFound);
        }
        self.get_organisation(id).await
    }
}

impl Store {
    /// An organisation by its exact name (imports refer to organisations by name).
    pub async fn find_organisation_by_name(&self, name: &str) -> Result<Option<Organisation>> {
        let id: Option<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT id FROM organisations WHERE name = $1 ORDER BY created_at LIMIT 1")
                .bind(name.trim())
                .fetch_optional(pool)
                .await?
        });
        match id {
            Some(id) => Ok(Some(self.get_organisation(OrganisationId(id)).await?)),
            None => Ok(None),
        }
    }

    /// Makes someone an organiser of an organisation (idempotent).
    pub async fn add_organiser(
        &self,
        organisation: OrganisationId,
        user: kindred_core::ids::UserId,
    ) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO organisation_roles (organisation_id, user_id, role, created_at) VALUES ($1, $2, 'organiser', $3)
                 ON CONFLICT (organisation_id, user_id) DO NOTHING",
            )
            .bind(organisation.0)
            .bind(user.0)
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    pub async fn is_organiser(
        &self,
        organisation: OrganisationId,
        user: kindred_core::ids::UserId,
    ) -> Result<bool> {
        let n: i64 = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM organisation_roles WHERE organisation_id = $1 AND user_id = $2")
                .bind(organisation.0)
                .bind(user.0)
                .fetch_one(pool)
                .await?
        });
        Ok(n > 0)
    }

    /// Lets a person see the organisation's outcome aggregates.
    pub async fn add_commissioner(
        &self,
        organisation: OrganisationId,
        user: kindred_core::ids::UserId,
        granted_by: Option<kindred_core::ids::UserId>,
    ) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO commissioners (organisation_id, user_id, granted_by, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (organisation_id, user_id) DO NOTHING",
            )
            .bind(organisation.0)
            .bind(user.0)
            .bind(granted_by.map(|u| u.0))
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    pub async fn remove_commissioner(
        &self,
        organisation: OrganisationId,
        user: kindred_core::ids::UserId,
    ) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM commissioners WHERE organisation_id = $1 AND user_id = $2")
                .bind(organisation.0)
                .bind(user.0)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    pub async fn is_commissioner(
        &self,
        organisation: OrganisationId,
        user: kindred_core::ids::UserId,
    ) -> Result<bool> {
        let n: i64 = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM commissioners WHERE organisation_id = $1 AND user_id = $2")
                .bind(organisation.0)
                .bind(user.0)
                .fetch_one(pool)
                .await?
        });
        Ok(n > 0)
    }

    /// An organisation's commissioners: id, display name, since.
    pub async fn commissioners(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<(kindred_core::ids::UserId, String, i64)>> {
        let rows: Vec<(uuid::Uuid, String, i64)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT c.user_id, u.pseudonym, c.created_at FROM commissioners c JOIN users u ON u.id = c.user_id
                 WHERE c.organisation_id = $1 ORDER BY u.pseudonym, c.user_id",
            )
            .bind(organisation.0)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, name, at)| (kindred_core::ids::UserId(id), name, at))
            .collect())
    }

    /// The organisations whose aggregates a person may see as a commissioner.
    pub async fn commissioned_by(
        &self,
        user: kindred_core::ids::UserId,
    ) -> Result<Vec<(OrganisationId, String)>> {
        let rows: Vec<(uuid::Uuid, String)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT o.id, o.name FROM commissioners c JOIN organisations o ON o.id = c.organisation_id
                 WHERE c.user_id = $1 ORDER BY o.name",
            )
            .bind(user.0)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, name)| (OrganisationId(id), name))
            .collect())
    }

    /// Every group of an organisation.
    pub async fn groups_of_organisation(
        &self,
        organisation: OrganisationId,
    ) -> Result<Vec<kindred_core::ids::GroupId>> {
        let rows: Vec<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT id FROM groups WHERE organisation_id = $1 ORDER BY id")
                .bind(organisation.0)
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(kindred_core::ids::GroupId).collect())
    }
}
