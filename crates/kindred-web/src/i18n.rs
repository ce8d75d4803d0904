//! Interface strings from Fluent files, one bundle per language, compiled into the binary.
//!
//! The language of a request is chosen by [`negotiate_locale`] (a middleware): `?lang=`
//! (then remembered in a cookie), the cookie, `Accept-Language`, English. Handlers and
//! templates reach the strings through [`Tr`].

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
pub use kindred_core::i18n::Locale;

use crate::AppState;

/// The Fluent sources of each language. Every language must define every message the
/// English files define (a test checks).
macro_rules! locale_files {
    ($($locale:ident => $dir:literal),* $(,)?) => {
        [$((
            Locale::$locale,
            &[
                include_str!(concat!("../locales/", $dir, "/main.ftl")),
                include_str!(concat!("../locales/", $dir, "/pages.ftl")),
                include_str!(concat!("../locales/", $dir, "/directory.ftl")),
                include_str!(concat!("../locales/", $dir, "/organisers.ftl")),
                include_str!(concat!("../locales/", $dir, "/meetings.ftl")),
                include_str!(concat!("../locales/", $dir, "/matching.ftl")),
                include_str!(concat!("../locales/", $dir, "/rooms.ftl")),
                include_str!(concat!("../locales/", $dir, "/training.ftl")),
                include_str!(concat!("../locales/", $dir, "/resources.ftl")),
                include_str!(concat!("../locales/", $dir, "/discussions.ftl")),
                include_str!(concat!("../locales/", $dir, "/moderation.ftl")),
                include_str!(concat!("../locales/", $dir, "/referrals.ftl")),
                include_str!(concat!("../locales/", $dir, "/outcomes.ftl")),
            ] as &[&str],
        )),*]
    };
}

const SOURCES: [(Locale, &[&str]); 5] =
    locale_files!(En => "en", Cy => "cy", Pl => "pl", Ur => "ur", Ar => "ar");

pub const LANG_COOKIE: &str = "kindred_lang";

/// All interface strings, in every language.
pub struct I18n {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locales", &self.bundles.len())
            .finish()
    }
}

impl I18n {
    /// Parses every Fluent file; a syntax error in a shipped file is a bug, reported here.
    pub fn load() -> Result<Self, String> {
        let mut bundles = Vec::new();
        for (locale, sources) in SOURCES {
            let tag: unic_langid::LanguageIdentifier = locale
                .tag()
                .parse()
                .map_err(|e| format!("{}: {e}", locale.tag()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // Isolation marks keep right-to-left text and left-to-right values (numbers,
            // names, links) from scrambling each other; left-to-right languages need none.
            bundle.set_use_isolating(locale.direction() == kindred_core::i18n::Direction::Rtl);
            for source in sources {
                let resource = FluentResource::try_new((*source).to_owned())
                    .map_err(|(_, errors)| format!("{}: {errors:?}", locale.tag()))?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| format!("{}: {errors:?}", locale.tag()))?;
            }
            bundles.push((locale, bundle));
        }
        Ok(Self { bundles })
    }

    fn bundle(&self, locale: Locale) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(l, _)| *l == locale).map(|(_, b)| b)
    }

    /// Whether a message exists in a language.
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).is_some_and(|b| b.has_message(id))
    }

    /// A message in a language, falling back to English, then to its id (and a warning).
    pub fn text(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [locale, Locale::En] {
            if let Some(bundle) = self.bundle(candidate)
                && let Some(pattern) = bundle.get_message(id).and_then(|m| m.value())
            {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        id,
                        locale = candidate.tag(),
                        ?errors,
                        "problem formatting a message"
                    );
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id, locale = locale.tag(), "missing message");
        id.to_owned()
    }

    /// The ids of every message in the English source, for tests.
    pub fn english_ids() -> BTreeSet<String> {
        ids_in(SOURCES[0].1)
    }

    /// The ids each language defines, for tests.
    pub fn ids_by_locale() -> Vec<(Locale, BTreeSet<String>)> {
        SOURCES.iter().map(|(l, s)| (*l, ids_in(s))).collect()
    }
}

fn ids_in(sources: &[&str]) -> BTreeSet<String> {
    sources
        .iter()
        .flat_map(|s| s.lines())
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let first = id.chars().next()?;
            (first.is_ascii_alphabetic()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_owned())
        })
        .collect()
}

/// The translator a handler or template uses: strings in the request's language.
#[derive(Debug, Clone)]
pub struct Tr {
    i18n: Arc<I18n>,
    pub locale: Locale,
}

