# Kindred meetings strings: English (source language).
# Produced by: the Kindred developers. Status: source text.
nav-my-meetings = My meetings
group-search-link = Find a group
weekday-0 = Sun
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
month-long-1 = January
month-long-2 = February
month-long-3 = March
month-long-4 = April
month-long-5 = May
month-long-6 = June
month-long-7 = July
month-long-8 = August
month-long-9 = September
month-long-10 = October
month-long-11 = November
month-long-12 = December
# "Tue 3 Dec, 19:00"
meeting-when = { $weekday } { $day } { $month }, { $time }
search-next-meeting = Next meeting: { $when }
group-meetings = Upcoming meetings
group-no-meetings = No meetings are planned yet.
group-calendar = Subscribe to this group's calendar
group-add-meeting = Add a meeting
meeting-minutes = { $minutes } minutes
meeting-zone = Times are in { $zone } time.
meeting-cancelled = Cancelled
meeting-cancel-reason = Reason: { $reason }
meeting-moved = This meeting has moved from its usual time.
meeting-over = This meeting has finished.
meeting-where = Where
meeting-place-group_venue = At the group's usual venue
meeting-place-other_venue = At a different venue
meeting-place-online = Online
meeting-place-hybrid = In person and online
meeting-access = Access
meeting-join = Join the meeting
meeting-dial-in = Dial in
meeting-link-later = The link to join appears here from { $when }.
meeting-link-members = Members of the group see how to join shortly before the meeting.
meeting-add-to-calendar = Add this meeting to your calendar
meeting-reply-heading = Are you coming?
meeting-your-reply = Your reply: { $reply }
meeting-reply-going = going
meeting-reply-waitlisted = on the waiting list (you will get a place automatically if one comes free, and we will email you)
meeting-reply-not_going = not going
meeting-going = I'm going
meeting-not-going = I can't come
meeting-join-group-first = Join the group to reply:
meeting-agenda = Agenda: { $format }
segment-open_sharing = open sharing
segment-go_round = go-round
segment-topic = topic discussion
segment-reading = reading
segment-break = break
segment-check_out = check-out
meeting-run-heading = Running this meeting
meeting-numbers = { $going } going, { $waiting } on the waiting list.
meeting-capacity = { $capacity } places.
meeting-cancel-heading = Cancel this meeting
meeting-cancel-reason-label = Reason
meeting-cancel-reason-hint = Members see this, and everyone who said they were coming gets an email.
meeting-cancel-button = Cancel this meeting
meeting-move-heading = Move this meeting
meeting-move-label = New date and time
meeting-move-note = Note for members (optional)
meeting-move-button = Move this meeting
meeting-attendance = Who came
meeting-attendance-save = Save attendance
meeting-end-heading = End this series
meeting-end-label = Last date
meeting-end-hint = No meetings will happen after this date.
meeting-end-button = End the series
series-new-title = Add a meeting
series-title-label = Title (optional)
series-title-hint = Leave empty to use the group's name.
series-date-label = Date of the first meeting
series-time-label = Start time
series-time-hint = 24-hour clock, for example 19:00. Times stay the same when the clocks change.
series-duration-label = Length in minutes
series-repeat-label = Repeats
series-repeat-once = Does not repeat
series-repeat-weekly = Every week
series-repeat-fortnightly = Every other week
series-repeat-monthly_day = Every month on the same weekday (for example the first Tuesday)
series-repeat-monthly_date = Every month on the same date
series-week-label = For monthly meetings by weekday
series-week-same = The same week of the month as the first meeting
series-week-last = The last one of the month
series-except-label = Leave out a month
series-except-none = No month left out
series-ends-label = Last date (optional)
series-ends-hint = Leave empty if the meetings carry on.
series-place-label = Where
series-format-label = Agenda format
series-format-none = No set agenda (unstructured)
series-venue-legend = A different venue
series-venue-hint = Only for meetings away from the group's usual venue.
series-venue-name = Venue name
series-venue-address = Address
series-venue-postcode = Postcode
series-venue-access = Access (step-free entrance, hearing loop, toilets, parking)
series-venue-directions = Directions (how to find the room, nearest bus stop)
series-online-legend = Joining online
series-online-hint = Only members see these, and only shortly before each meeting.
series-join-url = Link to the call
series-dial-in = Dial-in number
series-link-opens = Show the link this many minutes before the start
series-link-opens-hint = 30 if left empty.
series-capacity-label = Places (optional)
series-capacity-hint = When places run out, replies go on a waiting list that moves up automatically.
series-save = Save
formats-link = Agenda formats
formats-title = Agenda formats
formats-intro = A format is the running order of a structured meeting. Copy one to make it your own.
formats-built-in = built in
formats-copy = Make a copy to edit
formats-edit = Edit
formats-edit-title = Edit an agenda format
formats-name = Name
formats-rows-hint = Segments run in this order. Leave a row empty to remove it.
formats-segment = Segment { $number }
formats-segment-name = Name
formats-segment-minutes = Minutes
formats-segment-kind = Kind
formats-segment-script = Words to read (optional)
formats-save = Save
my-meetings-title = My meetings
my-meetings-none = You have no upcoming meetings.
my-calendar-heading = Your calendar link
my-calendar-intro = Add your meetings to a calendar app with a private link. Anyone who has the link can see your meetings, so keep it to yourself; you can replace it at any time.
my-calendar-new = Here is your new link. Copy it now: for your privacy we show it only once.
my-calendar-link = Calendar link
my-calendar-exists = You have a calendar link. Replace it if you have lost it or think someone else has it.
my-calendar-create = Create a calendar link
my-calendar-replace = Replace the link
my-calendar-revoke = Turn the link off
my-emails-heading = Meeting emails
my-emails-on = You get reminders and changes for meetings you are going to.
my-emails-off = Meeting emails are off.
my-emails-turn-off = Turn meeting emails off
my-emails-turn-on = Turn meeting emails on
unsubscribe-title = Meeting emails
unsubscribe-intro = Stop reminders and meeting changes by email?
unsubscribe-button = Stop meeting emails
unsubscribe-done = Done: you will not get meeting emails any more. You can turn them back on from "My meetings".
email-meeting-where = Where: { $place }
email-meeting-join = To join online:
email-meeting-dial-in = Or dial in: { $phone }
email-meeting-unsubscribe = To stop meeting emails, open this link:
email-reminder-subject = Reminder: { $title }, { $when }
email-reminder-body = Hello { $pseudonym },

    This is a reminder that { $title } ({ $group }) meets on { $when }.

    { $details }

    Details, and to change your reply:
    { $link }
