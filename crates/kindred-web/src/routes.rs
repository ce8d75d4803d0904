//! The route table. Every route states who may call it ([`Access`]); the rule is checked
//! before the handler runs, so no handler can forget it.

use axum::Router;
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::{Next, from_fn};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::MethodRouter;
pub use kindred_core::policy::Access;
use kindred_core::policy::{Actor, Decision};

use crate::AppState;
use crate::error::AppError;

/// One row of the route table.
#[derive(Debug)]
pub struct Route {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    pub handler: MethodRouter<AppState>,
}

impl Route {
    pub fn get(path: &'static str, access: Access, handler: MethodRouter<AppState>) -> Self {
        Self::new(Method::GET, path, access, handler)
    }

    pub fn put(path: &'static str, access: Access, handler: MethodRouter<AppState>) -> Self {
        Self::new(Method::PUT, path, access, handler)
    }

    pub fn post(path: &'static str, access: Access, handler: MethodRouter<AppState>) -> Self {
        Self::new(Method::POST, path, access, handler)
    }

    fn new(method: Method, path: &'static str, access: Access, handler: MethodRouter<AppState>) -> Self {
        Self {
            method,
            path,
            access,
            handler,
        }
    }
}

/// Every feature's routes, in one list.
pub fn all() -> Vec<Route> {
    [
        crate::pages::routes(),
        crate::accounts::routes(),
        crate::directory::routes(),
        crate::meetings::routes(),
        crate::matching::routes(),
        crate::rooms::routes(),
        crate::training::routes(),
        crate::resources::routes(),
        crate::discussions::routes(),
        crate::moderation::routes(),
        crate::openreferral::routes(),
        crate::fhir::routes(),
        crate::referrals::routes(),
        crate::outcomes::routes(),
        crate::health::routes(),
        crate::metrics::routes(),
        crate::openapi::routes(),
        crate::organisations::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Builds the router from the table; routes on one path with different methods merge.
pub fn router(routes: Vec<Route>) -> Router<AppState> {
    routes.into_iter().fold(Router::new(), |router, route| {
        let access = route.access;
        let guarded = route
            .handler
            .route_layer(from_fn(move |request: Request, next: Next| {
                enforce(access, request, next)
            }));
        router.route(route.path, guarded)
    })
}

async fn enforce(access: Access, request: Request, next: Next) -> Response {
    let actor = request.extensions().get::<Actor>().cloned().unwrap_or_default();
    let html = crate::middleware::wants_html(&request);
    match access.check(&actor) {
        Decision::Allow => next.run(request).await,
        Decision::SignInFirst if html => {
            let path = request.uri().path();
            Redirect::to(&format!("/login?next={}", encode_path(path))).into_response()
        }
        Decision::SignInFirst => AppError::Unauthorized.into_response(),
        Decision::AlreadySignedIn if html => Redirect::to("/account").into_response(),
        Decision::AlreadySignedIn | Decision::Deny => AppError::Forbidden.into_response(),
        Decision::VerifyFirst => AppError::VerifyFirst.into_response(),
    }
}

/// Percent-encodes a path for use as a query value (only unreserved characters and `/`
/// stay as they are).
pub fn encode_path(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A `next` location is followed only if it is a path on this site (never `//host` or
/// `https://...`), so the sign-in form cannot be used to send people elsewhere.
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains("://") => n,
        _ => "/account",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_only_stays_on_site() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("/groups/a?b=c")), "/groups/a?b=c");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "evil",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/account", "{bad}");
        }
        assert_eq!(safe_next(None), "/account");
    }

    #[test]
    fn paths_are_encoded_for_queries() {
        assert_eq!(encode_path("/account"), "/account");
        assert_eq!(encode_path("/a b?c&d"), "/a%20b%3Fc%26d");
    }

    #[test]
    fn no_two_routes_share_a_method_and_path() {
        let mut seen = std::collections::BTreeSet::new();
        for route in all() {
            assert!(
                seen.insert((route.method.to_string(), route.path)),
                "{} {}",
                route.method,
                route.path
            );
        }
    }
}
