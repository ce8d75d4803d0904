# Kindred discussions strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## Discussions: boards, threads, posts, private messages, debrief notes.

group-board-link = Discussion board
group-messages-link = Message the facilitators
group-messages-runner-link = Messages from members
board-org-link = Facilitators' discussion space

board-title = Discussion board: { $group }
board-intro = Share how things are going, ask for practical advice, and support each other between meetings. Only the group's members can read this board unless the group has made it public.
board-org-title = Facilitators' space: { $organisation }
board-org-intro = A private space for the people who run this organisation's groups: share what works, ask for advice, and support each other. Only facilitators and organisers of the organisation can read it.
board-empty = No one has started a conversation yet.
board-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
board-unread = { $count } new
board-pages = Pages
board-new-thread = Start a conversation
board-field-title = Title
board-field-body = Your message
board-field-body-hint = You can use Markdown: **bold**, *italic*, lists and links.
board-field-warning = Content warning
board-field-warning-hint = If your message talks about something others may find hard to read, choose a warning. Readers then choose whether to open it.
board-warning-none = No warning needed
board-field-anonymous = Post without my name
board-field-anonymous-hint = Other members will see "Anonymous member". The group's facilitators and Kindred's moderators can still see who wrote it, to keep everyone safe.
board-privacy-note = Messages are stored encrypted. Please do not share other people's stories or details that could identify someone.
board-post = Post
board-error-title = Give your conversation a title of up to 150 characters.
board-error-body = Write your message (up to 20,000 characters).
board-error-warning = Choose a content warning from the list.
board-anonymous = Anonymous member
board-anonymous-known = Anonymous member (written by { $name })
board-former-member = Former member
board-public = Let anyone read this board (members still write)
board-public-hint = Off by default. Posts may be personal: only make the board public if members have agreed.
board-hidden-moderator = Hidden by a moderator.
board-hidden-reports = Hidden after several reports, until a moderator looks at it.
board-hidden-held = Waiting for a moderator: links from new accounts are checked first.
board-hidden-watched = Waiting for a moderator to review it.

warning-self_harm = Self-harm
warning-suicide = Suicide
warning-abuse = Abuse
warning-eating_disorders = Eating disorders
warning-substance_use = Alcohol or drug use
warning-bereavement = Death and grief
warning-medical_detail = Medical details
warning-other = Difficult subject

reaction-hug = Hug
reaction-me_too = Me too
reaction-helpful = Helpful
reaction-thank_you = Thank you

thread-earlier = Earlier posts
thread-later = Later posts
thread-edited = edited
thread-deleted = This post was deleted.
thread-warning = Content warning: { $warning }. Open to read.
thread-report = Report
thread-edit = Edit
thread-history = Versions
thread-delete = Delete
thread-reply = Reply
thread-send-reply = Send reply

posted-title = Your message is posted
posted-held = Your message will appear once a moderator has checked it. This usually happens for links from new accounts.
posted-urgent-title = You don't have to face this alone
posted-urgent-body = What you wrote sounds really hard. Your group's facilitators have been told so they can reach out. If you are in danger or might act on thoughts of ending your life, please contact one of these now:
posted-concern-title = Support is here if you need it
posted-concern-body = It sounds like things are difficult at the moment. If you need to talk to someone now, these services are free and confidential:
posted-no-emergency = Kindred does not contact emergency services. In an emergency, call 999.
posted-continue = Go to the conversation

edit-title = Edit your message
edit-back = Back to the conversation
edit-hint = Earlier versions are kept for the group's facilitators and moderators.
edit-save = Save changes
edit-history = Earlier versions

messages-title = Messages with the facilitators: { $group }
messages-intro = A private conversation between you and the people who run the group. Other members cannot see it.
messages-conversations = Conversations
messages-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
messages-with = Conversation with { $name }
messages-none = No messages yet.
messages-field = Your message
messages-send = Send

board-member-messages = Members may message each other privately
board-member-messages-hint = Off by default. When it is on, members can start a private conversation with another member of the group. Facilitators do not read these conversations unless a message is reported. Turning it off stops new messages; earlier conversations stay readable to the two people in them.
member-messages-heading = Messages with other members
member-messages-start = Write to a member
member-messages-field-with = Member
member-messages-choose = Choose a member
member-messages-field-text = Your first message
member-messages-hint = Only the two of you can read this conversation. The group's facilitators do not read it unless one of you reports a message. Messages are stored encrypted.
member-messages-nobody = There is nobody else in the group to write to yet.
member-messages-error-with = Choose the member you want to write to.
member-messages-with = Conversation with { $name }
member-messages-private = A private conversation between the two of you. The group's facilitators do not read it unless a message is reported.
member-messages-off-title = Messages between members are off
member-messages-off = Members of this group cannot message each other privately at the moment. You can still read your earlier conversations and message the facilitators.
member-messages-gone = This person is no longer a member of the group, so no new messages can be sent. You can still read the conversation.
member-messages-back = Back to your messages

debrief-link = Debrief notes (facilitators only)
debrief-title = Debrief notes: { $group }
debrief-back = Back to the meeting
debrief-intro = Private notes for the people who run the group: what went well, what to follow up, how you are. Stored encrypted; members never see them.
debrief-none = No notes for this meeting yet.
debrief-field = Note
debrief-hint = Avoid writing members' personal details unless you need them to follow up safely.
debrief-save = Save note

my-discussions-title = Your discussions
my-discussions-none = Nothing new on your groups' boards.
my-discussions-alerts = { $count ->
    [one] { $count } open crisis alert in groups you run
   *[other] { $count } open crisis alerts in groups you run
}
my-discussions-digest = Email me a daily summary of new posts
my-discussions-digest-hint = The summary says how many new posts each of your groups has, with links. It never includes what anyone wrote.

email-digest-subject = New posts in your Kindred groups
email-digest-body = Hello { $pseudonym }, here is what is new on your groups' boards:
email-digest-line = { $group }: { $count } new
email-digest-off = To stop these emails, untick the daily summary here:
