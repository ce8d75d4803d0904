//! Encryption at rest for message bodies (posts, replies, private messages, debrief notes).
//!
//! Each group (and each organisation, for its facilitators' space) has a random 256-bit
//! **data key**. Bodies are sealed with XChaCha20-Poly1305 under that key; the associated
//! data binds each ciphertext to its table, row and key, so a ciphertext copied to another
//! row or table does not open. Data keys are stored only **wrapped** (sealed) under the
//! **master key**, which is never stored in the database: it comes from the environment or
//! a file (see docs/security.md). Several master keys may be loaded during a rotation: the
//! first wraps new keys, the others only unwrap, and `kindred keys rotate` re-wraps every
//! data key under the first, one key per transaction (resumable, no downtime).
//!
//! Deleting a group deletes its data key: its ciphertexts can no longer be read
//! ("crypto-shredding"). Sealed blobs are `version (1) || nonce (24) || ciphertext+tag`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use kindred_core::ids::{GroupId, OrganisationId};
use sha2::{Digest, Sha256};

use crate::{Result, Store, StoreError, WritePool, now, on_pool};

const VERSION: u8 = 1;
const NONCE: usize = 24;

/// A master key: 32 random bytes, known to the servers, never to the database.
#[derive(Clone)]
pub struct MasterKey {
    id: String,
    key: [u8; 32],
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MasterKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl MasterKey {
    /// Reads a key written as base64 (44 characters; surrounding whitespace is ignored).
    pub fn from_base64(text: &str) -> std::result::Result<Self, String> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .map_err(|_| "the master key is not base64".to_owned())?;
        let key: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "the master key must be 32 bytes (44 base64 characters)".to_owned())?;
        Ok(Self::from_bytes(key))
    }

    fn from_bytes(key: [u8; 32]) -> Self {
        let digest = Sha256::digest([b"kindred-master-key-id".as_slice(), &key].concat());
        let id = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        Self { id, key }
    }

    /// A new random key.
    pub fn generate() -> std::result::Result<Self, String> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| format!("no random source: {e}"))?;
        Ok(Self::from_bytes(key))
    }

    pub fn to_base64(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.key)
    }

    /// A short public fingerprint, stored beside each wrapped key to say which master wrapped it.
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// The master keys in force, and the data keys unwrapped so far.
pub struct Keyring {
    masters: Vec<MasterKey>,
    cache: Mutex<HashMap<uuid::Uuid, [u8; 32]>>,
    /// Each scope's data key once known, so sealing costs no database read.
    scopes: Mutex<HashMap<KeyScope, (uuid::Uuid, [u8; 32])>>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field(
                "masters",
                &self.masters.iter().map(MasterKey::id).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Keyring {
    /// `primary` wraps new data keys; `previous` keys only unwrap (during a rotation).
    pub fn new(primary: MasterKey, previous: Vec<MasterKey>) -> Arc<Self> {
        let mut masters = vec![primary];
        masters.extend(previous);
        Arc::new(Self {
            masters,
            cache: Mutex::new(HashMap::new()),
            scopes: Mutex::new(HashMap::new()),
        })
    }

    pub fn primary(&self) -> &MasterKey {
        &self.masters[0]
    }

    fn master(&self, id: &str) -> Option<&MasterKey> {
        self.masters.iter().find(|m| m.id == id)
    }
}

fn random_nonce() -> Result<[u8; NONCE]> {
    let mut nonce = [0u8; NONCE];
    getrandom::fill(&mut nonce).map_err(|e| StoreError::Crypto(format!("no random source: {e}")))?;
    Ok(nonce)
}

/// Seals `plain` under `key` with associated data `aad`.
pub fn seal(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
    let cipher =
        XChaCha20Poly1305::new_from_slice(key).map_err(|_| StoreError::Crypto("bad key length".into()))?;
    let nonce = random_nonce()?;
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: plain, aad })
        .map_err(|_| StoreError::Crypto("encryption failed".into()))?;
    let mut out = Vec::with_capacity(1 + NONCE + sealed.len());
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens what [`seal`] made; fails if anything (key, data, associated data) differs.
pub fn open(key: &[u8; 32], aad: &[u8], blob: &[u8]) -> Result<Vec<u8>> {
    if blob.len() < 1 + NONCE + 16 || blob[0] != VERSION {
        return Err(StoreError::Crypto("not a sealed value".into()));
    }
    let cipher =
        XChaCha20Poly1305::new_from_slice(key).map_err(|_| StoreError::Crypto("bad key length".into()))?;
    let nonce: [u8; NONCE] = blob[1..=NONCE]
        .try_into()
        .map_err(|_| StoreError::Crypto("not a sealed value".into()))?;
    cipher
        .decrypt(
            &XNonce::from(nonce),
            Payload {
                msg: &blob[1 + NONCE..],
                aad,
            },
        )
        .map_err(|_| StoreError::Crypto("the value does not open with this key".into()))
}

/// Whose data key encrypts a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyScope {
    Group(GroupId),
    /// An organisation's facilitators-only space.
    Organisation(OrganisationId),
}

