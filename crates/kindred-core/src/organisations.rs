//! Organisations own and list groups: charities, NHS trusts, community groups and
//! independent peers. An administrator marks an organisation verified once its identity
//! has been checked; listings show the mark so that members can trust what they read.

use serde::{Deserialize, Serialize};

use crate::ValidationError;
use crate::ids::OrganisationId;

/// What sort of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Charity,
    Nhs,
    Community,
    Independent,
}

impl OrganisationKind {
    pub const ALL: [Self; 4] = [Self::Charity, Self::Nhs, Self::Community, Self::Independent];

    /// The stable name used in storage and in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Charity => "charity",
            Self::Nhs => "nhs",
            Self::Community => "community",
            Self::Independent => "independent",
        }
    }
}

impl std::str::FromStr for OrganisationKind {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
            ValidationError::new("kind", "must be one of charity, nhs, community, independent")
        })
    }
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrganisationKind,
    /// The organisation's public website, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub verified: bool,
    /// Unix seconds, UTC.
    pub created_at: i64,
    /// Unix seconds, UTC.
    pub updated_at: i64,
}

/// An organisation as submitted, before it is checked.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub website: Option<String>,
}

/// An organisation whose fields have been checked and normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    pub name: String,
    pub kind: OrganisationKind,
    pub website: Option<String>,
}

pub const NAME_MAX_CHARS: usize = 200;
pub const WEBSITE_MAX_CHARS: usize = 500;

impl TryFrom<OrganisationInput> for NewOrganisation {
    type Error = ValidationError;

    fn try_from(input: OrganisationInput) -> Result<Self, Self::Error> {
        let name = input.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(ValidationError::new("name", "must not be empty"));
        }
        if name.chars().count() > NAME_MAX_CHARS {
            return Err(ValidationError::new(
                "name",
                format!("must be at most {NAME_MAX_CHARS} characters"),
            ));
        }
        let website = match input.website.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => Some(parse_website(url)?),
        };
        Ok(Self {
            name,
            kind: input.kind,
            website,
        })
    }
}

/// Only plain `https://` or `http://` links to a host are accepted, so that a stored
/// website can be rendered as a link without becoming a `javascript:` trap.
fn parse_website(url: &str) -> Result<String, ValidationError> {
    let err = || ValidationError::new("website", "must be a web address starting with https://");
    if url.chars().count() > WEBSITE_MAX_CHARS {
        return Err(ValidationError::new(
            "website",
            format!("must be at most {WEBSITE_MAX_CHARS} characters"),
        ));
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(err)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok || url.chars().any(char::is_whitespace) {
        return Err(err());
    }
    Ok(url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, website: Option<&str>) -> OrganisationInput {
        OrganisationInput {
            name: name.into(),
            kind: OrganisationKind::Charity,
            website: website.map(Into::into),
        }
    }

    #[test]
    fn names_are_trimmed_and_required() {
        let org = NewOrganisation::try_from(input("  Leeds   Carers \n", None)).unwrap();
        assert_eq!(org.name, "Leeds Carers");
        let err = NewOrganisation::try_from(input("   ", None)).unwrap_err();
        assert_eq!(err.field, "name");
        let long = "x".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            NewOrganisation::try_from(input(&long, None)).unwrap_err().field,
            "name"
        );
    }

    #[test]
    fn websites_must_be_plain_web_links() {
        for ok in ["https://example.org", "http://example.org/groups?x=1"] {
            assert!(NewOrganisation::try_from(input("A", Some(ok))).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "example.org",
            "https://",
            "https://exa mple.org",
            "ftp://example.org",
            "https://localhost",
        ] {
            let err = NewOrganisation::try_from(input("A", Some(bad))).unwrap_err();
            assert_eq!(err.field, "website", "{bad}");
        }
        let org = NewOrganisation::try_from(input("A", Some("  "))).unwrap();
        assert_eq!(org.website, None);
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in OrganisationKind::ALL {
            assert_eq!(kind.as_str().parse::<OrganisationKind>().unwrap(), kind);
        }
        assert!("hospital".parse::<OrganisationKind>().is_err());
    }
}
