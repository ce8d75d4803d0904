# Kindred live room strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## Live meeting room: the page (/meetings/{id}/room)

room-title = Live room
room-page-title = Live room: { $title }
room-not-online = This meeting happens in person, so it has no live room.
room-cancelled = This meeting has been cancelled, so its live room is closed.
room-not-yet = The live room opens at { $when }. Please come back then.
room-over = This meeting's live room has closed.
room-group-label = Group
room-noscript = The live room needs JavaScript, and it is turned off or not available in this browser. You can still join by phone or by the meeting link.
room-noscript-link = See how to join on the meeting page
room-rules-heading = Ground rules
room-rules-intro = Before you come in, please read the group's ground rules. They help everyone feel safe.
room-rules-none = Please be kind, listen without interrupting, and keep what you hear here private.
room-rules-ready = I'm ready
room-rules-ready-hint = Your microphone and camera stay off until you turn them on.
room-rules-close = Back to the room
room-rules-show = Ground rules
room-leave = Leave the room
room-waiting = You're in the waiting room. A facilitator will let you in soon.
room-ended = This meeting has ended. Thank you for being here.
room-removed = A facilitator has asked you to leave this meeting.
room-locked = The room is locked, so nobody new can come in at the moment.
room-back-to-meeting = Back to the meeting page

room-media-heading = Video and sound
room-mic = Microphone
room-camera = Camera
room-tiles-label = Video of the people here

room-hands-heading = Raised hands
room-hand = Raise my hand
room-hand-hint = Press again to lower your hand.

room-round-heading = Go-round
room-round-done = I've finished
room-round-pass = Pass

room-agenda-heading = Agenda

room-people-heading = Who's here

room-chat-heading = Chat
room-chat-hint = Everyone in the room can read the chat. It is deleted when the meeting ends.
room-chat-label = Your message
room-chat-send = Send

room-wellbeing-heading = How are you doing?
room-wellbeing-hint = Only the facilitator sees these. Nobody else will know.
room-wellbeing-break = I need a break
room-wellbeing-not-ok = I'm not OK
room-wellbeing-crisis = If you might be in danger now, please get help straight away.
room-wellbeing-crisis-link = Who you can contact now

room-fac-heading = Facilitator tools
room-fac-fairness = Fairness
room-fac-fairness-hint = Only facilitators see this. Speaking time is measured in each person's browser; nothing they say leaves it.
room-fac-wellbeing = Private messages from members
room-fac-wellbeing-none = None yet.
room-fac-room = The room
room-fac-lobby = Waiting room
room-fac-lock = Lock the room
room-fac-chat-pause = Pause the chat
room-fac-end = End the meeting for everyone
room-fac-toggle-hint = A button that looks pressed is on.
room-fac-hands = Hands
room-fac-call-next = Call the next person
room-fac-clear-hands = Clear all hands
room-fac-round = Go-round
room-fac-round-seconds = Seconds for each person
room-fac-round-seconds-hint = Between 15 and 900.
room-fac-round-start = Start a go-round
room-fac-round-next = Move on to the next person
room-fac-round-end = Stop the go-round
room-fac-agenda = Agenda
room-fac-agenda-start = Start the agenda
room-fac-agenda-next = Go to the next part
room-fac-agenda-extend = Add 5 minutes
room-fac-agenda-skip = Skip the part after this one
room-fac-agenda-reader = Who reads this part
room-fac-agenda-reader-set = Choose reader

## Live meeting room: strings for the page's script (sent to the browser as they are;
## the script fills in { $name }, { $count } and the like itself)

