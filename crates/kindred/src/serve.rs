//! `kindred serve` and `kindred migrate`.

use std::net::SocketAddr;

use anyhow::Context;
use kindred_store::{ConnectOptions, Store};
use kindred_web::mail::Mailer;
use kindred_web::{AppState, WebSettings};
use tokio::net::TcpListener;

use crate::config::Config;

pub fn connect_options(config: &Config) -> ConnectOptions {
    let mut options = ConnectOptions::new(config.database_url.expose());
    options.max_connections = config.db_max_connections;
    options
}

pub async fn open(config: &Config) -> anyhow::Result<Store> {
    let options = connect_options(config);
    let keyring = crate::keys::keyring(config)?;
    let store = Store::connect(&options).await.with_context(|| {
        format!(
            "cannot open the database {}",
            kindred_store::redact_url(&options.url)
        )
    })?;
    Ok(store.with_keyring(keyring))
}

pub fn web_settings(config: &Config) -> WebSettings {
    WebSettings {
        max_body_bytes: config.max_body_bytes,
        request_timeout: config.request_timeout,
        public_url: config.public_url.clone(),
        trusted_proxies: config.trusted_proxies.clone(),
        password_cost: kindred_web::passwords::PasswordCost::Standard,
        quick_exit_url: config.quick_exit_url.clone(),
        crisis_country: config.crisis_country.clone(),
        reminder_minutes: config.reminder_minutes.clone(),
        auto_hide_reports: config.auto_hide_reports,
        ice_servers: config
            .ice_servers
            .iter()
            .map(|url| {
                let turn = url.starts_with("turn");
                kindred_web::IceServer {
                    urls: url.clone(),
                    username: Some(config.turn_username.clone()).filter(|u| turn && !u.is_empty()),
                    credential: Some(config.turn_credential.expose().to_owned())
                        .filter(|c| turn && !c.is_empty()),
                }
            })
            .collect(),
    }
}

pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    let store = open(config).await?;
    println!("The {} database is up to date.", store.backend_kind().as_str());
    store.close().await;
    Ok(())
}

pub async fn run(config: &Config, demo: bool) -> anyhow::Result<()> {
    let store = open(config).await?;
    if demo {
        let places = kindred_core::places::Places::load();
        let loaded = crate::demo::load_demo(&store, &places).await?;
        tracing::info!(groups = loaded, "demo data loaded");
    }
    let mailer = Mailer::from_url(config.mail_url.expose(), &config.mail_from)
        .map_err(|e| anyhow::anyhow!("configuration error: `mail_url`: {e}"))?;
    let listener = TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    let address = listener
        .local_addr()
        .context("cannot read the listening address")?;
    let mut settings = web_settings(config);
    // A public URL derived from the bind address names the port really bound (`:0` binds
    // any free port), so that links in emails work.
    if settings.public_url == format!("http://{}", config.bind) {
        settings.public_url = format!("http://{address}");
    }
    let state = AppState::new(store.clone(), settings).map_err(anyhow::Error::msg)?;
    tokio::spawn(kindred_web::mail::run_outbox(
        store.clone(),
        mailer.clone(),
        state.outbox_wake.clone(),
    ));
    tokio::spawn(kindred_web::run_housekeeping(state.clone()));
    tokio::spawn(kindred_web::meetings::reminders::run_reminders(state.clone()));
    let seeded = kindred_web::resources::seed_starter(&store)
        .await
        .context("cannot load the resource library's starter set")?;
    if seeded > 0 {
        tracing::info!(resources = seeded, "resource library starter set loaded");
    }
    kindred_web::resources::rebuild(&state)
        .await
        .context("cannot build the resource library's index")?;
    let indexed = kindred_web::directory::rebuild(&state)
        .await
        .context("cannot build the search index")?;
    tracing::info!(groups = indexed, "search index built");
    tokio::spawn(kindred_web::directory::follow_changes(state.clone()));
    tracing::info!(delivery = mailer.describe(), "email delivery");
    let app = kindred_web::app(state);
    tracing::info!(%address, database = store.backend_kind().as_str(), "listening");
    println!("Kindred is running at http://{address}/ (press Ctrl+C to stop)");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server failed")?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl+C or SIGTERM; requests already in flight then finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(%err, "cannot listen for Ctrl+C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
