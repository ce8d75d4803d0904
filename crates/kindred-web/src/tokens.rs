//! Secret tokens (session cookies, emailed links): 256 random bits, URL-safe. Only their
//! SHA-256 hashes are stored, so a leaked database cannot be used to sign in.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// A fresh token and its hash.
pub fn new_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    // The OS random source failing is unrecoverable for a server that issues secrets.
    #[expect(clippy::expect_used, reason = "no safe way to go on without randomness")]
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Whether a string could be one of our tokens (checked before touching the database).
pub fn looks_like_token(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_well_formed() {
        let (a, ha) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert!(looks_like_token(&a), "{a}");
        assert_eq!(ha, hash_token(&a));
        assert_eq!(ha.len(), 32);
        assert!(!looks_like_token("short"));
        assert!(!looks_like_token(&"%".repeat(43)));
    }
}
