# Kindred live room strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Ystafell gyfarfod fyw: y dudalen (/meetings/{id}/room)

room-title = Ystafell fyw
room-page-title = Ystafell fyw: { $title }
room-not-online = Mae'r cyfarfod hwn yn digwydd wyneb yn wyneb, felly does dim ystafell fyw iddo.
room-cancelled = Mae'r cyfarfod hwn wedi'i ganslo, felly mae ei ystafell fyw ar gau.
room-not-yet = Bydd yr ystafell fyw yn agor ar yr amser hwn: { $when }. Dewch yn ôl bryd hynny, os gwelwch yn dda.
room-over = Mae ystafell fyw y cyfarfod hwn wedi cau.
room-group-label = Grŵp
room-noscript = Mae angen JavaScript ar yr ystafell fyw, ac mae wedi'i ddiffodd neu nid yw ar gael yn y porwr hwn. Gallwch chi ymuno dros y ffôn neu drwy ddolen y cyfarfod o hyd.
room-noscript-link = Gweld sut i ymuno ar dudalen y cyfarfod
room-rules-heading = Rheolau sylfaenol
room-rules-intro = Cyn i chi ddod i mewn, darllenwch reolau sylfaenol y grŵp, os gwelwch yn dda. Maen nhw'n helpu pawb i deimlo'n ddiogel.
room-rules-none = Byddwch yn garedig, gwrandewch heb dorri ar draws, a chadwch yn breifat yr hyn rydych chi'n ei glywed yma.
room-rules-ready = Rwy'n barod
room-rules-ready-hint = Mae eich meicroffon a'ch camera yn aros i ffwrdd nes i chi eu troi ymlaen.
room-rules-close = Yn ôl i'r ystafell
room-rules-show = Rheolau sylfaenol
room-leave = Gadael yr ystafell
room-waiting = Rydych chi yn yr ystafell aros. Bydd hwylusydd yn eich gadael i mewn cyn bo hir.
room-ended = Mae'r cyfarfod hwn wedi dod i ben. Diolch am fod yma.
room-removed = Mae hwylusydd wedi gofyn i chi adael y cyfarfod hwn.
room-locked = Mae'r ystafell wedi'i chloi, felly does neb newydd yn gallu dod i mewn ar hyn o bryd.
room-back-to-meeting = Yn ôl i dudalen y cyfarfod

room-media-heading = Fideo a sain
room-mic = Meicroffon
room-camera = Camera
room-tiles-label = Fideo o'r bobl sydd yma

room-hands-heading = Dwylo wedi'u codi
room-hand = Codi fy llaw
room-hand-hint = Pwyswch eto i ostwng eich llaw.

room-round-heading = Pawb yn eu tro
room-round-done = Rydw i wedi gorffen
room-round-pass = Pasio

room-agenda-heading = Agenda

room-people-heading = Pwy sydd yma

room-chat-heading = Sgwrs
room-chat-hint = Gall pawb yn yr ystafell ddarllen y sgwrs. Caiff ei dileu pan fydd y cyfarfod yn dod i ben.
room-chat-label = Eich neges
room-chat-send = Anfon

room-wellbeing-heading = Sut ydych chi?
room-wellbeing-hint = Dim ond yr hwylusydd sy'n gweld y rhain. Fydd neb arall yn gwybod.
room-wellbeing-break = Mae angen egwyl arna i
room-wellbeing-not-ok = Dydw i ddim yn iawn
room-wellbeing-crisis = Os gallech chi fod mewn perygl nawr, mynnwch help ar unwaith, os gwelwch yn dda.
room-wellbeing-crisis-link = Pwy y gallwch gysylltu â nhw nawr

room-fac-heading = Offer yr hwylusydd
room-fac-fairness = Tegwch
room-fac-fairness-hint = Dim ond hwyluswyr sy'n gweld hyn. Mae amser siarad yn cael ei fesur ym mhorwr pob person; does dim o'r hyn maen nhw'n ei ddweud yn gadael y porwr.
room-fac-wellbeing = Negeseuon preifat gan aelodau
room-fac-wellbeing-none = Dim eto.
room-fac-room = Yr ystafell
room-fac-lobby = Ystafell aros
room-fac-lock = Cloi'r ystafell
room-fac-chat-pause = Oedi'r sgwrs
room-fac-end = Dod â'r cyfarfod i ben i bawb
room-fac-toggle-hint = Os yw botwm yn edrych fel pe bai wedi'i bwyso, mae ymlaen.
room-fac-hands = Dwylo
room-fac-call-next = Galw'r person nesaf
room-fac-clear-hands = Clirio pob llaw
room-fac-round = Pawb yn eu tro
room-fac-round-seconds = Eiliadau i bob person
room-fac-round-seconds-hint = Rhwng 15 a 900.
room-fac-round-start = Dechrau rownd pawb yn eu tro
room-fac-round-next = Symud ymlaen at y person nesaf
room-fac-round-end = Stopio'r rownd
room-fac-agenda = Agenda
room-fac-agenda-start = Dechrau'r agenda
room-fac-agenda-next = Mynd i'r rhan nesaf
room-fac-agenda-extend = Ychwanegu 5 munud
room-fac-agenda-skip = Hepgor y rhan sy'n dod ar ôl hon
room-fac-agenda-reader = Pwy sy'n darllen y rhan hon
room-fac-agenda-reader-set = Dewis darllenydd