room-js-connecting = Connecting…
room-js-connected = Connected
room-js-reconnecting = The connection was lost. Trying again in { $seconds } s.
room-js-closed = You are no longer connected to the room.
room-js-you = (you)
room-js-you-tile = You
room-js-role-facilitator = facilitator
room-js-hand-up = hand raised
room-js-mic-on = microphone on
room-js-camera-on = camera on
room-js-waiting-list = Waiting to come in
room-js-nobody-waiting = Nobody is waiting.
room-js-admit = Let { $name } in
room-js-ask-mute = Ask { $name } to mute
room-js-remove = Remove { $name }
room-js-remove-confirm = Remove { $name } from this meeting? They will not be able to come back.
room-js-end-confirm = End the meeting for everyone? This cannot be undone.
room-js-nobody-here = Nobody else is here yet.
room-js-hands-empty = No hands are raised.
room-js-move-up = Move { $name } up
room-js-speaking-now = Now speaking: { $name }
room-js-round-none = There is no go-round at the moment.
room-js-round-turn = Turn: { $name }
room-js-round-your-turn = It's your turn. Take your time, or pass if you'd rather not speak.
room-js-round-done = finished
room-js-round-passed = passed
room-js-round-waiting = still to come
room-js-round-speaking = speaking now
room-js-time-left = Time left: { $time }
room-js-time-up = Time is up
room-js-agenda-none = The agenda hasn't started.
room-js-agenda-now = Now: { $name }
room-js-agenda-skipped = skipped
room-js-agenda-reader = Reading: { $name }
room-js-agenda-script = What to read
room-js-minutes = { $minutes } min
room-js-kind-open-sharing = Open sharing
room-js-kind-go-round = Go-round
room-js-kind-topic = Topic
room-js-kind-reading = Reading
room-js-kind-break = Break
room-js-kind-check-out = Check-out
room-js-reader-none = Nobody
room-js-chat-paused = The facilitator has paused the chat for now.
room-js-chat-empty = No messages yet.
room-js-chat-report = Report
room-js-chat-report-label = Report this message from { $name } (opens in a new tab)
room-js-not-sent = That wasn't sent because you're not connected. Please try again in a moment.
room-js-media-unsupported = This browser can't make video or sound calls. You can still use the chat.
room-js-mic-denied = Your microphone could not be turned on. Check that this site may use it in your browser's settings.
room-js-camera-denied = Your camera could not be turned on. Check that this site may use it in your browser's settings.
room-js-mic-is-on = Your microphone is on.
room-js-mic-is-off = Your microphone is off.
room-js-camera-is-on = Your camera is on.
room-js-camera-is-off = Your camera is off.
room-js-audio-only = Video is off because there are many people here. Sound still works.
room-js-play-sound = Turn on sound
room-js-connecting-to = Connecting to { $name }…
room-js-announce-admitted = You're in. Welcome.
room-js-announce-waiting = You're in the waiting room. A facilitator will let you in soon.
room-js-announce-turn = It's your turn to speak.
room-js-announce-called = You've been called. You can speak now.
room-js-announce-asked-to-mute = The facilitator asks you to mute your microphone, please.
room-js-announce-locked = The room is locked, so you can't come in at the moment.
room-js-announce-ended = The meeting has ended. Thank you for being here.
room-js-announce-removed = A facilitator has asked you to leave this meeting.
room-js-wellbeing-sent = Thank you. The facilitator has been told, privately.
room-js-wellbeing-break = { $name } needs a break.
room-js-wellbeing-not-ok = { $name } is not OK.
room-js-fairness-none = Nobody has spoken yet.
room-js-fairness-balance = Balance: { $balance } (1 means everyone has had an even share)
room-js-fairness-not-yet = Not had a chance to speak yet: { $names }
room-js-fairness-above = Speaking more than twice their share: { $names }
room-js-fairness-measure-speaking = Measured by speaking time.
room-js-fairness-measure-contributions = Counting chat messages and go-round turns, because no one's speaking time has been measured yet.
room-js-col-name = Name
room-js-col-time = Speaking time
room-js-col-contributions = Contributions
room-js-col-share = Share
room-js-nudge-not-yet = People who haven't had a chance to speak yet: { $count }. You could gently invite them in.
room-js-nudge-above-twice-share = People speaking more than twice their share: { $count }. You could make room for others.
room-js-nudge-other = A suggestion for the room: { $kind } ({ $count })
room-js-error-forbidden = Only a facilitator can do that.
room-js-error-invalid = That didn't work. Please check and try again.
room-js-error-rate-limited = That was a lot at once. Please slow down a little.
room-js-error-chat-paused = The chat is paused, so your message wasn't sent.
room-js-error-too-large = That message is too long.
room-js-error-not-admitted = You can do that once a facilitator has let you in.
room-js-error-not-your-turn = It isn't your turn at the moment.
room-js-error-full = The room is full at the moment.
room-js-error-unavailable = That didn't go through. Please try again.
room-js-error-other = Something went wrong. Please try again.

## Crisis screening of chat (shown by the room's script)
room-js-wellbeing-chat-concern = Something { $name } wrote in the chat suggests they may be struggling.
room-js-wellbeing-chat-urgent = Something { $name } wrote in the chat may mean they are at risk now. Please reach out to them privately.
room-js-safety-concern = It sounds like you are going through a lot. If you would like to talk to someone, these lines are free and confidential.
room-js-safety-urgent = It sounds like things are really hard right now. You do not have to face this alone: you can talk to someone now, free, at any time.
room-js-safety-more = More ways to get help now
room-js-safety-close = Close
