# Kindred meetings strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Cyfarfodydd: tudalennau, ffurflenni, e-byst

nav-my-meetings = Fy nghyfarfodydd
group-search-link = Dod o hyd i grŵp
weekday-0 = Sul
weekday-1 = Llun
weekday-2 = Maw
weekday-3 = Mer
weekday-4 = Iau
weekday-5 = Gwe
weekday-6 = Sad
month-1 = Ion
month-2 = Chwef
month-3 = Maw
month-4 = Ebr
month-5 = Mai
month-6 = Meh
month-7 = Gorff
month-8 = Awst
month-9 = Medi
month-10 = Hyd
month-11 = Tach
month-12 = Rhag
month-long-1 = Ionawr
month-long-2 = Chwefror
month-long-3 = Mawrth
month-long-4 = Ebrill
month-long-5 = Mai
month-long-6 = Mehefin
month-long-7 = Gorffennaf
month-long-8 = Awst
month-long-9 = Medi
month-long-10 = Hydref
month-long-11 = Tachwedd
month-long-12 = Rhagfyr
# “Maw, 3 Rhag, 19:00”
meeting-when = { $weekday }, { $day } { $month }, { $time }
search-next-meeting = Y cyfarfod nesaf: { $when }
group-meetings = Cyfarfodydd i ddod
group-no-meetings = Nid oes unrhyw gyfarfodydd wedi'u trefnu eto.
group-calendar = Tanysgrifio i galendr y grŵp hwn
group-add-meeting = Ychwanegu cyfarfod
meeting-minutes = { $minutes } munud
meeting-zone = Mae'r amseroedd yn ôl amser { $zone }.
meeting-cancelled = Wedi'i ganslo
meeting-cancel-reason = Rheswm: { $reason }
meeting-moved = Mae'r cyfarfod hwn wedi symud o'i amser arferol.
meeting-over = Mae'r cyfarfod hwn wedi dod i ben.
meeting-where = Ble
meeting-place-group_venue = Yn lleoliad arferol y grŵp
meeting-place-other_venue = Mewn lleoliad gwahanol
meeting-place-online = Ar-lein
meeting-place-hybrid = Wyneb yn wyneb ac ar-lein
meeting-access = Hygyrchedd
meeting-join = Ymuno â'r cyfarfod
meeting-dial-in = Ffonio i mewn
meeting-link-later = Bydd y ddolen i ymuno yn ymddangos yma o'r amser hwn ymlaen: { $when }.
meeting-link-members = Mae aelodau'r grŵp yn gweld sut i ymuno ychydig cyn y cyfarfod.
meeting-add-to-calendar = Ychwanegu'r cyfarfod hwn at eich calendr
meeting-reply-heading = Ydych chi'n dod?
meeting-your-reply = Eich ateb: { $reply }
meeting-reply-going = yn dod
meeting-reply-waitlisted = ar y rhestr aros (byddwch chi'n cael lle yn awtomatig os bydd un yn dod yn rhydd, a byddwn yn anfon e-bost atoch)
meeting-reply-not_going = ddim yn dod
meeting-going = Rwy'n dod
meeting-not-going = Ni allaf ddod
meeting-join-group-first = Ymunwch â'r grŵp i ateb:
meeting-agenda = Agenda: { $format }
segment-open_sharing = rhannu agored
segment-go_round = pawb yn eu tro
segment-topic = trafod pwnc
segment-reading = darllen
segment-break = egwyl
segment-check_out = rownd gloi
meeting-run-heading = Rhedeg y cyfarfod hwn
meeting-numbers = { $going } yn dod, { $waiting } ar y rhestr aros.
meeting-capacity = { $capacity ->
    [zero] Dim lleoedd.
    [one] Un lle.
    [two] Dau le.
    [few] Tri lle.
    [many] Chwe lle.
   *[other] { $capacity } o leoedd.
}
meeting-cancel-heading = Canslo'r cyfarfod hwn
meeting-cancel-reason-label = Rheswm
meeting-cancel-reason-hint = Mae aelodau'n gweld hwn, ac mae pawb a ddywedodd eu bod yn dod yn cael e-bost.
meeting-cancel-button = Canslo'r cyfarfod hwn
meeting-move-heading = Symud y cyfarfod hwn
meeting-move-label = Dyddiad ac amser newydd
meeting-move-note = Nodyn i aelodau (dewisol)
meeting-move-button = Symud y cyfarfod hwn
meeting-attendance = Pwy ddaeth
meeting-attendance-save = Cadw'r presenoldeb
meeting-end-heading = Dod â'r gyfres hon i ben
meeting-end-label = Y dyddiad olaf
meeting-end-hint = Ni fydd unrhyw gyfarfodydd ar ôl y dyddiad hwn.
meeting-end-button = Dod â'r gyfres i ben
series-new-title = Ychwanegu cyfarfod
series-title-label = Teitl (dewisol)
series-title-hint = Gadewch hwn yn wag i ddefnyddio enw'r grŵp.
series-date-label = Dyddiad y cyfarfod cyntaf
series-time-label = Amser dechrau
series-time-hint = Cloc 24 awr, er enghraifft 19:00. Mae'r amseroedd yn aros yr un fath pan fydd y clociau'n newid.
series-duration-label = Hyd mewn munudau
series-repeat-label = Ailadrodd
series-repeat-once = Nid yw'n ailadrodd
series-repeat-weekly = Bob wythnos
series-repeat-fortnightly = Bob pythefnos
series-repeat-monthly_day = Bob mis ar yr un diwrnod o'r wythnos (er enghraifft y dydd Mawrth cyntaf)
series-repeat-monthly_date = Bob mis ar yr un dyddiad
series-week-label = Ar gyfer cyfarfodydd misol ar ddiwrnod o'r wythnos
series-week-same = Yr un wythnos o'r mis â'r cyfarfod cyntaf
series-week-last = Yr un olaf yn y mis
series-except-label = Hepgor mis
series-except-none = Peidio â hepgor unrhyw fis
series-ends-label = Y dyddiad olaf (dewisol)
series-ends-hint = Gadewch hwn yn wag os yw'r cyfarfodydd yn parhau.
series-place-label = Ble
series-format-label = Fformat yr agenda
series-format-none = Heb fformat penodol (sgwrs agored)
series-venue-legend = Lleoliad gwahanol
series-venue-hint = Dim ond ar gyfer cyfarfodydd sydd ddim yn lleoliad arferol y grŵp.
series-venue-name = Enw'r lleoliad
series-venue-address = Cyfeiriad
series-venue-postcode = Cod post
series-venue-access = Hygyrchedd (mynedfa heb risiau, dolen sain, toiledau, parcio)
series-venue-directions = Cyfarwyddiadau (sut i ddod o hyd i’r ystafell, yr arhosfan bysiau agosaf)
series-online-legend = Ymuno ar-lein
series-online-hint = Dim ond aelodau sy'n gweld y rhain, a dim ond ychydig cyn pob cyfarfod.
series-join-url = Dolen i'r alwad
series-dial-in = Rhif ffonio i mewn
series-link-opens = Dangos y ddolen hyn o funudau cyn i'r cyfarfod ddechrau
series-link-opens-hint = 30 os byddwch chi'n ei adael yn wag.
series-capacity-label = Lleoedd (dewisol)
series-capacity-hint = Pan fydd y lleoedd i gyd wedi mynd, bydd atebion yn mynd ar restr aros sy'n symud ymlaen yn awtomatig.
series-save = Cadw
formats-link = Fformatau agenda
formats-title = Fformatau agenda
formats-intro = Fformat yw trefn cyfarfod strwythuredig. Copïwch un i'w wneud yn un eich hun.
formats-built-in = parod
formats-copy = Gwneud copi i'w olygu
formats-edit = Golygu
formats-edit-title = Golygu fformat agenda
formats-name = Enw
formats-rows-hint = Mae'r rhannau'n dilyn y drefn hon. Gadewch res yn wag i'w thynnu.
formats-segment = Rhan { $number }
formats-segment-name = Enw
formats-segment-minutes = Munudau
formats-segment-kind = Math
formats-segment-script = Geiriau i'w darllen (dewisol)
formats-save = Cadw
my-meetings-title = Fy nghyfarfodydd
my-meetings-none = Nid oes gennych chi unrhyw gyfarfodydd i ddod.
my-calendar-heading = Dolen eich calendr
my-calendar-intro = Ychwanegwch eich cyfarfodydd at ap calendr drwy ddefnyddio dolen breifat. Gall unrhyw un sydd â'r ddolen weld eich cyfarfodydd, felly cadwch hi i chi'ch hun. Gallwch roi dolen newydd yn ei lle unrhyw bryd.
my-calendar-new = Dyma eich dolen newydd. Copïwch hi nawr: er mwyn diogelu eich preifatrwydd, dim ond unwaith rydym yn ei dangos.
my-calendar-link = Dolen calendr
my-calendar-exists = Mae gennych chi ddolen calendr. Rhowch ddolen newydd yn ei lle os ydych chi wedi'i cholli, neu os ydych chi'n meddwl bod rhywun arall wedi cael gafael arni.
my-calendar-create = Creu dolen calendr
my-calendar-replace = Rhoi dolen newydd yn ei lle
my-calendar-revoke = Diffodd y ddolen
my-emails-heading = E-byst am gyfarfodydd
my-emails-on = Rydych chi'n cael nodiadau atgoffa a newidiadau ar gyfer y cyfarfodydd rydych chi'n mynd iddyn nhw.
my-emails-off = Mae e-byst am gyfarfodydd wedi'u diffodd.
my-emails-turn-off = Diffodd e-byst am gyfarfodydd
my-emails-turn-on = Troi e-byst am gyfarfodydd ymlaen
unsubscribe-title = E-byst am gyfarfodydd
unsubscribe-intro = Rhoi'r gorau i gael nodiadau atgoffa a newidiadau i gyfarfodydd drwy e-bost?
unsubscribe-button = Stopio e-byst am gyfarfodydd
unsubscribe-done = Wedi'i wneud: ni fyddwch chi'n cael e-byst am gyfarfodydd mwyach. Gallwch eu troi yn ôl ymlaen yn “Fy nghyfarfodydd”.
email-meeting-where = Ble: { $place }
email-meeting-join = I ymuno ar-lein:
email-meeting-dial-in = Neu ffoniwch i mewn: { $phone }
email-meeting-unsubscribe = I stopio e-byst am gyfarfodydd, agorwch y ddolen hon:
email-reminder-subject = Nodyn atgoffa: { $title }, { $when }
email-reminder-body = Helo { $pseudonym },

    Dyma nodyn i'ch atgoffa am gyfarfod { $title } ({ $group }): { $when }.

    { $details }

    Manylion, ac i newid eich ateb:
    { $link }
email-cancelled-subject = Wedi'i ganslo: { $title }, { $when }
email-cancelled-body = Helo { $pseudonym },

    Mae cyfarfod { $title } ({ $group }), { $when }, wedi cael ei ganslo.

    Rheswm: { $reason }

    { $link }
email-moved-subject = Wedi symud: { $title }, yr amser newydd yw { $when }
email-moved-body = Helo { $pseudonym },

    Mae cyfarfod { $title } ({ $group }) wedi symud. Yr amser newydd yw { $when }.

    { $details }

    { $link }
email-promoted-subject = Mae gennych chi le: { $title }, { $when }
email-promoted-body = Helo { $pseudonym },

    Mae lle wedi dod yn rhydd, a chi sy'n ei gael: { $title } ({ $group }), { $when }.

    { $details }

    Os na allwch chi ddod bellach, newidiwch eich ateb er mwyn i rywun arall gael y lle:
    { $link }
# Problemau gyda ffurflenni ar dudalennau cyfarfodydd, fesul maes (mae'r API JSON yn rhoi neges fanwl yn Saesneg).
meeting-error-id = Ni all y cyfarfod hwn dderbyn y newid hwnnw bellach: mae wedi dod i ben neu wedi'i ganslo.
meeting-error-reason = Rhowch reswm i aelodau (hyd at 300 nod).
meeting-error-starts_at = Rhowch ddyddiad ac amser newydd yn y dyfodol sy'n bodoli ar y diwrnod hwnnw (nid yn yr awr pan fydd y clociau'n mynd ymlaen).
meeting-error-note = Cadwch y nodyn i 300 nod neu lai.
meeting-error-present = Ticiwch aelodau'r grŵp yn unig, a hynny ar ôl i'r cyfarfod ddechrau.
meeting-error-last_date = Rhowch ddyddiad olaf sydd heddiw neu'n hwyrach, ac nid cyn y cyfarfod cyntaf.
meeting-error-date = Rhowch ddyddiad y cyfarfod cyntaf, er enghraifft 2026-12-01.
meeting-error-time = Rhowch amser dechrau fel 19:00 sy'n bodoli ar y diwrnod hwnnw (nid yn yr awr pan fydd y clociau'n mynd ymlaen) ac sydd ar un o'r diwrnodau a ddewiswyd ar gyfer ailadrodd.
meeting-error-duration = Rhowch yr hyd mewn munudau, rhwng 5 a 1440.
meeting-error-repeat = Dewiswch pa mor aml mae'r cyfarfod yn ailadrodd.
meeting-error-ends_on = Rhowch ddyddiad olaf sydd ar ddiwrnod y cyfarfod cyntaf neu ar ei ôl, er enghraifft 2027-07-31.
meeting-error-place = Dewiswch ble mae'r cyfarfod yn digwydd. Os nad oes gan y grŵp leoliad wedi'i restru, dewiswch leoliad gwahanol neu ar-lein.
meeting-error-venue_name = Rhowch enw a chyfeiriad y lleoliad.
meeting-error-venue_address = Rhowch gyfeiriad y lleoliad.
meeting-error-venue_postcode = Rhowch god post byr, er enghraifft CF10 1FL.
meeting-error-venue_access = Cadwch y nodiadau hygyrchedd i 1000 nod neu lai.
meeting-error-venue_directions = Cadwch y cyfarwyddiadau i 1000 nod neu lai.
meeting-error-join_url = Rhowch ddolen lawn i'r alwad, yn dechrau gyda https://, neu rif ffonio i mewn.
meeting-error-dial_in = Rhowch rif ffôn gan ddefnyddio digidau, bylchau a + ( ) -.
meeting-error-link_opens = Rhowch nifer y munudau cyn y dechrau fel rhif cyfan hyd at 10080.
meeting-error-capacity = Rhowch nifer y lleoedd fel rhif cyfan o 1 i 10000, neu gadewch hwn yn wag.
meeting-error-format = Dewiswch fformat agenda o'r rhestr.
meeting-error-title = Cadwch y teitl i un llinell o hyd at 120 nod.
meeting-error-timezone = Dewiswch gylchfa amser.
meeting-error-name = Rhowch enw i'r fformat, hyd at 80 nod.
meeting-error-segments = Mae angen enw a rhwng 1 a 240 munud ar bob rhan; mae gan fformat rhwng 1 a 30 rhan.
meeting-error-other = Gwiriwch y maes hwn.

## Yr ystafell fyw, o dudalen y cyfarfod
meeting-room-enter = Mynd i mewn i'r ystafell fyw
meeting-room-enter-hint = Sgwrsio, codi eich llaw a chymryd eich tro; sain a fideo os ydych chi eisiau.
meeting-room-summary-heading = Sut aeth yr ystafell fyw
meeting-room-summary = Hyd: { $minutes } munud. Pobl: { $people }. Troeon pawb yn eu tro: { $turns }. Negeseuon yn y sgwrs: { $messages }.
meeting-room-balance = Cydbwysedd yr amser siarad: { $balance } (mae 1 yn gwbl gyfartal, mae 0 yn golygu mai dim ond un llais a glywyd).
meeting-room-share = { $name }: { $percent }% o'r siarad
meeting-room-summary-hint = Dim ond y cyfansymiau sy'n cael eu cadw. Does dim byd a ddywedodd neu a ysgrifennodd unrhyw un yn cael ei gadw ar ôl y cyfarfod.
