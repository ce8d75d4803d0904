//! This instance's copies of the rooms its connections are in.
//!
//! Writes go to the room's log (grouped into one transaction by the appender task) and come
//! back through the Bus; each room's task applies them strictly in sequence order and hands
//! every local connection what changed. A gap in the sequence, a lagged Bus receiver or a
//! reconnected PostgreSQL listener makes the task read the log, so a copy never drifts from
//! the database. A room's task and its entry here go when its last local connection does.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use kindred_core::rooms::{Event, Out, PROTOCOL_VERSION, Pid, Refusal, Room, RoomRole, Status, replay};
use kindred_store::{NewRoomEvent, Received, Store};
use tokio::sync::{RwLock, broadcast, mpsc, oneshot};

/// How many events between snapshots of a room's state.
const SNAPSHOT_EVERY: i64 = 500;
/// Most events in one append transaction.
const BATCH: usize = 1024;
/// How often facilitators' fairness figures are sent while they change.
const FAIRNESS_EVERY: std::time::Duration = std::time::Duration::from_secs(1);
/// Undelivered messages kept per room for slow connections before they must resync.
const FANOUT: usize = 1024;
pub(crate) const SIGNAL_PREFIX: &str = "signal:";
/// Must agree with `kindred_store::room_topic`.
const ROOM_PREFIX: &str = "room:";

/// What a room's task hands its local connections.
#[derive(Debug, Clone)]
pub(crate) enum Delivery {
    /// An event was applied: what it changed, with the messages already written.
    Applied(Arc<Prepared>),
    /// WebRTC signalling for one person.
    Signal {
        to: Pid,
        from: Pid,
        data: Arc<serde_json::Value>,
    },
    /// The copy was reloaded: send everyone the whole state again.
    Reloaded,
    /// The facilitators' fairness figures, at most once a second while they change.
    Fairness(Arc<String>),
}

/// The room copies of this instance.
#[derive(Debug, Clone, Default)]
pub struct Rooms {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    live: Mutex<HashMap<String, Arc<LiveRoom>>>,
    started: OnceLock<Started>,
}

#[derive(Debug)]
struct Started {
    appender: mpsc::Sender<Append>,
    /// This process's name in connection ids (`<instance>:<n>`).
    instance: String,
    next_conn: AtomicU64,
}

/// An event to append, and where to say how it went.
type Append = (NewRoomEvent, Reply);

/// How an append is answered: a caller waiting for the sequence number, or a connection
/// that goes on meanwhile and hears only about failures (the event itself comes back
/// through the Bus).
#[derive(Debug)]
enum Reply {
    Wait(oneshot::Sender<Result<Option<i64>, String>>),
    Failures(mpsc::Sender<AppendFailure>),
}

/// Why an event a connection submitted was not written.
#[derive(Debug, Clone)]
pub(crate) enum AppendFailure {
    /// The room has ended.
    Ended,
    Unavailable(String),
}

/// One room on this instance.
#[derive(Debug)]
pub(crate) struct LiveRoom {
    pub id: String,
    /// The copy: the room as of `seq`. `None` until loaded.
    state: RwLock<Copy>,
    pub tx: broadcast::Sender<Delivery>,
    inbox: mpsc::Sender<Inbound>,
    needs_reload: AtomicBool,
    /// Speaking time or contributions changed since the last `fairness` message.
    fairness_dirty: AtomicBool,
    connections: Mutex<usize>,
}

#[derive(Debug, Default)]
struct Copy {
    room: Option<Room>,
    seq: i64,
    snapshot_seq: i64,
}

/// One applied event's messages, serialised once for every connection on this instance:
/// most people see the same thing, so only the few with a view of their own (the reader of
/// a segment, people in the lobby) get theirs written separately.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub seq: i64,
    pub outs: Vec<Out>,
    /// `room` messages: the members' view, the facilitators' view, and the special ones.
    pub member_room: Option<String>,
    pub facilitator_room: Option<String>,
    pub special_rooms: Vec<(Pid, String)>,
    /// The `chat` message, for everyone let in.
    pub chat: Option<String>,
    /// Present but not let in: they get no chat.
    pub waiting: Vec<Pid>,
}

