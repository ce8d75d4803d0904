# Kindred referrals strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Yr e-bost gwahoddiad (dim enw grŵp yn y pwnc: gallai mewnflwch a rennir ei ddangos)

referral-email-subject = Gwahoddiad gan { $organisation }
referral-email-body = Mae { $organisation } wedi awgrymu grŵp cymorth gan gymheiriaid i chi: { $group }.

    I ddarllen am y grŵp a phenderfynu, ewch i { $url } a rhowch y cod hwn:

    { $code }

    Chi sy'n penderfynu a ydych chi am ymuno. Bydd { $organisation } yn cael gwybod a wnaethoch chi dderbyn ai peidio. Dim ond os byddwch chi'n ei dicio y bydd unrhyw beth arall yn cael ei rannu (eich bod wedi ymuno, eich bod wedi mynd i gyfarfod cyntaf, eich bod yn dal i fynd ar ôl chwe wythnos, eich sgoriau llesiant), a gallwch newid eich meddwl unrhyw bryd.

    Os nad oeddech chi'n disgwyl hyn, gallwch anwybyddu'r e-bost hwn.

## Atgyfeirio (atgyfeirwyr)

refer-title = Atgyfeirio rhywun at { $group }
refer-back = Yn ôl i { $group }
refer-not-referrer = Dim ond atgyfeirwyr sydd wedi'u gwirio gan weinyddwyr y wefan hon sy'n gallu atgyfeirio pobl (meddygon teulu, rhagnodwyr cymdeithasol, gweithwyr cyswllt). Gofynnwch i weinyddwyr y wefan a ddylech chi fod yn un.
refer-intro = Bydd y person yn cael gwahoddiad sy'n esbonio'r grŵp a beth fyddwch chi'n cael gwybod. Nhw sy'n penderfynu a ydyn nhw am ymuno, a beth i'w rannu gyda chi.
refer-email = Cyfeiriad e-bost y person (dewisol)
refer-email-hint = Gadewch hwn yn wag i argraffu cod i'w roi iddyn nhw yn lle hynny. Mae'r cyfeiriad yn cael ei gadw wedi'i amgryptio ac yn cael ei ddileu unwaith y byddan nhw'n ateb.
refer-lang = Iaith y gwahoddiad
refer-note = Nodyn i hwyluswyr y grŵp (dewisol)
refer-note-hint = Dim ond yr hyn sy'n eu helpu i groesawu'r person. Peidiwch â chynnwys diagnosis na manylion iechyd eraill oni bai bod y person wedi cytuno.
refer-send = Anfon y gwahoddiad
refer-sent-title = Mae'r gwahoddiad wedi'i greu
refer-sent-emailed = Rydyn ni wedi anfon y gwahoddiad drwy e-bost.
refer-sent-code = Rhowch y cod hwn i'r person. Byddan nhw'n ei nodi ar y dudalen gwahoddiad ar y wefan hon:
refer-sent-print = Ysgrifennwch ef neu argraffwch y dudalen hon nawr: does dim modd ei ddangos eto.
refer-sent-list = Gweld eich atgyfeiriadau
referral-error-email = Rhowch gyfeiriad e-bost fel name@example.org, neu gadewch hwn yn wag
referral-error-note = Cadwch y nodyn o dan 2,000 nod o destun plaen
referral-error-closed = Mae'r grŵp hwn wedi cau ac nid yw'n derbyn atgyfeiriadau
referral-error-reason = Rhowch reswm y bydd yr atgyfeiriwr yn ei weld (hyd at 500 nod)

## Atgyfeiriadau atgyfeiriwr

referrals-title = Pobl rydych wedi'u hatgyfeirio
referrals-intro = Pobl rydych chi wedi'u hatgyfeirio ar ran { $organisation }. Dim ond yr hyn y mae pob person wedi cytuno i'w rannu rydych chi'n ei weld.
referrals-none = Dydych chi ddim wedi atgyfeirio neb eto. Dewch o hyd i grŵp a dewiswch "Atgyfeirio rhywun" ar ei dudalen.
referrals-col-group = Grŵp
referrals-col-made = Atgyfeiriwyd
referrals-col-latest = Diweddaraf
referral-title = Atgyfeiriad at { $group }
referral-back = Yn ôl i'ch atgyfeiriadau
referral-made = Atgyfeiriwyd: { $when }
referral-timeline = Beth ddigwyddodd
referral-shared-title = Beth mae'r person wedi cytuno i'w rannu
referral-shared-none = Dim ond a wnaethon nhw dderbyn y gwahoddiad.
referral-shared-hint = Gall pobl newid hyn unrhyw bryd; mae'r hyn maen nhw'n ei dynnu'n ôl yn diflannu o'r dudalen hon.

## Cofnodion y llinell amser

referral-event-referred = Atgyfeiriwyd gan { $organisation }
referral-event-group-accepted = Derbyniodd y grŵp yr atgyfeiriad
referral-event-group-waitlisted = Mae'r grŵp yn llawn ac mae wedi rhoi'r atgyfeiriad ar ei restr aros
referral-event-group-waitlisted-reason = Rhoddodd y grŵp yr atgyfeiriad ar ei restr aros: { $reason }
referral-event-group-declined = Gwrthododd y grŵp yr atgyfeiriad
referral-event-group-declined-reason = Gwrthododd y grŵp yr atgyfeiriad: { $reason }
referral-event-person-accepted = Derbyniodd y person y gwahoddiad
referral-event-person-declined = Gwrthododd y person y gwahoddiad
referral-event-consent = Newidiodd y person yr hyn y mae'n ei rannu
referral-event-joined = Ymunodd y person â'r grŵp
referral-event-attended = Aeth y person i gyfarfod cyntaf
referral-event-six-weeks = Mae'r person yn dal i fynd, chwe wythnos ar ôl ymuno
referral-event-wellbeing = Gwiriad llesiant: bodlonrwydd â bywyd { $life }, gwerth chweil { $worthwhile }, hapusrwydd { $happy }, gorbryder { $anxious } (0 i 10)

## Eitemau caniatâd

referral-consent-joined = Fy mod i wedi ymuno â'r grŵp
referral-consent-attended = Fy mod i wedi mynd i gyfarfod cyntaf
referral-consent-six_weeks = A ydw i'n dal i fynd ar ôl chwe wythnos
referral-consent-wellbeing = Fy sgoriau yn y gwiriadau llesiant

## Gwahoddiad y person

invitation-title = Eich gwahoddiad
invitation-intro = Mae rhywun sy'n eich cefnogi, fel eich meddyg teulu neu ragnodwr cymdeithasol, wedi awgrymu grŵp cymorth gan gymheiriaid ac wedi rhoi cod i chi.
invitation-code = Cod gwahoddiad
invitation-code-hint = 10 o lythrennau a digidau, fel ACD34-FGH67. Does dim ots am briflythrennau na'r cysylltnod.
invitation-look = Dangos fy ngwahoddiad
invitation-error-code = Doedden ni ddim yn gallu dod o hyd i'r cod hwnnw. Gwiriwch ef a rhowch gynnig arall arni, neu gofynnwch i bwy bynnag a'i rhoddodd i chi.
invitation-see-group = Darllen am y grŵp
invitation-from = Awgrymwyd gan { $organisation }.
invitation-sign-in = I ateb, mewngofnodwch neu crëwch gyfrif, yna rhowch eich cod eto. Does dim rhaid i'ch cyfrif ddefnyddio eich enw go iawn.
invitation-sign-in-link = Mewngofnodi
invitation-sign-up-link = Creu cyfrif
invitation-told = Bydd { $organisation } yn cael gwybod a ydych chi'n derbyn. Dim byd arall, oni bai eich bod yn ei dicio isod.
invitation-consent = Beth arall y gall { $organisation } gael gwybod (dewisol)
invitation-consent-hint = Ticiwch yr hyn rydych chi'n hapus i'w rannu yn unig. Gallwch newid hyn unrhyw bryd ar "Eich atgyfeiriadau".
invitation-agreement = Cytundeb y grŵp
invitation-agree = Rwy'n derbyn cytundeb y grŵp (mae angen hyn i ymuno)
invitation-error-agree = I ymuno, derbyniwch gytundeb y grŵp
invitation-error-barred = Allwch chi ddim ymuno â'r grŵp hwn. Gofynnwch i'r person a wnaeth eich atgyfeirio am grwpiau eraill.
invitation-accept = Derbyn ac ymuno
invitation-decline = Dim diolch
invitation-joined = Rydych chi wedi ymuno â'r grŵp. Croeso.
invitation-requested = Rydych chi wedi derbyn. Bydd hwyluswyr y grŵp yn edrych ar eich cais ac yn ateb.
invitation-declined = Rydych chi wedi gwrthod. Fydd neb yn cysylltu â chi am y gwahoddiad hwn eto.
invitation-already = Mae'r gwahoddiad hwn eisoes wedi cael ateb.
invitation-manage = Gweld beth rydych chi'n ei rannu
invitation-wellbeing = Gwneud gwiriad llesiant byr (dewisol)

my-referrals-title = Atgyfeiriadau i chi
my-referrals-intro = Beth y gall y bobl a wnaeth eich atgyfeirio gael gwybod. Tynnwch y tic oddi ar rywbeth i roi'r gorau i'w rannu ar unwaith.
my-referrals-none = Does gennych chi ddim atgyfeiriadau.
my-referrals-legend = { $group }, awgrymwyd gan { $organisation } ({ $when })
my-referrals-save = Cadw'r hyn rwy'n ei rannu
my-referrals-saved = Wedi'i gadw. Bellach, dim ond yr hyn rydych chi wedi'i dicio y mae'r atgyfeiriwr yn ei weld.

## Atgyfeiriadau'r grŵp (hwyluswyr)

inbox-title = Atgyfeiriadau at { $group }
inbox-intro = Pobl sydd wedi'u hatgyfeirio at y grŵp. Derbyniwch, neu dywedwch fod y grŵp yn llawn (rhestr aros), neu gwrthodwch; mae'r atgyfeiriwr yn gweld eich rheswm.
inbox-none = Dim atgyfeiriadau eto.
inbox-from = Gan { $referrer }
inbox-person = Y person
inbox-status = Penderfyniad y grŵp
inbox-contact = Eu cyfeiriad e-bost (nes iddyn nhw ateb)
inbox-note = Nodyn gan yr atgyfeiriwr
inbox-decide = Eich penderfyniad
inbox-accept = Derbyn
inbox-waitlist = Rhestr aros (mae'r grŵp yn llawn)
inbox-decline = Gwrthod
inbox-reason = Rheswm (mae'r atgyfeiriwr yn ei weld)
inbox-reason-hint = Mae angen rheswm ar gyfer y rhestr aros ac wrth wrthod.
inbox-save = Cadw'r penderfyniad
referral-person-invited = Heb ateb eto
referral-person-accepted = Wedi derbyn
referral-person-declined = Wedi gwrthod
referral-group-pending = Yn aros amdanoch chi
referral-group-accepted = Wedi'i dderbyn
referral-group-waitlisted = Rhestr aros
referral-group-declined = Wedi'i wrthod

## Gweinyddwyr: atgyfeirwyr a thocynnau API

referrers-title = Atgyfeirwyr
referrers-intro = Pobl sy'n cael atgyfeirio eraill at grwpiau. Gwiriwch pwy ydyn nhw (er enghraifft eu cofrestriad proffesiynol) cyn eu hychwanegu.
referrers-email = Cyfeiriad e-bost eu cyfrif
referrers-organisation = Sefydliad
referrers-role = Rôl
referrers-add = Ychwanegu atgyfeiriwr
referrers-none = Dim atgyfeirwyr eto.
referrers-col-name = Enw
referrers-col-since = Ers
referrers-col-actions = Camau
referrers-remove = Tynnu { $name }
referrer-role-gp = Meddyg teulu
referrer-role-social_prescriber = Rhagnodwr cymdeithasol
referrer-role-link_worker = Gweithiwr cyswllt
referrer-role-other = Gweithiwr proffesiynol arall
referrer-error-email = Does dim cyfrif gyda'r cyfeiriad e-bost hwnnw; gofynnwch iddyn nhw greu cyfrif yn gyntaf
referrer-error-organisation = Rhowch enw'r sefydliad (hyd at 200 nod)
referrer-error-role = Dewiswch rôl
api-tokens-title = Tocynnau API
api-tokens-intro = Mae tocynnau'n gadael i system sefydliad sy'n atgyfeirio (system meddygfa, platfform rhagnodi cymdeithasol) anfon atgyfeiriadau fel FHIR ServiceRequests a darllen eu statws. Dirymwch docyn cyn gynted ag y gallai fod wedi'i ddatgelu.
api-tokens-none = Dim tocynnau eto.
api-token-name = Enw'r system
api-token-name-hint = Er enghraifft "Meddygfa Glan yr Afon (EMIS)".
api-token-create = Cyhoeddi tocyn
api-token-made = Tocyn wedi'i gyhoeddi
api-token-once = Copïwch ef nawr a'i roi i'r sefydliad yn ddiogel: dim ond y tro hwn y caiff ei ddangos.
api-token-col-made = Cyhoeddwyd
api-token-col-used = Defnyddiwyd ddiwethaf
api-token-col-state = Statws
api-token-never = Byth
api-token-revoked = Dirymwyd: { $when }
api-token-revoke = Dirymu { $name }
api-token-error-name = Rhowch enw i'r system (hyd at 200 nod)

## Links on the group page

group-refer-link = Atgyfeirio rhywun i'r grŵp hwn
group-referrals-link = Atgyfeiriadau i'r grŵp hwn ({ $count } yn aros)

## What a referrer is told the person agreed to share

referral-shared-joined = Eu bod wedi ymuno â'r grŵp
referral-shared-attended = Eu bod wedi mynd i gyfarfod cyntaf
referral-shared-six_weeks = A ydynt yn dal i fynd ar ôl chwe wythnos
referral-shared-wellbeing = Eu sgoriau gwiriad llesiant

## When the group already decided

invitation-group-declined = Nid yw'r grŵp wedi gallu derbyn yr atgyfeiriad hwn. Mae'r sawl a'ch atgyfeiriodd wedi cael gwybod; gofynnwch iddyn nhw am grwpiau eraill.
invitation-waitlisted = Mae'r grŵp yn llawn ar hyn o bryd ac wedi eich rhoi ar ei restr aros. Byddwch yn ymuno pan ddaw lle ar gael.
