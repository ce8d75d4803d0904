# Kindred outcomes strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Gwiriadau llesiant (cwestiynau llesiant personol yr ONS) a'r ffigurau canlyniadau y mae trefnwyr yn eu gweld.
## The four questions should be checked against the ONS's own Welsh wording before release.

wellbeing-link = Gwiriad llesiant
wellbeing-due = Mae tipyn o amser ers eich gwiriad llesiant diwethaf. Hoffech chi wneud un nawr? Mae'n cymryd tua munud.
wellbeing-title = Gwiriad llesiant
wellbeing-intro = Pedwar cwestiwn byr am sut rydych chi wedi bod yn teimlo. Mae'n cymryd tua munud, ac nid oes atebion cywir nac anghywir.
wellbeing-saved = Diolch. Mae eich gwiriad wedi'i gadw.
wellbeing-privacy-title = Dewisol a phreifat
wellbeing-optional = Mae gwneud gwiriad yn ddewisol. Nid yw peidio â'i wneud byth yn effeithio ar eich lle mewn grŵp.
wellbeing-privacy-you = Dim ond chi sy'n gweld eich atebion.
wellbeing-privacy-organisers = Dim ond cyfansymiau a chyfartaleddau gan 5 neu fwy o bobl y mae'r rhai sy'n rhedeg eich grwpiau yn eu gweld, byth eich atebion chi.
wellbeing-privacy-referrer = Os gwnaeth rhywun eich atgyfeirio at grŵp, dim ond os gwnaethoch gytuno i hynny ar yr atgyfeiriad y byddan nhw'n gweld eich sgoriau.
wellbeing-privacy-referrer-link = Gwirio neu newid yr hyn rydych chi'n ei rannu
wellbeing-first-time = Hwn fydd eich gwiriad cyntaf. Mae'n rhoi man cychwyn i chi: gwnewch wiriad eto bob ychydig wythnosau a byddwch yn gweld sut mae pethau'n newid dros amser.
wellbeing-see-trend = Gweld sut rydych chi wedi bod
wellbeing-next = Awgrymir y gwiriad nesaf ar ôl { $date }.
wellbeing-next-now = Mae 4 wythnos neu fwy ers eich gwiriad diwethaf, felly mae nawr yn amser da i wneud un arall.
wellbeing-scale-hint = Dewiswch rif o 0 i 10, lle mae 0 yn golygu "ddim o gwbl" a 10 yn golygu "yn llwyr".
wellbeing-scale-low = 0 = ddim o gwbl
wellbeing-scale-high = 10 = yn llwyr
wellbeing-q-life_satisfaction = Ar y cyfan, pa mor fodlon ydych chi â'ch bywyd y dyddiau hyn?
wellbeing-q-worthwhile = Ar y cyfan, i ba raddau ydych chi'n teimlo bod y pethau rydych chi'n eu gwneud yn eich bywyd yn werth chweil?
wellbeing-q-happiness = Ar y cyfan, pa mor hapus oeddech chi'n teimlo ddoe?
wellbeing-q-anxiety = Ar raddfa lle mae 0 yn 'ddim yn bryderus o gwbl' a 10 yn 'gwbl bryderus', ar y cyfan, pa mor bryderus oeddech chi'n teimlo ddoe?
wellbeing-short-life_satisfaction = Bodlonrwydd â bywyd
wellbeing-short-worthwhile = Gwerth chweil
wellbeing-short-happiness = Hapusrwydd
wellbeing-short-anxiety = Gorbryder (is sy'n well)
wellbeing-error-life_satisfaction = Dewiswch rif o 0 i 10 ar gyfer pa mor fodlon ydych chi â'ch bywyd
wellbeing-error-worthwhile = Dewiswch rif o 0 i 10 ar gyfer pa mor werth chweil mae'r pethau rydych chi'n eu gwneud yn teimlo
wellbeing-error-happiness = Dewiswch rif o 0 i 10 ar gyfer pa mor hapus oeddech chi'n teimlo ddoe
wellbeing-error-anxiety = Dewiswch rif o 0 i 10 ar gyfer pa mor bryderus oeddech chi'n teimlo ddoe
wellbeing-field-group = Am ba grŵp mae'r gwiriad hwn? (dewisol)
wellbeing-field-group-hint = Os dewiswch grŵp, gall eich atebion fod yn rhan o gyfansymiau'r grŵp hwnnw gan 5 neu fwy o bobl. Nid yw'r rhai sy'n ei redeg byth yn gweld eich atebion.
wellbeing-group-none = Dim grŵp penodol
wellbeing-error-group = Dewiswch un o'ch grwpiau, neu "Dim grŵp penodol"
wellbeing-save = Cadw fy ngwiriad
wellbeing-support = Os yw pethau'n teimlo'n anodd ar hyn o bryd, nid oes rhaid i chi aros am gyfarfod.
wellbeing-trend-title = Sut rydych chi wedi bod
wellbeing-chart-title = Eich atebion dros amser
wellbeing-chart-desc = Siart llinell o'ch atebion i'r pedwar cwestiwn, o { $first } i { $last }. Mae gan bob cwestiwn ei batrwm llinell a'i siâp marciwr ei hun. Mae'r un rhifau yn y tabl isod.
wellbeing-chart-desc-one = Eich atebion i'r pedwar cwestiwn yn eich gwiriad ar { $date }. Mae'r un rhifau yn y tabl isod.
wellbeing-chart-x = Dyddiad y gwiriad
wellbeing-chart-y = Sgôr (0 i 10)
wellbeing-legend = Allwedd i'r siart
wellbeing-table-caption = Eich gwiriadau, yr hynaf yn gyntaf (sgoriau o 0 i 10)
wellbeing-col-date = Dyddiad

outcomes-link = Canlyniadau (cyfansymiau yn unig)
outcomes-title = Canlyniadau: { $name }
outcomes-intro = Cyfansymiau ar gyfer y grwpiau, byth unigolyn: faint o bobl sy'n dod, sut mae atgyfeiriadau'n mynd, a sut mae llesiant pobl yn newid.
outcomes-privacy-title = Sut rydyn ni'n diogelu preifatrwydd pobl
outcomes-suppression = Nid ydym byth yn dangos ffigur sy'n seiliedig ar lai na 5 o bobl. Fe welwch "llai na 5" yn lle hynny.
outcomes-rounding = Mae cyfrifon eraill wedi'u talgrynnu i'r 5 agosaf, sy'n ei gwneud yn llawer anoddach cyfrifo nifer bach drwy gymharu dau ffigur. Dangosir cyfartaleddau i un lle degol. Cadwch y ffigurau hyn o fewn y bobl sydd eu hangen.
outcomes-org-once = Mae rhywun sy'n cymryd rhan mewn mwy nag un o grwpiau'r sefydliad yn cael ei gyfrif unwaith.
outcomes-csv = Lawrlwytho'r ffigurau hyn (CSV)
outcomes-fewer = llai na 5
outcomes-not-enough = dim digon o bobl (llai na 5)
outcomes-col-people = Pobl (wedi'u talgrynnu i'r 5 agosaf)
outcomes-attendance-title = Presenoldeb
outcomes-attendance-caption = Pobl a fynychodd o leiaf un cyfarfod, fesul mis (y 12 mis diwethaf)
outcomes-col-month = Mis
outcomes-month = { $month } { $year }
outcomes-funnel-title = Atgyfeiriadau
outcomes-funnel-intro = Faint o bobl a atgyfeiriwyd gan feddyg teulu, rhagnodwr cymdeithasol neu weithiwr cyswllt a gyrhaeddodd bob cam.
outcomes-funnel-consent = Mae'r cyfansymiau hyn yn cynnwys pob atgyfeiriad, p'un a gytunodd yr unigolyn i rannu diweddariadau â'r sawl a'i hatgyfeiriodd ai peidio. Mae hynny oherwydd mai dim ond trefnwyr a hwyluswyr y grŵp ei hun sy'n eu gweld, fel cyfansymiau wedi'u talgrynnu yn unig, a byth fesul unigolyn.
outcomes-funnel-caption = Pobl ym mhob cam ar ôl atgyfeiriad
outcomes-col-stage = Cam
outcomes-stage-referred = Wedi'u hatgyfeirio
outcomes-stage-accepted = Wedi derbyn y gwahoddiad
outcomes-stage-joined = Wedi ymuno â'r grŵp
outcomes-stage-attended = Wedi mynychu cyfarfod cyntaf
outcomes-stage-six_weeks = Yn dal i fynychu ar ôl 6 wythnos
outcomes-wellbeing-title = Llesiant
outcomes-wellbeing-intro = Ar gyfer pobl a wnaeth wiriad am y grwpiau hyn o leiaf ddwywaith, gydag o leiaf 4 wythnos rhwng eu gwiriad cyntaf a'u gwiriad diweddaraf: y newid cyfartalog o'r cyntaf i'r diweddaraf, ar y raddfa 0 i 10. Ar gyfer gorbryder, mae mynd i lawr yn welliant.
outcomes-wellbeing-caption = Newid cyfartalog o'r gwiriad cyntaf i'r diweddaraf
outcomes-col-question = Cwestiwn
outcomes-col-change = Newid cyfartalog
outcomes-change-up = i fyny { $points }
outcomes-change-down = i lawr { $points }
outcomes-change-none = dim newid

## Comisiynwyr

commissioners-title = Comisiynwyr { $organisation }
commissioners-intro = Mae comisiynwyr (er enghraifft y tîm GIG neu gyngor sy'n ariannu eich grwpiau) yn gweld cyfansymiau canlyniadau'r sefydliad hwn a'i grwpiau, gyda niferoedd bach wedi'u cuddio. Nid ydynt byth yn gweld aelodau, atgyfeiriadau, byrddau na negeseuon.
commissioners-email = Cyfeiriad e-bost eu cyfrif
commissioners-email-hint = Mae angen cyfrif Kindred arnynt yn gyntaf.
commissioners-add = Ychwanegu comisiynydd
commissioners-none = Dim comisiynwyr eto.
commissioners-remove = Tynnu { $name }
commissioners-error-email = Nid oes gan unrhyw gyfrif y cyfeiriad e-bost hwnnw; gofynnwch iddynt gofrestru yn gyntaf
commissioners-link = Comisiynwyr
commissioned-title = Canlyniadau y gallwch eu gweld fel comisiynydd
