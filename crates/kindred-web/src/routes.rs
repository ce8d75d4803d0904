//! The route table. Every route states who may call it; nothing is reachable otherwise.

use axum::Router;
use axum::http::Method;
use axum::routing::MethodRouter;

use crate::AppState;

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not: public directory data, pages, health.
    Public,
}

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
        Self {
            method: Method::GET,
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
        router.route(route.path, route.handler)
    })
}
