//! The emails accounts send, written in the reader's language and queued in the outbox.

use kindred_core::accounts::Email;
use kindred_store::OutgoingEmail;

use crate::AppState;
use crate::i18n::Tr;

pub const VERIFY_TTL_SECS: i64 = 24 * 3600;
pub const RESET_TTL_SECS: i64 = 60 * 60;

/// Plain-text mail has no markup to isolate right-to-left text from links, and mail
/// programs would take isolation marks into a link: links stand on lines of their own
/// instead, and the marks go.
fn with_signature(tr: &Tr, body: String) -> String {
    format!("{body}\n\n{}\n", tr.t("email-signature")).replace(['\u{2068}', '\u{2069}'], "")
}

pub fn verify(state: &AppState, tr: &Tr, to: &Email, pseudonym: &str, token: &str) -> OutgoingEmail {
    let link = format!("{}/verify/{token}", state.settings.public_url);
    OutgoingEmail {
        recipient: to.as_str().to_owned(),
        subject: tr.t("email-verify-subject"),
        body: with_signature(
            tr,
            tr.t_args("email-verify-body", &[("pseudonym", pseudonym), ("link", &link)]),
        ),
        unsubscribe: None,
    }
}

pub fn already_registered(state: &AppState, tr: &Tr, to: &Email) -> OutgoingEmail {
    let base = &state.settings.public_url;
    OutgoingEmail {
        recipient: to.as_str().to_owned(),
        subject: tr.t("email-exists-subject"),
        body: with_signature(
            tr,
            tr.t_args(
                "email-exists-body",
                &[
                    ("login_link", &format!("{base}/login")),
                    ("reset_link", &format!("{base}/reset")),
                ],
            ),
        ),
        unsubscribe: None,
    }
}

pub fn reset(state: &AppState, tr: &Tr, to: &Email, pseudonym: &str, token: &str) -> OutgoingEmail {
    let link = format!("{}/reset/{token}", state.settings.public_url);
    let minutes = (RESET_TTL_SECS / 60).to_string();
    OutgoingEmail {
        recipient: to.as_str().to_owned(),
        subject: tr.t("email-reset-subject"),
        body: with_signature(
            tr,
            tr.t_args(
                "email-reset-body",
                &[("pseudonym", pseudonym), ("link", &link), ("minutes", &minutes)],
            ),
        ),
        unsubscribe: None,
    }
}
