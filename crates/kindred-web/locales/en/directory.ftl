# Kindred directory strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## Taxonomy: categories

category-condition_specific = Living with a condition
category-mental_health = Mental health
category-addiction_recovery = Addiction and recovery
category-caregivers = Carers
category-bereavement = Bereavement
category-other = Other

## Taxonomy: conditions and situations

condition-cancer = Cancer
condition-breast_cancer = Breast cancer
condition-prostate_cancer = Prostate cancer
condition-diabetes = Diabetes
condition-type1_diabetes = Type 1 diabetes
condition-hiv = HIV
condition-hepatitis_c = Hepatitis C
condition-heart_disease = Heart disease
condition-stroke = Stroke
condition-long_covid = Long COVID
condition-chronic_pain = Chronic pain
condition-ms = Multiple sclerosis
condition-parkinsons = Parkinson's
condition-epilepsy = Epilepsy
condition-arthritis = Arthritis
condition-ibd = Crohn's and colitis
condition-depression = Depression
condition-anxiety = Anxiety
condition-bipolar = Bipolar disorder
condition-psychosis = Psychosis
condition-eating_disorders = Eating disorders
condition-ptsd = PTSD and trauma
condition-postnatal = Perinatal and postnatal mental health
condition-self_harm = Self-harm
condition-suicide_bereavement = Bereaved by suicide
condition-alcohol = Alcohol
condition-drugs = Drugs
condition-gambling = Gambling
condition-smoking = Stopping smoking
condition-dementia_carers = Caring for someone with dementia
condition-carers = Caring for someone
condition-young_carers = Young carers
condition-autism_carers = Caring for an autistic person
condition-bereavement = Bereavement
condition-baby_loss = Baby loss
condition-loneliness = Loneliness

## Who a group is for

audience-adults = Adults
audience-young_people = Young people
audience-older_people = Older people
audience-women = Women only
audience-men = Men only
audience-lgbtq = LGBTQ+ people
audience-parents = Parents
audience-families = Families
audience-veterans = Veterans
audience-minority_ethnic = Black, Asian and minority ethnic people
age-range = Ages { $min } to { $max }
age-from = Ages { $min } and over
age-to = Ages up to { $max }

## How a group works

leadership-peer_led = Run by peers
leadership-professional_led = Run by a professional
leadership-co_facilitated = Run by a peer and a professional together
structure-structured = Follows a set format: { $format }
structure-unstructured = Open conversation, no set format
attendance-in_person = In person
attendance-online = Online
attendance-hybrid = In person and online
cost-free = Free
cost-donation = Donations welcome
cost-fee = There is a charge
joining-open = Open: anyone can join
joining-closed = Closed: ask to join
status-active = Meeting
status-paused = Paused for now
status-closed = No longer meeting

## Languages groups meet in (names in English; the language switcher uses each language's own name)

lang-en = English
lang-cy = Welsh
lang-pl = Polish
lang-ur = Urdu
lang-ar = Arabic
lang-pa = Punjabi
lang-bn = Bengali
lang-gu = Gujarati
lang-so = Somali
lang-ro = Romanian
lang-gd = Scottish Gaelic
lang-ga = Irish
lang-bfi = British Sign Language (BSL)

## Accessibility

access-step_free = Step-free access
access-hearing_loop = Hearing loop
access-accessible_toilet = Accessible toilet
access-bsl_interpreter = BSL interpreter
access-captions = Live captions
access-quiet_room = Quiet room
access-parking = Parking nearby
access-large_print = Large print materials
access-easy_read = Easy read materials

## Days and times

day-0 = Sunday
day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
time-morning = Morning
time-afternoon = Afternoon
time-evening = Evening
schedule-weekly = Every { $days } at { $time }
schedule-fortnightly = Every other { $days } at { $time }
schedule-monthly = Once a month ({ $days }) at { $time }
schedule-other = Regularly, at { $time }

## Search

