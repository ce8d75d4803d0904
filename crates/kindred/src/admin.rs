//! `kindred admin ...`: what an operator does from the command line.

use std::io::Read;

use anyhow::{Context, bail};
use kindred_core::accounts::{Email, NewPassword, PlatformRole, Pseudonym};
use kindred_store::{NewUser, StoreError};
use kindred_web::passwords::{PasswordCost, Passwords};

use crate::config::Config;

/// Creates a confirmed account with a platform role. The password comes from standard
/// input (`--password-stdin`) or is generated and printed once.
pub async fn create_user(
    config: &Config,
    email: &str,
    role: &str,
    pseudonym: Option<&str>,
    password_stdin: bool,
) -> anyhow::Result<()> {
    let email = Email::parse(email).context("--email")?;
    let role: PlatformRole = role.parse().context("--role")?;
    let pseudonym = Pseudonym::parse(pseudonym.unwrap_or(match role {
        PlatformRole::Admin => "Administrator",
        PlatformRole::Moderator => "Moderator",
    }))
    .context("--pseudonym")?;
    let (password, generated) = if password_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the password from standard input")?;
        (text.trim_end_matches(['\r', '\n']).to_owned(), false)
    } else {
        (kindred_web::tokens::new_token().0, true)
    };
    let password = NewPassword::parse(&password).context("the password")?;
    let passwords = Passwords::new(PasswordCost::Standard).map_err(anyhow::Error::msg)?;
    let hash = passwords
        .hash(&password)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let store = crate::serve::open(config).await?;
    let new = NewUser {
        email: email.clone(),
        pseudonym,
        password_hash: hash,
        verified: true,
        platform_role: Some(role),
    };
    match store.create_user(&new, None, None).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            bail!("an account with that email address already exists; use `kindred admin set-role`")
        }
        Err(err) => return Err(err.into()),
    }
    println!("Created {} with role {}.", email.as_str(), role.as_str());
    if generated {
        println!(
            "Password (shown once; change it after signing in): {}",
            password.expose()
        );
    }
    store.close().await;
    Ok(())
}

/// Gives an account a platform role, or takes it away (`none`).
pub async fn set_role(config: &Config, email: &str, role: &str) -> anyhow::Result<()> {
    let email = Email::parse(email).context("--email")?;
    let role = match role {
        "none" => None,
        other => Some(
            other
                .parse::<PlatformRole>()
                .context("--role (admin, moderator or none)")?,
        ),
    };
    let store = crate::serve::open(config).await?;
    let user = store
        .find_user_by_email(&email)
        .await?
        .context("no account has that email address")?;
    store.set_platform_role(user.id, role).await?;
    println!(
        "{} now has role {}.",
        email.as_str(),
        role.map_or("none", PlatformRole::as_str)
    );
    store.close().await;
    Ok(())
}

/// Deletes a group with everything in it, and destroys its data key so that its messages
/// cannot be read from any copy (crypto-shredding; see docs/security.md for backups).
pub async fn delete_group(config: &Config, slug: &str, confirm: &str) -> anyhow::Result<()> {
    if confirm != slug {
        bail!("to delete a group and everything in it, repeat its slug: --confirm {slug}");
    }
    let store = crate::serve::open(config).await?;
    let group = match store.get_group_by_slug(slug).await {
        Ok(group) => group,
        Err(StoreError::NotFound) => bail!("no group has the slug {slug:?}"),
        Err(err) => return Err(err.into()),
    };
    store.delete_group(group.id).await?;
    store
        .audit(&kindred_store::AuditEntry {
            actor: None,
            action: "delete_group".into(),
            target_kind: "group".into(),
            target_id: group.id.to_string(),
            reason: "operator command".into(),
            detail: String::new(),
        })
        .await?;
    let event = kindred_store::Event {
        topic: kindred_web::directory::RELOAD_TOPIC.into(),
        body: serde_json::json!({}),
    };
    if let Err(err) = store.bus().publish(&event).await {
        tracing::warn!(%err, "running servers were not told; they rebuild their index at restart");
    }
    store.close().await;
    println!("deleted {slug} and destroyed its data key");
    Ok(())
}

/// Issues an API token to a referrer organisation's system; prints it once (last line).
pub async fn create_token(config: &Config, name: &str, organisation: &str) -> anyhow::Result<()> {
    let (name, organisation) = (name.trim(), organisation.trim());
    anyhow::ensure!(
        !name.is_empty() && name.chars().count() <= 200,
        "--name must be 1 to 200 characters"
    );
    anyhow::ensure!(
        !organisation.is_empty() && organisation.chars().count() <= 200,
        "--organisation must be 1 to 200 characters"
    );
    let store = crate::serve::open(config).await?;
    let (token, secret) = kindred_web::referrals::issue_token(&store, name, organisation, None).await?;
    store
        .audit(&kindred_store::AuditEntry {
            actor: None,
            action: "api_token_issued".into(),
            target_kind: "api_token".into(),
            target_id: token.id.to_string(),
            reason: "command line".into(),
            detail: format!("{name} ({organisation})"),
        })
        .await?;
    eprintln!(
        "Token {} issued to {organisation}. It is shown only now:",
        token.id
    );
    println!("{secret}");
    store.close().await;
    Ok(())
}

pub async fn list_tokens(config: &Config) -> anyhow::Result<()> {
    let store = crate::serve::open(config).await?;
    for t in store.api_tokens().await? {
        println!(
            "{}\t{}\t{}\t{}",
            t.id,
            t.name,
            t.organisation,
            if t.revoked_at.is_some() { "revoked" } else { "live" }
        );
    }
    store.close().await;
    Ok(())
}

pub async fn revoke_token(config: &Config, id: &str) -> anyhow::Result<()> {
    let id: uuid::Uuid = id
        .parse()
        .context("--id must be a token id (see `kindred admin api-token list`)")?;
    let store = crate::serve::open(config).await?;
    store.revoke_api_token(id).await.context("no token has that id")?;
    store
        .audit(&kindred_store::AuditEntry {
            actor: None,
            action: "api_token_revoked".into(),
            target_kind: "api_token".into(),
            target_id: id.to_string(),
            reason: "command line".into(),
            detail: String::new(),
        })
        .await?;
    println!("Token {id} revoked.");
    store.close().await;
    Ok(())
}

pub async fn add_referrer(
    config: &Config,
    email: &str,
    organisation: &str,
    role: &str,
) -> anyhow::Result<()> {
    let email = Email::parse(email).context("--email")?;
    let role: kindred_core::referrals::ReferrerRole = role
        .parse()
        .context("--role (gp, social_prescriber, link_worker or other)")?;
    let organisation = organisation.trim();
    anyhow::ensure!(
        !organisation.is_empty() && organisation.chars().count() <= 200,
        "--organisation must be 1 to 200 characters"
    );
    let store = crate::serve::open(config).await?;
    let user = store
        .find_user_by_email(&email)
        .await?
        .context("no account has that email address")?;
    store.set_referrer(user.id, organisation, role, None).await?;
    store
        .audit(&kindred_store::AuditEntry {
            actor: None,
            action: "referrer_verified".into(),
            target_kind: "user".into(),
            target_id: user.id.to_string(),
            reason: "command line".into(),
            detail: format!("{organisation} ({})", role.as_str()),
        })
        .await?;
    println!("{} is now a referrer for {organisation}.", email.as_str());
    store.close().await;
    Ok(())
}
