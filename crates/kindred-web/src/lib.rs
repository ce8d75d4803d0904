//! Kindred's web layer.
//!
//! Each feature is a folder or module with one `routes()` function listing its routes
//! ([`routes::Route`]): path, method, who may call it, handler. [`app`] merges them all in
//! one place ([`routes::all`]), so the whole route table reads on one screen and tests can
//! walk it. Cross-cutting concerns (request ids, logs, metrics, error pages, limits,
//! compression, languages, sessions, cross-site checks) are layers in [`middleware`].

pub mod accounts;
pub mod client;
mod cookies;
pub mod directory;
pub mod discussions;
pub mod error;
pub mod fhir;
mod health;
pub mod i18n;
pub mod listing;
pub mod mail;
pub mod matching;
pub mod meetings;
mod metrics;
pub mod middleware;
pub mod moderation;
mod openapi;
pub mod openreferral;
mod organisations;
pub mod outcomes;
pub mod pages;
pub mod passwords;
pub mod ratelimit;
pub mod referrals;
pub mod resources;
pub mod rooms;
pub mod routes;
pub mod tokens;
pub mod training;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use ipnet::IpNet;
use kindred_store::Store;
use tokio::sync::Notify;

pub use error::AppError;
pub use metrics::Metrics;
pub use openapi::ApiDoc;

use crate::i18n::I18n;
use crate::passwords::{PasswordCost, Passwords};
use crate::ratelimit::RateLimits;

/// Settings the web layer needs, resolved from configuration by the binary.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Longest a request may take before it is answered with 503.
    pub request_timeout: Duration,
    /// The address people use to reach this site, without a trailing slash
    /// (`https://kindred.example.org`): links in emails, the `Secure` cookie flag, and the
    /// origin that state-changing requests must come from.
    pub public_url: String,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    pub password_cost: PasswordCost,
    /// Where "Exit this page" goes: a neutral site.
    pub quick_exit_url: String,
    /// ISO 3166 code of the country whose crisis lines are shown.
    pub crisis_country: String,
    /// When meeting reminders go, in minutes before the start (default a day and an hour).
    pub reminder_minutes: Vec<i64>,
    /// STUN and TURN servers for the live rooms' audio and video (WebRTC `iceServers`).
    pub ice_servers: Vec<IceServer>,
    /// While no moderator is on duty, a post reported by this many different people is
    /// hidden until someone reviews it.
    pub auto_hide_reports: i64,
}

/// One WebRTC ICE server, as pages pass it to `RTCPeerConnection`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IceServer {
    pub urls: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
}

impl Default for WebSettings {
    fn default() -> Self {
        Self {
            max_body_bytes: 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            public_url: "http://127.0.0.1:8080".into(),
            trusted_proxies: Vec::new(),
            password_cost: PasswordCost::Standard,
            quick_exit_url: "https://www.bbc.co.uk/weather".into(),
            crisis_country: "GB".into(),
            reminder_minutes: vec![24 * 60, 60],
            ice_servers: Vec::new(),
            auto_hide_reports: 3,
        }
    }
}

impl WebSettings {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Everything a handler can reach. Cheap to clone: one per request.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    pub metrics: Arc<Metrics>,
    pub settings: Arc<WebSettings>,
    pub i18n: Arc<I18n>,
    pub passwords: Arc<Passwords>,
    pub limits: Arc<RateLimits>,
    /// Wakes the outbox worker when mail is queued.
    pub outbox_wake: Arc<Notify>,
    /// Wakes the reminder worker when someone replies to a meeting.
    pub reminders_wake: Arc<Notify>,
    /// The directory's search index (filled by `directory::rebuild`).
    pub directory: Arc<directory::search::SearchIndex>,
    /// Offline place names and postcodes.
    pub places: Arc<kindred_core::places::Places>,
    /// This instance's copies of live rooms.
    pub rooms: rooms::Rooms,
    /// The resource library's search index (built on first use, rebuilt on `resources` events).
    pub library: Arc<resources::search::ResourceIndex>,
}

impl AppState {
    /// Builds the state; fails only if a shipped resource (a translation file) is broken.
    pub fn new(store: Store, settings: WebSettings) -> Result<Self, String> {
        let i18n = Arc::new(I18n::load()?);
        Ok(Self {
            store,
            metrics: Arc::new(Metrics::new()),
            directory: Arc::new(directory::search::SearchIndex::new(i18n.clone())?),
            places: Arc::new(kindred_core::places::Places::load()),
            library: Arc::new(resources::search::ResourceIndex::new(i18n.clone())),
            i18n,
            passwords: Arc::new(Passwords::new(settings.password_cost)?),
            limits: Arc::new(RateLimits::default()),
            outbox_wake: Arc::new(Notify::new()),
            reminders_wake: Arc::new(Notify::new()),
            rooms: rooms::Rooms::default(),
            settings: Arc::new(settings),
        })
    }
}

/// The whole application: every feature's routes behind the shared middleware.
pub fn app(state: AppState) -> Router {
    let router = routes::router(routes::all());
    middleware::wrap(router, state)
}

/// Housekeeping that runs for the life of the server: expired sessions and tokens, and
/// rate-limit buckets that have refilled.
pub async fn run_housekeeping(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        state.limits.tidy();
        match state.store.purge_expired().await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "expired sessions and tokens removed"),
            Err(err) => tracing::warn!(%err, "housekeeping failed"),
        }
        match training::send_reminders(&state).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "training expiry reminders queued"),
            Err(err) => tracing::warn!(?err, "training reminders failed"),
        }
        match discussions::send_digests(&state).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "discussion digests queued"),
            Err(err) => tracing::warn!(?err, "discussion digests failed"),
        }
        match rooms::hub::sweep(&state.store).await {
            Ok(0) => {}
            Ok(ended) => tracing::info!(ended, "rooms of meetings long over closed"),
            Err(err) => tracing::warn!(%err, "room sweep failed"),
        }
    }
}