email-cancelled-subject = Cancelled: { $title }, { $when }
email-cancelled-body = Hello { $pseudonym },

    The meeting of { $title } ({ $group }) on { $when } is cancelled.

    Reason: { $reason }

    { $link }
email-moved-subject = Moved: { $title } is now on { $when }
email-moved-body = Hello { $pseudonym },

    The meeting of { $title } ({ $group }) has moved. It is now on { $when }.

    { $details }

    { $link }
email-promoted-subject = You have a place: { $title }, { $when }
email-promoted-body = Hello { $pseudonym },

    A place came free and it is yours: { $title } ({ $group }) on { $when }.

    { $details }

    If you can no longer come, please change your reply so someone else can have the place:
    { $link }
# Form problems on meeting pages, by field (the JSON API gives a detailed English message).
meeting-error-id = This meeting can no longer take that change: it is over or cancelled.
meeting-error-reason = Give a reason for members (up to 300 characters).
meeting-error-starts_at = Give a new date and time in the future that exists on that day (not in the hour the clocks go forward).
meeting-error-note = Keep the note to 300 characters.
meeting-error-present = Tick only members of the group, once the meeting has started.
meeting-error-last_date = Give a last date that is today or later, and not before the first meeting.
meeting-error-date = Give the date of the first meeting, for example 2026-12-01.
meeting-error-time = Give a start time such as 19:00 that exists on that day (not in the hour the clocks go forward) and falls on a day the repeat names.
meeting-error-duration = Give the length in minutes, between 5 and 1440.
meeting-error-repeat = Choose how often the meeting repeats.
meeting-error-ends_on = Give a last date on or after the first meeting, for example 2027-07-31.
meeting-error-place = Choose where the meeting happens. If the group lists no venue, choose a different venue or online.
meeting-error-venue_name = Give the venue's name and address.
meeting-error-venue_address = Give the venue's address.
meeting-error-venue_postcode = Give a short postcode, for example CF10 1FL.
meeting-error-venue_access = Keep the access notes to 1000 characters.
meeting-error-venue_directions = Keep the directions to 1000 characters.
meeting-error-join_url = Give a full link to the call, starting with https://, or a dial-in number.
meeting-error-dial_in = Give a phone number using digits, spaces and + ( ) -.
meeting-error-link_opens = Give the minutes before the start as a whole number up to 10080.
meeting-error-capacity = Give the number of places as a whole number from 1 to 10000, or leave it empty.
meeting-error-format = Choose an agenda format from the list.
meeting-error-title = Keep the title to one line of up to 120 characters.
meeting-error-timezone = Choose a time zone.
meeting-error-name = Give the format a name of up to 80 characters.
meeting-error-segments = Each segment needs a name and 1 to 240 minutes; a format has 1 to 30 segments.
meeting-error-other = Check this field.

## The live room, from the meeting page
meeting-room-enter = Enter the live room
meeting-room-enter-hint = Chat, raise your hand and take turns; sound and video if you want them.
meeting-room-summary-heading = How the live room went
meeting-room-summary = { $minutes } minutes, { $people } people, { $turns } go-round turns, { $messages } chat messages.
meeting-room-balance = Balance of speaking time: { $balance } (1 is perfectly even, 0 is one voice only).
meeting-room-share = { $name }: { $percent }% of the speaking
meeting-room-summary-hint = Only totals are kept. Nothing anyone said or wrote is stored after the meeting.
