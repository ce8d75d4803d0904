//! Schema migrations, embedded in the binary. Each backend has its own folder under
//! `migrations/`, with the same file names (and so the same version numbers); the list
//! below names each once, so a migration missing from either folder fails the build, and a
//! test fails when a folder holds a file the list does not name. Never edit a migration
//! once it has landed: add a new one (expand, then contract).

use std::borrow::Cow;

use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

macro_rules! migrations {
    ($($name:literal),* $(,)?) => {
        /// Every migration, oldest first, as `NNNN_description`.
        pub const MIGRATION_NAMES: &[&str] = &[$($name),*];
        const SQLITE: &[&str] = &[$(include_str!(concat!("../migrations/sqlite/", $name, ".sql"))),*];
        const POSTGRES: &[&str] = &[$(include_str!(concat!("../migrations/postgres/", $name, ".sql"))),*];
    };
}

migrations!(
    "0001_organisations",
    "0002_accounts",
    "0003_groups",
    "0004_meetings",
    "0005_mail_unsubscribe",
    "0006_rooms",
    "0007_training_resources",
    "0008_discussions",
    "0009_referrals",
    "0010_chat_reports_member_messages",
    "0011_commissioners"
);

pub(crate) fn sqlite() -> Migrator {
    migrator(SQLITE)
}

pub(crate) fn postgres() -> Migrator {
    migrator(POSTGRES)
}

fn migrator(sources: &'static [&'static str]) -> Migrator {
    let migrations = MIGRATION_NAMES
        .iter()
        .zip(sources)
        .map(|(name, sql)| {
            let (version, description) = name.split_once('_').unwrap_or((name, name));
            Migration::new(
                version.parse().unwrap_or_default(),
                Cow::Owned(description.replace('_', " ")),
                MigrationType::Simple,
                sql.into_sql_str(),
                false,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_in(dir: &str) -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(dir);
        let mut names: Vec<String> = std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn both_backends_have_exactly_the_listed_migrations() {
        let listed: Vec<String> = MIGRATION_NAMES.iter().map(|n| format!("{n}.sql")).collect();
        assert_eq!(
            files_in("sqlite"),
            listed,
            "migrations/sqlite differs from the list"
        );
        assert_eq!(
            files_in("postgres"),
            listed,
            "migrations/postgres differs from the list"
        );
    }

    #[test]
    fn versions_are_unique_and_increasing() {
        let versions: Vec<i64> = sqlite().iter().map(|m| m.version).collect();
        assert!(versions.iter().all(|v| *v > 0), "{versions:?}");
        assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    }
}
