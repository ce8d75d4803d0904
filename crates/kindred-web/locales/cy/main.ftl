# Kindred interface strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Y fframwaith: pennyn, llywio, troedyn, gadael yn gyflym

site-name = Kindred
skip-link = Neidio i'r prif gynnwys
nav-label = Prif ddewislen
nav-home = Hafan
nav-crisis = Help mewn argyfwng
nav-sign-in = Mewngofnodi
nav-sign-up = Creu cyfrif
nav-account = Eich cyfrif
nav-sign-out = Allgofnodi
language-label = Iaith
signed-in-as = Wedi mewngofnodi fel { $pseudonym }
quick-exit = Gadael y dudalen hon
quick-exit-hint = Angen gadael y wefan hon yn gyflym? Dewiswch “Gadael y dudalen hon” unrhyw bryd, neu pwyswch y fysell Escape dair gwaith. Bydd rhagolygon y tywydd yn ymddangos yn lle'r dudalen.
quick-exit-dismiss = Cuddio'r neges hon
footer-label = Gwybodaeth am y wefan
footer-privacy = Hysbysiad preifatrwydd
footer-accessibility = Datganiad hygyrchedd
footer-crisis = Help mewn argyfwng
footer-crisis-now = Mewn argyfwng nawr? Ffoniwch y Samariaid am ddim ar 116 123, unrhyw bryd, neu 999 mewn argyfwng brys.

## Hafan

home-title = Dod o hyd i grŵp cymorth gan gymheiriaid
home-intro = Mae Kindred yn helpu pobl sy'n wynebu'r un salwch neu'r un sefyllfa i ddod o hyd i grŵp, i gyfarfod wyneb yn wyneb neu ar-lein, ac i gefnogi ei gilydd rhwng cyfarfodydd.
home-search-label = Pa fath o grŵp ydych chi'n chwilio amdano?
home-search-hint = Er enghraifft: gorbryder, diabetes, gofalwyr, gamblo
home-search-button = Chwilio am grwpiau
home-what-title = Beth yw grŵp cymorth gan gymheiriaid?
home-what-body = Grŵp o bobl sy'n rhannu profiad, fel byw gyda chyflwr neu ofalu am rywun, ac sy'n cyfarfod i wrando ar ei gilydd a helpu ei gilydd. Mae rhai grwpiau'n cael eu rhedeg gan wirfoddolwyr sydd wedi bod drwy'r un peth eu hunain, ac eraill gan nyrsys, seicolegwyr neu weithwyr cymdeithasol.
home-safe-title = Eich preifatrwydd a'ch diogelwch
home-safe-body = Nid oes rhaid i chi ddefnyddio eich enw go iawn. Nid yw aelodau eraill byth yn gweld eich cyfeiriad e-bost. Mae negeseuon preifat a phostiadau wedi'u hamgryptio, a gallwch lawrlwytho neu ddileu popeth sydd gennym amdanoch chi unrhyw bryd.
home-crisis-title = Angen help ar unwaith?
home-crisis-body = Nid gwasanaeth brys yw grŵp cymorth. Os ydych chi'n meddwl am ddod â'ch bywyd i ben, neu os ydych chi mewn perygl, mynnwch help nawr.
home-crisis-link = Gweld pwy y gallwch gysylltu â nhw nawr

## Ffurflenni: rhannau cyffredin

form-error-summary = Mae problem wedi codi
form-optional = (dewisol)
field-email = Cyfeiriad e-bost
field-email-hint = Dim ond i'ch mewngofnodi ac i anfon y negeseuon rydych chi'n gofyn amdanyn nhw y byddwn yn ei ddefnyddio. Nid yw aelodau eraill byth yn ei weld.
field-pseudonym = Enw arddangos
field-pseudonym-hint = Dyma'r enw y mae aelodau eraill yn ei weld. Nid oes rhaid i chi ddefnyddio eich enw go iawn: mae llawer o bobl yn dewis llysenw. Gallwch ei newid yn nes ymlaen.
field-password = Cyfrinair
field-password-hint = O leiaf { $min } nod. Mae ychydig o eiriau sydd heb gysylltiad â'i gilydd yn gwneud cyfrinair cryf sy'n hawdd ei gofio.
field-current-password = Cyfrinair presennol
field-new-password = Cyfrinair newydd
field-confirm-password = Eich cyfrinair

error-email-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com
error-password-short = Rhaid i'ch cyfrinair fod yn { $min } nod o leiaf
error-password-long = Rhaid i'ch cyfrinair fod yn { $max } nod neu lai
error-pseudonym-empty = Rhowch enw arddangos
error-pseudonym-long = Rhaid i'ch enw arddangos fod yn { $max } nod neu lai
error-pseudonym-email = Ni chaiff eich enw arddangos fod yn gyfeiriad e-bost: byddai aelodau eraill yn ei weld
error-password-wrong = Nid yw'r cyfrinair yn gywir
error-login-failed = Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir
error-rate-limited = Gormod o ymdrechion. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.
error-cross-site = Cafodd y ffurflen hon ei hanfon o wefan arall, felly nid ydym wedi gweithredu arni. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.

## Cofrestru

signup-title = Creu cyfrif
signup-intro = Gyda chyfrif, gallwch ymuno â grwpiau, ymateb i bostiadau a chyfarfod ar-lein. Mae'n rhad ac am ddim.
signup-button = Creu cyfrif
signup-have-account = Oes gennych chi gyfrif yn barod?
signup-sign-in-link = Mewngofnodi
signup-done-title = Gwiriwch eich e-bost
signup-done-body = Rydym wedi anfon neges i'r cyfeiriad a roesoch chi. Dilynwch y ddolen sydd ynddi i gadarnhau eich cyfeiriad a gorffen creu eich cyfrif. Os nad yw wedi cyrraedd ymhen ychydig funudau, edrychwch yn eich ffolder sbam neu sothach.

## Mewngofnodi ac allgofnodi

login-title = Mewngofnodi
login-button = Mewngofnodi
login-forgot = Wedi anghofio eich cyfrinair?
login-new = Newydd i Kindred?
login-create-link = Creu cyfrif
logout-button = Allgofnodi
logout-done = Rydych chi wedi allgofnodi.

## Cadarnhau e-bost

verify-title = Cadarnhau eich cyfeiriad e-bost
verify-intro = Dewiswch y botwm i gadarnhau mai chi biau'r cyfeiriad e-bost hwn.
verify-button = Cadarnhau fy nghyfeiriad e-bost
verify-done = Diolch: mae eich cyfeiriad e-bost wedi'i gadarnhau.
verify-invalid = Mae'r ddolen gadarnhau hon wedi dod i ben neu wedi cael ei defnyddio'n barod. Mewngofnodwch a gofynnwch am un newydd ar dudalen eich cyfrif.
verify-needed = Cadarnhewch eich cyfeiriad e-bost cyn i chi bostio neu ymuno â chyfarfod. Fe wnaethom anfon dolen atoch pan wnaethoch chi gofrestru.
verify-resend-button = Anfon y ddolen eto
verify-resent = Rydym wedi anfon dolen gadarnhau newydd atoch.

## Ailosod cyfrinair

reset-request-title = Ailosod eich cyfrinair
reset-request-intro = Rhowch y cyfeiriad e-bost rydych chi'n ei ddefnyddio ar gyfer Kindred. Byddwn yn anfon dolen atoch i ddewis cyfrinair newydd.
reset-request-button = Anfon dolen ailosod
reset-request-done-title = Gwiriwch eich e-bost
reset-request-done-body = Os oes cyfrif yn defnyddio'r cyfeiriad hwnnw, rydym wedi anfon dolen ato i ddewis cyfrinair newydd. Mae'r ddolen yn gweithio unwaith, o fewn { $minutes } munud.
reset-title = Dewis cyfrinair newydd
reset-button = Cadw'r cyfrinair newydd
reset-invalid = Mae'r ddolen hon wedi dod i ben neu wedi cael ei defnyddio'n barod. Gallwch ofyn am un newydd.
reset-request-again = Gofyn am ddolen newydd
reset-done = Mae eich cyfrinair wedi cael ei newid, ac rydych chi wedi cael eich allgofnodi ym mhobman. Mewngofnodwch gyda'ch cyfrinair newydd.

