//! Meeting emails: reminders, cancellations, moves, and "you have a place". Each is in the
//! recipient's language and ends with a link that turns meeting emails off.

use kindred_core::i18n::Locale;
use kindred_core::meetings::PlaceKind;
use kindred_store::{OutgoingEmail, Recipient};

use super::{Loaded, meeting_title, venue_of, when};
use crate::AppState;
use crate::i18n::Tr;

/// What an email is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Reminder,
    Cancelled,
    Moved,
    Promoted,
}

fn tr_for(state: &AppState, recipient: &Recipient) -> Tr {
    let locale = recipient
        .locale
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or(Locale::En);
    Tr::new(state.i18n.clone(), locale)
}

/// Writes one email about a meeting to one person. Members receive it, so the venue and
/// (for online meetings) the join details are included.
pub fn compose(state: &AppState, loaded: &Loaded, recipient: &Recipient, notice: Notice) -> OutgoingEmail {
    let tr = tr_for(state, recipient);
    let base = &state.settings.public_url;
    let series = &loaded.series;
    let title = meeting_title(&loaded.group, series);
    let zone = &series.details.schedule.zone;
    let at = when(&tr, loaded.meeting.starts, zone);
    let mut lines = Vec::new();
    if let Some(venue) = venue_of(&loaded.group, series) {
        let mut place = format!("{}, {}", venue.name, venue.address);
        if let Some(pc) = &venue.postcode {
            place.push_str(&format!(" {pc}"));
        }
        lines.push(tr.t1("email-meeting-where", "place", place));
    }
    if matches!(series.details.place, PlaceKind::Online | PlaceKind::Hybrid)
        && let Some(online) = &series.details.online
        && matches!(notice, Notice::Reminder | Notice::Promoted | Notice::Moved)
    {
        if let Some(url) = &online.join_url {
            lines.push(tr.t("email-meeting-join"));
            lines.push(url.clone());
        }
        if let Some(phone) = &online.dial_in {
            lines.push(tr.t1("email-meeting-dial-in", "phone", phone.clone()));
        }
    }
    let details = lines.join("\n");
    let link = format!("{base}/meetings/{}", loaded.meeting.id);
    let unsubscribe = format!("{base}/unsubscribe/{}", recipient.unsubscribe_token);
    let (subject_id, body_id) = match notice {
        Notice::Reminder => ("email-reminder-subject", "email-reminder-body"),
        Notice::Cancelled => ("email-cancelled-subject", "email-cancelled-body"),
        Notice::Moved => ("email-moved-subject", "email-moved-body"),
        Notice::Promoted => ("email-promoted-subject", "email-promoted-body"),
    };
    let reason = loaded.meeting.cancelled.clone().unwrap_or_default();
    let body = tr.t_args(
        body_id,
        &[
            ("pseudonym", &recipient.pseudonym),
            ("title", &title),
            ("group", &loaded.group.details.name),
            ("when", &at),
            ("reason", &reason),
            ("details", &details),
            ("link", &link),
        ],
    );
    let footer = tr.t("email-meeting-unsubscribe");
    let body = format!(
        "{body}\n\n{}\n\n{footer}\n{unsubscribe}\n",
        tr.t("email-signature")
    )
    .replace(['\u{2068}', '\u{2069}'], "");
    OutgoingEmail {
        recipient: recipient.email.clone(),
        subject: tr
            .t_args(subject_id, &[("title", &title), ("when", &at)])
            .replace(['\u{2068}', '\u{2069}'], ""),
        body,
        unsubscribe: Some(unsubscribe),
    }
}
