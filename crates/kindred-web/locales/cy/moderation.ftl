# Kindred moderation strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Cymedroli, adroddiadau, rhybuddion argyfwng, sancsiynau a'r log archwilio.

moderation-title = Cymedroli
moderation-intro = Rhybuddion argyfwng yn gyntaf, yna adroddiadau. Mae pob cam yn cael ei gofnodi yn y log archwilio, ac mae aelodau'n cael gwybod beth ddigwyddodd a pham.
moderation-on-duty = Rydych chi ar ddyletswydd tan { $until }. Mae rhybuddion brys yn cael eu hanfon atoch chi drwy e-bost.
moderation-off-duty = Dydych chi ddim ar ddyletswydd. Tra nad oes cymedrolwr ar ddyletswydd, mae postiadau y mae 3 neu fwy o bobl wedi rhoi gwybod amdanyn nhw yn cael eu cuddio nes bod rhywun yn edrych arnyn nhw.
moderation-go-on-duty = Mynd ar ddyletswydd am 8 awr
moderation-go-off-duty = Dod oddi ar ddyletswydd
moderation-alerts = Rhybuddion argyfwng
moderation-no-alerts = Dim rhybuddion agored.
moderation-urgent = Brys
moderation-concern = Pryder
moderation-reasons = Pam: { $reasons }
moderation-open = Ei agor
moderation-handled = Nodi ei fod wedi'i drin
moderation-no-emergency = Nid yw Kindred byth yn cysylltu â'r gwasanaethau brys ar ei ben ei hun. Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.
moderation-reports = Adroddiadau
moderation-no-reports = Dim adroddiadau agored.
moderation-reporters = { $count ->
    [zero] neb wedi rhoi gwybod
    [one] un person wedi rhoi gwybod
    [two] dau berson wedi rhoi gwybod
    [few] tri pherson wedi rhoi gwybod
    [many] chwe pherson wedi rhoi gwybod
   *[other] { $count } o bobl wedi rhoi gwybod
}
moderation-reason = Rheswm (bydd yr aelod yn cael gwybod)
moderation-hide = Cuddio
moderation-restore = Adfer
moderation-dismiss = Diystyru'r adroddiadau
moderation-warn = Rhybuddio
moderation-suspend = Atal y cyfrif
moderation-ban = Gwahardd o'r grŵp
moderation-appeals = Apeliadau
moderation-no-appeals = Does dim apeliadau'n aros.
moderation-appeal-text = Eu hapêl:
moderation-uphold = Cadw'r penderfyniad
moderation-lift = Diddymu'r penderfyniad
moderation-refused-title = Chafodd eich neges ddim ei phostio
moderation-refused-suspended = Mae eich cyfrif wedi'i atal, felly allwch chi ddim postio ar hyn o bryd. Mae tudalen eich cyfrif yn dweud pam a than pryd, a sut i apelio.
moderation-refused-rate = Rydych chi'n postio'n gyflym iawn. Arhoswch ychydig funudau a rhowch gynnig arall arni.
moderation-refused-word = Mae eich neges yn cynnwys gair neu ymadrodd nad yw'r grŵp hwn yn ei ganiatáu. Newidiwch ef a rhowch gynnig arall arni.
moderation-standing-link = Eich cyfrif

safety-reason-urgent = geiriad brys
safety-reason-concern = geiriad sy'n peri pryder
safety-reason-intent = bwriad
safety-reason-plan = cynllun
safety-reason-means = modd
safety-reason-timeframe = amserlen
safety-reason-negation = ffurf negyddol
safety-reason-past = yn y gorffennol
safety-reason-idiom = idiom
safety-reason-third = am rywun arall

report-title = Rhoi gwybod
report-intro = Dywedwch wrth y cymedrolwyr am rywbeth sy'n torri cytundeb y grŵp neu sy'n eich poeni. Nid yw'r person rydych chi'n rhoi gwybod amdano yn cael gwybod pwy wnaeth hynny.
report-why = Pam rydych chi'n rhoi gwybod am hyn?
report-reason-risk = Gallai rhywun fod mewn perygl
report-reason-harassment = Aflonyddu neu fwlio
report-reason-hate = Casineb neu wahaniaethu
report-reason-spam = Sbam neu hysbysebu
report-reason-privacy = Mae'n rhannu manylion preifat rhywun
report-reason-misinformation = Camwybodaeth niweidiol am iechyd
report-reason-other = Rhywbeth arall
report-reason-watched_word = Gair sy'n cael ei wylio
report-risk-hint = Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999. I gael cymorth nawr:
report-send = Anfon
report-thanks = Diolch. Bydd cymedrolwr yn edrych arno.
report-kind-post = Postiad
report-kind-message = Neges breifat
report-kind-user = Aelod
report-kind-chat = Neges sgwrs yn yr ystafell fyw
report-chat-by = Wedi'i hysgrifennu yn yr ystafell fyw gan { $name }
moderation-written-by = Wedi'i hysgrifennu gan { $name }

sanction-warning = Rhybudd
sanction-suspension = Atal cyfrif
sanction-group_ban = Gwaharddiad o grŵp
sanction-post_hidden = Cafodd postiad ei guddio
sanction-appeal_upheld = Cafodd eich apêl ei hystyried, ac mae'r penderfyniad yn sefyll
sanction-appeal_lifted = Cafodd eich apêl ei derbyn, ac mae'r penderfyniad wedi'i ddiddymu

account-standing-title = Penderfyniadau cymedroli
account-standing-until = tan { $until }
account-standing-permanent = parhaol
account-standing-reason = Rheswm: { $reason }
account-standing-appeal-label = Pam y dylai'r penderfyniad hwn gael ei ystyried eto?
account-standing-appeal = Apelio
account-standing-appeal-waiting = Mae eich apêl yn aros am gymedrolwr.
account-standing-appeal-upheld = Cafodd eich apêl ei hystyried; mae'r penderfyniad yn sefyll.
account-standing-appeal-lifted = Cafodd eich apêl ei derbyn; mae'r penderfyniad wedi'i ddiddymu.

words-title = Geiriau sy'n cael eu gwylio
words-intro = Geiriau neu ymadroddion i gadw llygad amdanyn nhw mewn postiadau a negeseuon. Tynnu sylw: mae cymedrolwyr yn cael gwybod. Dal yn ôl: mae'r postiad yn aros am gymedrolwr. Rhwystro: mae'r postiad yn cael ei wrthod, a gofynnir i'r awdur ei newid.
words-none = Dim geiriau'n cael eu gwylio eto.
words-field = Gair neu ymadrodd
words-action = Beth i'w wneud
words-action-flag = Tynnu sylw'r cymedrolwyr
words-action-hold = Dal yn ôl i'w adolygu
words-action-block = Rhwystro
words-add = Ychwanegu
words-remove = Tynnu

audit-title = Log archwilio
audit-intro = Pob cam gan gymedrolwyr a gweinyddwyr: pwy, beth, pryd a pham. Does dim modd newid na dileu cofnodion.
audit-none = Dim byd wedi'i gofnodi eto.
audit-system = Kindred (awtomatig)
audit-col-when = Pryd
audit-col-who = Pwy
audit-col-what = Cam
audit-col-target = Ynghylch
audit-col-why = Pam

email-alert-subject = Efallai fod angen i chi roi sylw i neges yn eich grŵp
email-alert-body =
    Helo { $pseudonym },

    Mae sgrinio Kindred wedi dod o hyd i eiriau mewn neges sy'n awgrymu y gallai rhywun fod mewn perygl. Mae'r awdur wedi cael gweld ble i gael cymorth mewn argyfwng. Edrychwch ar y rhybudd, a nodwch ei fod wedi'i drin unwaith y bydd rhywun wedi ymateb:
email-moderation-subject = Penderfyniad am eich cyfrif Kindred
email-moderation-body =
    Helo { $pseudonym },

    Gwnaeth cymedrolwr y penderfyniad hwn: { $what }.
    Rheswm: { $reason }

    Gallwch ei ddarllen, ac apelio, ar dudalen eich cyfrif:
