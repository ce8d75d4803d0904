# Kindred discussion strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Trafodaethau: byrddau, sgyrsiau, postiadau, negeseuon preifat, nodiadau ôl-drafod.

group-board-link = Bwrdd trafod
group-messages-link = Anfon neges at yr hwyluswyr
group-messages-runner-link = Negeseuon gan aelodau
board-org-link = Gofod trafod yr hwyluswyr

board-title = Bwrdd trafod: { $group }
board-intro = Rhannwch sut mae pethau'n mynd, gofynnwch am gyngor ymarferol, a chefnogwch eich gilydd rhwng cyfarfodydd. Dim ond aelodau'r grŵp sy'n gallu darllen y bwrdd hwn, oni bai bod y grŵp wedi'i wneud yn gyhoeddus.
board-org-title = Gofod yr hwyluswyr: { $organisation }
board-org-intro = Gofod preifat i'r bobl sy'n rhedeg grwpiau'r sefydliad hwn: rhannwch beth sy'n gweithio, gofynnwch am gyngor, a chefnogwch eich gilydd. Dim ond hwyluswyr a threfnwyr y sefydliad sy'n gallu ei ddarllen.
board-empty = Does neb wedi dechrau sgwrs eto.
board-posts = { $count ->
    [zero] Dim postiadau
    [one] Un postiad
    [two] Dau bostiad
    [few] Tri phostiad
    [many] Chwe phostiad
   *[other] { $count } o bostiadau
}
board-unread = { $count } newydd
board-pages = Tudalennau
board-new-thread = Dechrau sgwrs
board-field-title = Teitl
board-field-body = Eich neges
board-field-body-hint = Gallwch ddefnyddio Markdown: **trwm**, *italig*, rhestrau a dolenni.
board-field-warning = Rhybudd cynnwys
board-field-warning-hint = Os yw eich neges yn sôn am rywbeth y gallai eraill ei chael yn anodd ei ddarllen, dewiswch rybudd. Bydd darllenwyr wedyn yn dewis a ydyn nhw am ei hagor.
board-warning-none = Does dim angen rhybudd
board-field-anonymous = Postio heb fy enw
board-field-anonymous-hint = Bydd aelodau eraill yn gweld “Aelod dienw”. Mae hwyluswyr y grŵp a chymedrolwyr Kindred yn dal i allu gweld pwy a'i hysgrifennodd, er mwyn cadw pawb yn ddiogel.
board-privacy-note = Mae negeseuon yn cael eu storio wedi'u hamgryptio. Peidiwch â rhannu straeon pobl eraill, na manylion a allai ddangos pwy yw rhywun.
board-post = Postio
board-error-title = Rhowch deitl i'ch sgwrs, hyd at 150 nod.
board-error-body = Ysgrifennwch eich neges (hyd at 20,000 nod).
board-error-warning = Dewiswch rybudd cynnwys o'r rhestr.
board-anonymous = Aelod dienw
board-anonymous-known = Aelod dienw (ysgrifennwyd gan { $name })
board-former-member = Cyn-aelod
board-public = Gadael i unrhyw un ddarllen y bwrdd hwn (dim ond aelodau sy'n gallu ysgrifennu o hyd)
board-public-hint = Wedi'i ddiffodd i ddechrau. Gall postiadau fod yn bersonol: dim ond os yw'r aelodau wedi cytuno y dylech chi wneud y bwrdd yn gyhoeddus.
board-hidden-moderator = Wedi'i guddio gan gymedrolwr.
board-hidden-reports = Wedi'i guddio ar ôl i sawl person roi gwybod amdano, nes bod cymedrolwr yn edrych arno.
board-hidden-held = Yn aros am gymedrolwr: mae dolenni gan gyfrifon newydd yn cael eu gwirio yn gyntaf.
board-hidden-watched = Yn aros i gymedrolwr edrych arno.

warning-self_harm = Hunan-niweidio
warning-suicide = Hunanladdiad
warning-abuse = Cam-drin
warning-eating_disorders = Anhwylderau bwyta
warning-substance_use = Defnyddio alcohol neu gyffuriau
warning-bereavement = Marwolaeth a galar
warning-medical_detail = Manylion meddygol
warning-other = Pwnc anodd

reaction-hug = Cwtsh
reaction-me_too = Fi hefyd
reaction-helpful = Defnyddiol
reaction-thank_you = Diolch

thread-earlier = Postiadau cynharach
thread-later = Postiadau diweddarach
thread-edited = wedi'i olygu
thread-deleted = Cafodd y postiad hwn ei ddileu.
thread-warning = Rhybudd cynnwys: { $warning }. Agorwch i'w ddarllen.
thread-report = Rhoi gwybod
thread-edit = Golygu
thread-history = Fersiynau
thread-delete = Dileu
thread-reply = Ateb
thread-send-reply = Anfon ateb

posted-title = Mae eich neges wedi'i phostio
posted-held = Bydd eich neges yn ymddangos ar ôl i gymedrolwr ei gwirio. Mae hyn fel arfer yn digwydd gyda dolenni gan gyfrifon newydd.
posted-urgent-title = Does dim rhaid i chi wynebu hyn ar eich pen eich hun
posted-urgent-body = Mae'r hyn ysgrifennoch chi'n swnio'n anodd iawn. Mae hwyluswyr eich grŵp wedi cael gwybod, er mwyn iddyn nhw allu cysylltu â chi. Os ydych chi mewn perygl, neu os ydych chi'n teimlo y gallech chi weithredu ar feddyliau am ddod â'ch bywyd i ben, cysylltwch ag un o'r rhain nawr:
posted-concern-title = Mae cymorth yma os oes ei angen arnoch chi
posted-concern-body = Mae'n swnio fel bod pethau'n anodd ar hyn o bryd. Os oes angen i chi siarad â rhywun nawr, mae'r gwasanaethau hyn am ddim ac yn gyfrinachol:
posted-no-emergency = Nid yw Kindred yn cysylltu â'r gwasanaethau brys. Mewn argyfwng, ffoniwch 999.
posted-continue = Mynd i'r sgwrs

edit-title = Golygu eich neges
edit-back = Yn ôl i'r sgwrs
edit-hint = Mae fersiynau cynharach yn cael eu cadw ar gyfer hwyluswyr a chymedrolwyr y grŵp.
edit-save = Cadw'r newidiadau
edit-history = Fersiynau cynharach

messages-title = Negeseuon gyda'r hwyluswyr: { $group }
messages-intro = Sgwrs breifat rhyngoch chi a'r bobl sy'n rhedeg y grŵp. Nid yw aelodau eraill yn gallu ei gweld.
messages-conversations = Sgyrsiau
messages-count = { $count ->
    [zero] Dim negeseuon
    [one] Un neges
    [two] Dwy neges
    [few] Tair neges
    [many] Chwe neges
   *[other] { $count } o negeseuon
}
messages-with = Sgwrs gyda { $name }
messages-none = Dim negeseuon eto.
messages-field = Eich neges
messages-send = Anfon

board-member-messages = Caiff aelodau anfon negeseuon preifat at ei gilydd
board-member-messages-hint = Wedi'i ddiffodd i ddechrau. Pan fydd ymlaen, gall aelodau ddechrau sgwrs breifat gydag aelod arall o'r grŵp. Nid yw'r hwyluswyr yn darllen y sgyrsiau hyn oni bai bod rhywun yn rhoi gwybod am neges. Mae ei ddiffodd yn atal negeseuon newydd; mae sgyrsiau cynharach yn dal yn ddarllenadwy i'r ddau berson ynddyn nhw.
member-messages-heading = Negeseuon gydag aelodau eraill
member-messages-start = Ysgrifennu at aelod
member-messages-field-with = Aelod
member-messages-choose = Dewiswch aelod
member-messages-field-text = Eich neges gyntaf
member-messages-hint = Dim ond chi'ch dau sy'n gallu darllen y sgwrs hon. Nid yw hwyluswyr y grŵp yn ei darllen oni bai bod un ohonoch chi'n rhoi gwybod am neges. Mae negeseuon yn cael eu storio wedi'u hamgryptio.
member-messages-nobody = Does neb arall yn y grŵp i ysgrifennu ato eto.
member-messages-error-with = Dewiswch yr aelod rydych chi am ysgrifennu ato.
member-messages-with = Sgwrs gyda { $name }
member-messages-private = Sgwrs breifat rhyngoch chi'ch dau. Nid yw hwyluswyr y grŵp yn ei darllen oni bai bod rhywun yn rhoi gwybod am neges.
member-messages-off-title = Mae negeseuon rhwng aelodau wedi'u diffodd
member-messages-off = Ar hyn o bryd, nid yw aelodau'r grŵp hwn yn gallu anfon negeseuon preifat at ei gilydd. Gallwch chi ddal i ddarllen eich sgyrsiau cynharach ac anfon neges at yr hwyluswyr.
member-messages-gone = Nid yw'r person hwn yn aelod o'r grŵp mwyach, felly nid oes modd anfon negeseuon newydd. Gallwch chi ddal i ddarllen y sgwrs.
member-messages-back = Yn ôl i'ch negeseuon

debrief-link = Nodiadau ôl-drafod (hwyluswyr yn unig)
debrief-title = Nodiadau ôl-drafod: { $group }
debrief-back = Yn ôl i'r cyfarfod
debrief-intro = Nodiadau preifat i'r bobl sy'n rhedeg y grŵp: beth aeth yn dda, beth sydd angen ei ddilyn, a sut rydych chi. Maen nhw'n cael eu storio wedi'u hamgryptio; nid yw aelodau byth yn eu gweld.
debrief-none = Dim nodiadau ar gyfer y cyfarfod hwn eto.
debrief-field = Nodyn
debrief-hint = Peidiwch ag ysgrifennu manylion personol aelodau oni bai bod eu hangen arnoch chi i ddilyn y mater yn ddiogel.
debrief-save = Cadw'r nodyn

my-discussions-title = Eich trafodaethau
my-discussions-none = Does dim byd newydd ar fyrddau eich grwpiau.
my-discussions-alerts = { $count ->
    [zero] Dim rhybuddion argyfwng agored yn y grwpiau rydych chi'n eu rhedeg
    [one] Un rhybudd argyfwng agored yn y grwpiau rydych chi'n eu rhedeg
    [two] Dau rybudd argyfwng agored yn y grwpiau rydych chi'n eu rhedeg
    [few] Tri rhybudd argyfwng agored yn y grwpiau rydych chi'n eu rhedeg
    [many] Chwe rhybudd argyfwng agored yn y grwpiau rydych chi'n eu rhedeg
   *[other] { $count } o rybuddion argyfwng agored yn y grwpiau rydych chi'n eu rhedeg
}
my-discussions-digest = Anfon crynodeb dyddiol o bostiadau newydd ataf drwy e-bost
my-discussions-digest-hint = Mae'r crynodeb yn dweud faint o bostiadau newydd sydd gan bob un o'ch grwpiau, gyda dolenni. Nid yw byth yn cynnwys yr hyn a ysgrifennodd unrhyw un.

email-digest-subject = Postiadau newydd yn eich grwpiau Kindred
email-digest-body = Helo { $pseudonym }, dyma beth sy'n newydd ar fyrddau eich grwpiau:
email-digest-line = { $group }: { $count } newydd
email-digest-off = I stopio'r e-byst hyn, tynnwch y tic o'r blwch crynodeb dyddiol yma:
