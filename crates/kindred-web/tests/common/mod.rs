//! The test-app builder: the whole application over a fresh store, driven in-process.

#![allow(dead_code, reason = "each test file uses a different part of this module")]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use http_body_util::BodyExt;
use kindred_store::testing::TestStore;
use kindred_web::{AppState, WebSettings};
use tower::ServiceExt;

pub struct TestApp {
    pub db: TestStore,
    pub app: Router,
}

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
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_settings(WebSettings::default()).await
    }

    pub async fn with_settings(settings: WebSettings) -> Self {
        let db = TestStore::new().await;
        let app = kindred_web::app(AppState::new(db.store.clone(), settings));
        Self { db, app }
    }

    pub async fn send(&self, request: Request<Body>) -> TestResponse {
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
}
