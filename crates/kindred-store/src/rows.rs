//! Decoding rows on both backends with one piece of code per type.

use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

/// A value that can be read from a row of either backend.
pub(crate) trait FromDbRow: Sized {
    fn from_sqlite(row: &SqliteRow) -> Result<Self, sqlx::Error>;
    fn from_pg(row: &PgRow) -> Result<Self, sqlx::Error>;

    /// Decodes from a row of either backend (for one row type built on another).
    fn from_row_any<R: DecodeRow>(row: &R) -> Result<Self, sqlx::Error> {
        row.decode()
    }
}

/// Lets code inside [`crate::on_pool!`] decode a row without knowing its backend.
pub(crate) trait DecodeRow {
    fn decode<T: FromDbRow>(&self) -> Result<T, sqlx::Error>;
}

impl DecodeRow for SqliteRow {
    fn decode<T: FromDbRow>(&self) -> Result<T, sqlx::Error> {
        T::from_sqlite(self)
    }
}

impl DecodeRow for PgRow {
    fn decode<T: FromDbRow>(&self) -> Result<T, sqlx::Error> {
        T::from_pg(self)
    }
}

/// Implements [`FromDbRow`] for both backends from one body, written against `row`.
macro_rules! from_db_row {
    ($ty:ty, |$row:ident| $body:block) => {
        impl $crate::rows::FromDbRow for $ty {
            fn from_sqlite($row: &sqlx::sqlite::SqliteRow) -> Result<Self, sqlx::Error> {
                use sqlx::Row as _;
                $body
            }
            fn from_pg($row: &sqlx::postgres::PgRow) -> Result<Self, sqlx::Error> {
                use sqlx::Row as _;
                $body
            }
        }
    };
}
pub(crate) use from_db_row;

/// Turns a stored enum name back into its type, as a decode error if the database holds
/// something the code does not know.
pub(crate) fn parse_column<T: std::str::FromStr>(column: &str, value: &str) -> Result<T, sqlx::Error> {
    value.parse().map_err(|_| sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: format!("unknown value {value:?}").into(),
    })
}
