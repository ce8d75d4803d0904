# Kindred moderation strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## Moderation, reports, crisis alerts, sanctions and the audit log.

moderation-title = Moderation
moderation-intro = Crisis alerts first, then reports. Every action is recorded in the audit log, and members are told what happened and why.
moderation-on-duty = You are on duty until { $until }. Urgent alerts are emailed to you.
moderation-off-duty = You are off duty. While no moderator is on duty, posts reported by 3 or more people are hidden until someone reviews them.
moderation-go-on-duty = Go on duty for 8 hours
moderation-go-off-duty = Go off duty
moderation-alerts = Crisis alerts
moderation-no-alerts = No open alerts.
moderation-urgent = Urgent
moderation-concern = Concern
moderation-reasons = Why: { $reasons }
moderation-open = Open it
moderation-handled = Mark as handled
moderation-no-emergency = Kindred never contacts emergency services by itself. If someone is in immediate danger, call 999.
moderation-reports = Reports
moderation-no-reports = No open reports.
moderation-reporters = { $count ->
    [one] reported by { $count } person
   *[other] reported by { $count } people
}
moderation-reason = Reason (the member is told)
moderation-hide = Hide
moderation-restore = Restore
moderation-dismiss = Dismiss the reports
moderation-warn = Warn
moderation-suspend = Suspend
moderation-ban = Ban from the group
moderation-appeals = Appeals
moderation-no-appeals = No appeals waiting.
moderation-appeal-text = Their appeal:
moderation-uphold = Keep the decision
moderation-lift = Lift it
moderation-refused-title = Your message was not posted
moderation-refused-suspended = Your account is suspended, so you cannot post at the moment. Your account page says why and until when, and how to appeal.
moderation-refused-rate = You are posting very quickly. Please wait a few minutes and try again.
moderation-refused-word = Your message contains a word or phrase this group does not allow. Please change it and try again.
moderation-standing-link = Your account

safety-reason-urgent = urgent wording
safety-reason-concern = worrying wording
safety-reason-intent = intent
safety-reason-plan = a plan
safety-reason-means = means
safety-reason-timeframe = a timeframe
safety-reason-negation = negated
safety-reason-past = in the past
safety-reason-idiom = an idiom
safety-reason-third = about someone else

report-title = Report
report-intro = Tell the moderators about something that breaks the group's agreement or worries you. The person you report is not told who reported them.
report-why = Why are you reporting this?
report-reason-risk = Someone may be at risk
report-reason-harassment = Harassment or bullying
report-reason-hate = Hate or discrimination
report-reason-spam = Spam or advertising
report-reason-privacy = It shares someone's private details
report-reason-misinformation = Harmful health misinformation
report-reason-other = Something else
report-reason-watched_word = A watched word
report-risk-hint = If someone is in immediate danger, call 999. For support now:
report-send = Send report
report-thanks = Thank you. A moderator will look at it.
report-kind-post = A post
report-kind-message = A private message
report-kind-user = A member
report-kind-chat = A live-room chat message
report-chat-by = Written in the live room by { $name }
moderation-written-by = Written by { $name }

sanction-warning = Warning
sanction-suspension = Suspension
sanction-group_ban = Ban from a group
sanction-post_hidden = A post was hidden
sanction-appeal_upheld = Your appeal was considered and the decision stands
sanction-appeal_lifted = Your appeal was accepted and the decision lifted

account-standing-title = Moderation decisions
account-standing-until = until { $until }
account-standing-permanent = permanent
account-standing-reason = Reason: { $reason }
account-standing-appeal-label = Why should this decision be looked at again?
account-standing-appeal = Appeal
account-standing-appeal-waiting = Your appeal is waiting for a moderator.
account-standing-appeal-upheld = Your appeal was considered; the decision stands.
account-standing-appeal-lifted = Your appeal was accepted; the decision was lifted.

words-title = Watched words
words-intro = Words or phrases to watch for in posts and messages. Flag: moderators are told. Hold: the post waits for a moderator. Block: the post is refused and the writer is asked to change it.
words-none = No watched words yet.
words-field = Word or phrase
words-action = What to do
words-action-flag = Flag for moderators
words-action-hold = Hold for review
words-action-block = Block
words-add = Add
words-remove = Remove

audit-title = Audit log
audit-intro = Every moderator and administrator action: who, what, when and why. Entries cannot be changed or removed.
audit-none = Nothing recorded yet.
audit-system = Kindred (automatic)
audit-col-when = When
audit-col-who = Who
audit-col-what = Action
audit-col-target = About
audit-col-why = Why

email-alert-subject = A message in your group may need your attention
email-alert-body =
    Hello { $pseudonym },

    Kindred's screen found wording in a message that suggests someone may be at risk. The writer has been shown crisis support. Please look at the alert and mark it handled once someone has responded:
email-moderation-subject = A decision about your Kindred account
email-moderation-body =
    Hello { $pseudonym },

    A moderator made this decision: { $what }.
    Reason: { $reason }

    You can read it, and appeal, on your account page:
