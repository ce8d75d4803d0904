//! One WebSocket connection to a room: the protocol of `docs/rooms.md`, version 1.
//!
//! The connection turns the page's commands into room events (naming the sender itself,
//! never trusting the page for who it is), refuses what the room would refuse before it
//! is written, relays signalling, and sends the person what they may see of each change.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use kindred_core::meetings::FormatRef;
use kindred_core::policy::Actor;
use kindred_core::rooms::{Event, Notice, Out, PROTOCOL_VERSION, Pid, RoomRole, Wellbeing};
use kindred_core::safety::Level;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::mpsc;

use super::hub::{AppendFailure, Delivery, LiveRoom, Prepared, SIGNAL_PREFIX, now_ms};
use super::{Admission, admit};
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;

/// How much is read from the socket at a time (the default, 128 KiB, is zeroed on each
/// read: most of the CPU of a busy room server went to that).
pub(crate) const READ_BUFFER_BYTES: usize = 4 * 1024;
/// The largest message a page may send.
pub(crate) const MAX_MESSAGE_BYTES: usize = 16 * 1024;
/// The largest signalling payload relayed (the Bus carries under 8,000 bytes).
const MAX_SIGNAL_BYTES: usize = 7 * 1024;
const RATE_PER_SECOND: f64 = 20.0;
const BURST: f64 = 40.0;
/// Refusals for rate in a row before the connection is closed.
const PATIENCE: u32 = 100;
const PING_EVERY: Duration = Duration::from_secs(20);
const SILENT_LIMIT: Duration = Duration::from_secs(60);

/// Upgrades to a WebSocket for someone allowed in, from a page of this site.
pub(super) async fn connect(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    axum::Extension(locale): axum::Extension<kindred_core::i18n::Locale>,
    headers: HeaderMap,
    Path(id): Path<String>,
    upgrade: WebSocketUpgrade,
) -> Result<Response, AppError> {
    if cross_site(&headers, &state.settings.public_url) {
        tracing::warn!("refused a cross-site WebSocket");
        return Err(AppError::Forbidden);
    }
    let admission = admit(&state, &actor, &id)
        .await?
        .map_err(|_| AppError::Conflict)?;
    Ok(upgrade
        // tungstenite zeroes its whole read buffer on every read; messages here are small.
        .read_buffer_size(READ_BUFFER_BYTES)
        .max_message_size(MAX_MESSAGE_BYTES)
        .max_frame_size(MAX_MESSAGE_BYTES)
        .on_upgrade(move |socket| run(state, admission, locale, socket)))
}

/// Cookies go with a WebSocket upgrade from any site and form rules do not cover it, so
/// the `Origin` a browser sends must be this site. Clients that are not browsers send
/// none and carry no one else's cookies.
pub(crate) fn cross_site(headers: &HeaderMap, public_url: &str) -> bool {
    crate::middleware::foreign_origin(headers, public_url)
}

/// What a page may send.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Command {
    Chat { text: String },
    Hand { up: bool },
    CallNext,
    MoveHand { pid: Pid, to: usize },
    ClearHands,
    RoundStart { seconds: u32 },
    RoundDone { passed: bool },
    RoundNext,
    RoundEnd,
    AgendaStart,
    AgendaNext,
    AgendaExtend { minutes: u32 },
    AgendaSkip,
    AgendaReader { pid: Option<Pid> },
    Spoke { ms: u32 },
    Media { audio: bool, video: bool },
    Signal { to: Pid, data: Value },
    Wellbeing { kind: Wellbeing },
    AskMute { pid: Pid },
    Admit { pid: Pid },
    Remove { pid: Pid },
    Lobby { on: bool },
    Lock { on: bool },
    ChatPause { on: bool },
    End,
    Resync,
    Ping,
}

const COMMANDS: &[&str] = &[
    "chat",
    "hand",
    "call_next",
    "move_hand",
    "clear_hands",
    "round_start",
    "round_done",
    "round_next",
    "round_end",
    "agenda_start",
    "agenda_next",
    "agenda_extend",
    "agenda_skip",
    "agenda_reader",
    "spoke",
    "media",
    "signal",
    "wellbeing",
    "ask_mute",
    "admit",
    "remove",
    "lobby",
    "lock",
    "chat_pause",
    "end",
    "resync",
    "ping",
];

impl Command {
    /// The room event, sent by `by`; `None` for commands that are not events.
    fn into_event(self, by: Pid) -> Option<Event> {
        use Command as C;
        Some(match self {
            C::Chat { text } => Event::Chat {
                by,
                text: text.trim().to_owned(),
            },
            C::Hand { up } => Event::Hand { by, up },
            C::CallNext => Event::CallNext { by },
            C::MoveHand { pid, to } => Event::MoveHand { by, pid, to },
            C::ClearHands => Event::ClearHands { by },
            C::RoundStart { seconds } => Event::RoundStart { by, seconds },
            C::RoundDone { passed } => Event::RoundDone { by, passed },
            C::RoundNext => Event::RoundNext { by },
            C::RoundEnd => Event::RoundEnd { by },
            C::AgendaStart => Event::AgendaStart { by },
            C::AgendaNext => Event::AgendaNext { by },
            C::AgendaExtend { minutes } => Event::AgendaExtend { by, minutes },
            C::AgendaSkip => Event::AgendaSkip { by },
            C::AgendaReader { pid } => Event::AgendaReader { by, pid },
            C::Spoke { ms } => Event::Spoke { by, ms },
            C::Media { audio, video } => Event::Media { by, audio, video },
            // Pages send only their own signals; screen alerts come from the server.
            C::Wellbeing {
                kind: kind @ (Wellbeing::Break | Wellbeing::NotOk),
            } => Event::Wellbeing { by, kind },
            C::Wellbeing { .. } => return None,
            C::AskMute { pid } => Event::AskMute { by, pid },
            C::Admit { pid } => Event::Admit { by, pid },
            C::Remove { pid } => Event::Remove { by, pid },
            C::Lobby { on } => Event::Lobby { by, on },
            C::Lock { on } => Event::Lock { by, on },
            C::ChatPause { on } => Event::ChatPause { by, on },
            C::End => Event::End { by },
            C::Signal { .. } | C::Resync | C::Ping => return None,
        })
    }
}

/// A refusal the page can act on.
fn error(code: &str, message: &str) -> Value {
    json!({ "v": PROTOCOL_VERSION, "type": "error", "code": code, "message": message })
}

/// Reads a page's message: version, type, fields.
fn parse(text: &str) -> Result<Command, Value> {
    let value: Value = serde_json::from_str(text).map_err(|_| error("invalid", "not a JSON object"))?;
    match value.get("v").and_then(Value::as_u64) {
        Some(v) if v == u64::from(PROTOCOL_VERSION) => {}
        _ => return Err(error("unsupported_version", "this server speaks version 1")),
    }
    let kind = value.get("type").and_then(Value::as_str).unwrap_or("");
    if !COMMANDS.contains(&kind) {
        return Err(error("unknown_type", "no such message type"));
    }
    serde_json::from_value(value).map_err(|e| error("invalid", &e.to_string()))
}

/// A token bucket: `RATE_PER_SECOND`, bursts of `BURST`.
#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
    refused: u32,
}

impl Bucket {
    fn new() -> Self {
        Self {
            tokens: BURST,
            at: Instant::now(),
            refused: 0,
        }
    }

    fn take(&mut self) -> bool {
        let now = Instant::now();
        self.tokens = (self.tokens + now.duration_since(self.at).as_secs_f64() * RATE_PER_SECOND).min(BURST);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            self.refused = 0;
            true
        } else {
            self.refused += 1;
            false
        }
    }
}

