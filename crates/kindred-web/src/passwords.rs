//! Password hashing with Argon2id, on the blocking thread pool and with bounded
//! concurrency: each hash takes ~19 MiB and tens of milliseconds of a core, so a burst of
//! sign-ins must queue rather than exhaust memory or starve the async runtime.

use std::sync::Arc;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use kindred_core::accounts::{NewPassword, NewPasswordHash};
use tokio::sync::Semaphore;

use crate::error::AppError;

/// How expensive hashing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PasswordCost {
    /// OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
    #[default]
    Standard,
    /// Minimal cost, for test suites only: never use it to store real passwords.
    Fast,
}

#[derive(Debug)]
pub struct Passwords {
    argon: Argon2<'static>,
    permits: Arc<Semaphore>,
    /// A hash of a random password, verified against when no account matches, so that
    /// unknown and known emails take the same time.
    dummy: String,
}

impl Passwords {
    pub fn new(cost: PasswordCost) -> Result<Self, String> {
        let params = match cost {
            PasswordCost::Standard => Params::new(19 * 1024, 2, 1, None),
            PasswordCost::Fast => Params::new(64, 1, 1, None),
        }
        .map_err(|e| e.to_string())?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let workers = std::thread::available_parallelism().map_or(2, usize::from).max(1);
        let dummy = hash_with(&argon, &random_string())?;
        Ok(Self {
            argon,
            permits: Arc::new(Semaphore::new(workers)),
            dummy,
        })
    }

    pub async fn hash(&self, password: &NewPassword) -> Result<NewPasswordHash, AppError> {
        let argon = self.argon.clone();
        let password = password.expose().to_owned();
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        tokio::task::spawn_blocking(move || hash_with(&argon, &password))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map(NewPasswordHash::from_phc)
            .map_err(AppError::Internal)
    }

    /// Whether `password` matches `stored`; with no stored hash, does the same work and
    /// answers no.
    pub async fn verify(&self, password: &str, stored: Option<String>) -> bool {
        let known = stored.is_some();
        let hash = stored.unwrap_or_else(|| self.dummy.clone());
        let argon = self.argon.clone();
        let password = password.to_owned();
        let Ok(_permit) = self.permits.acquire().await else {
            return false;
        };
        let matched = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash)
                .is_ok_and(|parsed| argon.verify_password(password.as_bytes(), &parsed).is_ok())
        })
        .await
        .unwrap_or(false);
        known && matched
    }
}

fn hash_with(argon: &Argon2<'_>, password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| e.to_string())?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    argon
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

fn random_string() -> String {
    crate::tokens::new_token().0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_never_contain_the_password() {
        let passwords = Passwords::new(PasswordCost::Fast).unwrap();
        let pw = NewPassword::parse("correct horse battery").unwrap();
        let hash = passwords.hash(&pw).await.unwrap();
        assert!(hash.as_str().starts_with("$argon2id$"));
        assert!(!hash.as_str().contains("horse"));
        assert!(
            passwords
                .verify("correct horse battery", Some(hash.as_str().to_owned()))
                .await
        );
        assert!(
            !passwords
                .verify("wrong horse battery", Some(hash.as_str().to_owned()))
                .await
        );
        assert!(!passwords.verify("correct horse battery", None).await);
        assert!(!passwords.verify("x", Some("not a hash".into())).await);
    }

    #[test]
    fn standard_cost_is_owasp_argon2id() {
        let passwords = Passwords::new(PasswordCost::Standard).unwrap();
        assert!(
            passwords.dummy.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{}",
            passwords.dummy
        );
    }
}
