//! A live meeting room as a pure state machine: an [`Event`] in, with the time it happened,
//! the [`Room`] changes and [`Out`] messages say who must hear about it.
//!
//! Nothing here knows about sockets, storage or the clock: the web layer stores every event
//! in the room's log, every instance applies the log in order, and each gets the same state.
//! That is why refusals are decided here too (an event a facilitator may not send is a
//! no-op on every instance alike) and why time only ever arrives with an event.
//! The protocol is documented in `docs/rooms.md`.

use serde::{Deserialize, Serialize};

use crate::meetings::Segment;

/// The protocol version pages and servers speak.
pub const PROTOCOL_VERSION: u32 = 1;
/// The most people one room keeps track of.
pub const MAX_PARTICIPANTS: usize = 200;
/// Chat lines a room keeps (older ones drop off).
pub const CHAT_KEPT: usize = 200;
pub const MAX_CHAT_CHARS: usize = 1000;
/// Above this many people present, the room is audio only.
pub const VIDEO_LIMIT: usize = 8;
pub const TURN_SECONDS: std::ops::RangeInclusive<u32> = 15..=900;
pub const MAX_SPURT_MS: u32 = 60_000;
/// Connections (tabs, devices) one person may have open in a room.
pub const MAX_CONNECTIONS: usize = 8;
/// How long a room runs before facilitators are nudged about people who have not spoken.
pub const NUDGE_AFTER_MS: i64 = 10 * 60 * 1000;

/// A participant's id within one room: opaque, stable for one person in one meeting.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pid(pub String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoomRole {
    Facilitator,
    Member,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wellbeing {
    Break,
    NotOk,
    /// The crisis screen found a chat message of theirs worrying (sent by the server only).
    ChatConcern,
    /// The crisis screen found a chat message of theirs urgent (sent by the server only).
    ChatUrgent,
}

/// Everything that can happen in a room. `by` is the person acting; the web layer fills it
/// from the connection, never from what the page sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "e", rename_all = "snake_case")]
pub enum Event {
    /// The room's first event: its agenda and whether newcomers wait in a lobby.
    Open {
        segments: Vec<Segment>,
        lobby: bool,
    },
    /// A connection opened (one person may have several). `conn` names the connection as
    /// `<instance>:<n>`.
    Join {
        pid: Pid,
        name: String,
        role: RoomRole,
        conn: String,
    },
    /// A connection closed.
    Leave {
        pid: Pid,
        conn: String,
    },
    /// An instance stopped without saying goodbye (a crash, a restart): its connections
    /// are gone.
    InstanceGone {
        instance: String,
    },
    Chat {
        by: Pid,
        text: String,
    },
    Hand {
        by: Pid,
        up: bool,
    },
    CallNext {
        by: Pid,
    },
    MoveHand {
        by: Pid,
        pid: Pid,
        to: usize,
    },
    ClearHands {
        by: Pid,
    },
    RoundStart {
        by: Pid,
        seconds: u32,
    },
    RoundDone {
        by: Pid,
        passed: bool,
    },
    RoundNext {
        by: Pid,
    },
    RoundEnd {
        by: Pid,
    },
    AgendaStart {
        by: Pid,
    },
    AgendaNext {
        by: Pid,
    },
    AgendaExtend {
        by: Pid,
        minutes: u32,
    },
    AgendaSkip {
        by: Pid,
    },
    AgendaReader {
        by: Pid,
        pid: Option<Pid>,
    },
    Spoke {
        by: Pid,
        ms: u32,
    },
    Media {
        by: Pid,
        audio: bool,
        video: bool,
    },
    Wellbeing {
        by: Pid,
        kind: Wellbeing,
    },
    AskMute {
        by: Pid,
        pid: Pid,
    },
    Admit {
        by: Pid,
        pid: Pid,
    },
    Remove {
        by: Pid,
        pid: Pid,
    },
    Lobby {
        by: Pid,
        on: bool,
    },
    Lock {
        by: Pid,
        on: bool,
    },
    ChatPause {
        by: Pid,
        on: bool,
    },
    End {
        by: Pid,
    },
}

/// Why an event changed nothing. Codes are part of the protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("only a facilitator may do that")]
    Forbidden,
    #[error("that is not valid here: {0}")]
    Invalid(&'static str),
    #[error("chat is paused")]
    ChatPaused,
    #[error("you are waiting to be let in")]
    NotAdmitted,
    #[error("the room is locked")]
    Locked,
    #[error("you were removed from this meeting")]
    Removed,
    #[error("the room is full")]
    Full,
    #[error("the meeting has ended")]
    Ended,
    #[error("it is not your turn")]
    NotYourTurn,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Self::Forbidden => "forbidden",
            Self::Invalid(_) => "invalid",
            Self::ChatPaused => "chat_paused",
            Self::NotAdmitted => "not_admitted",
            Self::Locked => "locked",
            Self::Removed => "removed",
            Self::Full => "full",
            Self::Ended => "ended",
            Self::NotYourTurn => "not_your_turn",
        }
    }
}

/// Private messages to one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    AskedToMute,
    Removed,
    Admitted,
    /// It is your turn in the go-round.
    Turn,
    /// You were called from the hand queue.
    Called,
}