impl Prepared {
    fn new(seq: i64, outs: Vec<Out>, room: &Room) -> Self {
        let now = now_ms();
        let room_message = |viewer: &Pid, facilitator: bool| {
            serde_json::json!({
                "v": PROTOCOL_VERSION, "type": "room", "server_time": now,
                "room": room.view_as(viewer, facilitator),
            })
            .to_string()
        };
        let changed = outs.contains(&Out::RoomChanged);
        let nobody = Pid(String::new());
        let chat = outs.iter().find_map(|o| match o {
            Out::Chat(line) => {
                Some(serde_json::json!({"v": PROTOCOL_VERSION, "type": "chat", "line": line}).to_string())
            }
            _ => None,
        });
        let facilitators: Vec<Pid> = room
            .participants
            .iter()
            .filter(|p| p.role == RoomRole::Facilitator)
            .map(|p| p.pid.clone())
            .collect();
        Self {
            seq,
            member_room: changed.then(|| room_message(&nobody, false)),
            facilitator_room: (changed && !facilitators.is_empty()).then(|| room_message(&nobody, true)),
            special_rooms: if changed {
                room.special_viewers()
                    .into_iter()
                    .map(|pid| {
                        let message = room_message(&pid, false);
                        (pid, message)
                    })
                    .collect()
            } else {
                Vec::new()
            },
            chat,
            waiting: room
                .participants
                .iter()
                .filter(|p| !p.admitted)
                .map(|p| p.pid.clone())
                .collect(),
            outs,
        }
    }
}

#[derive(Debug)]
enum Inbound {
    Event { seq: i64, at: i64, event: Option<Event> },
    Reload,
}

/// The room's current state, for a connection's `welcome`.
#[derive(Debug, Clone)]
pub(crate) struct Current {
    pub room: Room,
    pub seq: i64,
}

impl Rooms {
    fn started(&self, store: &Store) -> &Started {
        self.inner.started.get_or_init(|| {
            let (appender, requests) = mpsc::channel(4096);
            let instance = uuid::Uuid::new_v4().simple().to_string()[..12].to_owned();
            tokio::spawn(append_batches(store.clone(), requests));
            // Subscribed here, before anything is appended, so no event can slip by.
            tokio::spawn(route_bus(store.bus().subscribe(), Arc::downgrade(&self.inner)));
            tokio::spawn(heartbeat(store.clone(), instance.clone()));
            Started {
                appender,
                instance,
                next_conn: AtomicU64::new(1),
            }
        })
    }

    /// A new connection's id.
    pub(crate) fn new_conn(&self, store: &Store) -> String {
        let started = self.started(store);
        format!(
            "{}:{}",
            started.instance,
            started.next_conn.fetch_add(1, Ordering::Relaxed)
        )
    }

    /// The room, loaded from its log (created with `first` when new); counts one more
    /// local connection. Call [`Rooms::release`] when the connection ends.
    pub(crate) async fn enter(
        &self,
        store: &Store,
        id: &str,
        create: impl FnOnce() -> (kindred_core::ids::SeriesId, jiff::civil::Date, i64, Event),
    ) -> Result<Arc<LiveRoom>, String> {
        self.started(store);
        let room = {
            let mut live = self.inner.live.lock().map_err(|e| e.to_string())?;
            if let Some(room) = live.get(id) {
                if let Ok(mut n) = room.connections.lock() {
                    *n += 1;
                }
                room.clone()
            } else {
                let (inbox, rx) = mpsc::channel(1024);
                let room = Arc::new(LiveRoom {
                    id: id.to_owned(),
                    state: RwLock::new(Copy::default()),
                    tx: broadcast::channel(FANOUT).0,
                    inbox,
                    needs_reload: AtomicBool::new(true),
                    fairness_dirty: AtomicBool::new(false),
                    connections: Mutex::new(1),
                });
                live.insert(id.to_owned(), room.clone());
                tokio::spawn(run_room(store.clone(), Arc::downgrade(&room), rx));
                room
            }
        };
        if let Err(err) = self.load(store, &room, id, create).await {
            self.release(&room);
            return Err(err);
        }
        Ok(room)
    }

    /// Makes sure the room exists and this instance's copy is loaded.
    async fn load(
        &self,
        store: &Store,
        room: &Arc<LiveRoom>,
        id: &str,
        create: impl FnOnce() -> (kindred_core::ids::SeriesId, jiff::civil::Date, i64, Event),
    ) -> Result<(), String> {
        if room.state.read().await.room.is_none() {
            let (series, date, close_after, open) = create();
            let first = NewRoomEvent {
                room: id.to_owned(),
                at_ms: now_ms(),
                event: serde_json::to_string(&open).map_err(|e| e.to_string())?,
            };
            store
                .open_room(id, series, date, close_after, &first)
                .await
                .map_err(|e| e.to_string())?;
            room.reload(store).await?;
        }
        Ok(())
    }

