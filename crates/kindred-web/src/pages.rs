//! Server-rendered pages: the shell every page lives in ([`Shell`]), the home page, the
//! long information pages (privacy, accessibility, crisis help), error pages and the
//! static assets. Pages work without JavaScript; the one script (quick exit) only adds the
//! Escape-key shortcut and wipes the page before leaving.

use askama::Template;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use kindred_core::crisis::{Channel, lines_for};
use kindred_core::i18n::Locale;
use kindred_core::policy::Actor;

use crate::AppState;
use crate::error::{AppError, ErrorReport};
use crate::i18n::{Tr, cookie_value};
use crate::routes::{Access, Route};

pub const EXIT_TIP_COOKIE: &str = "kindred_exit_tip";

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/", Access::Public, get(show_home)),
        Route::get("/privacy", Access::Public, get(show_privacy)),
        Route::get("/accessibility", Access::Public, get(show_accessibility)),
        Route::get("/crisis", Access::Public, get(show_crisis)),
        Route::get("/static/kindred.css", Access::Public, get(get_stylesheet)),
        Route::get(
            "/static/quick-exit.js",
            Access::Public,
            get(get_quick_exit_script),
        ),
    ]
}

/// A language in the switcher.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: &'static str,
    pub name: String,
    pub current: bool,
}

/// What every page's frame needs: the translator, who is signed in, where we are.
#[derive(Debug, Clone)]
pub struct Shell {
    pub tr: Tr,
    pub pseudonym: Option<String>,
    pub verified: bool,
    pub path: String,
    pub exit_url: String,
    pub show_exit_tip: bool,
    pub languages: Vec<LanguageLink>,
    pub crisis_number: String,
}

impl Shell {
    pub fn new(state: &AppState, locale: Locale, actor: &Actor, path: &str, show_exit_tip: bool) -> Self {
        let tr = Tr::new(state.i18n.clone(), locale);
        let languages = Locale::ALL
            .into_iter()
            .map(|l| LanguageLink {
                tag: l.tag(),
                name: tr.t(&format!("language-{}", l.tag())),
                current: l == locale,
            })
            .collect();
        let crisis_number = lines_for(&state.settings.crisis_country)
            .and_then(|lines| lines.first())
            .map_or_else(String::new, |l| l.number.to_owned());
        Self {
            pseudonym: actor.user.as_ref().map(|u| u.pseudonym.as_str().to_owned()),
            verified: actor.user.as_ref().is_some_and(|u| u.is_verified()),
            path: path.to_owned(),
            exit_url: state.settings.quick_exit_url.clone(),
            show_exit_tip,
            languages,
            crisis_number,
            tr,
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    pub fn lang(&self) -> &'static str {
        self.tr.tag()
    }

    pub fn dir(&self) -> &'static str {
        self.tr.dir()
    }
}

impl FromRequestParts<AppState> for Shell {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let locale = parts.extensions.get::<Locale>().copied().unwrap_or_default();
        let actor = parts.extensions.get::<Actor>().cloned().unwrap_or_default();
        let tip = cookie_value(&parts.headers, EXIT_TIP_COOKIE).is_none();
        Ok(Self::new(state, locale, &actor, parts.uri.path(), tip))
    }
}

/// Renders a template as a page.
pub fn render(template: &impl Template) -> Result<Html<String>, AppError> {
    Ok(Html(template.render()?))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    shell: Shell,
}

async fn show_home(shell: Shell) -> Result<Html<String>, AppError> {
    render(&HomePage { shell })
}

/// A section of a long page, discovered from the message ids `{page}-s{n}-title`,
/// `{page}-s{n}-p{m}` and `{page}-s{n}-li{m}`.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
}

fn sections(tr: &Tr, page: &str) -> Vec<Section> {
    let numbered = |prefix: String| -> Vec<String> {
        (1..)
            .map(|m| format!("{prefix}{m}"))
            .take_while(|id| tr.has(id))
            .map(|id| tr.t(&id))
            .collect()
    };
    (1..)
        .map(|n| format!("{page}-s{n}-"))
        .take_while(|prefix| tr.has(&format!("{prefix}title")))
        .map(|prefix| Section {
            title: tr.t(&format!("{prefix}title")),
            paragraphs: numbered(format!("{prefix}p")),
            items: numbered(format!("{prefix}li")),
        })
        .collect()
}

/// A crisis line as shown.
#[derive(Debug, Clone)]
pub struct LineView {
    pub name: String,
    pub how: String,
    pub href: String,
    pub number: String,
}

#[derive(Template)]
#[template(path = "prose.html")]
struct ProsePage {
    shell: Shell,
    title: String,
    intro: String,
    lines_title: String,
    lines: Vec<LineView>,
    sections: Vec<Section>,
}

fn prose(shell: Shell, page: &str, lines: Vec<LineView>) -> Result<Html<String>, AppError> {
    let tr = shell.tr.clone();
    render(&ProsePage {
        title: tr.t(&format!("{page}-title")),
        intro: tr.t(&format!("{page}-intro")),
        lines_title: tr.t("crisis-lines-title"),
        lines,
        sections: sections(&tr, page),
        shell,
    })
}

async fn show_privacy(shell: Shell) -> Result<Html<String>, AppError> {
    prose(shell, "privacy", Vec::new())
}

async fn show_accessibility(shell: Shell) -> Result<Html<String>, AppError> {
    prose(shell, "accessibility", Vec::new())
}

async fn show_crisis(State(state): State<AppState>, shell: Shell) -> Result<Html<String>, AppError> {
    let lines = crisis_lines(&shell.tr, &state.settings.crisis_country);
    prose(shell, "crisis", lines)
}

pub fn crisis_lines(tr: &Tr, country: &str) -> Vec<LineView> {
    lines_for(country)
        .unwrap_or_default()
        .iter()
        .map(|line| LineView {
            name: tr.t(&format!("crisis-{}", line.id)),
            how: tr.t_args(
                &format!("crisis-{}-how", line.id),
                &[("number", line.number), ("keyword", line.keyword.unwrap_or(""))],
            ),
            href: match line.channel {
                Channel::Call => format!("tel:{}", line.dial()),
                Channel::Text => format!("sms:{}", line.dial()),
            },
            number: line.number.to_owned(),
        })
        .collect()
}

async fn get_stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/kindred.css"),
    )
}

async fn get_quick_exit_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/quick-exit.js"),
    )
}

/// The page shown for any error a browser meets.
#[derive(Debug, Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    shell: Shell,
    status: u16,
    title: String,
    message: String,
    request_id: Option<String>,
}

impl ErrorPage {
    pub fn new(shell: Shell, status: StatusCode, report: &ErrorReport, request_id: Option<String>) -> Self {
        let tr = &shell.tr;
        let title_id = format!("error-{}-title", report.code);
        let body_id = format!("error-{}-body", report.code);
        let title = if tr.has(&title_id) {
            tr.t(&title_id)
        } else {
            status.canonical_reason().unwrap_or("Error").to_owned()
        };
        // Validation messages explain the request itself; otherwise the translated text.
        let message = if report.field.is_some() || !tr.has(&body_id) {
            report.message.clone()
        } else {
            tr.t(&body_id)
        };
        Self {
            status: status.as_u16(),
            title,
            message,
            request_id,
            shell,
        }
    }
}