/// A sealed body as stored: the data key's id and the blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub key_id: uuid::Uuid,
    pub blob: Vec<u8>,
}

fn wrap_aad(key_id: uuid::Uuid) -> Vec<u8> {
    format!("kindred-data-key|{key_id}").into_bytes()
}

fn body_aad(table: &str, row: uuid::Uuid, key_id: uuid::Uuid) -> Vec<u8> {
    format!("{table}|{row}|{key_id}").into_bytes()
}

impl Store {
    /// Uses these master keys for sealing and opening bodies.
    pub fn with_keyring(mut self, keyring: Arc<Keyring>) -> Self {
        self.keyring = Some(keyring);
        self
    }

    fn keyring(&self) -> Result<&Arc<Keyring>> {
        self.keyring
            .as_ref()
            .ok_or_else(|| StoreError::Crypto("no master key is configured".into()))
    }

    /// The scope's data key (made and stored wrapped on first use).
    pub(crate) async fn data_key(&self, scope: KeyScope) -> Result<(uuid::Uuid, [u8; 32])> {
        let ring = self.keyring()?.clone();
        if let Some(known) = ring.scopes.lock().ok().and_then(|s| s.get(&scope).copied()) {
            return Ok(known);
        }
        let (group, org) = match scope {
            KeyScope::Group(g) => (Some(g.0), None),
            KeyScope::Organisation(o) => (None, Some(o.0)),
        };
        let found: Option<(uuid::Uuid, String, Vec<u8>)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT id, master_id, wrapped FROM data_keys
                 WHERE (group_id = $1 OR organisation_id = $2) ORDER BY created_at LIMIT 1",
            )
            .bind(group)
            .bind(org)
            .fetch_optional(pool)
            .await?
        });
        if let Some((id, master_id, wrapped)) = found {
            let key = self.unwrap_key(&ring, id, &master_id, &wrapped)?;
            if let Ok(mut scopes) = ring.scopes.lock() {
                scopes.insert(scope, (id, key));
            }
            return Ok((id, key));
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| StoreError::Crypto(format!("no random source: {e}")))?;
        let id = uuid::Uuid::new_v4();
        let wrapped = seal(&ring.primary().key, &wrap_aad(id), &key)?;
        let inserted = on_pool!(self, pool => {
            // One key per scope: a concurrent first use loses the race and reads the winner's.
            sqlx::query(
                "INSERT INTO data_keys (id, group_id, organisation_id, master_id, wrapped, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(group)
            .bind(org)
            .bind(ring.primary().id())
            .bind(&wrapped)
            .bind(now())
            .execute(pool)
            .await?
            .rows_affected()
        });
        if inserted == 0 {
            return Box::pin(self.data_key(scope)).await;
        }
        if let Ok(mut cache) = ring.cache.lock() {
            cache.insert(id, key);
        }
        if let Ok(mut scopes) = ring.scopes.lock() {
            scopes.insert(scope, (id, key));
        }
        Ok((id, key))
    }

    fn unwrap_key(
        &self,
        ring: &Keyring,
        id: uuid::Uuid,
        master_id: &str,
        wrapped: &[u8],
    ) -> Result<[u8; 32]> {
        if let Some(key) = ring.cache.lock().ok().and_then(|c| c.get(&id).copied()) {
            return Ok(key);
        }
        let master = ring.master(master_id).ok_or_else(|| {
            StoreError::Crypto(format!(
                "data key {id} is wrapped by master key {master_id}, which is not loaded"
            ))
        })?;
        let plain = open(&master.key, &wrap_aad(id), wrapped)?;
        let key: [u8; 32] = plain
            .try_into()
            .map_err(|_| StoreError::Crypto("a data key has the wrong length".into()))?;
        if let Ok(mut cache) = ring.cache.lock() {
            cache.insert(id, key);
        }
        Ok(key)
    }

    pub(crate) async fn data_key_by_id(&self, id: uuid::Uuid) -> Result<[u8; 32]> {
        let ring = self.keyring()?.clone();
        if let Some(key) = ring.cache.lock().ok().and_then(|c| c.get(&id).copied()) {
            return Ok(key);
        }
        let (master_id, wrapped): (String, Vec<u8>) = on_pool!(self, pool => {
            sqlx::query_as("SELECT master_id, wrapped FROM data_keys WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
                .ok_or_else(|| StoreError::Crypto("the data key is gone (the group was deleted)".into()))?
        });
        self.unwrap_key(&ring, id, &master_id, &wrapped)
    }

    /// Seals a body for a row of a table.
    pub async fn seal_body(
        &self,
        scope: KeyScope,
        table: &str,
        row: uuid::Uuid,
        plain: &str,
    ) -> Result<Sealed> {
        let (key_id, key) = self.data_key(scope).await?;
        Ok(Sealed {
            key_id,
            blob: seal(&key, &body_aad(table, row, key_id), plain.as_bytes())?,
        })
    }

    /// Opens a body sealed for that row of that table.
    pub async fn open_body(&self, table: &str, row: uuid::Uuid, sealed: &Sealed) -> Result<String> {
        let key = self.data_key_by_id(sealed.key_id).await?;
        let plain = open(&key, &body_aad(table, row, sealed.key_id), &sealed.blob)?;
        String::from_utf8(plain).map_err(|_| StoreError::Crypto("a body is not text".into()))
    }

    /// How many data keys are wrapped by a master key other than the primary.
    pub async fn data_keys_to_rewrap(&self) -> Result<i64> {
        let primary = self.keyring()?.primary().id().to_owned();
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT COUNT(*) FROM data_keys WHERE master_id <> $1")
                .bind(primary)
                .fetch_one(pool)
                .await?)
        })
    }

    /// Re-wraps up to `limit` data keys under the primary master key, each in its own
    /// conditional update (so a rotation can stop and resume, and two never clash).
    /// Returns how many were re-wrapped.
    pub async fn rewrap_data_keys(&self, limit: i64) -> Result<usize> {
        let ring = self.keyring()?.clone();
        let primary = ring.primary().clone();
        let batch: Vec<(uuid::Uuid, String, Vec<u8>)> = on_pool!(self, pool => {
            sqlx::query_as("SELECT id, master_id, wrapped FROM data_keys WHERE master_id <> $1 ORDER BY id LIMIT $2")
                .bind(primary.id())
                .bind(limit)
                .fetch_all(pool)
                .await?
        });
        let mut done = 0;
        for (id, master_id, wrapped) in batch {
            let key = self.unwrap_key(&ring, id, &master_id, &wrapped)?;
            let rewrapped = seal(&primary.key, &wrap_aad(id), &key)?;
            let changed = on_pool!(self, pool => {
                let mut tx = pool.begin_write().await?;
                let n = sqlx::query("UPDATE data_keys SET master_id = $2, wrapped = $3 WHERE id = $1 AND master_id = $4")
                    .bind(id)
                    .bind(primary.id())
                    .bind(&rewrapped)
                    .bind(&master_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                n
            });
            done += changed as usize;
        }
        Ok(done)
    }

    /// Deletes a group, its content and its data key (crypto-shredding).
    pub async fn delete_group(&self, group: GroupId) -> Result<()> {
        let key_ids: Vec<uuid::Uuid> = on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let ids = sqlx::query_scalar("SELECT id FROM data_keys WHERE group_id = $1")
                .bind(group.0)
                .fetch_all(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM data_keys WHERE group_id = $1")
                .bind(group.0)
                .execute(&mut *tx)
                .await?;
            let n = sqlx::query("DELETE FROM groups WHERE id = $1")
                .bind(group.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            tx.commit().await?;
            ids
        });
        if let Ok(ring) = self.keyring() {
            if let Ok(mut cache) = ring.cache.lock() {
                for id in &key_ids {
                    cache.remove(id);
                }
            }
            if let Ok(mut scopes) = ring.scopes.lock() {
                scopes.remove(&KeyScope::Group(group));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_the_same_key_and_associated_data() {
        let key = [7u8; 32];
        let blob = seal(&key, b"posts|1|k", b"hello").unwrap();
        assert_eq!(open(&key, b"posts|1|k", &blob).unwrap(), b"hello");
        assert!(open(&key, b"posts|2|k", &blob).is_err(), "another row");
        assert!(open(&[8u8; 32], b"posts|1|k", &blob).is_err(), "another key");
        let mut tampered = blob.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert!(open(&key, b"posts|1|k", &tampered).is_err(), "tampered");
        assert!(open(&key, b"", &[]).is_err());
        assert_ne!(
            seal(&key, b"a", b"x").unwrap(),
            seal(&key, b"a", b"x").unwrap(),
            "fresh nonces"
        );
    }

    #[test]
    fn master_keys_round_trip_as_base64_and_refuse_junk() {
        let k = MasterKey::generate().unwrap();
        let again = MasterKey::from_base64(&format!(" {}\n", k.to_base64())).unwrap();
        assert_eq!(k.id(), again.id());
        assert!(MasterKey::from_base64("short").is_err());
        assert!(MasterKey::from_base64("!!!").is_err());
        assert!(
            !format!("{k:?}").contains(&k.to_base64()),
            "Debug never shows the key"
        );
    }
}