struct Conn {
    state: AppState,
    admission: Admission,
    live: Arc<LiveRoom>,
    /// Where the appender reports events of ours it could not write.
    failures: mpsc::Sender<AppendFailure>,
    /// The last event this connection has shown (from `welcome` on).
    seq: i64,
    /// The person's language: for crisis screening and signposting.
    tr: Tr,
}

enum Flow {
    Continue,
    Close(u16, &'static str),
}

async fn run(state: AppState, admission: Admission, locale: kindred_core::i18n::Locale, socket: WebSocket) {
    let rooms = state.rooms.clone();
    let loaded = admission.loaded.clone();
    let segments = match loaded.series.details.format {
        Some(FormatRef::Builtin(key)) => kindred_core::meetings::builtin_format(key)
            .map(|f| f.format.segments.clone())
            .unwrap_or_default(),
        Some(FormatRef::Group(id)) => state
            .store
            .group_formats(loaded.group.id)
            .await
            .unwrap_or_default()
            .into_iter()
            .find(|f| f.id == id)
            .map(|f| f.format.segments)
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let lobby = admission.lobby;
    let close_after = admission.close_after;
    let entered = rooms
        .enter(&state.store, &admission.room_id, move || {
            (
                loaded.series.id,
                loaded.meeting.id.date,
                close_after,
                Event::Open { segments, lobby },
            )
        })
        .await;
    let live = match entered {
        Ok(live) => live,
        Err(err) => {
            tracing::warn!(%err, "could not open a room");
            close(socket, 1011, "the room cannot be opened").await;
            return;
        }
    };
    let conn_id = rooms.new_conn(&state.store);
    let (failures, failed) = mpsc::channel(16);
    let mut conn = Conn {
        state: state.clone(),
        admission,
        live: live.clone(),
        failures,
        seq: 0,
        tr: Tr::new(state.i18n.clone(), locale),
    };
    let outcome = conn.serve(socket, &conn_id, failed).await;
    // Leaving: the event, the attendance, and this instance's hold on the room.
    let pid = conn.admission.pid.clone();
    let _ = rooms
        .append(&state.store, &live.id, &Event::Leave { pid, conn: conn_id })
        .await;
    if let Some(started) = outcome {
        let a = &conn.admission;
        let seconds = i64::try_from(started.elapsed().as_secs()).unwrap_or(i64::MAX);
        if let Err(err) = state
            .store
            .live_left(a.loaded.series.id, a.loaded.meeting.id.date, a.user, seconds)
            .await
        {
            tracing::warn!(%err, "could not record leaving a room");
        }
    }
    rooms.release(&live);
}

async fn close(mut socket: WebSocket, code: u16, reason: &'static str) {
    let _ = socket
        .send(Message::Close(Some(CloseFrame {
            code,
            reason: reason.into(),
        })))
        .await;
}

impl Conn {
    /// Runs the connection; returns when the person joined (for attendance), if they did.
    async fn serve(
        &mut self,
        mut socket: WebSocket,
        conn_id: &str,
        mut failed: mpsc::Receiver<AppendFailure>,
    ) -> Option<Instant> {
        let mut deliveries = self.live.tx.subscribe();
        let join = Event::Join {
            pid: self.admission.pid.clone(),
            name: self.admission.name.clone(),
            role: self.admission.role,
            conn: conn_id.to_owned(),
        };
        if let Err(refusal) = self.live.check(&join).await {
            let _ = send(&mut socket, &error(refusal.code(), &refusal.to_string())).await;
            close(socket, 1008, "not admitted").await;
            return None;
        }
        let seq = match self
            .state
            .rooms
            .append(&self.state.store, &self.live.id, &join)
            .await
        {
            Ok(Some(seq)) => seq,
            Ok(None) => {
                close(socket, 1000, "the meeting has ended").await;
                return None;
            }
            Err(err) => {
                tracing::warn!(%err, "could not join a room");
                close(socket, 1011, "the room is unavailable").await;
                return None;
            }
        };
        let a = &self.admission;
        if let Err(err) = self
            .state
            .store
            .live_joined(a.loaded.series.id, a.loaded.meeting.id.date, a.user)
            .await
        {
            tracing::warn!(%err, "could not record joining a room");
        }
        let started = Instant::now();
        // Wait until our own arrival is in this instance's copy, so the welcome shows it.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        while self.live.seq().await.is_none_or(|s| s < seq) {
            if tokio::time::timeout_at(deadline, deliveries.recv())
                .await
                .is_err()
            {
                break;
            }
        }
        let me = self.me().clone();
        let standing = self
            .live
            .with_room(|room| {
                room.participant(&me)
                    .map(|p| (p.removed, p.conns.iter().any(|c| c == conn_id)))
            })
            .await
            .flatten();
        match standing {
            Some((false, true)) => {}
            Some((true, _)) => {
                let _ = send(
                    &mut socket,
                    &error("removed", "you were removed from this meeting"),
                )
                .await;
                close(socket, 1008, "not admitted").await;
                return Some(started);
            }
            _ => {
                let _ = send(
                    &mut socket,
                    &error(
                        "not_admitted",
                        "the room did not let you in (it may be locked or full)",
                    ),
                )
                .await;
                close(socket, 1008, "not admitted").await;
                return Some(started);
            }
        }
        match self.welcome(&mut socket).await {
            Ok(Flow::Continue) => {}
            Ok(Flow::Close(code, reason)) => {
                close(socket, code, reason).await;
                return Some(started);
            }
            Err(()) => return Some(started),
        }

        let mut bucket = Bucket::new();
        let mut last_heard = Instant::now();
        let mut ping = tokio::time::interval(PING_EVERY);
        ping.tick().await;
        loop {
            let flow = tokio::select! {
                incoming = socket.recv() => {
                    last_heard = Instant::now();
                    match incoming {
                        Some(Ok(Message::Text(text))) => {
                            if bucket.take() {
                                self.command(&mut socket, text.as_str()).await
                            } else if bucket.refused > PATIENCE {
                                Flow::Close(1008, "too many messages")
                            } else {
                                send(&mut socket, &error("rate_limited", "slow down: at most 20 messages a second")).await
                            }
                        }
                        Some(Ok(Message::Binary(_))) => send(&mut socket, &error("invalid", "send text frames")).await,
                        // Over the size limit: say so (1009) rather than vanish.
                        Some(Err(err)) if err.to_string().contains("too long") => Flow::Close(1009, "message too big"),
                        Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                        Some(Ok(_)) => Flow::Continue, // ping and pong frames
                    }
                }
                failure = failed.recv() => match failure {
                    Some(AppendFailure::Ended) => Flow::Close(1000, "the meeting has ended"),
                    Some(AppendFailure::Unavailable(err)) => {
                        tracing::warn!(%err, "could not write a room event");
                        send(&mut socket, &error("unavailable", "that did not go through; please try again")).await
                    }
                    None => Flow::Continue,
                },
                delivery = deliveries.recv() => match delivery {
                    Ok(delivery) => self.deliver(&mut socket, delivery).await,
                    // Fell behind: the whole state again rather than a hole.
                    Err(RecvError::Lagged(_)) => self.welcome(&mut socket).await.unwrap_or(Flow::Close(1011, "")),
                    Err(RecvError::Closed) => Flow::Close(1012, "the room was reloaded"),
                },
                _ = ping.tick() => {
                    if last_heard.elapsed() > SILENT_LIMIT {
                        Flow::Close(1001, "no answer")
                    } else if socket.send(Message::Ping(Vec::new().into())).await.is_err() {
                        break;
                    } else {
                        Flow::Continue
                    }
                }
            };
            if let Flow::Close(code, reason) = flow {
                close(socket, code, reason).await;
                return Some(started);
            }
        }
        Some(started)
    }

    fn me(&self) -> &Pid {
        &self.admission.pid
    }

    fn facilitator(&self) -> bool {
        self.admission.role == RoomRole::Facilitator
    }

    async fn command(&mut self, socket: &mut WebSocket, text: &str) -> Flow {
        let command = match parse(text) {
            Ok(command) => command,
            Err(refusal) => return send(socket, &refusal).await,
        };
        match command {
            Command::Ping => return send(socket, &json!({ "v": PROTOCOL_VERSION, "type": "pong" })).await,
            Command::Resync => return self.welcome(socket).await.unwrap_or(Flow::Close(1011, "")),
            Command::Signal { to, data } => return self.signal(socket, to, data).await,
            Command::Wellbeing { kind } if !matches!(kind, Wellbeing::Break | Wellbeing::NotOk) => {
                return send(socket, &error("invalid", "kind is break or not_ok")).await;
            }
            _ => {}
        }
        let Some(event) = command.into_event(self.me().clone()) else {
            return Flow::Continue;
        };
        if let Err(refusal) = self.live.check(&event).await {
            return send(socket, &error(refusal.code(), &refusal.to_string())).await;
        }
        if let Event::Chat { text, .. } = &event
            && let Flow::Close(code, reason) = self.screen(socket, text).await
        {
            return Flow::Close(code, reason);
        }
        match self
            .state
            .rooms
            .submit(&self.state.store, &self.live.id, &event, self.failures.clone())
            .await
        {
            Ok(()) => Flow::Continue,
            Err(err) => {
                tracing::warn!(%err, "could not write a room event");
                send(
                    socket,
                    &error("unavailable", "that did not go through; please try again"),
                )
                .await
            }
        }
    }

    /// Crisis screening of a chat message before it is posted (it is posted whatever the
    /// result: nothing is silently blocked). When it may mean the writer is at risk they see
    /// crisis lines at once, in their language, and the facilitators get a private alert.
    async fn screen(&self, socket: &mut WebSocket, text: &str) -> Flow {
        let screening = kindred_core::safety::screen(text, self.tr.locale);
        let kind = match screening.level {
            Level::None => return Flow::Continue,
            Level::Concern => Wellbeing::ChatConcern,
            Level::Urgent => Wellbeing::ChatUrgent,
        };
        let lines = crate::pages::crisis_lines(&self.tr, &self.state.settings.crisis_country);
        let flow = send(
            socket,
            &json!({
                "v": PROTOCOL_VERSION,
                "type": "safety",
                "level": screening.level,
                "lines": lines.iter().map(|l| json!({"name": l.name, "how": l.how, "href": l.href})).collect::<Vec<_>>(),
            }),
        )
        .await;
        let alert = Event::Wellbeing {
            by: self.me().clone(),
            kind,
        };
        if let Err(err) = self
            .state
            .rooms
            .submit(&self.state.store, &self.live.id, &alert, self.failures.clone())
            .await
        {
            tracing::warn!(%err, "could not alert the facilitators");
        }
        // Also an alert in the moderation queue that stays open until someone handles it
        // (and, when urgent, an email to facilitators and moderators on duty).
        let a = &self.admission;
        let source = format!("{}|{}", a.loaded.meeting.id, jiff::Timestamp::now().as_second());
        if let Err(err) = crate::moderation::alert_on(
            &self.state,
            &self.tr,
            &screening,
            Some(a.loaded.group.id),
            "chat",
            &source,
            a.user,
        )
        .await
        {
            tracing::warn!(?err, "could not record the chat alert");
        }
        flow
    }

    async fn signal(&self, socket: &mut WebSocket, to: Pid, data: Value) -> Flow {
        let size = data.to_string().len();
        if size > MAX_SIGNAL_BYTES {
            return send(socket, &error("too_large", "signalling data is at most 7 KiB")).await;
        }
        let me = self.me().clone();
        let both_in = self
            .live
            .with_room(|room| {
                room.participant(&me).is_some_and(|p| p.in_room())
                    && room.participant(&to).is_some_and(|p| p.in_room())
            })
            .await
            .unwrap_or(false);
        if !both_in {
            return send(socket, &error("not_admitted", "both people must be in the room")).await;
        }
        let event = kindred_store::Event {
            topic: format!("{SIGNAL_PREFIX}{}", self.live.id),
            body: json!({ "to": to, "from": self.me(), "data": data }),
        };
        if let Err(err) = self.state.store.bus().publish(&event).await {
            tracing::warn!(%err, "could not relay signalling");
            return send(
                socket,
                &error("unavailable", "that did not go through; please try again"),
            )
            .await;
        }
        Flow::Continue
    }

    /// Everything the person needs to (re)draw the room.
    async fn welcome(&mut self, socket: &mut WebSocket) -> Result<Flow, ()> {
        let Some(current) = self.live.current().await else {
            return Ok(Flow::Close(1011, "the room is unavailable"));
        };
        self.seq = current.seq;
        let room = &current.room;
        let me = room.participant(self.me());
        let waiting = me.is_some_and(|p| !p.admitted);
        let mut message = json!({
            "v": PROTOCOL_VERSION,
            "type": "welcome",
            "you": {
                "pid": self.me(),
                "name": self.admission.name,
                "role": self.admission.role,
                "waiting": waiting,
            },
            "server_time": now_ms(),
            "room": room.view(self.me()),
            "chat": if waiting { Vec::new() } else { room.chat.iter().collect::<Vec<_>>() },
            "ice_servers": self.state.settings.ice_servers,
        });
        if self.facilitator() {
            message["fairness"] = json!(room.fairness(now_ms()));
        }
        match send(socket, &message).await {
            Flow::Continue => Ok(Flow::Continue),
            Flow::Close(..) => Err(()),
        }
    }

    async fn deliver(&mut self, socket: &mut WebSocket, delivery: Delivery) -> Flow {
        match delivery {
            Delivery::Reloaded => self.welcome(socket).await.unwrap_or(Flow::Close(1011, "")),
            Delivery::Fairness(text) if self.facilitator() => send_text(socket, &text).await,
            Delivery::Fairness(_) => Flow::Continue,
            Delivery::Signal { to, from, data } => {
                if &to != self.me() {
                    return Flow::Continue;
                }
                send(
                    socket,
                    &json!({ "v": PROTOCOL_VERSION, "type": "signal", "from": from, "data": *data }),
                )
                .await
            }
            Delivery::Applied(prepared) => {
                if prepared.seq <= self.seq {
                    return Flow::Continue;
                }
                self.seq = prepared.seq;
                self.applied(socket, &prepared).await
            }
        }
    }

    async fn applied(&mut self, socket: &mut WebSocket, prepared: &Prepared) -> Flow {
        let me = self.me().clone();
        let facilitator = self.facilitator();
        let waiting = prepared.waiting.contains(&me);
        let mut sent_room = false;
        for out in &prepared.outs {
            let flow = match out {
                Out::RoomChanged if !sent_room => {
                    sent_room = true;
                    let text = prepared
                        .special_rooms
                        .iter()
                        .find(|(pid, _)| *pid == me)
                        .map(|(_, text)| text)
                        .or(if facilitator { prepared.facilitator_room.as_ref() } else { None })
                        .or(prepared.member_room.as_ref());
                    match text {
                        Some(text) => send_text(socket, text).await,
                        None => Flow::Continue,
                    }
                }
                Out::Chat(_) if !waiting => match &prepared.chat {
                    Some(text) => send_text(socket, text).await,
                    None => Flow::Continue,
                },
                Out::ToOne(pid, notice) if *pid == me => {
                    let flow = send(socket, &json!({ "v": PROTOCOL_VERSION, "type": "notice", "kind": notice })).await;
                    match notice {
                        Notice::Removed => Flow::Close(1008, "removed by a facilitator"),
                        Notice::Admitted => self.welcome(socket).await.unwrap_or(flow),
                        _ => flow,
                    }
                }
                Out::ToFacilitators(signal) if facilitator => {
                    send(
                        socket,
                        &json!({ "v": PROTOCOL_VERSION, "type": "wellbeing", "pid": signal.pid, "name": signal.name, "kind": signal.kind, "at": signal.at }),
                    )
                    .await
                }
                Out::Ended => {
                    let _ = send(socket, &json!({ "v": PROTOCOL_VERSION, "type": "notice", "kind": "ended" })).await;
                    Flow::Close(1000, "the meeting has ended")
                }
                _ => Flow::Continue,
            };
            if let Flow::Close(..) = flow {
                return flow;
            }
        }
        Flow::Continue
    }
}

async fn send_text(socket: &mut WebSocket, text: &str) -> Flow {
    match socket.send(Message::Text(text.into())).await {
        Ok(()) => Flow::Continue,
        Err(_) => Flow::Close(1001, "gone"),
    }
}

async fn send(socket: &mut WebSocket, message: &Value) -> Flow {
    match socket.send(Message::Text(message.to_string().into())).await {
        Ok(()) => Flow::Continue,
        Err(_) => Flow::Close(1001, "gone"),
    }
}

#[cfg(test)]
mod tests {
    use axum::http::header;

