# Kindred outcomes strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## Wellbeing check-ins (the ONS personal wellbeing questions) and the outcome figures organisers see.

wellbeing-link = Wellbeing check-in
wellbeing-due = It has been a while since your last wellbeing check-in. Would you like to do one now? It takes about a minute.
wellbeing-title = Wellbeing check-in
wellbeing-intro = Four short questions about how you have been feeling. It takes about a minute, and there are no right or wrong answers.
wellbeing-saved = Thank you. Your check-in is saved.
wellbeing-privacy-title = Optional and private
wellbeing-optional = Checking in is optional. Not doing it never affects your place in a group.
wellbeing-privacy-you = Only you see your answers.
wellbeing-privacy-organisers = The people who run your groups see only totals and averages from 5 or more people, never your answers.
wellbeing-privacy-referrer = If someone referred you to a group, they see your scores only if you agreed to that on the referral.
wellbeing-privacy-referrer-link = Check or change what you share
wellbeing-first-time = This will be your first check-in. It gives you a starting point: check in again every few weeks and you will see how things change over time.
wellbeing-see-trend = See how you have been
wellbeing-next = Next check-in suggested after { $date }.
wellbeing-next-now = It has been 4 weeks or more since your last check-in, so now is a good time for another.
wellbeing-scale-hint = Choose a number from 0 to 10, where 0 is "not at all" and 10 is "completely".
wellbeing-scale-low = 0 = not at all
wellbeing-scale-high = 10 = completely
wellbeing-q-life_satisfaction = Overall, how satisfied are you with your life nowadays?
wellbeing-q-worthwhile = Overall, to what extent do you feel that the things you do in your life are worthwhile?
wellbeing-q-happiness = Overall, how happy did you feel yesterday?
wellbeing-q-anxiety = On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?
wellbeing-short-life_satisfaction = Life satisfaction
wellbeing-short-worthwhile = Worthwhile
wellbeing-short-happiness = Happiness
wellbeing-short-anxiety = Anxiety (lower is better)
wellbeing-error-life_satisfaction = Choose a number from 0 to 10 for how satisfied you are with your life
wellbeing-error-worthwhile = Choose a number from 0 to 10 for how worthwhile the things you do feel
wellbeing-error-happiness = Choose a number from 0 to 10 for how happy you felt yesterday
wellbeing-error-anxiety = Choose a number from 0 to 10 for how anxious you felt yesterday
wellbeing-field-group = Which group is this check-in about? (optional)
wellbeing-field-group-hint = If you choose a group, your answers can be part of that group's totals from 5 or more people. The people who run it never see your answers.
wellbeing-group-none = No particular group
wellbeing-error-group = Choose one of your groups, or "No particular group"
wellbeing-save = Save my check-in
wellbeing-support = If things feel hard right now, you do not have to wait for a meeting.
wellbeing-trend-title = How you have been
wellbeing-chart-title = Your answers over time
wellbeing-chart-desc = A line chart of your answers to the four questions, from { $first } to { $last }. Each question has its own line pattern and marker shape. The same numbers are in the table below.
wellbeing-chart-desc-one = Your answers to the four questions at your check-in on { $date }. The same numbers are in the table below.
wellbeing-chart-x = Check-in date
wellbeing-chart-y = Score (0 to 10)
wellbeing-legend = Key to the chart
wellbeing-table-caption = Your check-ins, oldest first (scores from 0 to 10)
wellbeing-col-date = Date

outcomes-link = Outcomes (totals only)
outcomes-title = Outcomes: { $name }
outcomes-intro = Totals for the groups, never a person: how many people come, how referrals go, and how people's wellbeing changes.
outcomes-privacy-title = How we protect people's privacy
outcomes-suppression = We never show a figure based on fewer than 5 people. You will see "fewer than 5" instead.
outcomes-rounding = Other counts are rounded to the nearest 5, which makes it much harder to work out a small number by comparing two figures. Averages are shown to one decimal place. Keep these figures within the people who need them.
outcomes-org-once = Someone who takes part in more than one of the organisation's groups is counted once.
outcomes-csv = Download these figures (CSV)
outcomes-fewer = fewer than 5
outcomes-not-enough = not enough people (fewer than 5)
outcomes-col-people = People (rounded to the nearest 5)
outcomes-attendance-title = Attendance
outcomes-attendance-caption = People who attended at least one meeting, by month (last 12 months)
outcomes-col-month = Month
outcomes-month = { $month } { $year }
outcomes-funnel-title = Referrals
outcomes-funnel-intro = How many people referred by a GP, social prescriber or link worker reached each step.
outcomes-funnel-consent = These totals include every referral, whether or not the person agreed to share updates with their referrer. That is because they are shown only to the group's own organisers and facilitators, only as rounded totals, and never person by person.
outcomes-funnel-caption = People at each step after a referral
outcomes-col-stage = Step
outcomes-stage-referred = Referred
outcomes-stage-accepted = Accepted the invitation
outcomes-stage-joined = Joined the group
outcomes-stage-attended = Attended a first meeting
outcomes-stage-six_weeks = Still attending after 6 weeks
outcomes-wellbeing-title = Wellbeing
outcomes-wellbeing-intro = For people who checked in about these groups at least twice, with at least 4 weeks between their first and latest check-in: the average change from first to latest, on the 0 to 10 scale. For anxiety, going down is an improvement.
outcomes-wellbeing-caption = Average change from first to latest check-in
outcomes-col-question = Question
outcomes-col-change = Average change
outcomes-change-up = up { $points }
outcomes-change-down = down { $points }
outcomes-change-none = no change

## Commissioners

commissioners-title = Commissioners of { $organisation }
commissioners-intro = Commissioners (for example the NHS or council team that funds your groups) see this organisation's outcome totals and those of its groups, with small numbers hidden. They never see members, referrals, boards or messages.
commissioners-email = Their account's email address
commissioners-email-hint = They need a Kindred account first.
commissioners-add = Add commissioner
commissioners-none = No commissioners yet.
commissioners-remove = Remove { $name }
commissioners-error-email = No account has that email address; ask them to sign up first
commissioners-link = Commissioners
commissioned-title = Outcomes you can see as a commissioner
