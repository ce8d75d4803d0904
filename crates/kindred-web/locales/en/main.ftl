# Kindred interface strings: English (source language).
# Produced by: the Kindred developers. Status: source text.
# Every other locale must define every message here (a test checks).

## The shell: header, navigation, footer, quick exit

site-name = Kindred
skip-link = Skip to main content
nav-label = Main
nav-home = Home
nav-crisis = Crisis help
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-account = Your account
nav-sign-out = Sign out
language-label = Language
signed-in-as = Signed in as { $pseudonym }
quick-exit = Exit this page
quick-exit-hint = Need to leave this site quickly? Select “Exit this page” at any time, or press the Escape key three times. The page is replaced by a weather forecast.
quick-exit-dismiss = Hide this message
footer-label = Site information
footer-privacy = Privacy notice
footer-accessibility = Accessibility statement
footer-crisis = Crisis help
footer-crisis-now = In crisis now? Call Samaritans free on 116 123, any time, or 999 in an emergency.

## Home

home-title = Find a peer support group
home-intro = Kindred helps people facing the same illness or situation find a group, meet in person or online, and support each other between meetings.
home-search-label = What kind of group are you looking for?
home-search-hint = For example: anxiety, diabetes, carers, gambling
home-search-button = Search groups
home-what-title = What is a peer support group?
home-what-body = A group of people who share an experience, such as living with a condition or caring for someone, and meet to listen and help each other. Some groups are run by volunteers who have been there themselves, others by nurses, psychologists or social workers.
home-safe-title = Your privacy and safety
home-safe-body = You do not need to use your real name. Other members never see your email address. Private messages and posts are encrypted, and you can download or delete everything we hold about you at any time.
home-crisis-title = Need help right now?
home-crisis-body = A support group is not an emergency service. If you are thinking about ending your life or are in danger, get help now.
home-crisis-link = See who you can contact now

## Forms: shared parts

form-error-summary = There is a problem
form-optional = (optional)
field-email = Email address
field-email-hint = We use it only to sign you in and to send you the messages you ask for. Other members never see it.
field-pseudonym = Display name
field-pseudonym-hint = This is the name other members see. You do not need to use your real name: many people choose a nickname. You can change it later.
field-password = Password
field-password-hint = At least { $min } characters. A few unrelated words make a strong password that is easy to remember.
field-current-password = Current password
field-new-password = New password
field-confirm-password = Your password

error-email-invalid = Enter an email address in the correct format, like name@example.com
error-password-short = Your password must be at least { $min } characters long
error-password-long = Your password must be { $max } characters or fewer
error-pseudonym-empty = Enter a display name
error-pseudonym-long = Your display name must be { $max } characters or fewer
error-pseudonym-email = Your display name must not be an email address: other members would see it
error-password-wrong = The password is not right
error-login-failed = The email address or password is not right
error-rate-limited = Too many attempts. Please wait a few minutes, then try again.
error-cross-site = This form was sent from another website, so we did not act on it. Please go back, reload the page and try again.

## Sign up

signup-title = Create an account
signup-intro = An account lets you join groups, reply to posts and meet online. It is free.
signup-button = Create account
signup-have-account = Already have an account?
signup-sign-in-link = Sign in
signup-done-title = Check your email
signup-done-body = We have sent a message to the address you gave. Follow the link in it to confirm your address and finish creating your account. If it has not arrived in a few minutes, look in your spam or junk folder.

## Sign in and out

login-title = Sign in
login-button = Sign in
login-forgot = Forgotten your password?
login-new = New to Kindred?
login-create-link = Create an account
logout-button = Sign out
logout-done = You have signed out.

## Email confirmation

verify-title = Confirm your email address
verify-intro = Select the button to confirm that this email address is yours.
verify-button = Confirm my email address
verify-done = Thank you: your email address is confirmed.
verify-invalid = This confirmation link has expired or has already been used. Sign in and ask for a new one from your account page.
verify-needed = Please confirm your email address before you post or join a meeting. We sent you a link when you signed up.
verify-resend-button = Send the link again
verify-resent = We have sent you a new confirmation link.

## Password reset

reset-request-title = Reset your password
reset-request-intro = Enter the email address you use for Kindred. We will send you a link to choose a new password.
reset-request-button = Send reset link
reset-request-done-title = Check your email
reset-request-done-body = If an account uses that address, we have sent it a link to choose a new password. The link works once, within { $minutes } minutes.
reset-title = Choose a new password
reset-button = Save new password
reset-invalid = This link has expired or has already been used. You can ask for a new one.
reset-request-again = Ask for a new link
reset-done = Your password has been changed and you have been signed out everywhere. Sign in with your new password.