    use super::*;

    #[test]
    fn parsing_checks_version_type_and_fields() {
        let code = |text: &str| {
            parse(text)
                .err()
                .and_then(|e| e["code"].as_str().map(str::to_owned))
        };
        assert_eq!(code("nonsense"), Some("invalid".into()));
        assert_eq!(
            code(r#"{"type":"hand","up":true}"#),
            Some("unsupported_version".into())
        );
        assert_eq!(
            code(r#"{"v":2,"type":"hand","up":true}"#),
            Some("unsupported_version".into())
        );
        assert_eq!(code(r#"{"v":1,"type":"fly"}"#), Some("unknown_type".into()));
        assert_eq!(code(r#"{"v":1,"type":"hand"}"#), Some("invalid".into()));
        assert!(parse(r#"{"v":1,"type":"hand","up":true}"#).is_ok());
        assert!(parse(r#"{"v":1,"type":"end"}"#).is_ok());
        assert!(parse(r#"{"v":1,"type":"round_start","seconds":60}"#).is_ok());
    }

    #[test]
    fn every_listed_command_parses() {
        for kind in COMMANDS {
            let result = parse(&format!(r#"{{"v":1,"type":"{kind}"}}"#));
            if let Err(e) = result {
                assert_eq!(e["code"], "invalid", "{kind} is listed but not known");
            }
        }
    }

    #[test]
    fn the_bucket_allows_bursts_then_refuses() {
        let mut bucket = Bucket::new();
        let allowed = (0..100).filter(|_| bucket.take()).count();
        assert!((40..=42).contains(&allowed), "{allowed}");
    }

    #[test]
    fn other_sites_cannot_open_a_socket() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::HOST,
            "127.0.0.1:8080".parse().unwrap_or_else(|_| panic!()),
        );
        assert!(
            !cross_site(&headers, "http://127.0.0.1:8080"),
            "no Origin: not a browser"
        );
        headers.insert(
            header::ORIGIN,
            "http://127.0.0.1:8080".parse().unwrap_or_else(|_| panic!()),
        );
        assert!(!cross_site(&headers, "http://example.org"));
        headers.insert(
            header::ORIGIN,
            "https://evil.example".parse().unwrap_or_else(|_| panic!()),
        );
        assert!(cross_site(&headers, "http://127.0.0.1:8080"));
    }
}
