//! Accounts: who someone is to Kindred. Members are pseudonymous: the email address is for
//! signing in and for messages they asked for, and is never shown to other users; everyone
//! else sees only the display name (pseudonym) they chose.

use serde::{Deserialize, Serialize};

use crate::ValidationError;
use crate::ids::UserId;

pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const PSEUDONYM_MAX_CHARS: usize = 40;
pub const EMAIL_MAX_CHARS: usize = 254;

/// A normalised email address (trimmed, lower-case). Only its shape is checked: whether it
/// works is proved by the confirmation email.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let err = || ValidationError::new("email", "must be an email address like name@example.com");
        let email = input.trim().to_lowercase();
        if email.is_empty() || email.chars().count() > EMAIL_MAX_CHARS {
            return Err(err());
        }
        let (local, domain) = email.rsplit_once('@').ok_or_else(err)?;
        let plain = |s: &str| {
            !s.is_empty()
                && !s.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"' | '\\')
                })
        };
        let domain_ok = plain(domain)
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if !plain(local) || local.contains('@') || !domain_ok {
            return Err(err());
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Builds from a value already stored (and so already normalised).
    pub fn from_stored(value: String) -> Self {
        Self(value)
    }
}

/// The name other members see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Pseudonym(String);

impl Pseudonym {
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(ValidationError::new("pseudonym", "must not be empty"));
        }
        if name.chars().count() > PSEUDONYM_MAX_CHARS {
            return Err(ValidationError::new(
                "pseudonym",
                format!("must be at most {PSEUDONYM_MAX_CHARS} characters"),
            ));
        }
        if name.chars().any(char::is_control) {
            return Err(ValidationError::new(
                "pseudonym",
                "must not contain control characters",
            ));
        }
        // Someone typing their email address here would show it to every member.
        if name.contains('@') && Email::parse(&name).is_ok() {
            return Err(ValidationError::new("pseudonym", "must not be an email address"));
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn from_stored(value: String) -> Self {
        Self(value)
    }
}

/// A password a person is choosing, checked for length only: long passphrases are the
/// advice we give, and composition rules make passwords worse.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let chars = input.chars().count();
        if chars < PASSWORD_MIN_CHARS {
            return Err(ValidationError::new(
                "password",
                format!("must be at least {PASSWORD_MIN_CHARS} characters"),
            ));
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(ValidationError::new(
                "password",
                format!("must be at most {PASSWORD_MAX_CHARS} characters"),
            ));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A password hash in PHC string form (Argon2id), ready to store.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPasswordHash(String);

impl std::fmt::Debug for NewPasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPasswordHash(***)")
    }
}

impl NewPasswordHash {
    pub fn from_phc(phc: String) -> Self {
        Self(phc)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Platform-wide roles. Most people have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlatformRole {
    Admin,
    Moderator,
}

impl PlatformRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Moderator => "moderator",
        }
    }
}

impl std::str::FromStr for PlatformRole {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "admin" => Ok(Self::Admin),
            "moderator" => Ok(Self::Moderator),
            _ => Err(ValidationError::new("role", "must be admin or moderator")),
        }
    }
}

/// Roles within an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationRole {
    Organiser,
}

impl OrganisationRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Organiser => "organiser",
        }
    }
}

impl std::str::FromStr for OrganisationRole {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "organiser" => Ok(Self::Organiser),
            _ => Err(ValidationError::new("role", "must be organiser")),
        }
    }
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub email_verified_at: Option<i64>,
    pub pseudonym: Pseudonym,
    pub platform_role: Option<PlatformRole>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl User {
    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }
}

/// What a single-use emailed token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify",
            Self::ResetPassword => "reset",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            Email::parse("  Sam@Example.ORG ").unwrap().as_str(),
            "sam@example.org"
        );
        for bad in [
            "",
            "sam",
            "sam@",
            "@example.org",
            "sam@example",
            "sam@@example.org",
            "s am@example.org",
            "sam@example..org",
            "sam@.example.org",
            "<sam>@example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Email::parse(&format!("{}@example.org", "a".repeat(250))).is_err());
    }

    #[test]
    fn pseudonyms_are_tidy_and_never_emails() {
        assert_eq!(
            Pseudonym::parse("  River   Song ").unwrap().as_str(),
            "River Song"
        );
        assert!(Pseudonym::parse(" ").is_err());
        assert!(Pseudonym::parse(&"x".repeat(PSEUDONYM_MAX_CHARS + 1)).is_err());
        assert!(Pseudonym::parse("sam@example.org").is_err());
        assert!(Pseudonym::parse("me @ home").is_ok());
        assert!(Pseudonym::parse("بحر").is_ok());
    }

    #[test]
    fn passwords_are_checked_by_length_in_characters() {
        assert!(NewPassword::parse("short").is_err());
        assert!(
            NewPassword::parse("ąęćźżółńść").is_ok(),
            "ten characters, more bytes"
        );
        assert!(NewPassword::parse(&"x".repeat(PASSWORD_MAX_CHARS + 1)).is_err());
        assert!(!format!("{:?}", NewPassword::parse("correct horse battery").unwrap()).contains("horse"));
    }
}
