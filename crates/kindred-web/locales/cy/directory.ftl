# Kindred directory strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Tacsonomeg: categorïau

category-condition_specific = Byw gyda chyflwr
category-mental_health = Iechyd meddwl
category-addiction_recovery = Dibyniaeth ac adferiad
category-caregivers = Gofalwyr
category-bereavement = Profedigaeth
category-other = Arall

## Tacsonomeg: cyflyrau a sefyllfaoedd

condition-cancer = Canser
condition-breast_cancer = Canser y fron
condition-prostate_cancer = Canser y prostad
condition-diabetes = Diabetes
condition-type1_diabetes = Diabetes math 1
condition-hiv = HIV
condition-hepatitis_c = Hepatitis C
condition-heart_disease = Clefyd y galon
condition-stroke = Strôc
condition-long_covid = COVID hir
condition-chronic_pain = Poen cronig
condition-ms = Sglerosis ymledol
condition-parkinsons = Clefyd Parkinson
condition-epilepsy = Epilepsi
condition-arthritis = Arthritis
condition-ibd = Clefyd Crohn a cholitis
condition-depression = Iselder
condition-anxiety = Gorbryder
condition-bipolar = Anhwylder deubegwn
condition-psychosis = Seicosis
condition-eating_disorders = Anhwylderau bwyta
condition-ptsd = PTSD a thrawma
condition-postnatal = Iechyd meddwl amenedigol ac ôl-enedigol
condition-self_harm = Hunan-niweidio
condition-suicide_bereavement = Profedigaeth drwy hunanladdiad
condition-alcohol = Alcohol
condition-drugs = Cyffuriau
condition-gambling = Gamblo
condition-smoking = Rhoi'r gorau i ysmygu
condition-dementia_carers = Gofalu am rywun sy'n byw gyda dementia
condition-carers = Gofalu am rywun
condition-young_carers = Gofalwyr ifanc
condition-autism_carers = Gofalu am berson awtistig
condition-bereavement = Profedigaeth
condition-baby_loss = Colli babi
condition-loneliness = Unigrwydd

## Ar gyfer pwy mae grŵp

audience-adults = Oedolion
audience-young_people = Pobl ifanc
audience-older_people = Pobl hŷn
audience-women = Menywod yn unig
audience-men = Dynion yn unig
audience-lgbtq = Pobl LHDTC+
audience-parents = Rhieni
audience-families = Teuluoedd
audience-veterans = Cyn-filwyr
audience-minority_ethnic = Pobl Ddu, Asiaidd ac o leiafrifoedd ethnig
age-range = { $min } i { $max } oed
age-from = { $min } oed a hŷn
age-to = Hyd at { $max } oed

## Sut mae grŵp yn gweithio

leadership-peer_led = Yn cael ei redeg gan gymheiriaid
leadership-professional_led = Yn cael ei redeg gan weithiwr proffesiynol
leadership-co_facilitated = Yn cael ei redeg ar y cyd gan hwylusydd cymheiriaid a gweithiwr proffesiynol
structure-structured = Yn dilyn fformat penodol: { $format }
structure-unstructured = Sgwrs agored, heb fformat penodol
attendance-in_person = Wyneb yn wyneb
attendance-online = Ar-lein
attendance-hybrid = Wyneb yn wyneb ac ar-lein
cost-free = Am ddim
cost-donation = Croeso i roddion
cost-fee = Mae angen talu
joining-open = Agored: gall unrhyw un ymuno
joining-closed = Caeedig: gofynnwch am gael ymuno
status-active = Yn cyfarfod
status-paused = Wedi'i oedi am y tro
status-closed = Nid yw'n cyfarfod mwyach

## Ieithoedd y mae grwpiau'n cyfarfod ynddyn nhw (enwau yn Gymraeg; mae'r dewisydd iaith yn defnyddio enw pob iaith yn ei hiaith ei hun)

lang-en = Saesneg
lang-cy = Cymraeg
lang-pl = Pwyleg
lang-ur = Wrdw
lang-ar = Arabeg
lang-pa = Pwnjabeg
lang-bn = Bengaleg
lang-gu = Gwjarati
lang-so = Somaleg
lang-ro = Rwmaneg
lang-gd = Gaeleg yr Alban
lang-ga = Gwyddeleg
lang-bfi = Iaith Arwyddion Prydain (BSL)

