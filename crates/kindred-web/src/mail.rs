//! Email delivery from the outbox. Handlers never send mail themselves: they store it in
//! the outbox in the same transaction as the change that causes it, and wake this worker,
//! which sends it over SMTP (or, for local use, writes it to a folder) and retries failures
//! with back-off. A crash loses nothing: unsent mail is picked up on the next start.

use std::sync::Arc;
use std::time::Duration;

use kindred_store::{OutboxMessage, Store};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::Notify;

/// Attempts before a message is given up (and counted as failed in the outbox stats).
const MAX_ATTEMPTS: i64 = 8;
/// How long a worker may hold a message before another may try it.
const LEASE_SECS: i64 = 120;

/// Where mail goes.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Each message as an `.eml` file in a folder: for a laptop, never for production.
    Folder(AsyncFileTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Smtp(_) => "Transport::Smtp",
            Self::Folder(_) => "Transport::Folder",
        })
    }
}

/// Sends outbox mail.
#[derive(Debug, Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    /// `smtp://[user:pass@]host[:port][?tls=required]`, `smtps://...`, or `file://DIR`.
    pub fn from_url(url: &str, from: &str) -> Result<Self, String> {
        let from: Mailbox = from.parse().map_err(|e| format!("mail_from: {e}"))?;
        let transport = if let Some(dir) = url.strip_prefix("file://") {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir}: {e}"))?;
            Transport::Folder(AsyncFileTransport::new(dir))
        } else if url.starts_with("smtp://") || url.starts_with("smtps://") {
            let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| format!("the mail URL is not valid: {e}"))?;
            Transport::Smtp(builder.timeout(Some(Duration::from_secs(20))).build())
        } else {
            return Err("the mail URL must start with smtp://, smtps:// or file://".into());
        };
        Ok(Self { transport, from })
    }

    pub fn describe(&self) -> &'static str {
        match self.transport {
            Transport::Smtp(_) => "SMTP",
            Transport::Folder(_) => "a folder (local use only)",
        }
    }

    async fn send(&self, message: &OutboxMessage) -> Result<(), String> {
        let to: Mailbox = message
            .email
            .recipient
            .parse()
            .map_err(|_| "bad recipient".to_owned())?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.email.subject.clone())
            .header(ContentType::TEXT_PLAIN);
        if let Some(url) = &message.email.unsubscribe {
            // RFC 2369 and RFC 8058: mail programs offer one-click unsubscribe.
            use lettre::message::header::{HeaderName, HeaderValue};
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        let email = builder
            .body(message.email.body.clone())
            .map_err(|e| format!("cannot build the message: {e}"))?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| describe_smtp_error(&e)),
            Transport::Folder(folder) => folder.send(email).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

/// What went wrong, without anything the server echoed back (which could quote the message).
fn describe_smtp_error(err: &lettre::transport::smtp::Error) -> String {
    if err.is_transient() {
        "temporary SMTP failure".into()
    } else if err.is_permanent() {
        "permanent SMTP failure".into()
    } else if err.is_timeout() {
        "SMTP timeout".into()
    } else {
        "cannot reach the SMTP server".into()
    }
}

/// Runs until the process ends: sends due mail whenever woken, and at least every few
/// seconds (to pick up retries and mail left by a crash or by another instance).
pub async fn run_outbox(store: Store, mailer: Mailer, wake: Arc<Notify>) {
    loop {
        match deliver_due(&store, &mailer).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "outbox delivered"),
            Err(err) => tracing::warn!(%err, "outbox pass failed"),
        }
        tokio::select! {
            () = wake.notified() => {},
            () = tokio::time::sleep(Duration::from_secs(5)) => {},
        }
    }
}

/// One pass over due mail; returns how many were sent.
pub async fn deliver_due(store: &Store, mailer: &Mailer) -> Result<usize, kindred_store::StoreError> {
    let mut sent = 0;
    loop {
        let batch = store.claim_due_emails(10, LEASE_SECS).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for message in batch {
            match mailer.send(&message).await {
                Ok(()) => {
                    store.mark_email_sent(message.id).await?;
                    sent += 1;
                }
                Err(err) => {
                    let attempts = message.attempts + 1;
                    let retry_at = (attempts < MAX_ATTEMPTS).then(|| {
                        // 1 min, 2 min, 4 min ... after the 1st, 2nd, 3rd failure, capped at an hour.
                        let delay = (30_i64 << attempts.min(7)).min(3600);
                        now() + delay
                    });
                    tracing::warn!(%err, attempts, giving_up = retry_at.is_none(), "email not sent");
                    store.mark_email_failed(message.id, &err, retry_at).await?;
                }
            }
        }
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
