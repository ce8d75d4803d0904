//! Layers every request passes through, outermost first:
//! request id, log line and metrics (`observe`) → compression → security headers →
//! language (`negotiate_locale`) → error pages (`render_errors`) → who is signed in
//! (`load_actor`) → cross-site refusal → timeout → body limit → the route's access rule →
//! the handler.

use std::time::Instant;

use askama::Template;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{Html, IntoResponse, Response};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tracing::Instrument;

use crate::AppState;
use crate::error::{AppError, ErrorBody, ErrorReport};
use crate::pages::{ErrorPage, Shell};

/// The id of the request being served, also sent back as `X-Request-Id`.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The route template that matched (`/groups/{slug}`), never the raw path, so that logs
/// and metrics carry no identifiers or search terms.
#[derive(Debug, Clone)]
struct MatchedRoute(String);

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

pub fn wrap(router: Router<AppState>, state: AppState) -> Router {
    let settings = state.settings.clone();
    let mut app = router
        .route_layer(from_fn(remember_route))
        .fallback(|| async { AppError::NotFound })
        .layer(DefaultBodyLimit::max(settings.max_body_bytes))
        .layer(RequestBodyLimitLayer::new(settings.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            settings.request_timeout,
        ))
        .layer(from_fn_with_state(state.clone(), refuse_cross_site))
        .layer(from_fn_with_state(
            state.clone(),
            crate::accounts::session::load_actor,
        ))
        .layer(from_fn_with_state(state.clone(), render_errors))
        .layer(from_fn_with_state(state.clone(), crate::i18n::negotiate_locale))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        // Pages carry personal data (and, once, secrets such as an invitation code): nothing
        // is kept by browsers or proxies unless a handler says it may be.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ));
    if settings.secure_cookies() {
        app = app.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    app.layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), observe))
        .with_state(state)
}

/// Refuses state-changing requests that a browser says came from another site.
///
/// Browsers send `Sec-Fetch-Site` (modern) or at least `Origin` on cross-site POSTs; a
/// request with neither is not from a browser page, and carries no ambient credentials a
/// forged form could abuse beyond what its sender already holds. Together with
/// `SameSite=Lax` cookies this stops cross-site request forgery without form tokens.
async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_cross_site(&request, &state.settings.public_url) {
        tracing::warn!("refused a cross-site request");
        return AppError::CrossSite.into_response();
    }
    next.run(request).await
}

pub fn is_cross_site(request: &Request, public_url: &str) -> bool {
    if request.method().is_safe() {
        return false;
    }
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    foreign_origin(headers, public_url)
}

/// Whether the request names an `Origin` that is not this site (neither the public URL nor
/// the host the request was sent to). No `Origin` at all is not a browser page's request.
pub fn foreign_origin(headers: &axum::http::HeaderMap, public_url: &str) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin.split_once("://").map_or("", |(_, h)| h);
    let public = public_url.trim_end_matches('/');
    !(origin == public || (!host.is_empty() && origin_host.eq_ignore_ascii_case(host)))
}

async fn remember_route(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(MatchedRoute(route));
    }
    response
}

/// A request id from a proxy is kept only if it is short and plain; otherwise a new one.
fn request_id(request: &Request) -> String {
    request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        })
        .map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned)
}

async fn observe(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let id = request_id(&request);
    request.extensions_mut().insert(RequestId(id.clone()));
    let method = request.method().clone();
    let started = Instant::now();
    let span = tracing::info_span!("request", request_id = %id);
    let mut response = next.run(request).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let route = response
        .extensions()
        .get::<MatchedRoute>()
        .map_or("unmatched", |r| r.0.as_str())
        .to_owned();
    let status = response.status();
    state
        .metrics
        .observe_request(method.as_str(), &route, status.as_u16(), elapsed);
    span.in_scope(|| {
        tracing::info!(
            method = %method,
            route = %route,
            status = status.as_u16(),
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            "served"
        );
    });
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// Browsers get pages; API clients, feeds and probes get JSON.
pub fn wants_html(request: &Request) -> bool {
    const MACHINE_PREFIXES: [&str; 6] = [
        "/api/",
        "/fhir/",
        "/openreferral/",
        "/feeds/",
        "/healthz",
        "/metrics",
    ];
    let path = request.uri().path();
    if MACHINE_PREFIXES.iter().any(|p| path.starts_with(p)) {
        return false;
    }
    // A WebSocket handshake is a script's request, whatever it accepts.
    if request.headers().contains_key(header::UPGRADE) {
        return false;
    }
    let accept = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    !accept.contains("application/json") || accept.contains("text/html")
}

/// Gives every error response a consistent body: JSON with a stable code, or a page.
async fn render_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let html = wants_html(&request);
    let locale = request
        .extensions()
        .get::<crate::i18n::Locale>()
        .copied()
        .unwrap_or_default();
    let path = request.uri().path().to_owned();
    let request_id = request.extensions().get::<RequestId>().map(|r| r.0.clone());
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    // A handler that answered an error with its own page or JSON body (a form with its
    // errors, `/healthz`) meant it.
    let own_body = response.extensions().get::<ErrorReport>().is_none()
        && response.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
            let v = v.as_bytes();
            // FHIR answers errors as OperationOutcome (application/fhir+json).
            v.starts_with(b"application/json")
                || v.starts_with(b"application/fhir+json")
                || v.starts_with(b"text/html")
        });
    if own_body {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let report = match parts.extensions.get::<ErrorReport>() {
        Some(report) => report.clone(),
        None => explain_rejection(status, &parts, body).await,
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_TYPE);
    let new = if html {
        let shell = Shell::new(
            &state,
            locale,
            &kindred_core::policy::Actor::anonymous(),
            &path,
            false,
        );
        let page = ErrorPage::new(shell, status, &report, request_id);
        match page.render() {
            Ok(text) => (status, Html(text)).into_response(),
            Err(err) => {
                tracing::error!(%err, "error page failed to render");
                (status, report.message).into_response()
            }
        }
    } else {
        (
            status,
            axum::Json(ErrorBody {
                error: report,
                request_id,
            }),
        )
            .into_response()
    };
    let (new_parts, new_body) = new.into_parts();
    parts.headers.extend(new_parts.headers);
    Response::from_parts(parts, new_body)
}

/// An error from axum's extractors carries a plain-text reason ("missing field `name`"):
/// pass it on to the client, who sent the input, so bad requests explain themselves.
async fn explain_rejection(
    status: StatusCode,
    parts: &axum::http::response::Parts,
    body: Body,
) -> ErrorReport {
    let mut report = ErrorReport::for_status(status);
    let is_text = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    if matches!(status.as_u16(), 400 | 415 | 422)
        && is_text
        && let Ok(bytes) = axum::body::to_bytes(body, 2048).await
        && let Ok(text) = std::str::from_utf8(&bytes)
        && !text.trim().is_empty()
    {
        report.message = text.trim().to_owned();
    }
    report
}
