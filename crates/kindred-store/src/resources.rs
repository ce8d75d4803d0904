//! The resource library: articles and links, and the resources groups attach.

use kindred_core::groups::Slug;
use kindred_core::ids::GroupId;
use kindred_core::resources::{Resource, ResourceKind};

use crate::groups::{join_codes, split_codes};
use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{Result, Store, StoreError, WritePool, now, on_pool};

/// A resource as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResource {
    pub id: uuid::Uuid,
    pub resource: Resource,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, slug, title, summary, kind, body_markdown, url, category, conditions, language,
    reviewed_by, reviewed_on, review_due, translation_of, updated_at";

fn decode_error(column: &str, message: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: message.to_owned().into(),
    }
}

from_db_row!(StoredResource, |row| {
    let text = |c: &str| -> Result<String, sqlx::Error> { row.try_get(c) };
    let slug = |c: &str, v: &str| Slug::parse(v).map_err(|e| decode_error(c, &e.to_string()));
    let date = |c: &str| -> Result<jiff::civil::Date, sqlx::Error> {
        text(c)?.parse().map_err(|_| decode_error(c, "not a date"))
    };
    let kind = ResourceKind::parse(&text("kind")?).map_err(|e| decode_error("kind", &e.to_string()))?;
    let translation_of: Option<String> = row.try_get("translation_of")?;
    Ok(StoredResource {
        id: row.try_get("id")?,
        resource: Resource {
            slug: slug("slug", &text("slug")?)?,
            title: text("title")?,
            summary: text("summary")?,
            kind,
            body_markdown: text("body_markdown")?,
            url: row.try_get("url")?,
            category: parse_column("category", &text("category")?)?,
            conditions: split_codes("conditions", &text("conditions")?)?,
            language: parse_column("language", &text("language")?)?,
            reviewed_by: text("reviewed_by")?,
            reviewed_on: date("reviewed_on")?,
            review_due: date("review_due")?,
            translation_of: translation_of.map(|t| slug("translation_of", &t)).transpose()?,
        },
        updated_at: row.try_get("updated_at")?,
    })
});

impl Store {
    /// Adds resources, or (with `replace`) updates those whose slug exists; in one
    /// transaction. Returns how many rows were written.
    pub async fn import_resources(&self, resources: &[Resource], replace: bool) -> Result<usize> {
        let now = now();
        let conflict = if replace {
            "DO UPDATE SET title = excluded.title, summary = excluded.summary, kind = excluded.kind,
             body_markdown = excluded.body_markdown, url = excluded.url, category = excluded.category,
             conditions = excluded.conditions, language = excluded.language, reviewed_by = excluded.reviewed_by,
             reviewed_on = excluded.reviewed_on, review_due = excluded.review_due,
             translation_of = excluded.translation_of, updated_at = excluded.updated_at"
        } else {
            "DO NOTHING"
        };
        let sql = format!(
            "INSERT INTO resources (id, slug, title, summary, kind, body_markdown, url, category, conditions,
               language, reviewed_by, reviewed_on, review_due, translation_of, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
             ON CONFLICT (slug) {conflict}"
        );
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let mut written = 0;
            for r in resources {
                written += sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(uuid::Uuid::new_v4())
                    .bind(r.slug.as_str())
                    .bind(&r.title)
                    .bind(&r.summary)
                    .bind(r.kind.as_str())
                    .bind(&r.body_markdown)
                    .bind(&r.url)
                    .bind(r.category.as_str())
                    .bind(join_codes(&r.conditions))
                    .bind(r.language.as_str())
                    .bind(&r.reviewed_by)
                    .bind(r.reviewed_on.to_string())
                    .bind(r.review_due.to_string())
                    .bind(r.translation_of.as_ref().map(Slug::as_str))
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected() as usize;
            }
            tx.commit().await?;
            Ok(written)
        })
    }

    /// How many resources the library holds.
    pub async fn count_resources(&self) -> Result<i64> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT COUNT(*) FROM resources").fetch_one(pool).await?)
        })
    }

    /// Every resource, by slug (the library is small: hundreds, not millions).
    pub async fn all_resources(&self) -> Result<Vec<StoredResource>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM resources ORDER BY slug")))
                .fetch_all(pool)
                .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    pub async fn get_resource_by_slug(&self, slug: &str) -> Result<StoredResource> {
        on_pool!(self, pool => {
            let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM resources WHERE slug = $1")))
                .bind(slug)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?;
            Ok(row.decode()?)
        })
    }

    /// The resources a group attached, by title.
    pub async fn group_resources(&self, group: GroupId) -> Result<Vec<StoredResource>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {} FROM resources r JOIN group_resources gr ON gr.resource_id = r.id
                 WHERE gr.group_id = $1 ORDER BY r.title, r.slug",
                COLUMNS.split(", ").map(|c| format!("r.{}", c.trim())).collect::<Vec<_>>().join(", ")
            )))
            .bind(group.0)
            .fetch_all(pool)
            .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    /// Attaches a resource to a group (again is fine).
    pub async fn attach_resource(&self, group: GroupId, resource: uuid::Uuid) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO group_resources (group_id, resource_id, added_at) VALUES ($1, $2, $3)
                 ON CONFLICT (group_id, resource_id) DO NOTHING",
            )
            .bind(group.0)
            .bind(resource)
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Detaches a resource from a group.
    pub async fn detach_resource(&self, group: GroupId, resource: uuid::Uuid) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM group_resources WHERE group_id = $1 AND resource_id = $2")
                .bind(group.0)
                .bind(resource)
                .execute(pool)
                .await?;
        });
        Ok(())
    }
}
