//! The master key: where it comes from, and `kindred keys generate | rotate`.
//!
//! Order: `master_key` (environment or config), else the file `master_key_file`. On first
//! start with neither, a key is generated into that file (readable by its owner only), so
//! the embedded default works with no set-up; every instance of a deployment must be given
//! the same key (see docs/security.md, "Encryption at rest").

use std::io::Write as _;
use std::sync::Arc;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use kindred_store::{Keyring, MasterKey};

use crate::config::Config;

/// Loads (or, the first time, creates) the master keys.
pub fn keyring(config: &Config) -> anyhow::Result<Arc<Keyring>> {
    let primary = if config.master_key.expose().is_empty() {
        from_file(config)?
    } else {
        MasterKey::from_base64(config.master_key.expose()).map_err(anyhow::Error::msg)?
    };
    let previous = config
        .previous_master_keys
        .expose()
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(MasterKey::from_base64)
        .collect::<Result<Vec<_>, _>>()
        .map_err(anyhow::Error::msg)?;
    Ok(Keyring::new(primary, previous))
}

fn from_file(config: &Config) -> anyhow::Result<MasterKey> {
    let path = &config.master_key_file;
    match std::fs::read_to_string(path) {
        Ok(text) => MasterKey::from_base64(&text)
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("the master key file {} is not a key", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = MasterKey::generate().map_err(anyhow::Error::msg)?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
            }
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options
                .open(path)
                .with_context(|| format!("cannot create the master key file {}", path.display()))?;
            writeln!(file, "{}", key.to_base64())?;
            file.sync_all()?;
            tracing::warn!(
                file = %path.display(),
                key_id = key.id(),
                "generated a new master key: keep a copy somewhere safe, away from database backups; \
                 without it, messages cannot be read"
            );
            Ok(key)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read the master key file {}", path.display())),
    }
}

/// `kindred keys generate`: prints a new master key.
pub fn generate() -> anyhow::Result<()> {
    let key = MasterKey::generate().map_err(anyhow::Error::msg)?;
    println!("{}", key.to_base64());
    eprintln!(
        "key id {} (give it to every instance as KINDRED_MASTER_KEY)",
        key.id()
    );
    Ok(())
}

/// `kindred keys rotate`: re-wraps every data key under the current master key. Run it
/// after giving every instance the new key as `master_key` and the old one in
/// `previous_master_keys`; it can be stopped and run again, and servers keep working
/// throughout. Then remove the old key.
pub async fn rotate(config: &Config) -> anyhow::Result<()> {
    let store = crate::serve::open(config).await?;
    let total = store.data_keys_to_rewrap().await?;
    if total == 0 {
        println!("every data key is already wrapped by the current master key");
        store.close().await;
        return Ok(());
    }
    let bar = ProgressBar::new(u64::try_from(total).unwrap_or(0));
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} data keys re-wrapped {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut done = 0u64;
    loop {
        let n = store.rewrap_data_keys(100).await.context(
            "re-wrapping stopped (is the old key in previous_master_keys?); run the command again to resume",
        )?;
        if n == 0 {
            break;
        }
        done += n as u64;
        bar.set_position(done);
    }
    bar.finish_and_clear();
    let left = store.data_keys_to_rewrap().await?;
    store.close().await;
    if left > 0 {
        bail!(
            "{left} data key(s) are wrapped by a master key that is not loaded; add it to previous_master_keys"
        );
    }
    println!("{done} data key(s) re-wrapped; the old master key can now be removed");
    Ok(())
}
