//! The test-app builder: the whole application over a fresh store, driven in-process, and
//! a small browser-like client that keeps cookies.

#![allow(dead_code, reason = "each test file uses a different part of this module")]

pub mod smtp;

use std::net::SocketAddr;
use std::sync::Mutex;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, Response, StatusCode};
use http_body_util::BodyExt;
use kindred_core::accounts::{Email, NewPassword, PlatformRole, Pseudonym};
use kindred_store::NewUser;
use kindred_store::testing::TestStore;
use kindred_web::passwords::PasswordCost;
use kindred_web::{AppState, WebSettings};
use tower::ServiceExt;

pub const PASSWORD: &str = "a long test passphrase";

pub struct TestApp {
    pub db: TestStore,
    pub state: AppState,
    pub app: Router,
}

#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }
}

pub fn test_settings() -> WebSettings {
    WebSettings {
        public_url: "http://kindred.test".into(),
        password_cost: PasswordCost::Fast,
        ..WebSettings::default()
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_settings(test_settings()).await
    }

    pub async fn with_settings(settings: WebSettings) -> Self {
        let db = TestStore::new().await;
        let state = AppState::new(db.store.clone(), settings).unwrap();
        kindred_web::directory::rebuild(&state).await.unwrap();
        tokio::spawn(kindred_web::directory::follow_changes(state.clone()));
        let app = kindred_web::app(state.clone());
        Self { db, state, app }
    }

    pub async fn send(&self, mut request: Request<Body>) -> TestResponse {
        if request.extensions().get::<ConnectInfo<SocketAddr>>().is_none() {
            request
                .extensions_mut()
                .insert(ConnectInfo::<SocketAddr>(([192, 0, 2, 10], 40000).into()));
        }
        let response: Response<Body> = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
        TestResponse {
            status,
            headers,
            body,
        }
    }

    /// A GET as an API client sends it.
    pub async fn get_json(&self, path: &str) -> TestResponse {
        self.send(
            Request::get(path)
                .header("accept", "application/json")
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// A GET as a browser sends it.
    pub async fn get_page(&self, path: &str) -> TestResponse {
        self.send(
            Request::get(path)
                .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// A browser that keeps its cookies.
    pub fn browser(&self) -> Browser<'_> {
        Browser {
            app: self,
            cookies: Mutex::new(Vec::new()),
        }
    }

    /// Creates an account directly in the store.
    pub async fn user(
        &self,
        email: &str,
        verified: bool,
        role: Option<PlatformRole>,
    ) -> kindred_core::accounts::User {
        let hash = self
            .state
            .passwords
            .hash(&NewPassword::parse(PASSWORD).unwrap())
            .await
            .unwrap();
        let new = NewUser {
            email: Email::parse(email).unwrap(),
            pseudonym: Pseudonym::parse(email.split('@').next().unwrap()).unwrap(),
            password_hash: hash,
            verified,
            platform_role: role,
        };
        self.db.create_user(&new, None, None).await.unwrap()
    }

    /// Takes every queued email out of the outbox (as the worker would).
    pub async fn take_emails(&self) -> Vec<kindred_store::OutgoingEmail> {
        let claimed = self.db.claim_due_emails(100, 60).await.unwrap();
        for message in &claimed {
            self.db.mark_email_sent(message.id).await.unwrap();
        }
        claimed.into_iter().map(|m| m.email).collect()
    }
}

/// Finds `{base}/{kind}/{token}` in an email body.
pub fn link_token(body: &str, kind: &str) -> String {
    let marker = format!("http://kindred.test/{kind}/");
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {kind} link in {body}"))
        + marker.len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: Mutex<Vec<(String, String)>>,
}

impl Browser<'_> {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&self, response: &TestResponse) {
        let mut jar = self.cookies.lock().unwrap();
        for cookie in response.cookies() {
            let pair = cookie.split(';').next().unwrap_or_default();
            let (name, value) = pair.split_once('=').unwrap();
            jar.retain(|(k, _)| k != name);
            if !cookie.contains("Max-Age=0") {
                jar.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.lock().unwrap().iter().any(|(k, _)| k == name)
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        let request = Request::get(path)
            .header("accept", "text/html")
            .header("cookie", self.cookie_header())
            .body(Body::empty())
            .unwrap();
        let response = self.app.send(request).await;
        self.remember(&response);
        response
    }

    pub async fn get_json(&self, path: &str) -> TestResponse {
        let request = Request::get(path)
            .header("accept", "application/json")
            .header("cookie", self.cookie_header())
            .body(Body::empty())
            .unwrap();
        let response = self.app.send(request).await;
        self.remember(&response);
        response
    }

    /// Submits a form as a same-origin page would.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> TestResponse {
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(path)
            .header("accept", "text/html")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "http://kindred.test")
            .header("sec-fetch-site", "same-origin")
            .header("cookie", self.cookie_header())
            .body(Body::from(body))
            .unwrap();
        let response = self.app.send(request).await;
        self.remember(&response);
        response
    }

    /// Sends JSON as a same-origin script would.
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> TestResponse {
        let request = Request::post(path)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .header("sec-fetch-site", "same-origin")
            .header("cookie", self.cookie_header())
            .body(Body::from(body.to_string()))
            .unwrap();
        let response = self.app.send(request).await;
        self.remember(&response);
        response
    }

    /// Sends JSON with PUT, as a same-origin script would.
    #[allow(dead_code, reason = "not every test file replaces resources")]
    pub async fn put_json(&self, path: &str, body: &serde_json::Value) -> TestResponse {
        let request = Request::put(path)
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .header("sec-fetch-site", "same-origin")
            .header("cookie", self.cookie_header())
            .body(Body::from(body.to_string()))
            .unwrap();
        self.app.send(request).await
    }

    pub async fn log_in(&self, email: &str) -> TestResponse {
        let response = self
            .post("/login", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text());
        response
    }
}

pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Loads the curated demo dataset (organisations and groups) straight into the store and
/// the search index, as `serve --demo` does.
pub async fn load_demo(app: &TestApp) {
    #[derive(serde::Deserialize)]
    struct Org {
        name: String,
        kind: kindred_core::organisations::OrganisationKind,
        website: Option<String>,
        verified: bool,
    }
    #[derive(serde::Deserialize)]
    struct Demo {
        organisations: Vec<Org>,
        groups: Vec<kindred_core::groups::GroupInput>,
    }
    let demo: Demo = serde_json::from_str(include_str!("../../../kindred/data/demo.json")).unwrap();
    let mut ids = std::collections::HashMap::new();
    for org in demo.organisations {
        let new = kindred_core::organisations::NewOrganisation {
            name: org.name.clone(),
            kind: org.kind,
            website: org.website,
        };
        let created = app.db.create_organisation(&new).await.unwrap();
        app.db
            .set_organisation_verified(created.id, org.verified)
            .await
            .unwrap();
        ids.insert(org.name, created.id);
    }
    for group in demo.groups {
        let location = kindred_web::directory::locate(&app.state.places, &group);
        let details = group.check(location).unwrap();
        let org = ids[group.organisation.as_deref().unwrap()];
        app.db.upsert_group(org, &details).await.unwrap();
    }
    kindred_web::directory::rebuild(&app.state).await.unwrap();
}

/// An organiser of the demo organisation "Riverside Peer Support", signed in, and one of its
/// groups (call `load_demo` first).
#[allow(dead_code, reason = "not every test file needs an organiser")]
pub async fn riverside_organiser(
    app: &TestApp,
) -> (
    kindred_core::organisations::Organisation,
    kindred_core::groups::Group,
    Browser<'_>,
) {
    let org = app
        .db
        .find_organisation_by_name("Riverside Peer Support")
        .await
        .unwrap()
        .unwrap();
    let group = app
        .db
        .all_groups(None, 500)
        .await
        .unwrap()
        .into_iter()
        .find(|g| g.organisation_id == org.id)
        .unwrap();
    let organiser = app.user("organiser@example.org", true, None).await;
    app.db.add_organiser(org.id, organiser.id).await.unwrap();
    let browser = app.browser();
    browser.log_in("organiser@example.org").await;
    (org, group, browser)
}
