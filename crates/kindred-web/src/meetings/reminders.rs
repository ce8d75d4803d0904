//! The reminder worker: once a minute (and when someone replies), finds meetings people
//! are going to whose reminder time has come, and queues one email per person in the same
//! transaction as the record that it was queued (see `Store::queue_reminders`), so a crash
//! or restart neither loses nor repeats a reminder. The outbox then sends it with retries.

use std::collections::HashMap;
use std::time::Duration;

use kindred_core::meetings::Series;

use super::emails::{Notice, compose};
use super::{Loaded, now};
use crate::AppState;

/// Runs for the life of the server.
pub async fn run_reminders(state: AppState) {
    loop {
        match queue_due(&state).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(reminders = n, "meeting reminders queued");
                state.outbox_wake.notify_one();
            }
            Err(err) => tracing::warn!(%err, "meeting reminders could not be queued"),
        }
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(60)) => {}
            () = state.reminders_wake.notified() => {}
        }
    }
}

/// Queues every reminder that is due now; returns how many emails it queued.
pub async fn queue_due(state: &AppState) -> Result<usize, crate::error::AppError> {
    let offsets = &state.settings.reminder_minutes;
    let Some(longest) = offsets.iter().max().copied() else {
        return Ok(0);
    };
    let now = now();
    let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let from = today.yesterday().unwrap_or(today);
    let days_ahead = longest / (24 * 60) + 2;
    let to = today
        .checked_add(jiff::Span::new().days(days_ahead))
        .unwrap_or(today);
    let candidates = state.store.meetings_with_replies(from, to).await?;
    let mut series_cache: HashMap<_, Option<Loaded>> = HashMap::new();
    let mut queued = 0;
    for (series_id, date) in candidates {
        let base = match series_cache.get(&series_id) {
            Some(b) => b.clone(),
            None => {
                let loaded = load_series(state, series_id).await?;
                series_cache.insert(series_id, loaded.clone());
                loaded
            }
        };
        let Some(base) = base else { continue };
        let Some(meeting) = base.series.meeting_on(date, &base.exceptions) else {
            continue;
        };
        if meeting.cancelled.is_some() || meeting.starts <= now {
            continue;
        }
        let due: Vec<i64> = offsets
            .iter()
            .copied()
            .filter(|m| {
                meeting
                    .starts
                    .checked_sub(jiff::SignedDuration::from_mins(*m))
                    .is_ok_and(|at| at <= now)
            })
            .collect();
        if due.is_empty() {
            continue;
        }
        let loaded = Loaded { meeting, ..base };
        let write = |r: &kindred_store::Recipient| compose(state, &loaded, r, Notice::Reminder);
        queued += state.store.queue_reminders(series_id, date, &due, &write).await?;
    }
    Ok(queued)
}

async fn load_series(
    state: &AppState,
    id: kindred_core::ids::SeriesId,
) -> Result<Option<Loaded>, crate::error::AppError> {
    let series: Series = match state.store.get_series(id).await {
        Ok(s) => s,
        Err(kindred_store::StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let group = state.store.get_group(series.group_id).await?;
    let exceptions = state
        .store
        .exceptions_of(&[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    // The meeting is filled in per date by the caller.
    let placeholder = kindred_core::meetings::Meeting {
        id: kindred_core::meetings::MeetingRef {
            series: id,
            date: series.details.schedule.start.date(),
        },
        starts: jiff::Timestamp::UNIX_EPOCH,
        ends: jiff::Timestamp::UNIX_EPOCH,
        cancelled: None,
        moved_note: None,
        moved: false,
    };
    Ok(Some(Loaded {
        group,
        series,
        exceptions,
        meeting: placeholder,
    }))
}
