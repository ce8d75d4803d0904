//! Kindred's domain: the types and rules every other layer shares, with no I/O.
//!
//! Storage, the web and the binary depend on this crate; it depends on none of them.
//! Each feature has its own module (`organisations`, ...). Values are parsed once at the
//! edge into types that cannot hold invalid data ("parse, don't validate").

pub mod accounts;
pub mod crisis;
pub mod groups;
pub mod i18n;
pub mod ical;
pub mod ids;
pub mod meetings;
pub mod organisations;
pub mod outcomes;
pub mod paging;
pub mod places;
pub mod policy;
pub mod recurrence;
pub mod referrals;
pub mod resources;
pub mod rooms;
pub mod safety;
pub mod training;

/// A rule of the domain was broken by input from outside.
///
/// `field` names the offending input so that forms and APIs can point at it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: &'static str,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}
