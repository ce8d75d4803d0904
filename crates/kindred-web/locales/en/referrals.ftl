# Kindred referrals strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## The invitation email (no group name in the subject: a shared inbox may show it)

referral-email-subject = An invitation from { $organisation }
referral-email-body = { $organisation } has suggested a peer support group for you: { $group }.

    To read about the group and decide, go to { $url } and enter this code:

    { $code }

    You decide whether to join. { $organisation } will be told whether you accepted. Anything else (that you joined, that you went to a first meeting, that you are still going after six weeks, your wellbeing scores) is shared only if you tick it, and you can change your mind at any time.

    If you did not expect this, you can ignore this email.

## Referring (referrers)

refer-title = Refer someone to { $group }
refer-back = Back to { $group }
refer-not-referrer = Only referrers checked by this site's administrators can refer people (GPs, social prescribers, link workers). Ask the site's administrators if you should be one.
refer-intro = The person gets an invitation explaining the group and what you will be told. They decide whether to join and what to share with you.
refer-email = The person's email address (optional)
refer-email-hint = Leave it empty to print a code to give them instead. The address is kept encrypted and deleted once they answer.
refer-lang = Language of the invitation
refer-note = A note for the group's facilitators (optional)
refer-note-hint = Only what helps them welcome the person. Do not include diagnoses or other health details unless the person agreed.
refer-send = Send the invitation
refer-sent-title = Invitation made
refer-sent-emailed = We have emailed the invitation.
refer-sent-code = Give the person this code. They enter it at the invitation page of this site:
refer-sent-print = Write it down or print this page now: it cannot be shown again.
refer-sent-list = See your referrals
referral-error-email = Enter an email address like name@example.org, or leave it empty
referral-error-note = Keep the note under 2,000 characters of plain text
referral-error-closed = This group has closed and takes no referrals
referral-error-reason = Give a reason the referrer will see (up to 500 characters)

## A referrer's referrals

referrals-title = People you referred
referrals-intro = People you referred for { $organisation }. You see only what each person agreed to share.
referrals-none = You have not referred anyone yet. Find a group and choose "Refer someone" on its page.
referrals-col-group = Group
referrals-col-made = Referred
referrals-col-latest = Latest
referral-title = Referral to { $group }
referral-back = Back to your referrals
referral-made = Referred { $when }
referral-timeline = What happened
referral-shared-title = What the person agreed to share
referral-shared-none = Only whether they accepted the invitation.
referral-shared-hint = People can change this at any time; what they withdraw disappears from this page.

## Timeline entries

referral-event-referred = Referred by { $organisation }
referral-event-group-accepted = The group accepted the referral
referral-event-group-waitlisted = The group is full and put the referral on its waiting list
referral-event-group-waitlisted-reason = The group put the referral on its waiting list: { $reason }
referral-event-group-declined = The group declined the referral
referral-event-group-declined-reason = The group declined the referral: { $reason }
referral-event-person-accepted = The person accepted the invitation
referral-event-person-declined = The person declined the invitation
referral-event-consent = The person changed what they share
referral-event-joined = The person joined the group
referral-event-attended = The person went to a first meeting
referral-event-six-weeks = The person is still going, six weeks after joining
referral-event-wellbeing = Wellbeing check-in: life satisfaction { $life }, worthwhile { $worthwhile }, happiness { $happy }, anxiety { $anxious } (0 to 10)

## Consent items

referral-consent-joined = That I joined the group
referral-consent-attended = That I went to a first meeting
referral-consent-six_weeks = Whether I am still going after six weeks
referral-consent-wellbeing = My wellbeing check-in scores

## The person's invitation