impl Tr {
    pub fn new(i18n: Arc<I18n>, locale: Locale) -> Self {
        Self { i18n, locale }
    }

    pub fn t(&self, id: &str) -> String {
        self.i18n.text(self.locale, id, None)
    }

    /// A message with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into());
        self.i18n.text(self.locale, id, Some(&args))
    }

    /// A message with several string arguments.
    pub fn t_args(&self, id: &str, pairs: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set((*name).to_owned(), FluentValue::from((*value).to_owned()));
        }
        self.i18n.text(self.locale, id, Some(&args))
    }

    /// A message with several numeric arguments (so plural rules apply).
    pub fn t_counts(&self, id: &str, pairs: &[(&str, i64)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set((*name).to_owned(), FluentValue::from(*value));
        }
        self.i18n.text(self.locale, id, Some(&args))
    }

    pub fn has(&self, id: &str) -> bool {
        self.i18n.has(Locale::En, id)
    }

    pub fn tag(&self) -> &'static str {
        self.locale.tag()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.direction().as_str()
    }
}

/// Chooses the request's language and, when `?lang=` named one, remembers it in a cookie.
/// Also remembers that the quick-exit tip has been shown, so it is shown once.
pub async fn negotiate_locale(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let query_lang = request.uri().query().and_then(|q| {
        q.split('&')
            .find_map(|pair| pair.strip_prefix("lang="))
            .and_then(Locale::from_tag)
    });
    let cookie_lang = cookie_value(request.headers(), LANG_COOKIE);
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = Locale::negotiate(query_lang.map(Locale::tag), cookie_lang.as_deref(), accept);
    let secure = state.settings.secure_cookies();
    let tip_seen = cookie_value(request.headers(), crate::pages::EXIT_TIP_COOKIE).is_some();
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    if let Some(chosen) = query_lang
        && cookie_lang.as_deref() != Some(chosen.tag())
    {
        let cookie = crate::cookies::build(LANG_COOKIE, chosen.tag(), Some(365 * 24 * 3600), secure);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if is_page && !tip_seen {
        let cookie = crate::cookies::build(crate::pages::EXIT_TIP_COOKIE, "1", Some(365 * 24 * 3600), secure);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie, accept-encoding"),
    );
    response
}

/// A cookie's value from the request headers.
pub fn cookie_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_defines_every_message() {
        let english = I18n::english_ids();
        assert!(english.len() > 100, "{}", english.len());
        for (locale, ids) in I18n::ids_by_locale() {
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(missing.is_empty(), "{} is missing {missing:?}", locale.tag());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.tag());
        }
    }

    #[test]
    fn every_file_parses_and_says_who_made_it() {
        I18n::load().unwrap();
        for (locale, sources) in SOURCES {
            for source in sources {
                let header: String = source.lines().take(3).collect::<Vec<_>>().join("\n");
                assert!(header.contains("Produced by:"), "{}: {header}", locale.tag());
                if locale != Locale::En {
                    assert!(
                        header.contains("needs review by a native speaker"),
                        "{}: {header}",
                        locale.tag()
                    );
                }
            }
        }
    }

    fn strip_isolation(s: &str) -> String {
        s.chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect()
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let i18n = Arc::new(I18n::load().unwrap());
        let forms = |locale: Locale| -> Vec<String> {
            let tr = Tr::new(i18n.clone(), locale);
            [0, 1, 2, 3, 6, 11, 22, 100]
                .into_iter()
                .map(|n| strip_isolation(&tr.t1("account-sessions", "count", n)))
                .collect()
        };
        let en = forms(Locale::En);
        assert_eq!(en[1], "You are signed in on one device.");
        assert_eq!(en[2], "You are signed in on 2 devices.");
        // Welsh, Polish and Arabic need more than two forms: the translations must use them.
        for locale in [Locale::Cy, Locale::Pl, Locale::Ar] {
            let distinct: BTreeSet<_> = forms(locale).into_iter().collect();
            assert!(distinct.len() >= 3, "{}: {distinct:?}", locale.tag());
        }
        for locale in Locale::ALL {
            assert!(
                forms(locale).iter().all(|f| !f.contains("account-sessions")),
                "{}",
                locale.tag()
            );
        }
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_the_id() {
        let i18n = Arc::new(I18n::load().unwrap());
        let tr = Tr::new(i18n, Locale::Cy);
        assert_eq!(tr.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; kindred_lang=cy; b=2"),
        );
        assert_eq!(cookie_value(&headers, LANG_COOKIE).as_deref(), Some("cy"));
        assert_eq!(cookie_value(&headers, "c"), None);
    }
}