/// Who must hear about an applied event.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    /// The shared state changed: everyone gets the room again.
    RoomChanged,
    /// Only the facilitators' fairness figures changed.
    FairnessChanged,
    Chat(ChatLine),
    ToOne(Pid, Notice),
    /// A private signal for the facilitators.
    ToFacilitators(WellbeingSignal),
    /// The meeting ended: everyone is told and connections close.
    Ended,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatLine {
    pub id: u64,
    pub pid: Pid,
    pub name: String,
    pub text: String,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WellbeingSignal {
    pub pid: Pid,
    pub name: String,
    pub kind: Wellbeing,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub pid: Pid,
    pub name: String,
    pub role: RoomRole,
    /// Open connections (`<instance>:<n>`); present while there is one.
    pub conns: Vec<String>,
    pub admitted: bool,
    pub removed: bool,
    pub audio: bool,
    pub video: bool,
    pub first_joined: i64,
    pub spoken_ms: u64,
    /// Chat messages and go-round turns taken (not passed).
    pub contributions: u32,
    pub turns: u32,
}

impl Participant {
    pub fn present(&self) -> bool {
        !self.conns.is_empty() && !self.removed
    }

    /// Present and let in: takes part in queues, rounds and fairness.
    pub fn in_room(&self) -> bool {
        self.present() && self.admitted
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round {
    /// Whose turns, in order: everyone present when it started, then late joiners.
    pub order: Vec<Pid>,
    pub current: Option<Pid>,
    /// Who has had their turn (spoken or passed).
    pub done: Vec<Pid>,
    pub passed: Vec<Pid>,
    pub turn_started_at: i64,
    pub turn_seconds: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agenda {
    pub index: usize,
    pub started_at: i64,
    pub extra_seconds: u32,
    pub reader: Option<Pid>,
    pub skipped: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Open,
    Ended,
}

/// The whole state of one room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Room {
    pub status: Status,
    pub opened_at: i64,
    pub ended_at: Option<i64>,
    pub segments: Vec<Segment>,
    pub lobby: bool,
    pub locked: bool,
    pub chat_paused: bool,
    /// In order of first arrival.
    pub participants: Vec<Participant>,
    pub hands: Vec<Pid>,
    pub speaking: Option<Pid>,
    pub round: Option<Round>,
    pub agenda: Option<Agenda>,
    pub chat: std::collections::VecDeque<ChatLine>,
    pub next_chat_id: u64,
    pub rounds_held: u32,
}

type Applied = Result<Vec<Out>, Refusal>;

impl Room {
    pub fn new(segments: Vec<Segment>, lobby: bool, at: i64) -> Self {
        Self {
            status: Status::Open,
            opened_at: at,
            ended_at: None,
            segments,
            lobby,
            locked: false,
            chat_paused: false,
            participants: Vec::new(),
            hands: Vec::new(),
            speaking: None,
            round: None,
            agenda: None,
            chat: std::collections::VecDeque::new(),
            next_chat_id: 1,
            rounds_held: 0,
        }
    }

    pub fn participant(&self, pid: &Pid) -> Option<&Participant> {
        self.participants.iter().find(|p| &p.pid == pid)
    }

    fn participant_mut(&mut self, pid: &Pid) -> Option<&mut Participant> {
        self.participants.iter_mut().find(|p| &p.pid == pid)
    }

    pub fn is_facilitator(&self, pid: &Pid) -> bool {
        self.participant(pid)
            .is_some_and(|p| p.role == RoomRole::Facilitator && p.in_room())
    }

    fn in_room(&self, pid: &Pid) -> bool {
        self.participant(pid).is_some_and(Participant::in_room)
    }

    /// Whether `event` would be accepted, without changing the room. The frequent events
    /// are checked directly; the rest on a copy.
    pub fn check(&self, event: &Event) -> Result<(), Refusal> {
        if self.status == Status::Ended {
            return Err(Refusal::Ended);
        }
        match event {
            Event::Spoke { by, ms } => {
                self.admitted(by)?;
                if (1..=MAX_SPURT_MS).contains(ms) {
                    Ok(())
                } else {
                    Err(Refusal::Invalid("a talk spurt is 1 to 60000 ms"))
                }
            }
            Event::Hand { by, .. } | Event::Media { by, .. } | Event::Wellbeing { by, .. } => {
                self.admitted(by)
            }
            Event::Chat { by, text } => {
                self.admitted(by)?;
                if self.chat_paused && !self.is_facilitator(by) {
                    return Err(Refusal::ChatPaused);
                }
                let chars = text.trim().chars().count();
                if chars == 0 {
                    Err(Refusal::Invalid("a chat message needs some text"))
                } else if chars > MAX_CHAT_CHARS || text.trim().len() > 4 * MAX_CHAT_CHARS {
                    Err(Refusal::Invalid("a chat message is at most 1000 characters"))
                } else {
                    Ok(())
                }
            }
            _ => {
                if requires_facilitator(event)
                    && !self.is_facilitator(event_by(event).unwrap_or(&Pid(String::new())))
                {
                    return Err(Refusal::Forbidden);
                }
                self.clone().apply(0, event).map(|_| ())
            }
        }
    }

    /// Applies one event that happened at `at` (milliseconds since the epoch).
    pub fn apply(&mut self, at: i64, event: &Event) -> Applied {
        use Event as E;
        if self.status == Status::Ended && !matches!(event, E::Leave { .. } | E::InstanceGone { .. }) {
            return Err(Refusal::Ended);
        }
        match event {
            E::Open { .. } => Err(Refusal::Invalid("the room is already open")),
            E::Join {
                pid,
                name,
                role,
                conn,
            } => self.join(at, pid, name, *role, conn),
            E::Leave { pid, conn } => self.leave(at, pid, |c| c == conn),
            E::InstanceGone { instance } => {
                let prefix = format!("{instance}:");
                let affected: Vec<Pid> = self
                    .participants
                    .iter()
                    .filter(|p| p.conns.iter().any(|c| c.starts_with(&prefix)))
                    .map(|p| p.pid.clone())
                    .collect();
                let mut out = Vec::new();
                for pid in affected {
                    for o in self.leave(at, &pid, |c| c.starts_with(&prefix))? {
                        if !out.contains(&o) {
                            out.push(o);
                        }
                    }
                }
                Ok(out)
            }
            E::Chat { by, text } => self.chat_line(at, by, text),
            E::Hand { by, up } => self.hand(by, *up),
            E::CallNext { by } => {
                self.facilitator(by)?;
                if self.hands.is_empty() {
                    return Err(Refusal::Invalid("nobody has a hand raised"));
                }
                let next = self.hands.remove(0);
                self.speaking = Some(next.clone());
                Ok(vec![Out::RoomChanged, Out::ToOne(next, Notice::Called)])
            }
            E::MoveHand { by, pid, to } => {
                self.facilitator(by)?;
                let from = self
                    .hands
                    .iter()
                    .position(|p| p == pid)
                    .ok_or(Refusal::Invalid("that person has no hand raised"))?;
                let moved = self.hands.remove(from);
                let to = (*to).min(self.hands.len());
                self.hands.insert(to, moved);
                Ok(vec![Out::RoomChanged])
            }
            E::ClearHands { by } => {
                self.facilitator(by)?;
                self.hands.clear();
                self.speaking = None;
                Ok(vec![Out::RoomChanged])
            }
            E::RoundStart { by, seconds } => self.round_start(at, by, *seconds),
            E::RoundDone { by, passed } => {
                let current = self.round.as_ref().and_then(|r| r.current.clone());
                if current.as_ref() != Some(by) {
                    return Err(Refusal::NotYourTurn);
                }
                Ok(self.finish_turn(at, *passed))
            }
            E::RoundNext { by } => {
                self.facilitator(by)?;
                if self.round.is_none() {
                    return Err(Refusal::Invalid("no go-round is running"));
                }
                Ok(self.finish_turn(at, false))
            }
            E::RoundEnd { by } => {
                self.facilitator(by)?;
                if self.round.take().is_none() {
                    return Err(Refusal::Invalid("no go-round is running"));
                }
                Ok(vec![Out::RoomChanged])
            }
            E::AgendaStart { by } => {
                self.facilitator(by)?;
                if self.segments.is_empty() {
                    return Err(Refusal::Invalid("this meeting has no agenda"));
                }
                self.agenda = Some(Agenda {
                    index: 0,
                    started_at: at,
                    extra_seconds: 0,
                    reader: None,
                    skipped: Vec::new(),
                });
                Ok(vec![Out::RoomChanged])
            }
            E::AgendaNext { by } => {
                self.facilitator(by)?;
                let agenda = self
                    .agenda
                    .as_mut()
                    .ok_or(Refusal::Invalid("the agenda has not started"))?;
                let mut next = agenda.index + 1;
                while agenda.skipped.contains(&next) {
                    next += 1;
                }
                if next >= self.segments.len() {
                    self.agenda = None;
                } else {
                    agenda.index = next;
                    agenda.started_at = at;
                    agenda.extra_seconds = 0;
                    agenda.reader = None;
                }
                Ok(vec![Out::RoomChanged])
            }
            E::AgendaExtend { by, minutes } => {
                self.facilitator(by)?;
                if !(1..=30).contains(minutes) {
                    return Err(Refusal::Invalid("extend by 1 to 30 minutes"));
                }
                let agenda = self
                    .agenda
                    .as_mut()
                    .ok_or(Refusal::Invalid("the agenda has not started"))?;
                agenda.extra_seconds = agenda.extra_seconds.saturating_add(minutes * 60).min(4 * 3600);
                Ok(vec![Out::RoomChanged])
            }
            E::AgendaSkip { by } => {
                self.facilitator(by)?;
                let count = self.segments.len();
                let agenda = self
                    .agenda
                    .as_mut()
                    .ok_or(Refusal::Invalid("the agenda has not started"))?;
                let mut target = agenda.index + 1;
                while agenda.skipped.contains(&target) {
                    target += 1;
                }
                if target >= count {
                    return Err(Refusal::Invalid("there is no later segment to skip"));
                }
                agenda.skipped.push(target);
                Ok(vec![Out::RoomChanged])
            }
            E::AgendaReader { by, pid } => {
                self.facilitator(by)?;
                if let Some(pid) = pid
                    && !self.in_room(pid)
                {
                    return Err(Refusal::Invalid("that person is not in the room"));
                }
                let agenda = self
                    .agenda
                    .as_mut()
                    .ok_or(Refusal::Invalid("the agenda has not started"))?;
                agenda.reader = pid.clone();
                Ok(vec![Out::RoomChanged])
            }
            E::Spoke { by, ms } => {
                self.admitted(by)?;
                if !(1..=MAX_SPURT_MS).contains(ms) {
                    return Err(Refusal::Invalid("a talk spurt is 1 to 60000 ms"));
                }
                if let Some(p) = self.participant_mut(by) {
                    p.spoken_ms = p.spoken_ms.saturating_add(u64::from(*ms));
                }
                Ok(vec![Out::FairnessChanged])
            }
            E::Media { by, audio, video } => {
                self.admitted(by)?;
                if let Some(p) = self.participant_mut(by) {
                    p.audio = *audio;
                    p.video = *video;
                }
                Ok(vec![Out::RoomChanged])
            }
            E::Wellbeing { by, kind } => {
                self.admitted(by)?;
                let name = self.participant(by).map(|p| p.name.clone()).unwrap_or_default();
                Ok(vec![Out::ToFacilitators(WellbeingSignal {
                    pid: by.clone(),
                    name,
                    kind: *kind,
                    at,
                })])
            }
            E::AskMute { by, pid } => {
                self.facilitator(by)?;
                if !self.in_room(pid) {
                    return Err(Refusal::Invalid("that person is not in the room"));
                }
                Ok(vec![Out::ToOne(pid.clone(), Notice::AskedToMute)])
            }
            E::Admit { by, pid } => {
                self.facilitator(by)?;
                let person = self
                    .participant_mut(pid)
                    .filter(|p| !p.admitted && !p.removed)
                    .ok_or(Refusal::Invalid("that person is not waiting"))?;
                person.admitted = true;
                self.add_late_joiner(pid);
                Ok(vec![
                    Out::RoomChanged,
                    Out::ToOne(pid.clone(), Notice::Admitted),
                    Out::FairnessChanged,
                ])
            }
            E::Remove { by, pid } => {
                self.facilitator(by)?;
                if by == pid {
                    return Err(Refusal::Invalid("you cannot remove yourself"));
                }
                let person = self
                    .participant_mut(pid)
                    .filter(|p| !p.removed)
                    .ok_or(Refusal::Invalid("that person is not here"))?;
                person.removed = true;
                person.admitted = false;
                self.drop_from_queues(at, pid);
                Ok(vec![
                    Out::ToOne(pid.clone(), Notice::Removed),
                    Out::RoomChanged,
                    Out::FairnessChanged,
                ])
            }
            E::Lobby { by, on } => {
                self.facilitator(by)?;
                self.lobby = *on;
                let mut out = vec![Out::RoomChanged];
                if !on {
                    // Turning the lobby off lets everyone waiting in.
                    let waiting: Vec<Pid> = self
                        .participants
                        .iter()
                        .filter(|p| !p.admitted && !p.removed)
                        .map(|p| p.pid.clone())
                        .collect();
                    for pid in waiting {
                        if let Some(p) = self.participant_mut(&pid) {
                            p.admitted = true;
                        }
                        self.add_late_joiner(&pid);
                        out.push(Out::ToOne(pid, Notice::Admitted));
                    }
                }
                Ok(out)
            }
            E::Lock { by, on } => {
                self.facilitator(by)?;
                self.locked = *on;
                Ok(vec![Out::RoomChanged])
            }
            E::ChatPause { by, on } => {
                self.facilitator(by)?;
                self.chat_paused = *on;
                Ok(vec![Out::RoomChanged])
            }
            E::End { by } => {
                self.facilitator(by)?;
                self.status = Status::Ended;
                self.ended_at = Some(at);
                self.round = None;
                self.agenda = None;
                self.hands.clear();
                self.speaking = None;
                Ok(vec![Out::RoomChanged, Out::Ended])
            }
        }
    }

    fn facilitator(&self, by: &Pid) -> Result<(), Refusal> {
        if self.is_facilitator(by) {
            Ok(())
        } else {
            Err(Refusal::Forbidden)
        }
    }

    fn admitted(&self, by: &Pid) -> Result<(), Refusal> {
        match self.participant(by) {
            Some(p) if p.removed => Err(Refusal::Removed),
            Some(p) if p.in_room() => Ok(()),
            _ => Err(Refusal::NotAdmitted),
        }
    }

    fn join(&mut self, at: i64, pid: &Pid, name: &str, role: RoomRole, conn: &str) -> Applied {
        let lobby = self.lobby;
        let locked = self.locked;
        let was_present;
        match self.participant_mut(pid) {
            Some(p) if p.removed => return Err(Refusal::Removed),
            Some(p) => {
                // Someone waiting in the lobby is not let in by a lock, nor kept out of
                // reconnecting once admitted.
                was_present = p.present();
                if p.conns.len() >= MAX_CONNECTIONS {
                    return Err(Refusal::Invalid("too many connections for one person"));
                }
                if !p.conns.iter().any(|c| c == conn) {
                    p.conns.push(conn.to_owned());
                }
                p.name = name.to_owned();
                // Someone made or unmade a facilitator during the meeting is that from their
                // next connection on.
                p.role = role;
            }
            None => {
                if self.participants.len() >= MAX_PARTICIPANTS {
                    return Err(Refusal::Full);
                }
                if locked && role != RoomRole::Facilitator {
                    return Err(Refusal::Locked);
                }
                was_present = false;
                self.participants.push(Participant {
                    pid: pid.clone(),
                    name: name.to_owned(),
                    role,
                    conns: vec![conn.to_owned()],
                    admitted: role == RoomRole::Facilitator || !lobby,
                    removed: false,
                    audio: false,
                    video: false,
                    first_joined: at,
                    spoken_ms: 0,
                    contributions: 0,
                    turns: 0,
                });
            }
        }
        if was_present {
            return Ok(Vec::new());
        }
        if self.in_room(pid) {
            self.add_late_joiner(pid);
        }
        Ok(vec![Out::RoomChanged, Out::FairnessChanged])
    }

    fn leave(&mut self, at: i64, pid: &Pid, gone: impl Fn(&str) -> bool) -> Applied {
        let Some(p) = self.participant_mut(pid) else {
            return Err(Refusal::Invalid("not in the room"));
        };
        let before = p.conns.len();
        p.conns.retain(|c| !gone(c));
        if p.conns.len() == before || !p.conns.is_empty() {
            return Ok(Vec::new());
        }
        p.audio = false;
        p.video = false;
        self.drop_from_queues(at, pid);
        Ok(vec![Out::RoomChanged, Out::FairnessChanged])
    }

    fn chat_line(&mut self, at: i64, by: &Pid, text: &str) -> Applied {
        self.admitted(by)?;
        if self.chat_paused && !self.is_facilitator(by) {
            return Err(Refusal::ChatPaused);
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(Refusal::Invalid("a chat message needs some text"));
        }
        if text.chars().count() > MAX_CHAT_CHARS || text.len() > 4 * MAX_CHAT_CHARS {
            return Err(Refusal::Invalid("a chat message is at most 1000 characters"));
        }
        let id = self.next_chat_id;
        self.next_chat_id += 1;
        let name = match self.participant_mut(by) {
            Some(p) => {
                p.contributions = p.contributions.saturating_add(1);
                p.name.clone()
            }
            None => String::new(),
        };
        let line = ChatLine {
            id,
            pid: by.clone(),
            name,
            text: text.to_owned(),
            at,
        };
        self.chat.push_back(line.clone());
        while self.chat.len() > CHAT_KEPT {
            self.chat.pop_front();
        }
        Ok(vec![Out::Chat(line), Out::FairnessChanged])
    }

    fn hand(&mut self, by: &Pid, up: bool) -> Applied {
        self.admitted(by)?;
        let queued = self.hands.contains(by);
        match (up, queued) {
            (true, false) => self.hands.push(by.clone()),
            (false, true) => self.hands.retain(|p| p != by),
            _ => return Ok(Vec::new()),
        }
        Ok(vec![Out::RoomChanged])
    }

    fn round_start(&mut self, at: i64, by: &Pid, seconds: u32) -> Applied {
        self.facilitator(by)?;
        if !TURN_SECONDS.contains(&seconds) {
            return Err(Refusal::Invalid("a turn is 15 to 900 seconds"));
        }
        let order: Vec<Pid> = self
            .participants
            .iter()
            .filter(|p| p.in_room())
            .map(|p| p.pid.clone())
            .collect();
        let first = order.first().cloned();
        self.round = Some(Round {
            order,
            current: first.clone(),
            done: Vec::new(),
            passed: Vec::new(),
            turn_started_at: at,
            turn_seconds: seconds,
        });
        self.rounds_held = self.rounds_held.saturating_add(1);
        let mut out = vec![Out::RoomChanged];
        if let Some(first) = first {
            out.push(Out::ToOne(first, Notice::Turn));
        }
        Ok(out)
    }

    /// The current speaker's turn is over: they spoke (a contribution) or passed.
    fn finish_turn(&mut self, at: i64, passed: bool) -> Vec<Out> {
        let Some(round) = self.round.as_mut() else {
            return Vec::new();
        };
        let Some(current) = round.current.take() else {
            return Vec::new();
        };
        round.done.push(current.clone());
        if passed {
            round.passed.push(current.clone());
        }
        if let Some(p) = self.participant_mut(&current)
            && !passed
        {
            p.contributions = p.contributions.saturating_add(1);
            p.turns = p.turns.saturating_add(1);
        }
        let mut out = vec![Out::RoomChanged, Out::FairnessChanged];
        if let Some(next) = self.advance_round(at) {
            out.push(Out::ToOne(next, Notice::Turn));
        }
        out
    }

    /// Moves the round to the next person in order who has not had a turn; ends the round
    /// when there is nobody left. Returns whose turn it now is.
    fn advance_round(&mut self, at: i64) -> Option<Pid> {
        let round = self.round.as_mut()?;
        let next = round.order.iter().find(|p| !round.done.contains(p)).cloned();
        match next {
            Some(next) => {
                round.current = Some(next.clone());
                round.turn_started_at = at;
                Some(next)
            }
            None => {
                self.round = None;
                None
            }
        }
    }

    /// Someone newly in the room joins the end of a running round, unless they had their
    /// turn already.
    fn add_late_joiner(&mut self, pid: &Pid) {
        if !self.in_room(pid) {
            return;
        }
        if let Some(round) = self.round.as_mut()
            && !round.order.contains(pid)
            && !round.done.contains(pid)
        {
            round.order.push(pid.clone());
        }
    }

    /// Someone who left or was removed is in no queue, round or reader's chair.
    fn drop_from_queues(&mut self, at: i64, pid: &Pid) {
        self.hands.retain(|p| p != pid);
        if self.speaking.as_ref() == Some(pid) {
            self.speaking = None;
        }
        if let Some(agenda) = self.agenda.as_mut()
            && agenda.reader.as_ref() == Some(pid)
        {
            agenda.reader = None;
        }
        let Some(round) = self.round.as_mut() else {
            return;
        };
        round.order.retain(|p| p != pid || round.done.contains(p));
        if round.current.as_ref() == Some(pid) {
            round.current = None;
            self.advance_round(at);
        }
    }

    /// People in the room (present and let in), in order of arrival.
    pub fn present(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.in_room())
    }

    /// Video for small rooms, audio only above [`VIDEO_LIMIT`].
    pub fn media(&self) -> &'static str {
        if self.present().count() > VIDEO_LIMIT {
            "audio"
        } else {
            "video"
        }
    }

    /// When the current agenda segment is due to end.
    pub fn segment_ends_at(&self) -> Option<i64> {
        let agenda = self.agenda.as_ref()?;
        let segment = self.segments.get(agenda.index)?;
        Some(agenda.started_at + (i64::from(segment.minutes) * 60 + i64::from(agenda.extra_seconds)) * 1000)
    }

    /// The facilitators' view of how evenly people have spoken.
    pub fn fairness(&self, now: i64) -> Fairness {
        let present: Vec<&Participant> = self.present().collect();
        let by_speaking = present.iter().any(|p| p.spoken_ms > 0);
        let value = |p: &Participant| {
            if by_speaking {
                p.spoken_ms as f64
            } else {
                f64::from(p.contributions)
            }
        };
        let values: Vec<f64> = present.iter().map(|p| value(p)).collect();
        let total: f64 = values.iter().sum();
        let n = present.len();
        let participants = present
            .iter()
            .zip(&values)
            .map(|(p, v)| FairShare {
                pid: p.pid.clone(),
                name: p.name.clone(),
                spoken_ms: p.spoken_ms,
                contributions: p.contributions,
                share: if total > 0.0 { v / total } else { 0.0 },
            })
            .collect::<Vec<_>>();
        let not_yet: Vec<Pid> = participants
            .iter()
            .zip(&values)
            .filter(|(_, v)| **v <= 0.0)
            .map(|(p, _)| p.pid.clone())
            .collect();
        let above_twice_share: Vec<Pid> = if n >= 2 && total > 0.0 {
            let limit = 2.0 / n as f64;
            participants
                .iter()
                .filter(|p| p.share > limit)
                .map(|p| p.pid.clone())
                .collect()
        } else {
            Vec::new()
        };
        let balance = (total > 0.0).then(|| balance(&values));
        let mut nudges = Vec::new();
        if !not_yet.is_empty() && n >= 2 && now - self.opened_at >= NUDGE_AFTER_MS {
            nudges.push(Nudge {
                kind: "not_yet",
                count: not_yet.len(),
            });
        }
        if !above_twice_share.is_empty() {
            nudges.push(Nudge {
                kind: "above_twice_share",
                count: above_twice_share.len(),
            });
        }
        Fairness {
            measure: if by_speaking {
                "speaking_ms"
            } else {
                "contributions"
            },
            participants,
            not_yet,
            above_twice_share,
            balance,
            nudges,
        }
    }

    /// What the facilitator keeps after the meeting: aggregates only, never what was said.
    pub fn summary(&self, now: i64) -> Summary {
        let ended = self.ended_at.unwrap_or(now);
        let admitted: Vec<&Participant> = self
            .participants
            .iter()
            .filter(|p| p.admitted || p.removed)
            .collect();
        let by_speaking = admitted.iter().any(|p| p.spoken_ms > 0);
        let values: Vec<f64> = admitted
            .iter()
            .map(|p| {
                if by_speaking {
                    p.spoken_ms as f64
                } else {
                    f64::from(p.contributions)
                }
            })
            .collect();
        let total: f64 = values.iter().sum();
        Summary {
            minutes: u32::try_from((ended - self.opened_at).max(0) / 60_000).unwrap_or(u32::MAX),
            participants: admitted.len(),
            rounds: self.rounds_held,
            turns: admitted.iter().map(|p| p.turns).sum(),
            chat_messages: self.next_chat_id.saturating_sub(1),
            measure: if by_speaking {
                "speaking_ms"
            } else {
                "contributions"
            }
            .to_owned(),
            balance: (total > 0.0).then(|| balance(&values)),
            shares: admitted
                .iter()
                .zip(&values)
                .map(|(p, v)| SummaryShare {
                    name: p.name.clone(),
                    spoken_minutes: p.spoken_ms as f64 / 60_000.0,
                    contributions: p.contributions,
                    share: if total > 0.0 { v / total } else { 0.0 },
                })
                .collect(),
        }
    }

    /// The room as one person may see it: people waiting in the lobby only for
    /// facilitators; a segment's script only for its reader and the facilitators.
    pub fn view(&self, viewer: &Pid) -> RoomView {
        let facilitator = self
            .participant(viewer)
            .is_some_and(|p| p.role == RoomRole::Facilitator);
        self.view_as(viewer, facilitator)
    }

    /// People whose view of the room is their own: the reader of the current segment and
    /// anyone waiting in the lobby. Everyone else sees the members' or the facilitators' view.
    pub fn special_viewers(&self) -> Vec<Pid> {
        let mut special: Vec<Pid> = self
            .participants
            .iter()
            .filter(|p| p.present() && !p.admitted)
            .map(|p| p.pid.clone())
            .collect();
        if let Some(reader) = self.agenda.as_ref().and_then(|a| a.reader.clone())
            && !self
                .participant(&reader)
                .is_some_and(|p| p.role == RoomRole::Facilitator)
        {
            special.push(reader);
        }
        special
    }

    /// The room as a facilitator (or, with `facilitator` false, an ordinary member) sees it;
    /// `viewer` matters only for the special cases of [`Room::special_viewers`].
    pub fn view_as(&self, viewer: &Pid, facilitator: bool) -> RoomView {
        let reader = self.agenda.as_ref().and_then(|a| a.reader.as_ref());
        let current = self.agenda.as_ref().map(|a| a.index);
        // Someone in the lobby learns nothing of who is inside or what is happening.
        let waiting = !facilitator && self.participant(viewer).is_some_and(|p| !p.admitted);
        if waiting {
            return RoomView {
                status: self.status,
                locked: self.locked,
                lobby: self.lobby,
                chat_paused: self.chat_paused,
                media: self.media(),
                participants: self
                    .participant(viewer)
                    .map(|p| ParticipantView {
                        pid: p.pid.clone(),
                        name: p.name.clone(),
                        role: p.role,
                        present: p.present(),
                        waiting: true,
                        audio: false,
                        video: false,
                    })
                    .into_iter()
                    .collect(),
                hands: Vec::new(),
                speaking: None,
                round: None,
                agenda: None,
            };
        }
        RoomView {
            status: self.status,
            locked: self.locked,
            lobby: self.lobby,
            chat_paused: self.chat_paused,
            media: self.media(),
            participants: self
                .participants
                .iter()
                .filter(|p| !p.removed && (p.admitted || facilitator || &p.pid == viewer))
                .map(|p| ParticipantView {
                    pid: p.pid.clone(),
                    name: p.name.clone(),
                    role: p.role,
                    present: p.present(),
                    waiting: !p.admitted,
                    audio: p.audio,
                    video: p.video,
                })
                .collect(),
            hands: self.hands.clone(),
            speaking: self.speaking.clone(),
            round: self.round.clone(),
            agenda: self.agenda.as_ref().map(|a| AgendaView {
                segments: self
                    .segments
                    .iter()
                    .enumerate()
                    .map(|(i, s)| SegmentView {
                        name: s.name.clone(),
                        kind: s.kind,
                        minutes: s.minutes,
                        script: s
                            .script
                            .clone()
                            .filter(|_| Some(i) == current && (facilitator || reader == Some(viewer))),
                    })
                    .collect(),
                index: a.index,
                started_at: a.started_at,
                extra_seconds: a.extra_seconds,
                ends_at: self.segment_ends_at().unwrap_or(a.started_at),
                reader: a.reader.clone(),
                skipped: a.skipped.clone(),
            }),
        }
    }
}

/// Events only a facilitator may send.
fn requires_facilitator(event: &Event) -> bool {
    use Event as E;
    matches!(
        event,
        E::CallNext { .. }
            | E::MoveHand { .. }
            | E::ClearHands { .. }
            | E::RoundStart { .. }
            | E::RoundNext { .. }
            | E::RoundEnd { .. }
            | E::AgendaStart { .. }
            | E::AgendaNext { .. }
            | E::AgendaExtend { .. }
            | E::AgendaSkip { .. }
            | E::AgendaReader { .. }
            | E::AskMute { .. }
            | E::Admit { .. }
            | E::Remove { .. }
            | E::Lobby { .. }
            | E::Lock { .. }
            | E::ChatPause { .. }
            | E::End { .. }
    )
}

fn event_by(event: &Event) -> Option<&Pid> {
    use Event as E;
    match event {
        E::CallNext { by }
        | E::MoveHand { by, .. }
        | E::ClearHands { by }
        | E::RoundStart { by, .. }
        | E::RoundNext { by }
        | E::RoundEnd { by }
        | E::AgendaStart { by }
        | E::AgendaNext { by }
        | E::AgendaExtend { by, .. }
        | E::AgendaSkip { by }
        | E::AgendaReader { by, .. }
        | E::AskMute { by, .. }
        | E::Admit { by, .. }
        | E::Remove { by, .. }
        | E::Lobby { by, .. }
        | E::Lock { by, .. }
        | E::ChatPause { by, .. }
        | E::End { by } => Some(by),
        _ => None,
    }
}

/// The Gini coefficient of non-negative values: 0 when all are equal, towards 1 when one
/// holds everything.
pub fn gini(values: &[f64]) -> f64 {
    let n = values.len();
    let total: f64 = values.iter().sum();
    if n == 0 || total <= 0.0 {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    // sum_i (2i - n - 1) x_i over sorted values, i from 1: the same as the mean absolute
    // difference form, in O(n log n).
    let weighted: f64 = sorted
        .iter()
        .enumerate()
        .map(|(i, x)| (2.0 * (i as f64 + 1.0) - n as f64 - 1.0) * x)
        .sum();
    (weighted / (n as f64 * total)).clamp(0.0, 1.0)
}

/// The balance score: 1 minus the Gini coefficient, scaled so that the extremes are
/// reachable in a small group (with `n` people the plain coefficient is at most
/// `(n - 1) / n`): 1 when everyone had the same share, 0 when one person had it all.
pub fn balance(values: &[f64]) -> f64 {
    let n = values.len();
    if n < 2 {
        return 1.0;
    }
    let scaled = gini(values) * n as f64 / (n as f64 - 1.0);
    (1.0 - scaled).clamp(0.0, 1.0)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fairness {
    pub measure: &'static str,
    pub participants: Vec<FairShare>,
    pub not_yet: Vec<Pid>,
    pub above_twice_share: Vec<Pid>,
    pub balance: Option<f64>,
    pub nudges: Vec<Nudge>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FairShare {
    pub pid: Pid,
    pub name: String,
    pub spoken_ms: u64,
    pub contributions: u32,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Nudge {
    pub kind: &'static str,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub minutes: u32,
    pub participants: usize,
    pub rounds: u32,
    pub turns: u32,
    pub chat_messages: u64,
    pub measure: String,
    pub balance: Option<f64>,
    pub shares: Vec<SummaryShare>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryShare {
    pub name: String,
    pub spoken_minutes: f64,
    pub contributions: u32,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoomView {
    pub status: Status,
    pub locked: bool,
    pub lobby: bool,
    pub chat_paused: bool,
    pub media: &'static str,
    pub participants: Vec<ParticipantView>,
    pub hands: Vec<Pid>,
    pub speaking: Option<Pid>,
    pub round: Option<Round>,
    pub agenda: Option<AgendaView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParticipantView {
    pub pid: Pid,
    pub name: String,
    pub role: RoomRole,
    pub present: bool,
    pub waiting: bool,
    pub audio: bool,
    pub video: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaView {
    pub segments: Vec<SegmentView>,
    pub index: usize,
    pub started_at: i64,
    pub extra_seconds: u32,
    pub ends_at: i64,
    pub reader: Option<Pid>,
    pub skipped: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentView {
    pub name: String,
    pub kind: crate::meetings::SegmentKind,
    pub minutes: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
}

/// Rebuilds a room from its log: the `Open` event first, then the rest in order. Events
/// that were refused when they happened are refused again, so every copy agrees.
pub fn replay<'a>(events: impl IntoIterator<Item = (i64, &'a Event)>) -> Option<Room> {
    let mut room: Option<Room> = None;
    for (at, event) in events {
        match (&mut room, event) {
            (None, Event::Open { segments, lobby }) => room = Some(Room::new(segments.clone(), *lobby, at)),
            (None, _) => {}
            (Some(room), event) => {
                let _ = room.apply(at, event);
            }
        }
    }
    room
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::meetings::SegmentKind;

    fn pid(n: u8) -> Pid {
        Pid(format!("p{n}"))
    }

    fn join(room: &mut Room, n: u8, role: RoomRole) {
        join_on(room, n, role, "i1:1");
    }

    fn join_on(room: &mut Room, n: u8, role: RoomRole, conn: &str) {
        room.apply(
            0,
            &Event::Join {
                pid: pid(n),
                name: format!("Person {n}"),
                role,
                conn: conn.into(),
            },
        )
        .ok();
    }

    fn leave(n: u8) -> Event {
        Event::Leave {
            pid: pid(n),
            conn: "i1:1".into(),
        }
    }

    fn room_with(members: u8) -> Room {
        let segments = vec![
            Segment {
                name: "Welcome".into(),
                minutes: 5,
                kind: SegmentKind::Reading,
                script: Some("Welcome, everyone.".into()),
            },
            Segment {
                name: "Sharing".into(),
                minutes: 40,
                kind: SegmentKind::GoRound,
                script: None,
            },
            Segment {
                name: "Close".into(),
                minutes: 5,
                kind: SegmentKind::CheckOut,
                script: None,
            },
        ];
        let mut room = Room::new(segments, false, 0);
        join(&mut room, 0, RoomRole::Facilitator);
        for n in 1..=members {
            join(&mut room, n, RoomRole::Member);
        }
        room
    }

    #[test]
    fn hands_queue_in_arrival_order_without_duplicates() {
        let mut room = room_with(3);
        for n in [2, 1, 2, 3] {
            room.apply(1, &Event::Hand { by: pid(n), up: true }).ok();
        }
        assert_eq!(room.hands, vec![pid(2), pid(1), pid(3)]);
        room.apply(
            2,
            &Event::Hand {
                by: pid(1),
                up: false,
            },
        )
        .ok();
        assert_eq!(room.hands, vec![pid(2), pid(3)]);
        let out = room.apply(3, &Event::CallNext { by: pid(0) }).unwrap_or_default();
        assert!(out.contains(&Out::ToOne(pid(2), Notice::Called)));
        assert_eq!(room.speaking, Some(pid(2)));
        assert_eq!(room.hands, vec![pid(3)]);
    }

    #[test]
    fn only_facilitators_run_the_room() {
        let mut room = room_with(2);
        for event in [
            Event::CallNext { by: pid(1) },
            Event::ClearHands { by: pid(1) },
            Event::RoundStart {
                by: pid(1),
                seconds: 60,
            },
            Event::AgendaStart { by: pid(1) },
            Event::Lock { by: pid(1), on: true },
            Event::Remove {
                by: pid(1),
                pid: pid(2),
            },
            Event::AskMute {
                by: pid(1),
                pid: pid(2),
            },
            Event::End { by: pid(1) },
        ] {
            assert_eq!(room.apply(1, &event), Err(Refusal::Forbidden), "{event:?}");
        }
        assert_eq!(room.status, Status::Open);
    }

    #[test]
    fn a_go_round_gives_everyone_one_turn_and_late_joiners_go_last() {
        let mut room = room_with(2);
        room.apply(
            10,
            &Event::RoundStart {
                by: pid(0),
                seconds: 60,
            },
        )
        .ok();
        assert_eq!(room.round.as_ref().and_then(|r| r.current.clone()), Some(pid(0)));
        assert_eq!(
            room.apply(
                11,
                &Event::RoundDone {
                    by: pid(1),
                    passed: false
                }
            ),
            Err(Refusal::NotYourTurn)
        );
        room.apply(
            12,
            &Event::RoundDone {
                by: pid(0),
                passed: false,
            },
        )
        .ok();
        join(&mut room, 3, RoomRole::Member);
        room.apply(
            13,
            &Event::RoundDone {
                by: pid(1),
                passed: true,
            },
        )
        .ok();
        let round = room.round.clone().unwrap_or_else(|| panic!("round ended early"));
        assert_eq!(round.order, vec![pid(0), pid(1), pid(2), pid(3)]);
        assert_eq!(round.current, Some(pid(2)));
        assert_eq!(round.turn_started_at, 13);
        assert_eq!(round.passed, vec![pid(1)]);
        room.apply(14, &Event::RoundNext { by: pid(0) }).ok();
        room.apply(
            15,
            &Event::RoundDone {
                by: pid(3),
                passed: false,
            },
        )
        .ok();
        assert!(room.round.is_none(), "everyone had a turn");
    }

    #[test]
    fn leaving_takes_you_out_of_every_queue() {
        let mut room = room_with(3);
        room.apply(1, &Event::Hand { by: pid(2), up: true }).ok();
        room.apply(
            2,
            &Event::RoundStart {
                by: pid(0),
                seconds: 60,
            },
        )
        .ok();
        room.apply(
            3,
            &Event::RoundDone {
                by: pid(0),
                passed: false,
            },
        )
        .ok();
        room.apply(
            4,
            &Event::RoundDone {
                by: pid(1),
                passed: false,
            },
        )
        .ok();
        // p2's turn now; p2 drops out.
        room.apply(5, &leave(2)).ok();
        assert!(room.hands.is_empty());
        let round = room.round.clone().unwrap_or_else(|| panic!("round ended early"));
        assert_eq!(round.current, Some(pid(3)));
        assert!(!round.order.contains(&pid(2)));
        // Coming back after the round moved on puts them at the end.
        join(&mut room, 2, RoomRole::Member);
        assert_eq!(
            room.round.as_ref().map(|r| r.order.last().cloned()),
            Some(Some(pid(2)))
        );
    }

    #[test]
    fn two_tabs_are_one_person_and_a_dead_instance_takes_its_connections() {
        let mut room = room_with(1);
        join_on(&mut room, 1, RoomRole::Member, "i2:7");
        room.apply(1, &leave(1)).ok();
        assert!(room.participant(&pid(1)).is_some_and(Participant::present));
        room.apply(1, &Event::Hand { by: pid(1), up: true }).ok();
        room.apply(
            2,
            &Event::InstanceGone {
                instance: "i2".into(),
            },
        )
        .ok();
        assert!(!room.participant(&pid(1)).is_some_and(Participant::present));
        assert!(room.hands.is_empty());
        assert!(
            room.participant(&pid(0)).is_some_and(Participant::present),
            "others stay"
        );
    }

    #[test]
    fn the_lobby_holds_people_until_admitted_and_removed_people_stay_out() {
        let mut room = Room::new(Vec::new(), true, 0);
        join(&mut room, 0, RoomRole::Facilitator);
        join(&mut room, 1, RoomRole::Member);
        assert_eq!(
            room.apply(
                1,
                &Event::Chat {
                    by: pid(1),
                    text: "hi".into()
                }
            ),
            Err(Refusal::NotAdmitted)
        );
        assert_eq!(
            room.view(&pid(1)).participants.len(),
            1,
            "in the lobby you see only yourself"
        );
        join(&mut room, 2, RoomRole::Member);
        assert_eq!(
            room.view(&pid(0)).participants.len(),
            3,
            "facilitators see the lobby"
        );
        room.apply(
            2,
            &Event::Admit {
                by: pid(0),
                pid: pid(1),
            },
        )
        .ok();
        assert!(
            room.apply(
                3,
                &Event::Chat {
                    by: pid(1),
                    text: "hi".into()
                }
            )
            .is_ok()
        );
        room.apply(
            4,
            &Event::Remove {
                by: pid(0),
                pid: pid(1),
            },
        )
        .ok();
        room.apply(5, &leave(1)).ok();
        assert_eq!(
            room.apply(
                6,
                &Event::Join {
                    pid: pid(1),
                    name: "x".into(),
                    role: RoomRole::Member,
                    conn: "i1:2".into()
                }
            ),
            Err(Refusal::Removed)
        );
        room.apply(7, &Event::Lock { by: pid(0), on: true }).ok();
        assert_eq!(
            room.apply(
                8,
                &Event::Join {
                    pid: pid(4),
                    name: "y".into(),
                    role: RoomRole::Member,
                    conn: "i1:3".into()
                }
            ),
            Err(Refusal::Locked)
        );
        room.apply(
            9,
            &Event::Lobby {
                by: pid(0),
                on: false,
            },
        )
        .ok();
        assert!(room.participant(&pid(2)).is_some_and(|p| p.admitted));
    }

    #[test]
    fn a_role_follows_the_person_when_they_reconnect() {
        let mut room = room_with(1);
        // Made a member again during the meeting: the next connection says so.
        join_on(&mut room, 0, RoomRole::Member, "i1:9");
        assert_eq!(room.check(&Event::End { by: pid(0) }), Err(Refusal::Forbidden));
        join_on(&mut room, 1, RoomRole::Facilitator, "i1:10");
        assert!(room.check(&Event::Lock { by: pid(1), on: true }).is_ok());
    }

    #[test]
    fn chat_pauses_and_keeps_a_bounded_history() {
        let mut room = room_with(1);
        room.apply(1, &Event::ChatPause { by: pid(0), on: true }).ok();
        assert_eq!(
            room.apply(
                2,
                &Event::Chat {
                    by: pid(1),
                    text: "hi".into()
                }
            ),
            Err(Refusal::ChatPaused)
        );
        assert!(
            room.apply(
                2,
                &Event::Chat {
                    by: pid(0),
                    text: "one moment".into()
                }
            )
            .is_ok()
        );
        room.apply(
            3,
            &Event::ChatPause {
                by: pid(0),
                on: false,
            },
        )
        .ok();
        for i in 0..(CHAT_KEPT + 50) {
            room.apply(
                4,
                &Event::Chat {
                    by: pid(1),
                    text: format!("line {i}"),
                },
            )
            .ok();
        }
        assert_eq!(room.chat.len(), CHAT_KEPT);
        assert_eq!(room.chat.back().map(|l| l.text.as_str()), Some("line 249"));
        assert_eq!(
            room.apply(
                5,
                &Event::Chat {
                    by: pid(1),
                    text: "x".repeat(MAX_CHAT_CHARS + 1)
                }
            ),
            Err(Refusal::Invalid("a chat message is at most 1000 characters"))
        );
        assert_eq!(
            room.apply(
                5,
                &Event::Chat {
                    by: pid(1),
                    text: "   ".into()
                }
            ),
            Err(Refusal::Invalid("a chat message needs some text"))
        );
    }

    #[test]
    fn the_agenda_runs_on_the_injected_clock() {
        let mut room = room_with(1);
        room.apply(1_000, &Event::AgendaStart { by: pid(0) }).ok();
        assert_eq!(room.segment_ends_at(), Some(1_000 + 5 * 60_000));
        room.apply(
            2_000,
            &Event::AgendaExtend {
                by: pid(0),
                minutes: 2,
            },
        )
        .ok();
        assert_eq!(room.segment_ends_at(), Some(1_000 + 7 * 60_000));
        room.apply(
            3_000,
            &Event::AgendaReader {
                by: pid(0),
                pid: Some(pid(1)),
            },
        )
        .ok();
        let script = |room: &Room, who: u8| {
            room.view(&pid(who))
                .agenda
                .and_then(|a| a.segments[0].script.clone())
        };
        assert!(script(&room, 1).is_some(), "the reader sees the script");
        join(&mut room, 2, RoomRole::Member);
        assert!(script(&room, 2).is_none(), "others do not");
        room.apply(4_000, &Event::AgendaSkip { by: pid(0) }).ok();
        room.apply(5_000, &Event::AgendaNext { by: pid(0) }).ok();
        assert_eq!(
            room.agenda.as_ref().map(|a| a.index),
            Some(2),
            "the skipped segment is passed over"
        );
        assert_eq!(room.segment_ends_at(), Some(5_000 + 5 * 60_000));
        room.apply(6_000, &Event::AgendaNext { by: pid(0) }).ok();
        assert!(room.agenda.is_none(), "the last segment ends the agenda");
    }

    #[test]
    fn fairness_counts_speaking_time_and_nudges_gently() {
        let mut room = room_with(3);
        let f = room.fairness(0);
        assert_eq!(f.measure, "contributions");
        assert_eq!(f.balance, None);
        assert_eq!(f.not_yet.len(), 4);
        room.apply(
            1,
            &Event::Chat {
                by: pid(1),
                text: "hello".into(),
            },
        )
        .ok();
        assert_eq!(room.fairness(1).not_yet.len(), 3);
        room.apply(
            2,
            &Event::Spoke {
                by: pid(1),
                ms: 50_000,
            },
        )
        .ok();
        room.apply(
            3,
            &Event::Spoke {
                by: pid(2),
                ms: 5_000,
            },
        )
        .ok();
        let f = room.fairness(NUDGE_AFTER_MS);
        assert_eq!(f.measure, "speaking_ms");
        assert_eq!(f.not_yet, vec![pid(0), pid(3)]);
        assert_eq!(
            f.above_twice_share,
            vec![pid(1)],
            "more than twice an equal share (50%)"
        );
        assert!(f.nudges.contains(&Nudge {
            kind: "not_yet",
            count: 2
        }));
        let balance = f.balance.unwrap_or(1.0);
        assert!(balance > 0.0 && balance < 0.5, "{balance}");
        assert_eq!(
            room.fairness(1)
                .nudges
                .iter()
                .filter(|n| n.kind == "not_yet")
                .count(),
            0,
            "no nudge in the first minutes"
        );
        assert_eq!(
            room.apply(4, &Event::Spoke { by: pid(1), ms: 0 }),
            Err(Refusal::Invalid("a talk spurt is 1 to 60000 ms"))
        );
    }

    #[test]
    fn gini_is_zero_for_equal_and_high_for_one_voice() {
        assert!(gini(&[5.0, 5.0, 5.0]).abs() < 1e-9);
        assert!((gini(&[0.0, 0.0, 0.0, 10.0]) - 0.75).abs() < 1e-9);
        assert!(gini(&[]).abs() < 1e-9);
        assert!(balance(&[0.0, 4000.0]).abs() < 1e-9, "one voice of two");
        assert!((balance(&[3.0, 3.0]) - 1.0).abs() < 1e-9);
        assert!((balance(&[7.0]) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn ending_stops_everything_and_the_summary_has_no_content() {
        let mut room = room_with(2);
        room.apply(
            60_000,
            &Event::Chat {
                by: pid(1),
                text: "something private".into(),
            },
        )
        .ok();
        let out = room
            .apply(30 * 60_000, &Event::End { by: pid(0) })
            .unwrap_or_default();
        assert!(out.contains(&Out::Ended));
        assert_eq!(
            room.apply(1, &Event::Hand { by: pid(1), up: true }),
            Err(Refusal::Ended)
        );
        let summary = room.summary(0);
        assert_eq!(summary.minutes, 30);
        assert_eq!(summary.participants, 3);
        assert_eq!(summary.chat_messages, 1);
        let text = serde_json::to_string(&summary).unwrap_or_default();
        assert!(!text.contains("private"));
    }

    #[test]
    fn replay_rebuilds_the_same_room() {
        let log = [
            (
                0,
                Event::Open {
                    segments: Vec::new(),
                    lobby: false,
                },
            ),
            (
                1,
                Event::Join {
                    pid: pid(0),
                    name: "F".into(),
                    role: RoomRole::Facilitator,
                    conn: "i:1".into(),
                },
            ),
            (
                2,
                Event::Join {
                    pid: pid(1),
                    name: "M".into(),
                    role: RoomRole::Member,
                    conn: "i:2".into(),
                },
            ),
            (3, Event::Hand { by: pid(1), up: true }),
            (4, Event::CallNext { by: pid(1) }), // refused: not a facilitator
        ];
        let room = replay(log.iter().map(|(at, e)| (*at, e))).unwrap_or_else(|| panic!("no room"));
        assert_eq!(room.hands, vec![pid(1)]);
        let text = serde_json::to_string(&room).unwrap_or_default();
        let back: Room = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, room, "snapshots round-trip");
    }

    fn any_event() -> impl Strategy<Value = Event> {
        let who = (0u8..6).prop_map(pid);
        prop_oneof![
            (0u8..6, any::<bool>(), 0u8..2).prop_map(|(n, f, i)| Event::Join {
                pid: pid(n),
                name: format!("P{n}"),
                role: if f && n == 0 {
                    RoomRole::Facilitator
                } else {
                    RoomRole::Member
                },
                conn: format!("i{i}:{n}"),
            }),
            (who.clone(), 0u8..2).prop_map(|(p, i)| Event::Leave {
                conn: format!("i{i}:{}", &p.0[1..]),
                pid: p
            }),
            (0u8..2).prop_map(|i| Event::InstanceGone {
                instance: format!("i{i}")
            }),
            (who.clone(), any::<bool>()).prop_map(|(by, up)| Event::Hand { by, up }),
            Just(Event::CallNext { by: pid(0) }),
            (who.clone(), 0usize..6).prop_map(|(p, to)| Event::MoveHand {
                by: pid(0),
                pid: p,
                to
            }),
            Just(Event::RoundStart {
                by: pid(0),
                seconds: 60
            }),
            (who.clone(), any::<bool>()).prop_map(|(by, passed)| Event::RoundDone { by, passed }),
            Just(Event::RoundNext { by: pid(0) }),
            who.clone().prop_map(|p| Event::Remove { by: pid(0), pid: p }),
            who.clone().prop_map(|p| Event::Admit { by: pid(0), pid: p }),
            any::<bool>().prop_map(|on| Event::Lobby { by: pid(0), on }),
            (who.clone(), 0u32..70_000).prop_map(|(by, ms)| Event::Spoke { by, ms }),
            (who.clone(), "[ a]{0,3}").prop_map(|(by, text)| Event::Chat { by, text }),
            (who.clone(), any::<bool>()).prop_map(|(by, on)| Event::ChatPause { by, on }),
            (who, any::<bool>()).prop_map(|(by, audio)| Event::Media {
                by,
                audio,
                video: false
            }),
        ]
    }

    proptest! {
        #[test]
        fn queues_never_hold_duplicates_absentees_or_removed_people(
            events in proptest::collection::vec(any_event(), 0..80)
        ) {
            let mut room = Room::new(Vec::new(), false, 0);
            for (at, event) in events.iter().enumerate() {
                let _ = room.apply(at as i64, event);
                let mut hands = room.hands.clone();
                hands.sort();
                hands.dedup();
                prop_assert_eq!(hands.len(), room.hands.len(), "duplicate hands");
                for p in &room.hands {
                    prop_assert!(room.participant(p).is_some_and(Participant::in_room), "{:?} queued but not in the room", p);
                }
                if let Some(round) = &room.round {
                    let mut order = round.order.clone();
                    order.sort();
                    order.dedup();
                    prop_assert_eq!(order.len(), round.order.len(), "duplicate turns");
                    for p in round.order.iter().filter(|p| !round.done.contains(p)) {
                        prop_assert!(room.participant(p).is_some_and(Participant::in_room), "{:?} waiting for a turn but gone", p);
                    }
                    if let Some(current) = &round.current {
                        prop_assert!(!round.done.contains(current));
                    }
                }
            }
        }

        #[test]
        fn a_round_gives_each_person_who_stays_exactly_one_turn(
            members in 1u8..10,
            passes in proptest::collection::vec(any::<bool>(), 10),
            late in 0u8..3,
        ) {
            let mut room = room_with(members);
            room.apply(0, &Event::RoundStart { by: pid(0), seconds: 60 }).ok();
            let mut turns: std::collections::HashMap<Pid, u32> = std::collections::HashMap::new();
            let mut step = 0;
            while let Some(current) = room.round.as_ref().and_then(|r| r.current.clone()) {
                *turns.entry(current.clone()).or_default() += 1;
                if step == 1 {
                    for l in 0..late {
                        join(&mut room, 100 + l, RoomRole::Member);
                    }
                }
                let passed = passes[step % passes.len()];
                room.apply(step as i64, &Event::RoundDone { by: current, passed }).ok();
                step += 1;
                prop_assert!(step < 200, "the round never ends");
            }
            let everyone = usize::from(members) + 1 + usize::from(late);
            prop_assert_eq!(turns.len(), everyone);
            prop_assert!(turns.values().all(|n| *n == 1));
        }

        #[test]
        fn checking_agrees_with_applying(
            events in proptest::collection::vec(any_event(), 0..60),
            probe in any_event(),
        ) {
            let mut room = Room::new(Vec::new(), false, 0);
            for (at, event) in events.iter().enumerate() {
                let _ = room.apply(at as i64, event);
            }
            let checked = room.check(&probe);
            let applied = room.clone().apply(100, &probe).map(|_| ());
            prop_assert_eq!(checked, applied);
        }

        #[test]
        fn the_balance_score_is_between_zero_and_one(values in proptest::collection::vec(0u32..100_000, 1..20)) {
            let floats: Vec<f64> = values.iter().map(|v| f64::from(*v)).collect();
            let g = gini(&floats);
            prop_assert!((0.0..=1.0).contains(&g));
            prop_assert!((0.0..=1.0).contains(&balance(&floats)));
        }
    }
}