groups-title = Find a group
groups-intro = Search by what you are going through, where you live, and how you want to meet. You can filter by language, access needs and more.
search-q-label = What are you looking for?
search-q-hint = For example: anxiety, diabetes, carers, gambling
search-near-label = Near (optional)
search-near-hint = A postcode, the first part of a postcode, or a town
search-radius-label = Within
search-radius-km = { $km } km
search-filters = More filters
search-any = Any
search-category = Kind of group
search-condition = Condition or situation
search-format = How you meet
search-language = Language
search-day = Day
search-time = Time of day
search-access = Accessibility
search-leadership = Run by
search-cost = Cost
search-audience = For
search-button = Search
search-results = { $count ->
    [one] One group found
   *[other] { $count } groups found
}
search-none = No groups match. Try fewer filters, a larger distance, or different words.
search-near-heading = Near { $place }
search-online-heading = Online groups you can join from anywhere
search-online-badge = Online
search-distance = { $km } km away
search-paused = Paused
search-verified = Verified organisation
search-page = Page { $page } of { $pages }
search-previous = Previous page
search-next = Next page

## A group's page

group-run-by = Run by { $organisation }
group-about = About this group
group-details = Details
group-where = Where
group-where-members = The exact address is shared with members.
group-online-only = This group meets online. Members get the link before each meeting.
group-when = When
group-who = Who it is for
group-languages = Languages
group-access = Accessibility
group-cost = Cost
group-leadership = Who runs it
group-format = How meetings work
group-first-meeting = What to expect at your first meeting
group-facilitators = Facilitators
group-no-facilitators = The facilitators will be listed here.
group-members-count = { $count ->
    [one] One member
   *[other] { $count } members
}
group-capacity = Up to { $capacity } people
group-join = Join this group
group-ask-to-join = Ask to join this group
group-sign-in-to-join = Sign in or create an account to join. You can use any name you like.
group-you-are-member = You are a member of this group.
group-you-are-pending = You have asked to join. A facilitator will reply soon.
group-you-were-declined = Your request to join was not accepted this time.
group-you-are-banned = You cannot take part in this group.
group-decision-note = Message from the facilitator: { $note }
group-leave = Leave this group
group-members-link = See members and requests
group-agreement-changed = The group's agreement has changed. Please read and accept it to keep taking part.
group-paused-notice = This group is not meeting at the moment.

## Joining

join-title = Join { $group }
join-intro = Every member agrees to keep what is shared in the group confidential. Please read the group's agreement and ground rules.
join-agreement = Agreement and ground rules (version { $version })
join-accept = I have read the agreement and I will keep to it
join-error-accept = Tick the box to say you accept the agreement
join-name-label = Name to use in this group (optional)
join-name-hint = Leave empty to use your display name. You can use a different name in each group.
join-questions = A few questions from the facilitators
join-questions-hint = Answer as much or as little as you like. Only the group's facilitators see your answers.
join-button = Join the group
join-request-button = Send my request
join-done = Welcome: you have joined { $group }.
join-requested = Your request has been sent. A facilitator will look at it and reply.
leave-done = You have left { $group }.

agreement-default-1 = What is said in the group stays in the group. Do not share anything that could identify another member, inside or outside meetings, including online.
agreement-default-2 = Listen without interrupting, and speak from your own experience. Give everyone the chance to speak.
agreement-default-3 = Be kind. No judgement, no advice unless someone asks for it, and no discrimination of any kind.
agreement-default-4 = If you are worried about your safety or someone else's, tell a facilitator. Facilitators keep confidences, except where someone is at serious risk of harm.
agreement-default-5 = You can leave the group at any time.

## Members and requests (facilitators)

members-title = Members of { $group }
members-requests = Requests to join
members-no-requests = No requests are waiting.
members-current = Members
members-answers = Their answers
members-approve = Accept
members-decline = Decline
members-note-label = Message to them (optional)
members-remove = Remove
members-ban = Ban from group
members-role-member = Member
members-role-peer_facilitator = Peer facilitator
members-role-professional_facilitator = Professional facilitator
members-role-organiser = Organiser
members-since = Since { $date }