## Ystafell gyfarfod fyw: testun ar gyfer sgript y dudalen (yn cael ei anfon i'r porwr fel y mae;
## mae'r sgript ei hun yn llenwi { $name }, { $count } ac ati)

room-js-connecting = Wrthi'n cysylltu…
room-js-connected = Wedi cysylltu
room-js-reconnecting = Collwyd y cysylltiad. Rhoi cynnig arall arni ymhen { $seconds } eiliad.
room-js-closed = Dydych chi ddim wedi'ch cysylltu â'r ystafell bellach.
room-js-you = (chi)
room-js-you-tile = Chi
room-js-role-facilitator = hwylusydd
room-js-hand-up = llaw wedi'i chodi
room-js-mic-on = meicroffon ymlaen
room-js-camera-on = camera ymlaen
room-js-waiting-list = Yn aros i ddod i mewn
room-js-nobody-waiting = Does neb yn aros.
room-js-admit = Gadael { $name } i mewn
room-js-ask-mute = Gofyn i { $name } ddiffodd y meicroffon
room-js-remove = Tynnu { $name } o'r cyfarfod
room-js-remove-confirm = Tynnu { $name } o'r cyfarfod hwn? Fyddan nhw ddim yn gallu dod yn ôl.
room-js-end-confirm = Dod â'r cyfarfod i ben i bawb? Does dim modd dadwneud hyn.
room-js-nobody-here = Does neb arall yma eto.
room-js-hands-empty = Does dim dwylo wedi'u codi.
room-js-move-up = Symud { $name } i fyny
room-js-speaking-now = Yn siarad nawr: { $name }
room-js-round-none = Does dim rownd pawb yn eu tro ar hyn o bryd.
room-js-round-turn = Tro: { $name }
room-js-round-your-turn = Eich tro chi yw hi. Cymerwch eich amser, neu pasiwch os byddai'n well gennych chi beidio â siarad.
room-js-round-done = wedi gorffen
room-js-round-passed = wedi pasio
room-js-round-waiting = i ddod
room-js-round-speaking = yn siarad nawr
room-js-time-left = Amser ar ôl: { $time }
room-js-time-up = Mae'r amser ar ben
room-js-agenda-none = Dydy'r agenda ddim wedi dechrau.
room-js-agenda-now = Nawr: { $name }
room-js-agenda-skipped = wedi'i hepgor
room-js-agenda-reader = Yn darllen: { $name }
room-js-agenda-script = Beth i'w ddarllen
room-js-minutes = { $minutes } munud
room-js-kind-open-sharing = Rhannu agored
room-js-kind-go-round = Pawb yn eu tro
room-js-kind-topic = Trafod pwnc
room-js-kind-reading = Darllen
room-js-kind-break = Egwyl
room-js-kind-check-out = Rownd gloi
room-js-reader-none = Neb
room-js-chat-paused = Mae'r hwylusydd wedi oedi'r sgwrs am y tro.
room-js-chat-empty = Dim negeseuon eto.
room-js-chat-report = Rhoi gwybod
room-js-chat-report-label = Rhoi gwybod am y neges hon gan { $name } (yn agor mewn tab newydd)
room-js-not-sent = Chafodd hwnnw mo'i anfon, am nad ydych chi wedi'ch cysylltu. Rhowch gynnig arall arni mewn munud, os gwelwch yn dda.
room-js-media-unsupported = Dydy'r porwr hwn ddim yn gallu gwneud galwadau fideo na sain. Gallwch chi ddefnyddio'r sgwrs o hyd.
room-js-mic-denied = Doedd dim modd troi eich meicroffon ymlaen. Gwiriwch yng ngosodiadau eich porwr fod y wefan hon yn cael ei ddefnyddio.
room-js-camera-denied = Doedd dim modd troi eich camera ymlaen. Gwiriwch yng ngosodiadau eich porwr fod y wefan hon yn cael ei ddefnyddio.
room-js-mic-is-on = Mae eich meicroffon ymlaen.
room-js-mic-is-off = Mae eich meicroffon i ffwrdd.
room-js-camera-is-on = Mae eich camera ymlaen.
room-js-camera-is-off = Mae eich camera i ffwrdd.
room-js-audio-only = Mae'r fideo i ffwrdd oherwydd bod llawer o bobl yma. Mae'r sain yn dal i weithio.
room-js-play-sound = Troi'r sain ymlaen
room-js-connecting-to = Wrthi'n cysylltu â { $name }…
room-js-announce-admitted = Rydych chi i mewn. Croeso.
room-js-announce-waiting = Rydych chi yn yr ystafell aros. Bydd hwylusydd yn eich gadael i mewn cyn bo hir.
room-js-announce-turn = Eich tro chi yw hi i siarad.
room-js-announce-called = Rydych chi wedi cael eich galw. Gallwch chi siarad nawr.
room-js-announce-asked-to-mute = Mae'r hwylusydd yn gofyn i chi ddiffodd eich meicroffon, os gwelwch yn dda.
room-js-announce-locked = Mae'r ystafell wedi'i chloi, felly allwch chi ddim dod i mewn ar hyn o bryd.
room-js-announce-ended = Mae'r cyfarfod wedi dod i ben. Diolch am fod yma.
room-js-announce-removed = Mae hwylusydd wedi gofyn i chi adael y cyfarfod hwn.
room-js-wellbeing-sent = Diolch. Mae'r hwylusydd wedi cael gwybod, yn breifat.
room-js-wellbeing-break = Mae angen egwyl ar { $name }.
room-js-wellbeing-not-ok = Dydy { $name } ddim yn iawn.
room-js-fairness-none = Does neb wedi siarad eto.
room-js-fairness-balance = Cydbwysedd: { $balance } (mae 1 yn golygu bod pawb wedi cael cyfran gyfartal)
room-js-fairness-not-yet = Heb gael cyfle i siarad eto: { $names }
room-js-fairness-above = Yn siarad mwy na dwywaith eu cyfran: { $names }
room-js-fairness-measure-speaking = Wedi'i fesur yn ôl amser siarad.
room-js-fairness-measure-contributions = Yn cyfrif negeseuon y sgwrs a throeon pawb yn eu tro, gan nad oes amser siarad neb wedi'i fesur eto.
room-js-col-name = Enw
room-js-col-time = Amser siarad
room-js-col-contributions = Cyfraniadau
room-js-col-share = Cyfran
room-js-nudge-not-yet = Pobl sydd heb gael cyfle i siarad eto: { $count }. Gallech chi eu gwahodd i mewn yn dyner.
room-js-nudge-above-twice-share = Pobl sy'n siarad mwy na dwywaith eu cyfran: { $count }. Gallech chi wneud lle i eraill.
room-js-nudge-other = Awgrym i'r ystafell: { $kind } ({ $count })
room-js-error-forbidden = Dim ond hwylusydd sy'n gallu gwneud hynny.
room-js-error-invalid = Wnaeth hynny ddim gweithio. Gwiriwch a rhowch gynnig arall arni, os gwelwch yn dda.
room-js-error-rate-limited = Roedd hynny'n llawer ar unwaith. Arafwch ychydig, os gwelwch yn dda.
room-js-error-chat-paused = Mae'r sgwrs wedi'i hoedi, felly chafodd eich neges mo'i hanfon.
room-js-error-too-large = Mae'r neges honno'n rhy hir.
room-js-error-not-admitted = Gallwch chi wneud hynny ar ôl i hwylusydd eich gadael i mewn.
room-js-error-not-your-turn = Nid eich tro chi yw hi ar hyn o bryd.
room-js-error-full = Mae'r ystafell yn llawn ar hyn o bryd.
room-js-error-unavailable = Aeth hynny ddim drwodd. Rhowch gynnig arall arni, os gwelwch yn dda.
room-js-error-other = Aeth rhywbeth o'i le. Rhowch gynnig arall arni, os gwelwch yn dda.

## Sgrinio'r sgwrs am arwyddion argyfwng (testun sy'n cael ei ddangos gan sgript yr ystafell)
room-js-wellbeing-chat-concern = Mae rhywbeth a ysgrifennodd { $name } yn y sgwrs yn awgrymu y gallen nhw fod yn ei chael hi'n anodd.
room-js-wellbeing-chat-urgent = Gallai rhywbeth a ysgrifennodd { $name } yn y sgwrs olygu eu bod nhw mewn perygl nawr. Cysylltwch â nhw'n breifat, os gwelwch yn dda.
room-js-safety-concern = Mae'n swnio fel eich bod chi'n mynd drwy lawer. Os hoffech chi siarad â rhywun, mae'r llinellau hyn am ddim ac yn gyfrinachol.
room-js-safety-urgent = Mae'n swnio fel bod pethau'n anodd iawn ar hyn o bryd. Does dim rhaid i chi wynebu hyn ar eich pen eich hun: gallwch chi siarad â rhywun nawr, am ddim, unrhyw bryd.
room-js-safety-more = Rhagor o ffyrdd o gael help nawr
room-js-safety-close = Cau