## Eich cyfrif

account-title = Eich cyfrif
account-intro = Mae'r dudalen hon yn dangos popeth sydd gan Kindred amdanoch chi. Dim ond chi sy'n gallu ei gweld.
account-details = Eich manylion
account-email = Cyfeiriad e-bost
account-pseudonym = Enw arddangos
account-email-status = E-bost wedi'i gadarnhau
account-yes = Ie
account-no = Na
account-created = Dyddiad creu'r cyfrif
account-roles = Rolau
account-role-none = Aelod
role-admin = Gweinyddwr
role-moderator = Cymedrolwr
account-sessions = { $count ->
    [zero] Nid ydych chi wedi mewngofnodi ar unrhyw ddyfais.
    [one] Rydych chi wedi mewngofnodi ar un ddyfais.
    [two] Rydych chi wedi mewngofnodi ar ddwy ddyfais.
    [few] Rydych chi wedi mewngofnodi ar dair dyfais.
    [many] Rydych chi wedi mewngofnodi ar chwe dyfais.
   *[other] Rydych chi wedi mewngofnodi ar { $count } o ddyfeisiau.
}
account-password-title = Newid eich cyfrinair
account-password-button = Newid cyfrinair
account-password-done = Mae eich cyfrinair wedi cael ei newid, ac mae pob dyfais arall wedi cael ei hallgofnodi.
account-everywhere-title = Allgofnodi ym mhobman
account-everywhere-body = Defnyddiwch hwn os gwnaethoch chi fewngofnodi ar ddyfais sy'n cael ei rhannu neu ddyfais sydd ar goll. Bydd pob dyfais yn cael ei hallgofnodi, gan gynnwys yr un hon.
account-everywhere-button = Allgofnodi ym mhobman
account-export-title = Lawrlwytho eich data
account-export-body = Ffeil gyda phopeth sydd gan Kindred amdanoch chi, mewn fformat JSON, y gall rhaglenni eraill ei darllen.
account-export-button = Lawrlwytho fy nata
account-delete-title = Dileu eich cyfrif
account-delete-body = Bydd eich cyfrif, eich cyfeiriad e-bost, eich enw arddangos a'ch hanes mewngofnodi yn cael eu dileu ar unwaith, ac nid oes modd eu cael yn ôl. Bydd pethau a ysgrifennoch chi y mae grŵp yn dibynnu arnyn nhw, fel atebion mewn sgwrs, yn aros, a bydd yr awdur yn cael ei ddangos fel “cyn-aelod”.
account-delete-button = Dileu fy nghyfrif am byth
account-deleted = Mae eich cyfrif wedi cael ei ddileu. Mae'n ddrwg gennym eich gweld chi'n mynd, ac mae croeso i chi ddod yn ôl unrhyw bryd.
former-member = cyn-aelod

## Tudalennau gwall

error-reference = Os byddwch chi'n cysylltu â ni am hyn, nodwch y cyfeirnod { $id }.
error-home-link = Mynd i'r hafan
error-bad_request-title = Mae rhywbeth o'i le ar y cais hwnnw
error-bad_request-body = Nid oedd modd deall y cais.
error-invalid_input-title = Mae rhywbeth o'i le ar y cais hwnnw
error-unauthorized-title = Mewngofnodwch
error-unauthorized-body = Mae angen i chi fewngofnodi i weld y dudalen hon.
error-forbidden-title = Ni allwch wneud hynny
error-forbidden-body = Nid oes gennych hawl i weld y dudalen hon nac i wneud hyn.
error-not_found-title = Heb ddod o hyd i'r dudalen
error-not_found-body = Nid oes dim byd yn y cyfeiriad hwn. Os gwnaethoch chi ei deipio, gwiriwch ei fod yn gywir.
error-method_not_allowed-title = Nid oes modd gwneud hynny yma
error-method_not_allowed-body = Nid yw'r cyfeiriad hwn yn derbyn y math hwnnw o gais.
error-request_timeout-title = Cymerodd hynny ormod o amser
error-request_timeout-body = Cymerodd y cais ormod o amser. Rhowch gynnig arall arni.
error-conflict-title = Mae hynny wedi newid
error-conflict-body = Mae'n bodoli'n barod, neu mae wedi newid yn y cyfamser. Ail-lwythwch y dudalen a rhowch gynnig arall arni.
error-payload_too_large-title = Mae hynny'n rhy fawr
error-payload_too_large-body = Mae'r hyn a anfonoch chi yn fwy nag y mae Kindred yn ei dderbyn.
error-unsupported_media_type-title = Nid oes modd darllen hynny
error-unsupported_media_type-body = Ni all Kindred ddarllen yr hyn a anfonwyd yn y fformat hwnnw.
error-unprocessable_entity-title = Mae rhywbeth o'i le ar y cais hwnnw
error-unprocessable_entity-body = Cafodd y cais ei ddeall, ond nid yw'r hyn sydd ynddo yn ddilys.
error-too_many_requests-title = Gormod o ymdrechion
error-too_many_requests-body = Arhoswch ychydig funudau, yna rhowch gynnig arall arni.
error-service_unavailable-title = Nid yw Kindred ar gael ar hyn o bryd
error-service_unavailable-body = Ni allwn ateb ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau. Os oes angen help arnoch ar frys, edrychwch ar y llinellau argyfwng isod.
error-email_not_verified-title = Cadarnhewch eich cyfeiriad e-bost
error-email_not_verified-body = Mae angen i chi gadarnhau eich cyfeiriad e-bost cyn y gallwch chi wneud hyn. Chwiliwch am y neges a anfonwyd atoch pan wnaethoch chi gofrestru, neu gofynnwch am un newydd ar dudalen eich cyfrif.
error-cross_site_request-title = Rhowch gynnig arall arni
error-cross_site_request-body = Cafodd y ffurflen hon ei hanfon o wefan arall, felly nid ydym wedi gweithredu arni. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
error-internal_error-title = Aeth rhywbeth o'i le
error-internal_error-body = Aeth rhywbeth o'i le ar ein hochr ni. Mae wedi cael ei gofnodi, ac nid oedd yn ddim i'w wneud â'r hyn a wnaethoch chi.

## E-byst (testun plaen). Mae dolenni ar linellau cyfan er mwyn i raglenni e-bost eu cadw'n glicadwy.

email-signature = — Kindred
email-verify-subject = Cadarnhewch eich cyfeiriad e-bost ar gyfer Kindred
email-verify-body = Helo { $pseudonym },

    Diolch am ymuno â Kindred. Cadarnhewch mai hwn yw eich cyfeiriad e-bost drwy agor y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio am 24 awr. Os na wnaethoch chi greu cyfrif, gallwch anwybyddu'r e-bost hwn: ni fydd dim byd arall yn digwydd.
email-exists-subject = Mae rhywun wedi ceisio creu cyfrif Kindred gyda'ch cyfeiriad e-bost
email-exists-body = Helo,

    Mae rhywun, chi efallai, wedi ceisio creu cyfrif Kindred newydd gyda'r cyfeiriad e-bost hwn. Mae gennych chi gyfrif yn barod, felly ni chafodd un newydd ei greu.

    I fewngofnodi, ewch i: { $login_link }
    Os ydych chi wedi anghofio eich cyfrinair, gallwch ei ailosod yma: { $reset_link }

    Os nad chi oedd hyn, nid oes angen i chi wneud dim.
email-reset-subject = Ailosod eich cyfrinair Kindred
email-reset-body = Helo { $pseudonym },

    Mae rhywun wedi gofyn am ailosod y cyfrinair ar gyfer eich cyfrif Kindred. I ddewis cyfrinair newydd, agorwch y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio unwaith, o fewn { $minutes } munud. Os na wnaethoch chi ofyn am hyn, gallwch anwybyddu'r e-bost hwn: nid yw eich cyfrinair wedi newid.

## Enwau ieithoedd, yn eu hiaith eu hunain (ar gyfer y dewisydd iaith)

language-en = English
language-cy = Cymraeg
language-pl = Polski
language-ur = اردو
language-ar = العربية
