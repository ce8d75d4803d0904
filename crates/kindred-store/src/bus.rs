//! The real-time event bus.
//!
//! On SQLite (one process) events go through an in-process broadcast channel. On
//! PostgreSQL every event is sent with `NOTIFY` and every instance, including the sender,
//! receives it through `LISTEN`, so that instances behind a load balancer see each other's
//! events. Payloads must stay small (PostgreSQL caps them under 8000 bytes): send ids and
//! let receivers load the rest. Delivery is best effort: a receiver that lagged, or an
//! instance whose listener connection dropped, gets [`Received::Resync`] and must reload
//! its state from the database.

use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

use crate::{Result, StoreError};

/// The largest encoded event the bus accepts; PostgreSQL's limit is 8000 bytes.
pub const MAX_EVENT_BYTES: usize = 7900;

/// One real-time event: what happened (`topic`, e.g. `meeting:<id>`) and a small body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub topic: String,
    pub body: serde_json::Value,
}

/// What a subscriber receives.
#[derive(Debug, Clone, PartialEq)]
pub enum Received {
    Event(Event),
    /// Events may have been missed: reload state from the database.
    Resync,
}

#[derive(Debug, Clone)]
pub struct Bus {
    local: broadcast::Sender<Received>,
    postgres: Option<PgBus>,
}

#[derive(Debug, Clone)]
struct PgBus {
    pool: sqlx::PgPool,
    channel: String,
    listener: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl Bus {
    /// Events kept for slow subscribers before they must resync. Live rooms send a few
    /// thousand a second at peak; a resync costs far more than the memory.
    const CAPACITY: usize = 16_384;

    pub(crate) fn local() -> Self {
        Self {
            local: broadcast::channel(Self::CAPACITY).0,
            postgres: None,
        }
    }

    pub(crate) async fn postgres(pool: sqlx::PgPool, channel: String) -> Result<Self> {
        let local = broadcast::channel(Self::CAPACITY).0;
        let mut listener = PgListener::connect_with(&pool).await?;
        listener.listen(&channel).await?;
        let task = tokio::spawn(forward_notifications(listener, local.clone()));
        Ok(Self {
            local,
            postgres: Some(PgBus {
                pool,
                channel,
                listener: Arc::new(Mutex::new(Some(task))),
            }),
        })
    }

    /// Sends an event to every subscriber on every instance.
    pub async fn publish(&self, event: &Event) -> Result<()> {
        let payload = serde_json::to_string(event).map_err(|e| StoreError::Conflict(e.to_string()))?;
        if payload.len() > MAX_EVENT_BYTES {
            return Err(StoreError::Invalid(kindred_core::ValidationError::new(
                "event",
                format!(
                    "is {} bytes; the bus carries at most {MAX_EVENT_BYTES}",
                    payload.len()
                ),
            )));
        }
        match &self.postgres {
            Some(pg) => {
                sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(&pg.channel)
                    .bind(payload)
                    .execute(&pg.pool)
                    .await?;
            }
            None => {
                // No subscribers is not an error: nobody is watching.
                let _ = self.local.send(Received::Event(event.clone()));
            }
        }
        Ok(())
    }

    /// The NOTIFY channel when events travel through PostgreSQL, for writers that send
    /// them inside their own transaction.
    pub(crate) fn postgres_channel(&self) -> Option<&str> {
        self.postgres.as_ref().map(|pg| pg.channel.as_str())
    }

    /// Starts receiving events published from now on.
    pub fn subscribe(&self) -> Subscription {
        Subscription {
            rx: self.local.subscribe(),
        }
    }

    pub(crate) fn stop(&self) {
        if let Some(pg) = &self.postgres
            && let Ok(mut guard) = pg.listener.lock()
            && let Some(task) = guard.take()
        {
            task.abort();
        }
    }
}

async fn forward_notifications(mut listener: PgListener, local: broadcast::Sender<Received>) {
    loop {
        match listener.try_recv().await {
            Ok(Some(note)) => match serde_json::from_str::<Event>(note.payload()) {
                Ok(event) => {
                    let _ = local.send(Received::Event(event));
                }
                Err(err) => tracing::warn!(%err, "ignoring a malformed bus notification"),
            },
            // The connection dropped; the next try_recv reconnects. Anything sent meanwhile
            // is lost, so tell subscribers to reload.
            Ok(None) => {
                tracing::warn!("bus listener lost its connection; reconnecting");
                let _ = local.send(Received::Resync);
            }
            Err(err) => {
                tracing::warn!(%err, "bus listener cannot reconnect yet");
                let _ = local.send(Received::Resync);
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        }
    }
}

/// A stream of events for one subscriber.
#[derive(Debug)]
pub struct Subscription {
    rx: broadcast::Receiver<Received>,
}

impl Subscription {
    /// The next event; [`Received::Resync`] when this subscriber fell behind. `None` once
    /// the bus is gone.
    pub async fn recv(&mut self) -> Option<Received> {
        match self.rx.recv().await {
            Ok(received) => Some(received),
            Err(broadcast::error::RecvError::Lagged(_)) => Some(Received::Resync),
            Err(broadcast::error::RecvError::Closed) => None,
        }
    }
}