## Your account

account-title = Your account
account-intro = This page shows everything Kindred holds about you. Only you can see it.
account-details = Your details
account-email = Email address
account-pseudonym = Display name
account-email-status = Email confirmed
account-yes = Yes
account-no = No
account-created = Account created
account-roles = Roles
account-role-none = Member
role-admin = Administrator
role-moderator = Moderator
account-sessions = { $count ->
    [one] You are signed in on one device.
   *[other] You are signed in on { $count } devices.
}
account-password-title = Change your password
account-password-button = Change password
account-password-done = Your password has been changed, and every other device has been signed out.
account-everywhere-title = Sign out everywhere
account-everywhere-body = Use this if you signed in on a shared or lost device. Every device is signed out, including this one.
account-everywhere-button = Sign out everywhere
account-export-title = Download your data
account-export-body = A file with everything Kindred holds about you, in JSON format, which other programs can read.
account-export-button = Download my data
account-delete-title = Delete your account
account-delete-body = Your account, email address, display name and sign-in history are deleted at once and cannot be recovered. Things you wrote that a group relies on, such as replies in a conversation, stay, shown as written by “former member”.
account-delete-button = Delete my account permanently
account-deleted = Your account has been deleted. We are sorry to see you go, and you are welcome back at any time.
former-member = former member

## Error pages

error-reference = If you contact us about this, quote reference { $id }.
error-home-link = Go to the home page
error-bad_request-title = Something is wrong with that request
error-bad_request-body = The request could not be understood.
error-invalid_input-title = Something is wrong with that request
error-unauthorized-title = Please sign in
error-unauthorized-body = You need to sign in to see this page.
error-forbidden-title = You cannot do that
error-forbidden-body = You are not allowed to see this page or do this.
error-not_found-title = Page not found
error-not_found-body = There is nothing at this address. If you typed it, check it is right.
error-method_not_allowed-title = That cannot be done here
error-method_not_allowed-body = This address does not accept that kind of request.
error-request_timeout-title = That took too long
error-request_timeout-body = The request took too long. Please try again.
error-conflict-title = That has changed
error-conflict-body = It already exists or has changed meanwhile. Reload the page and try again.
error-payload_too_large-title = That is too large
error-payload_too_large-body = What you sent is larger than Kindred accepts.
error-unsupported_media_type-title = That cannot be read
error-unsupported_media_type-body = Kindred cannot read what was sent in that format.
error-unprocessable_entity-title = Something is wrong with that request
error-unprocessable_entity-body = The request was understood, but what it contains is not valid.
error-too_many_requests-title = Too many attempts
error-too_many_requests-body = Please wait a few minutes, then try again.
error-service_unavailable-title = Kindred is not available right now
error-service_unavailable-body = We cannot answer at the moment. Please try again in a few minutes. If you need help urgently, see the crisis lines below.
error-email_not_verified-title = Please confirm your email address
error-email_not_verified-body = You need to confirm your email address before you can do this. Look for the message we sent when you signed up, or ask for a new one on your account page.
error-cross_site_request-title = Please try again
error-cross_site_request-body = This form was sent from another website, so we did not act on it. Go back, reload the page and try again.
error-internal_error-title = Something went wrong
error-internal_error-body = Something went wrong on our side. It has been logged, and nothing you did caused it.

## Emails (plain text). Links are whole lines so mail programs keep them clickable.

email-signature = — Kindred
email-verify-subject = Confirm your email address for Kindred
email-verify-body = Hello { $pseudonym },

    Thank you for joining Kindred. Please confirm that this is your email address by opening this link:

    { $link }

    The link works for 24 hours. If you did not create an account, you can ignore this email: nothing more will happen.
email-exists-subject = Someone tried to create a Kindred account with your email address
email-exists-body = Hello,

    Someone, perhaps you, tried to create a new Kindred account with this email address. You already have an account, so no new one was made.

    To sign in, go to: { $login_link }
    If you have forgotten your password, you can reset it here: { $reset_link }

    If this was not you, you do not need to do anything.
email-reset-subject = Reset your Kindred password
email-reset-body = Hello { $pseudonym },

    Someone asked to reset the password for your Kindred account. To choose a new password, open this link:

    { $link }

    The link works once, within { $minutes } minutes. If you did not ask for this, you can ignore this email: your password has not changed.

## Language names, in their own language (for the language switcher)

language-en = English
language-cy = Cymraeg
language-pl = Polski
language-ur = اردو
language-ar = العربية