invitation-title = Your invitation
invitation-intro = Someone who supports you, such as your GP or a social prescriber, suggested a peer support group and gave you a code.
invitation-code = Invitation code
invitation-code-hint = 10 letters and digits, like ACD34-FGH67. Capitals and the dash do not matter.
invitation-look = Show my invitation
invitation-error-code = We could not find that code. Check it and try again, or ask whoever gave it to you.
invitation-see-group = Read about the group
invitation-from = Suggested by { $organisation }.
invitation-sign-in = To answer, sign in or create an account, then enter your code again. Your account can use a made-up name.
invitation-sign-in-link = Sign in
invitation-sign-up-link = Create an account
invitation-told = { $organisation } will be told whether you accept. Nothing else, unless you tick it below.
invitation-consent = What { $organisation } may also be told (optional)
invitation-consent-hint = Tick only what you are happy to share. You can change this at any time on "Your referrals".
invitation-agreement = The group's agreement
invitation-agree = I accept the group's agreement (needed to join)
invitation-error-agree = To join, accept the group's agreement
invitation-error-barred = You cannot join this group. Ask the person who referred you about other groups.
invitation-accept = Accept and join
invitation-decline = No thanks
invitation-joined = You have joined the group. Welcome.
invitation-requested = You accepted. The group's facilitators will look at your request and reply.
invitation-declined = You declined. Nobody will contact you about this invitation again.
invitation-already = This invitation has already been answered.
invitation-manage = See what you share
invitation-wellbeing = Take a short wellbeing check-in (optional)

my-referrals-title = Referrals for you
my-referrals-intro = What the people who referred you may be told. Untick something to stop sharing it straight away.
my-referrals-none = You have no referrals.
my-referrals-legend = { $group }, suggested by { $organisation } ({ $when })
my-referrals-save = Save what I share
my-referrals-saved = Saved. The referrer now sees only what you ticked.

## The group's referrals (facilitators)

inbox-title = Referrals to { $group }
inbox-intro = People referred to the group. Accept, or say the group is full (waiting list), or decline; the referrer sees your reason.
inbox-none = No referrals yet.
inbox-from = From { $referrer }
inbox-person = The person
inbox-status = The group's decision
inbox-contact = Their email (until they answer)
inbox-note = Note from the referrer
inbox-decide = Your decision
inbox-accept = Accept
inbox-waitlist = Waiting list (the group is full)
inbox-decline = Decline
inbox-reason = Reason (the referrer sees it)
inbox-reason-hint = Needed for the waiting list and for declining.
inbox-save = Save decision
referral-person-invited = Has not answered yet
referral-person-accepted = Accepted
referral-person-declined = Declined
referral-group-pending = Waiting for you
referral-group-accepted = Accepted
referral-group-waitlisted = Waiting list
referral-group-declined = Declined

## Administrators: referrers and API tokens

referrers-title = Referrers
referrers-intro = People who may refer others to groups. Check who they are (for example their professional registration) before adding them.
referrers-email = Their account's email address
referrers-organisation = Organisation
referrers-role = Role
referrers-add = Add referrer
referrers-none = No referrers yet.
referrers-col-name = Name
referrers-col-since = Since
referrers-col-actions = Actions
referrers-remove = Remove { $name }
referrer-role-gp = GP
referrer-role-social_prescriber = Social prescriber
referrer-role-link_worker = Link worker
referrer-role-other = Other professional
referrer-error-email = No account has that email address; ask them to sign up first
referrer-error-organisation = Enter the organisation's name (up to 200 characters)
referrer-error-role = Choose a role
api-tokens-title = API tokens
api-tokens-intro = Tokens let a referrer organisation's system (a GP system, a social prescribing platform) send referrals as FHIR ServiceRequests and read their status. Revoke a token the moment it may have leaked.
api-tokens-none = No tokens yet.
api-token-name = System name
api-token-name-hint = For example "Riverside Surgery (EMIS)".
api-token-create = Issue token
api-token-made = Token issued
api-token-once = Copy it now and give it to the organisation securely: it is shown only this once.
api-token-col-made = Issued
api-token-col-used = Last used
api-token-col-state = State
api-token-never = Never
api-token-revoked = Revoked { $when }
api-token-revoke = Revoke { $name }
api-token-error-name = Enter a name for the system (up to 200 characters)

## Links on the group page

group-refer-link = Refer someone to this group
group-referrals-link = Referrals to this group ({ $count } waiting)

## What a referrer is told the person agreed to share

referral-shared-joined = That they joined the group
referral-shared-attended = That they went to a first meeting
referral-shared-six_weeks = Whether they are still going after six weeks
referral-shared-wellbeing = Their wellbeing check-in scores

## When the group already decided

invitation-group-declined = The group has not been able to take this referral. The person who referred you has been told; ask them about other groups.
invitation-waitlisted = The group is full at the moment and has put you on its waiting list. You will join when a place frees up.