## Hygyrchedd

access-step_free = Mynediad heb risiau
access-hearing_loop = Dolen sain
access-accessible_toilet = Toiled hygyrch
access-bsl_interpreter = Dehonglydd BSL
access-captions = Isdeitlau byw
access-quiet_room = Ystafell dawel
access-parking = Parcio gerllaw
access-large_print = Deunyddiau print bras
access-easy_read = Deunyddiau hawdd eu deall

## Diwrnodau ac amseroedd

day-0 = Dydd Sul
day-1 = Dydd Llun
day-2 = Dydd Mawrth
day-3 = Dydd Mercher
day-4 = Dydd Iau
day-5 = Dydd Gwener
day-6 = Dydd Sadwrn
time-morning = Bore
time-afternoon = Prynhawn
time-evening = Gyda'r nos
schedule-weekly = Bob { $days } am { $time }
schedule-fortnightly = Bob pythefnos ({ $days }) am { $time }
schedule-monthly = Unwaith y mis ({ $days }) am { $time }
schedule-other = Yn rheolaidd, am { $time }

## Chwilio

groups-title = Dod o hyd i grŵp
groups-intro = Chwiliwch yn ôl yr hyn rydych chi'n mynd drwyddo, ble rydych chi'n byw, a sut rydych chi am gyfarfod. Gallwch hidlo yn ôl iaith, anghenion hygyrchedd a mwy.
search-q-label = Am beth ydych chi'n chwilio?
search-q-hint = Er enghraifft: gorbryder, diabetes, gofalwyr, gamblo
search-near-label = Yn agos at (dewisol)
search-near-hint = Cod post, rhan gyntaf cod post, neu dref
search-radius-label = O fewn
search-radius-km = { $km } km
search-filters = Rhagor o hidlwyr
search-any = Unrhyw un
search-category = Math o grŵp
search-condition = Cyflwr neu sefyllfa
search-format = Sut rydych chi'n cyfarfod
search-language = Iaith
search-day = Diwrnod
search-time = Adeg o'r dydd
search-access = Hygyrchedd
search-leadership = Pwy sy'n ei redeg
search-cost = Cost
search-audience = Ar gyfer
search-button = Chwilio
search-results = { $count ->
    [zero] Heb ddod o hyd i unrhyw grŵp
    [one] Wedi dod o hyd i un grŵp
    [two] Wedi dod o hyd i ddau grŵp
    [few] Wedi dod o hyd i dri grŵp
    [many] Wedi dod o hyd i chwe grŵp
   *[other] Wedi dod o hyd i { $count } o grwpiau
}
search-none = Nid oes unrhyw grwpiau'n cyfateb. Rhowch gynnig ar lai o hidlwyr, pellter mwy, neu eiriau gwahanol.
search-near-heading = Ger { $place }
search-online-heading = Grwpiau ar-lein y gallwch ymuno â nhw o unrhyw le
search-online-badge = Ar-lein
search-distance = { $km } km i ffwrdd
search-paused = Wedi'i oedi
search-verified = Sefydliad wedi'i ddilysu
search-page = Tudalen { $page } o { $pages }
search-previous = Tudalen flaenorol
search-next = Tudalen nesaf

## Tudalen grŵp