    /// One local connection to `room` ended; the room's copy goes with the last one.
    pub(crate) fn release(&self, room: &Arc<LiveRoom>) {
        let Ok(mut live) = self.inner.live.lock() else {
            return;
        };
        let last = match room.connections.lock() {
            Ok(mut n) => {
                *n = n.saturating_sub(1);
                *n == 0
            }
            Err(_) => true,
        };
        if last {
            live.remove(&room.id);
            // The task ends when its inbox closes, i.e. when the last Arc goes.
        }
    }

    /// Appends an event to the room's log; it reaches every instance (this one included)
    /// through the Bus. `Ok(None)` when the room has ended.
    pub(crate) async fn append(
        &self,
        store: &Store,
        room: &str,
        event: &Event,
    ) -> Result<Option<i64>, String> {
        let (reply, answer) = oneshot::channel();
        self.enqueue(store, room, event, Reply::Wait(reply)).await?;
        answer
            .await
            .map_err(|_| "the appender dropped a request".to_owned())?
    }

    /// Appends an event without waiting for it to be written: a connection goes on reading
    /// while the appender works, and hears through `failures` only if it was not written.
    /// Waits only when the appender's queue is full (back-pressure on a flood).
    pub(crate) async fn submit(
        &self,
        store: &Store,
        room: &str,
        event: &Event,
        failures: mpsc::Sender<AppendFailure>,
    ) -> Result<(), String> {
        self.enqueue(store, room, event, Reply::Failures(failures)).await
    }

    async fn enqueue(&self, store: &Store, room: &str, event: &Event, reply: Reply) -> Result<(), String> {
        let item = NewRoomEvent {
            room: room.to_owned(),
            at_ms: now_ms(),
            event: serde_json::to_string(event).map_err(|e| e.to_string())?,
        };
        self.started(store)
            .appender
            .send((item, reply))
            .await
            .map_err(|_| "the appender stopped".to_owned())
    }

    /// How many rooms this instance holds copies of (for metrics and tests).
    pub fn loaded(&self) -> usize {
        self.inner.live.lock().map(|l| l.len()).unwrap_or(0)
    }
}

impl LiveRoom {
    /// A copy of the room as it is now (for a `welcome`).
    pub(crate) async fn current(&self) -> Option<Current> {
        let copy = self.state.read().await;
        copy.room.clone().map(|room| Current { room, seq: copy.seq })
    }

    /// The sequence number of the last event applied here.
    pub(crate) async fn seq(&self) -> Option<i64> {
        let copy = self.state.read().await;
        copy.room.as_ref().map(|_| copy.seq)
    }

    /// Whether the room would accept `event` now (no copy made).
    pub(crate) async fn check(&self, event: &Event) -> Result<(), Refusal> {
        match &self.state.read().await.room {
            Some(room) => room.check(event),
            None => Ok(()),
        }
    }

    /// Runs `f` on the room as it is now.
    pub(crate) async fn with_room<T>(&self, f: impl FnOnce(&Room) -> T) -> Option<T> {
        self.state.read().await.room.as_ref().map(f)
    }

    /// Reads the log after what the copy has, or from the start. The log is read without
    /// holding the copy's lock, so the room's connections are served meanwhile. Messages
    /// meant for one person or the facilitators (a removal, an alert, the end) are delivered
    /// as they would have been; the rest reaches everyone as a fresh `welcome`.
    async fn reload(&self, store: &Store) -> Result<(), String> {
        self.needs_reload.store(false, Ordering::SeqCst);
        let after = {
            let copy = self.state.read().await;
            if copy.room.is_some() { copy.seq } else { 0 }
        };
        let log = store.room_log(&self.id, after).await.map_err(|e| e.to_string())?;
        let mut guard = self.state.write().await;
        let copy = &mut *guard;
        let fresh = copy.room.is_none();
        if let Some((seq, state)) = &log.snapshot
            && (copy.room.is_none() || *seq > copy.seq)
        {
            copy.room = Some(serde_json::from_str::<Room>(state).map_err(|e| e.to_string())?);
            copy.seq = *seq;
            copy.snapshot_seq = *seq;
        }
        let mut applied = log.snapshot.is_some();
        let mut personal: Vec<(i64, i64, Vec<Out>)> = Vec::new();
        for logged in &log.events {
            if copy.room.is_some() && logged.seq <= copy.seq {
                continue; // brought this far meanwhile
            }
            let Ok(event) = serde_json::from_str::<Event>(&logged.event) else {
                copy.seq = logged.seq;
                continue;
            };
            let outs = match copy.room.as_mut() {
                Some(room) => room.apply(logged.at_ms, &event).unwrap_or_default(),
                None => {
                    copy.room = replay([(logged.at_ms, &event)]);
                    Vec::new()
                }
            };
            copy.seq = logged.seq;
            applied = true;
            let own: Vec<Out> = outs
                .into_iter()
                .filter(|o| matches!(o, Out::ToOne(..) | Out::ToFacilitators(_) | Out::Ended))
                .collect();
            if !fresh && !own.is_empty() {
                personal.push((logged.seq, logged.at_ms, own));
            }
        }
        let mut summary = None;
        if let Some(room) = copy.room.as_mut() {
            if log.ended_at.is_some() && room.status != Status::Ended {
                // Ended and closed elsewhere; the log is gone, the state says so.
                room.status = Status::Ended;
                applied = true;
                personal.push((copy.seq, now_ms(), vec![Out::Ended]));
            } else if log.ended_at.is_none() && personal.iter().any(|(_, _, o)| o.contains(&Out::Ended)) {
                summary = Some(serde_json::to_value(room.summary(now_ms())).unwrap_or_default());
            }
        }
        let prepared: Vec<Prepared> = match copy.room.as_ref() {
            Some(room) => personal
                .into_iter()
                .map(|(seq, _, outs)| Prepared::new(seq, outs, room))
                .collect(),
            None => Vec::new(),
        };
        drop(guard);
        // Personal messages first: the welcome that follows moves each connection past them.
        for p in prepared {
            let _ = self.tx.send(Delivery::Applied(Arc::new(p)));
        }
        if applied {
            let _ = self.tx.send(Delivery::Reloaded);
        }
        if let Some(summary) = summary {
            store
                .close_room(&self.id, &summary)
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// Applies the room's events in order and fans them out, until the room has no local
/// connections left.
async fn run_room(store: Store, weak: std::sync::Weak<LiveRoom>, mut inbox: mpsc::Receiver<Inbound>) {
    // The inbox closes when the last holder of the room (the registry, a connection) lets
    // go of it, which ends this task.
    let mut fairness_tick = tokio::time::interval(FAIRNESS_EVERY);
    fairness_tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let message = tokio::select! {
            message = inbox.recv() => match message {
                Some(message) => message,
                None => break,
            },
            _ = fairness_tick.tick() => {
                let Some(room) = weak.upgrade() else { break };
                if room.fairness_dirty.swap(false, Ordering::Relaxed) {
                    let text = room
                        .with_room(|r| {
                            r.participants.iter().any(|p| p.role == RoomRole::Facilitator && p.present()).then(|| {
                                serde_json::json!({"v": PROTOCOL_VERSION, "type": "fairness", "fairness": r.fairness(now_ms())})
                                    .to_string()
                            })
                        })
                        .await
                        .flatten();
                    if let Some(text) = text {
                        let _ = room.tx.send(Delivery::Fairness(Arc::new(text)));
                    }
                }
                continue;
            }
        };
        let Some(room) = weak.upgrade() else { break };
        let result = match message {
            Inbound::Reload => room.reload(&store).await,
            Inbound::Event { seq, at, event } => apply(&store, &room, seq, at, event).await,
        };
        if let Err(err) = result {
            tracing::warn!(%err, "room copy could not be brought up to date");
            room.needs_reload.store(true, Ordering::SeqCst);
        }
    }
}

async fn apply(
    store: &Store,
    live: &LiveRoom,
    seq: i64,
    at: i64,
    event: Option<Event>,
) -> Result<(), String> {
    let mut guard = live.state.write().await;
    let copy = &mut *guard;
    if copy.room.is_none() || live.needs_reload.load(Ordering::SeqCst) {
        drop(guard);
        return live.reload(store).await;
    }
    if seq <= copy.seq {
        return Ok(()); // already applied (read from the log after a gap)
    }
    let event = match event {
        Some(event) if seq == copy.seq + 1 => event,
        // A gap, or an event too big for the notification: read the log.
        _ => {
            drop(guard);
            return live.reload(store).await;
        }
    };
    let Some(room) = copy.room.as_mut() else {
        return Ok(());
    };
    let outs = room.apply(at, &event).unwrap_or_default();
    copy.seq = seq;
    let snapshot = (seq - copy.snapshot_seq >= SNAPSHOT_EVERY).then(|| {
        copy.snapshot_seq = seq;
        serde_json::to_string(&*room).unwrap_or_default()
    });
    let ended = outs.contains(&Out::Ended);
    if outs.contains(&Out::FairnessChanged) {
        live.fairness_dirty.store(true, Ordering::Relaxed);
    }
    let summary = ended.then(|| serde_json::to_value(room.summary(at)).unwrap_or_default());
    // Written while the room cannot change, sent after the lock is let go.
    let prepared = (!outs.is_empty()).then(|| Prepared::new(seq, outs, room));
    drop(guard);
    if let Some(prepared) = prepared {
        let _ = live.tx.send(Delivery::Applied(Arc::new(prepared)));
    }
    if let Some(state) = snapshot.filter(|s| !s.is_empty()) {
        let store = store.clone();
        let id = live.id.clone();
        tokio::spawn(async move {
            if let Err(err) = store.save_room_snapshot(&id, seq, &state).await {
                tracing::warn!(%err, "could not save a room snapshot");
            }
        });
    }
    if let Some(summary) = summary {
        store
            .close_room(&live.id, &summary)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Takes appends from every connection on this instance and writes them in batches: one
/// transaction for whatever arrived while the last one was being written.
async fn append_batches(store: Store, mut requests: mpsc::Receiver<Append>) {
    let mut batch = Vec::with_capacity(BATCH);
    while requests.recv_many(&mut batch, BATCH).await > 0 {
        let items: Vec<NewRoomEvent> = batch.iter().map(|(item, _)| item.clone()).collect();
        match store.append_room_events(&items).await {
            Ok(seqs) => {
                for ((_, reply), seq) in batch.drain(..).zip(seqs) {
                    match reply {
                        Reply::Wait(tx) => {
                            let _ = tx.send(Ok(seq));
                        }
                        Reply::Failures(tx) if seq.is_none() => {
                            let _ = tx.try_send(AppendFailure::Ended);
                        }
                        Reply::Failures(_) => {}
                    }
                }
            }
            Err(err) => {
                tracing::warn!(%err, "could not append room events");
                for (_, reply) in batch.drain(..) {
                    match reply {
                        Reply::Wait(tx) => {
                            let _ = tx.send(Err(err.to_string()));
                        }
                        Reply::Failures(tx) => {
                            let _ = tx.try_send(AppendFailure::Unavailable(err.to_string()));
                        }
                    }
                }
            }
        }
    }
}

/// Hands room events and signals from the Bus to the rooms this instance has copies of.
async fn route_bus(mut events: kindred_store::Subscription, inner: std::sync::Weak<Inner>) {
    while let Some(received) = events.recv().await {
        let Some(inner) = inner.upgrade() else { break };
        match received {
            Received::Event(event) => {
                if let Some(id) = event.topic.strip_prefix(ROOM_PREFIX) {
                    let Some(room) = lookup(&inner, id) else { continue };
                    let seq = event
                        .body
                        .get("seq")
                        .and_then(serde_json::Value::as_i64)
                        .unwrap_or(0);
                    let at = event
                        .body
                        .get("at")
                        .and_then(serde_json::Value::as_i64)
                        .unwrap_or(0);
                    let parsed = event
                        .body
                        .get("event")
                        .and_then(|e| serde_json::from_value::<Event>(e.clone()).ok());
                    if room
                        .inbox
                        .try_send(Inbound::Event {
                            seq,
                            at,
                            event: parsed,
                        })
                        .is_err()
                    {
                        // The room's task is behind: it will read the log instead.
                        room.needs_reload.store(true, Ordering::SeqCst);
                        let _ = room.inbox.try_send(Inbound::Reload);
                    }
                } else if let Some(id) = event.topic.strip_prefix(SIGNAL_PREFIX) {
                    let Some(room) = lookup(&inner, id) else { continue };
                    let field = |name: &str| {
                        event
                            .body
                            .get(name)
                            .and_then(|v| v.as_str())
                            .map(|s| Pid(s.to_owned()))
                    };
                    if let (Some(to), Some(from)) = (field("to"), field("from")) {
                        let data = Arc::new(event.body.get("data").cloned().unwrap_or_default());
                        let _ = room.tx.send(Delivery::Signal { to, from, data });
                    }
                }
            }
            Received::Resync => {
                let rooms: Vec<Arc<LiveRoom>> = inner
                    .live
                    .lock()
                    .map(|l| l.values().cloned().collect())
                    .unwrap_or_default();
                for room in rooms {
                    room.needs_reload.store(true, Ordering::SeqCst);
                    let _ = room.inbox.try_send(Inbound::Reload);
                }
            }
        }
    }
}

fn lookup(inner: &Inner, id: &str) -> Option<Arc<LiveRoom>> {
    inner.live.lock().ok().and_then(|l| l.get(id).cloned())
}

pub(crate) fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// How often an instance says it is alive, and how long a silence means it is gone.
const HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(10);
const SILENCE_SECONDS: i64 = 45;

/// Keeps this instance's heartbeat and, for instances that stopped (a crash, a restart),
/// takes their connections out of every open room, so nobody stays "present" for ever.
async fn heartbeat(store: Store, instance: String) {
    let mut tick = tokio::time::interval(HEARTBEAT);
    loop {
        tick.tick().await;
        if let Err(err) = store.room_instance_alive(&instance).await {
            tracing::warn!(%err, "room heartbeat failed");
            continue;
        }
        let silent = match store
            .silent_room_instances(jiff::Timestamp::now().as_second() - SILENCE_SECONDS)
            .await
        {
            Ok(silent) => silent,
            Err(err) => {
                tracing::warn!(%err, "cannot read room heartbeats");
                continue;
            }
        };
        for gone in silent {
            if let Err(err) = forget_instance(&store, &gone).await {
                tracing::warn!(%err, "cannot clear a stopped instance's connections");
            }
        }
    }
}

async fn forget_instance(store: &Store, gone: &str) -> Result<(), String> {
    let event = serde_json::to_string(&Event::InstanceGone {
        instance: gone.to_owned(),
    })
    .map_err(|e| e.to_string())?;
    let rooms = store.open_rooms().await.map_err(|e| e.to_string())?;
    let batch: Vec<NewRoomEvent> = rooms
        .into_iter()
        .map(|room| NewRoomEvent {
            room,
            at_ms: now_ms(),
            event: event.clone(),
        })
        .collect();
    for chunk in batch.chunks(BATCH) {
        store.append_room_events(chunk).await.map_err(|e| e.to_string())?;
    }
    store
        .forget_room_instance(gone)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(instance = gone, "cleared the connections of a stopped instance");
    Ok(())
}

/// Ends rooms whose meeting is long over but that nobody ended: keeps the summary and
/// deletes the log (with the chat). Returns how many.
pub async fn sweep(store: &Store) -> Result<usize, String> {
    let stale = store
        .stale_rooms(jiff::Timestamp::now().as_second(), 100)
        .await
        .map_err(|e| e.to_string())?;
    for room in &stale {
        let log = store.room_log(&room.id, 0).await.map_err(|e| e.to_string())?;
        let (state, last) = rebuild(&log);
        let last = last.unwrap_or_else(now_ms);
        let summary = state
            .map(|room| serde_json::to_value(room.summary(last)).unwrap_or_default())
            .unwrap_or_default();
        store
            .close_room(&room.id, &summary)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(stale.len())
}

/// The room as its log says it is now (snapshot, then the events after it), and when the
/// last event happened. `None` when the log holds nothing (the meeting ended, or no one has
/// opened the room).
pub(crate) fn rebuild(log: &kindred_store::RoomLog) -> (Option<Room>, Option<i64>) {
    let mut state = log
        .snapshot
        .as_ref()
        .and_then(|(_, s)| serde_json::from_str::<Room>(s).ok());
    let mut last = None;
    for logged in &log.events {
        let Ok(event) = serde_json::from_str::<Event>(&logged.event) else {
            continue;
        };
        match &mut state {
            Some(room) => {
                let _ = room.apply(logged.at_ms, &event);
            }
            None => state = replay([(logged.at_ms, &event)]),
        }
        last = Some(logged.at_ms);
    }
    (state, last)
}