group-run-by = Yn cael ei redeg gan { $organisation }
group-about = Am y grŵp hwn
group-details = Manylion
group-where = Ble
group-where-members = Mae'r union gyfeiriad yn cael ei rannu ag aelodau.
group-online-only = Mae'r grŵp hwn yn cyfarfod ar-lein. Mae aelodau'n cael y ddolen cyn pob cyfarfod.
group-when = Pryd
group-who = Ar gyfer pwy
group-languages = Ieithoedd
group-access = Hygyrchedd
group-cost = Cost
group-leadership = Pwy sy'n ei redeg
group-format = Sut mae'r cyfarfodydd yn gweithio
group-first-meeting = Beth i'w ddisgwyl yn eich cyfarfod cyntaf
group-facilitators = Hwyluswyr
group-no-facilitators = Bydd yr hwyluswyr yn cael eu rhestru yma.
group-members-count = { $count ->
    [zero] Dim aelodau
    [one] Un aelod
    [two] Dau aelod
    [few] Tri aelod
    [many] Chwe aelod
   *[other] { $count } o aelodau
}
group-capacity = Hyd at { $capacity } o bobl
group-join = Ymuno â'r grŵp hwn
group-ask-to-join = Gofyn am gael ymuno â'r grŵp hwn
group-sign-in-to-join = Mewngofnodwch neu crëwch gyfrif i ymuno. Gallwch ddefnyddio unrhyw enw rydych chi'n ei hoffi.
group-you-are-member = Rydych chi'n aelod o'r grŵp hwn.
group-you-are-pending = Rydych chi wedi gofyn am gael ymuno. Bydd hwylusydd yn ateb cyn bo hir.
group-you-were-declined = Ni chafodd eich cais i ymuno ei dderbyn y tro hwn.
group-you-are-banned = Ni allwch chi gymryd rhan yn y grŵp hwn.
group-decision-note = Neges gan yr hwylusydd: { $note }
group-leave = Gadael y grŵp hwn
group-members-link = Gweld aelodau a cheisiadau
group-agreement-changed = Mae cytundeb y grŵp wedi newid. Darllenwch ef a'i dderbyn er mwyn parhau i gymryd rhan.
group-paused-notice = Nid yw'r grŵp hwn yn cyfarfod ar hyn o bryd.

## Ymuno

join-title = Ymuno â { $group }
join-intro = Mae pob aelod yn cytuno i gadw'n gyfrinachol yr hyn sy'n cael ei rannu yn y grŵp. Darllenwch gytundeb a rheolau sylfaenol y grŵp.
join-agreement = Cytundeb a rheolau sylfaenol (fersiwn { $version })
join-accept = Rwyf wedi darllen y cytundeb a byddaf yn cadw ato
join-error-accept = Ticiwch y blwch i ddweud eich bod yn derbyn y cytundeb
join-name-label = Enw i'w ddefnyddio yn y grŵp hwn (dewisol)
join-name-hint = Gadewch hwn yn wag i ddefnyddio eich enw arddangos. Gallwch ddefnyddio enw gwahanol ym mhob grŵp.
join-questions = Ychydig o gwestiynau gan yr hwyluswyr
join-questions-hint = Atebwch gymaint neu gyn lleied ag y dymunwch. Dim ond hwyluswyr y grŵp sy'n gweld eich atebion.
join-button = Ymuno â'r grŵp
join-request-button = Anfon fy nghais
join-done = Croeso: rydych chi wedi ymuno â { $group }.
join-requested = Mae eich cais wedi cael ei anfon. Bydd hwylusydd yn edrych arno ac yn ateb.
leave-done = Rydych chi wedi gadael { $group }.

agreement-default-1 = Mae'r hyn sy'n cael ei ddweud yn y grŵp yn aros yn y grŵp. Peidiwch â rhannu dim a allai ddangos pwy yw aelod arall, yn y cyfarfodydd nac y tu allan iddyn nhw, gan gynnwys ar-lein.
agreement-default-2 = Gwrandewch heb dorri ar draws, a siaradwch o'ch profiad eich hun. Rhowch gyfle i bawb siarad.
agreement-default-3 = Byddwch yn garedig. Dim barnu, dim cyngor oni bai bod rhywun yn gofyn amdano, a dim gwahaniaethu o unrhyw fath.
agreement-default-4 = Os ydych chi'n poeni am eich diogelwch chi neu ddiogelwch rhywun arall, dywedwch wrth hwylusydd. Mae hwyluswyr yn cadw pethau'n gyfrinachol, ac eithrio pan fydd rhywun mewn perygl difrifol o gael niwed.
agreement-default-5 = Gallwch adael y grŵp unrhyw bryd.

## Aelodau a cheisiadau (hwyluswyr)

members-title = Aelodau { $group }
members-requests = Ceisiadau i ymuno
members-no-requests = Nid oes unrhyw geisiadau'n aros.
members-current = Aelodau
members-answers = Eu hatebion
members-approve = Derbyn
members-decline = Gwrthod
members-note-label = Neges iddyn nhw (dewisol)
members-remove = Tynnu o'r grŵp
members-ban = Gwahardd o'r grŵp
members-role-member = Aelod
members-role-peer_facilitator = Hwylusydd cymheiriaid
members-role-professional_facilitator = Hwylusydd proffesiynol
members-role-organiser = Trefnydd
members-since = Ers { $date }
