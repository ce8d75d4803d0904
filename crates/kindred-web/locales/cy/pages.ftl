# Kindred long pages: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Hysbysiad preifatrwydd

privacy-title = Hysbysiad preifatrwydd
privacy-intro = Mae'r hysbysiad hwn yn esbonio pa wybodaeth y mae'r wefan Kindred hon yn ei chadw amdanoch chi, pam rydym yn ei chadw, am faint o amser rydym yn ei chadw, a beth gallwch chi ei wneud am hynny. Rydym wedi ceisio ei ysgrifennu mewn geiriau syml. Os nad yw rhywbeth yn glir, gofynnwch i ni.

privacy-s1-title = Pwy sy'n gyfrifol am eich gwybodaeth
privacy-s1-p1 = Mae'r wefan hon yn cael ei rhedeg gan sefydliad, fel elusen, ymddiriedolaeth GIG neu grŵp o wirfoddolwyr. Yn yr hysbysiad hwn, mae “ni” a “ninnau” yn golygu'r sefydliad sy'n rhedeg y wefan Kindred hon.
privacy-s1-p2 = Ni yw'r “rheolydd data” ar gyfer y wefan hon. Mae hyn yn golygu mai ni sy'n penderfynu sut mae eich gwybodaeth yn cael ei defnyddio, a ni sy'n gyfrifol am ei chadw'n ddiogel o dan gyfraith diogelu data'r DU: Rheoliad Cyffredinol y DU ar Ddiogelu Data (GDPR y DU) a Deddf Diogelu Data 2018.
privacy-s1-p3 = Meddalwedd ffynhonnell agored am ddim yw Kindred. Nid yw'r feddalwedd yn anfon eich gwybodaeth at y bobl a'i hysgrifennodd.

privacy-s2-title = Beth rydym yn ei gadw, a pham
privacy-s2-p1 = Dim ond yr hyn sydd ei angen arnom i redeg y wefan ac i gadw pobl yn ddiogel rydym yn ei gadw. Dyma beth rydym yn ei gadw.
privacy-s2-li1 = Eich cyfeiriad e-bost. Rydym yn ei ddefnyddio i'ch mewngofnodi ac i anfon yr e-byst rydych chi'n gofyn amdanyn nhw, fel nodiadau atgoffa am gyfarfodydd. Nid yw aelodau eraill byth yn ei weld.
privacy-s2-li2 = “Hash” o'ch cyfrinair. Nid ydym byth yn cadw eich cyfrinair ei hun. Cod cymysg sy'n cael ei wneud o'ch cyfrinair yw hash. Nid oes modd ei droi yn ôl yn eich cyfrinair, ond mae'n gadael i ni wirio eich cyfrinair pan fyddwch chi'n mewngofnodi.
privacy-s2-li3 = Eich enw arddangos. Chi sy'n ei ddewis, ac nid oes rhaid iddo fod yn enw go iawn i chi. Mae aelodau eraill yn ei weld.
privacy-s2-li4 = P'un a ydych chi wedi cadarnhau eich cyfeiriad e-bost ai peidio, ac unrhyw rolau sydd gennych ar y wefan, fel cymedrolwr neu weinyddwr. Rydym yn defnyddio'r rhain i benderfynu beth y cewch chi ei wneud.
privacy-s2-li5 = Y grwpiau rydych chi wedi ymuno â nhw, a'r cytundebau grŵp (rheolau sylfaenol) rydych chi wedi'u derbyn, gyda'r dyddiad y gwnaethoch chi eu derbyn.
privacy-s2-li6 = Yr hyn rydych chi'n ei ysgrifennu: eich postiadau a'ch negeseuon. Rydym yn eu hamgryptio pan fyddwn yn eu storio.
privacy-s2-li7 = Y cyfarfodydd rydych chi'n mynd iddyn nhw. Mae'r bobl sy'n rhedeg eich grŵp yn defnyddio hyn i gynllunio a chynnal cyfarfodydd.
privacy-s2-li8 = Atgyfeiriadau a chanlyniadau, dim ond os ydych chi'n cytuno. Gall meddyg teulu, rhagnodwr cymdeithasol neu weithiwr cyswllt eich atgyfeirio at grŵp, neu gall grŵp ofyn sut rydych chi'n dod yn eich blaen. Dim ond gyda'ch caniatâd y byddwn yn cadw'r wybodaeth hon. Os byddwch chi'n dweud na, gallwch ymuno â grwpiau o hyd.

privacy-s3-title = Gwybodaeth dechnegol
privacy-s3-p1 = Mae angen i wefan gadw rhai cofnodion technegol er mwyn gweithio'n ddiogel. Rydym yn cadw cyn lleied ag y gallwn.
privacy-s3-li1 = Cofnodion mewngofnodi. Pan fyddwch chi'n mewngofnodi, rydym yn cadw cofnod o'r sesiwn honno, fel eich bod yn aros wedi mewngofnodi wrth symud o dudalen i dudalen. Mae tudalen eich cyfrif yn dangos ar sawl dyfais rydych chi wedi mewngofnodi, a gallwch allgofnodi o bob un ohonyn nhw ar unwaith.
privacy-s3-li2 = Cyfeiriadau rhyngrwyd. Nid ydym yn storio eich cyfeiriad IP (y rhif sy'n adnabod eich cysylltiad â'r rhyngrwyd). Rydym yn ei gadw am gyfnod byr yng nghof y cyfrifiadur yn unig, i atal pobl rhag gwneud gormod o ymdrechion, fel dyfalu cyfrineiriau. Yna mae'n cael ei anghofio.
privacy-s3-li3 = Logiau system. Mae'r rhain yn cofnodi gwallau a sut mae'r wefan yn rhedeg, fel y gallwn ddatrys problemau. Nid ydyn nhw'n cynnwys eich enw, eich cyfeiriad e-bost, yr hyn rydych chi'n ei ysgrifennu nac unrhyw beth am eich iechyd.

privacy-s4-title = Ein rhesymau cyfreithiol dros ddefnyddio eich gwybodaeth
privacy-s4-p1 = Mae cyfraith diogelu data yn dweud bod rhaid i ni gael rheswm cyfreithiol, sef “sail gyfreithlon”, dros bopeth rydym yn ei wneud gyda'ch gwybodaeth. Rydym yn dibynnu ar ddau.
privacy-s4-li1 = Caniatâd. Chi sy'n dewis creu cyfrif, ymuno â grwpiau, ysgrifennu postiadau, mynd i gyfarfodydd a derbyn atgyfeiriad. Gallwch dynnu eich caniatâd yn ôl unrhyw bryd, er enghraifft drwy adael grŵp neu ddileu eich cyfrif. Nid yw hyn yn gwneud yr hyn a wnaethom cyn hynny yn anghyfreithlon.
privacy-s4-li2 = Buddiannau cyfreithlon. Rydym yn defnyddio rhywfaint o wybodaeth i gadw'r wefan yn ddiogel ac yn gweithio: er enghraifft, i atal pobl rhag dyfalu cyfrineiriau, i ymchwilio i adroddiadau am gam-drin, ac i drwsio namau. Rydym wedi gwirio bod hyn yn deg i chi ac nad yw'n drech na'ch hawliau. Gallwch wrthwynebu hyn (gweler “Eich hawliau” isod).

privacy-s5-title = Gwybodaeth am eich iechyd
privacy-s5-p1 = Mae'r gyfraith yn rhoi diogelwch ychwanegol i wybodaeth am iechyd. Mae'n galw hyn yn wybodaeth “categori arbennig”.
privacy-s5-p2 = Gall ymuno â grŵp ddweud rhywbeth am eich iechyd. Er enghraifft, gall ymuno â grŵp ar gyfer pobl sy'n byw gyda HIV, neu ar gyfer pobl sydd â phroblem gamblo, ddangos bod gennych chi'r cyflwr hwnnw, neu eich bod yn gofalu am rywun sydd ag ef. Gall yr hyn rydych chi'n ei ysgrifennu mewn grŵp hefyd ddweud pethau am eich iechyd.
privacy-s5-p3 = Dim ond gyda'ch caniatâd penodol y byddwn yn defnyddio'r wybodaeth hon. Rydym yn gofyn amdano'n glir cyn i chi ymuno â grŵp. Gallwch ei dynnu'n ôl unrhyw bryd drwy adael y grŵp neu ddileu eich cyfrif.
privacy-s5-p4 = Er mwyn eich diogelu, nid ydym byth yn rhoi gwybodaeth am iechyd yn ein logiau system, mewn cyfeiriadau gwe, nac mewn mynegeion chwilio ar gyfer postiadau a negeseuon preifat.

privacy-s6-title = Am faint o amser rydym yn cadw eich gwybodaeth
privacy-s6-p1 = Dim ond am gyhyd ag y mae ei hangen arnom y byddwn yn cadw gwybodaeth.
privacy-s6-li1 = Mae sesiynau mewngofnodi yn dod i ben pan fyddwch chi'n allgofnodi, neu ar ôl 14 diwrnod, pa un bynnag sy'n dod gyntaf. Yna bydd angen i chi fewngofnodi eto.
privacy-s6-li2 = Mae dolenni i gadarnhau eich cyfeiriad e-bost yn stopio gweithio ar ôl 24 awr. Mae dolenni i ailosod eich cyfrinair yn stopio gweithio ar ôl 60 munud, a dim ond unwaith y mae pob un yn gweithio.
privacy-s6-li3 = Ar ôl i e-bost gael ei anfon atoch, nid ydym yn cadw copi ohono.
privacy-s6-li4 = Rydym yn cadw eich cyfrif a'r hyn rydych chi wedi'i ysgrifennu nes i chi ddileu eich cyfrif.
privacy-s6-li5 = Pan fyddwch chi'n dileu eich cyfrif, rydym yn dileu eich cyfrif, eich cyfeiriad e-bost, eich enw arddangos a'ch hanes mewngofnodi ar unwaith. Mae pethau a ysgrifennoch chi y mae grŵp yn dibynnu arnyn nhw, fel atebion mewn sgwrs, yn aros, ond mae'r awdur yn cael ei ddangos fel “cyn-aelod”. Os ydych chi am i'r rhain gael eu dileu hefyd, gofynnwch i ni.
privacy-s6-li6 = Rydym yn cadw copïau wrth gefn o'r wefan rhag ofn i rywbeth fynd o'i le. Gall gwybodaeth sydd wedi'i dileu aros mewn copi wrth gefn am hyd at 30 diwrnod, nes i'r copi gael ei drosysgrifo. Nid ydym yn defnyddio copïau wrth gefn ar gyfer dim byd arall.

privacy-s7-title = Gyda phwy rydym yn rhannu eich gwybodaeth
privacy-s7-p1 = Nid ydym byth yn gwerthu eich gwybodaeth. Nid ydym byth yn ei rhoi i hysbysebwyr.
privacy-s7-p2 = Dim ond yn yr achosion hyn rydym yn ei rhannu.
privacy-s7-li1 = Aelodau eraill. Maen nhw'n gweld eich enw arddangos a'r hyn rydych chi'n ei bostio yn y grwpiau lle rydych chi'n aelodau gyda'ch gilydd. Nid ydyn nhw byth yn gweld eich cyfeiriad e-bost.
privacy-s7-li2 = Ein gwasanaeth anfon e-byst. Rydym yn defnyddio cwmni i anfon ein he-byst. Mae'n gweld eich cyfeiriad e-bost a'r e-bost, dim ond er mwyn gallu ei anfon. Rhaid iddo ddilyn ein cyfarwyddiadau a chadw eich gwybodaeth yn ddiogel.
privacy-s7-li3 = Y person a wnaeth eich atgyfeirio. Os cawsoch chi eich atgyfeirio at grŵp gan feddyg teulu, rhagnodwr cymdeithasol neu weithiwr cyswllt, dim ond os ydych chi'n cytuno y byddwn yn dweud wrthyn nhw sut aeth hi.
privacy-s7-li4 = Awdurdodau, dim ond lle mae'r gyfraith yn gofyn am hynny, neu lle mae bywyd neu ddiogelwch rhywun mewn perygl difrifol. Mae'r adran nesaf yn esbonio hyn.

privacy-s8-title = Cadw pobl yn ddiogel: pryd y gallwn rannu gwybodaeth
privacy-s8-p1 = Mae grwpiau'n gyfrinachol: dylai'r hyn rydych chi'n ei rannu mewn grŵp aros yn y grŵp. Ond mae terfynau i hyn, ac rydym am fod yn onest amdanyn nhw.
privacy-s8-p2 = Weithiau gall hwylusydd neu gymedrolwr gredu bod rhywun mewn perygl difrifol. Er enghraifft, y gallai rhywun ddod â'i fywyd i ben, bod plentyn neu oedolyn sy'n wynebu risg yn cael ei niweidio, neu y gallai rhywun wneud niwed difrifol i berson arall. Yna efallai y bydd angen iddyn nhw rannu gwybodaeth i gadw'r person hwnnw'n ddiogel. Diogelu yw'r enw ar hyn.
privacy-s8-p3 = Lle gallwn, byddwn yn siarad â chi yn gyntaf ac yn dweud wrthych beth rydym yn bwriadu ei rannu, a gyda phwy. Dim ond yr hyn sydd ei angen y byddwn yn ei rannu, a dim ond gyda phobl sydd ei angen, fel y gwasanaethau brys, meddyg teulu neu dîm diogelu cyngor lleol.
privacy-s8-p4 = Ni allwn siarad â chi yn gyntaf bob amser: er enghraifft, mewn argyfwng, neu os byddai dweud wrthych yn rhoi rhywun mewn mwy o berygl.
privacy-s8-p5 = Mae'r wefan hefyd yn chwilio am eiriau a allai olygu bod rhywun mewn argyfwng, fel bod modd cynnig help yn gyflym. Mae person bob amser yn edrych ar yr hyn y mae'n dod o hyd iddo. Nid yw byth yn cuddio'r hyn a ysgrifennoch chi heb ddweud wrthych, ac mae unrhyw benderfyniad i gysylltu â rhywun y tu allan i'r wefan yn cael ei wneud gan berson, nid gan y cyfrifiadur.

privacy-s9-title = Sut rydym yn cadw eich gwybodaeth yn ddiogel
privacy-s9-p1 = Nid oes unrhyw system yn gwbl ddiogel, ond rydym yn gweithio'n galed i ddiogelu eich gwybodaeth. Os bydd rhywbeth yn mynd o'i le sy'n eich rhoi chi mewn perygl, byddwn yn dweud wrthych, a byddwn yn dweud wrth Swyddfa'r Comisiynydd Gwybodaeth pan fydd y gyfraith yn gofyn am hynny.
privacy-s9-p2 = Dyma sut rydym yn diogelu eich gwybodaeth.
privacy-s9-li1 = Mae postiadau a negeseuon yn cael eu hamgryptio pan fyddwn yn eu storio. Mae hyn yn eu diogelu os bydd rhywun yn dwyn copi o'n cronfa ddata. Nid amgryptio o un pen i'r llall yw hyn: gall y wefan eu darllen o hyd i'w dangos i'r bobl y gwnaethoch chi eu hysgrifennu ar eu cyfer, a gall cymedrolwyr ddarllen postiadau a negeseuon sy'n cael eu hadrodd iddyn nhw.
privacy-s9-li2 = Gallwch ddefnyddio enw arddangos rydych chi wedi'i greu, nid eich enw go iawn. Nid yw aelodau eraill byth yn gweld eich cyfeiriad e-bost.
privacy-s9-li3 = Nid ydym byth yn storio eich cyfrinair, dim ond hash ohono.
privacy-s9-li4 = Dim ond yr hyn sydd ei angen arnyn nhw ar gyfer eu rôl y gall y bobl sy'n rhedeg y wefan ei weld, ac mae ein gweinydd yn gwirio pob cais am wybodaeth breifat.
privacy-s9-li5 = Nid ydym yn eich tracio. Nid oes hysbysebion, ac nid ydym yn defnyddio offer dadansoddi gan gwmnïau eraill.

privacy-s10-title = Cwcis
privacy-s10-p1 = Ffeiliau bach y mae gwefan yn eu storio yn eich porwr gwe yw cwcis. Nid ydym yn defnyddio cwcis tracio na chwcis hysbysebu.
privacy-s10-p2 = Rydym yn defnyddio tri chwci yn unig. Mae'r tri yn gwbl angenrheidiol er mwyn i'r wefan weithio, felly nid yw'r gyfraith yn gofyn i ni ofyn i chi cyn eu defnyddio.
privacy-s10-li1 = Cwci mewngofnodi. Mae'n eich cadw wedi mewngofnodi wrth i chi symud o dudalen i dudalen. Mae'n stopio gweithio pan fyddwch chi'n allgofnodi, neu ar ôl 14 diwrnod.
privacy-s10-li2 = Cwci iaith. Mae'n cofio'r iaith a ddewisoch chi ar gyfer y wefan.
privacy-s10-li3 = Cwci gadael yn gyflym. Mae'n cofio eich bod wedi gweld y cyngor am y botwm “Gadael y dudalen hon”, fel nad ydym yn ei ddangos bob tro.

privacy-s11-title = Os ydych chi'n rhannu dyfais
privacy-s11-p1 = Os bydd rhywun arall yn defnyddio eich ffôn neu'ch cyfrifiadur, gall ein cwcis a hanes eich porwr ddangos eich bod wedi ymweld â'r wefan hon. I atal hyn, gallwch ddefnyddio ffenestr breifat neu incognito, neu ddileu eich cwcis a'ch hanes yng ngosodiadau eich porwr.
privacy-s11-p2 = Os oes angen i chi adael y wefan hon yn gyflym, dewiswch “Gadael y dudalen hon” unrhyw bryd, neu pwyswch y fysell Escape dair gwaith. Bydd rhagolygon y tywydd yn ymddangos yn lle'r dudalen.

privacy-s12-title = Eich hawliau
privacy-s12-p1 = Mae gennych chi hawliau dros eich gwybodaeth. Nid oes tâl am eu defnyddio. Fel arfer, byddwn yn ateb o fewn mis.
privacy-s12-li1 = Gweld eich gwybodaeth a'i lawrlwytho. Mae tudalen eich cyfrif yn dangos yr hyn sydd gennym amdanoch chi, a gallwch lawrlwytho'r cyfan fel ffeil unrhyw bryd.
privacy-s12-li2 = Ei chywiro. Gofynnwch i ni gywiro unrhyw beth sydd gennym amdanoch chi sy'n anghywir. Gallwch newid eich cyfrinair eich hun ar dudalen eich cyfrif.
privacy-s12-li3 = Ei dileu. Gallwch ddileu eich cyfrif eich hun, unrhyw bryd, ar dudalen eich cyfrif.
privacy-s12-li4 = Cyfyngu ar ei defnydd. Gallwch ofyn i ni roi'r gorau i ddefnyddio eich gwybodaeth am gyfnod, er enghraifft tra byddwn yn gwirio rhywbeth rydych chi wedi dweud wrthym ei fod yn anghywir.
privacy-s12-li5 = Gwrthwynebu. Gallwch ofyn i ni roi'r gorau i ddefnyddio eich gwybodaeth lle rydym yn dibynnu ar fuddiannau cyfreithlon.
privacy-s12-li6 = Tynnu eich caniatâd yn ôl, unrhyw bryd, er enghraifft drwy adael grŵp neu ddileu eich cyfrif.
privacy-s12-li7 = Cwyno i Swyddfa'r Comisiynydd Gwybodaeth (gweler isod).

privacy-s13-title = Sut i gwyno
privacy-s13-p1 = Os nad ydych chi'n hapus â'r ffordd rydym wedi defnyddio eich gwybodaeth, dywedwch wrthym ni yn gyntaf, fel y gallwn geisio unioni pethau.
privacy-s13-p2 = Mae gennych chi hefyd hawl i gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ICO). Yr ICO yw rheoleiddiwr annibynnol y DU ar gyfer diogelu data. Gwefan: ico.org.uk. Ffôn: 0303 123 1113.

privacy-s14-title = Sut i gysylltu â ni
privacy-s14-p1 = I ofyn cwestiwn, i ddefnyddio un o'ch hawliau neu i wneud cwyn, cysylltwch â'r sefydliad sy'n rhedeg y wefan Kindred hon, gan ddefnyddio'r manylion cyswllt y mae'n eu rhoi ar y wefan hon.
privacy-s14-p2 = Gallwch wneud llawer o bethau eich hun ar dudalen eich cyfrif heb ofyn i neb: gweld, lawrlwytho a dileu eich gwybodaeth, newid eich cyfrinair, ac allgofnodi ym mhobman.
privacy-s14-p3 = Cyn i ni weithredu ar gais, efallai y bydd angen i ni wirio ei fod yn dod oddi wrthych chi mewn gwirionedd, fel nad ydym yn rhoi eich gwybodaeth i rywun arall. Ni fyddwn byth yn gofyn am eich enw go iawn os nad ydych chi'n ei ddefnyddio yma. Gallwn wirio drwy eich cyfrif, er enghraifft drwy anfon e-bost i'r cyfeiriad sydd arno.

privacy-s15-title = Newidiadau i'r hysbysiad hwn
privacy-s15-p1 = Byddwn yn diweddaru'r hysbysiad hwn pan fydd yr hyn rydym yn ei wneud gyda'ch gwybodaeth yn newid. Os yw newid yn bwysig, byddwn yn dweud wrthych ar y wefan hon cyn iddo ddod i rym.

## Datganiad hygyrchedd

accessibility-title = Datganiad hygyrchedd
accessibility-intro = Rydym am i gymaint o bobl â phosibl allu defnyddio'r wefan Kindred hon, beth bynnag fo'u galluoedd, eu dyfais neu'r iaith maen nhw'n ei darllen. Mae'r datganiad hwn yn esbonio pa mor hygyrch yw'r wefan, beth nad yw'n gweithio'n dda eto, a sut i roi gwybod i ni am broblemau.

accessibility-s1-title = Defnyddio'r wefan hon
accessibility-s1-p1 = Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA. Dyma'r safon ryngwladol ar gyfer gwefannau hygyrch.
accessibility-s1-p2 = Mae'r tudalennau'n fach, felly maen nhw'n llwytho'n gyflym ar gysylltiad araf. Rydym yn ceisio cadw'r geiriau'n fyr ac yn syml.
accessibility-s1-p3 = Mae gan AbilityNet (abilitynet.org.uk) gyngor ar wneud eich dyfais yn haws i'w defnyddio os oes gennych chi anabledd.

accessibility-s2-title = Beth gallwch chi ei wneud ar y wefan hon
accessibility-s2-p1 = Ar y wefan hon, dylech chi allu:
accessibility-s2-li1 = chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin
accessibility-s2-li2 = defnyddio'r wefan gyfan gyda bysellfwrdd yn unig, heb lygoden
accessibility-s2-li3 = defnyddio'r wefan gyda darllenydd sgrin, fel NVDA, JAWS, VoiceOver neu TalkBack
accessibility-s2-li4 = newid lliwiau, maint testun a ffontiau yng ngosodiadau eich porwr
accessibility-s2-li5 = defnyddio pob tudalen heb JavaScript, heblaw'r ystafell gyfarfod fyw
accessibility-s2-li6 = atal pethau rhag symud ar y sgrin: os byddwch chi'n gofyn i'ch dyfais leihau symudiadau, bydd y wefan yn gwneud hynny hefyd
accessibility-s2-li7 = darllen y wefan mewn pum iaith: Saesneg, Cymraeg, Pwyleg, Wrdw ac Arabeg
accessibility-s2-li8 = darllen tudalennau Wrdw ac Arabeg wedi'u gosod o'r dde i'r chwith

accessibility-s3-title = Pa mor hygyrch yw'r wefan hon
accessibility-s3-p1 = Rydym yn gwybod nad yw rhai rhannau o'r wefan hon yn gwbl hygyrch eto.
accessibility-s3-li1 = Drafftiau yw'r cyfieithiadau i ieithoedd heblaw Saesneg. Nid yw siaradwyr brodorol wedi'u hadolygu eto, felly gallan nhw gynnwys camgymeriadau neu eiriad sy'n anodd ei ddilyn. Os nad yw rhywbeth yn glir, gallwch newid i'r Saesneg, a rhowch wybod i ni.
accessibility-s3-li2 = Mae angen JavaScript a phorwr gwe cyfoes ar yr ystafell gyfarfod fyw. Os na allwch chi ei defnyddio, gofynnwch i hwylusydd y grŵp am ffyrdd eraill o gymryd rhan, fel cyfarfod wyneb yn wyneb.
accessibility-s3-li3 = Mae grwpiau'n ysgrifennu rhywfaint o gynnwys eu hunain, fel disgrifiadau grŵp a phostiadau. Ni allwn wirio'r cyfan, felly efallai na fydd rhywfaint ohono'n hygyrch: er enghraifft, llun heb ddisgrifiad. Os byddwch chi'n dod o hyd i rywbeth na allwch ei ddefnyddio, rhowch wybod i ni a byddwn yn gofyn i'r grŵp ei drwsio neu ei roi i chi mewn ffordd arall.

accessibility-s4-title = Adborth a gwybodaeth gyswllt
accessibility-s4-p1 = Os oes angen gwybodaeth ar y wefan hon arnoch chi mewn fformat gwahanol, fel print bras, hawdd ei ddeall, sain neu braille, cysylltwch â'r sefydliad sy'n rhedeg y wefan Kindred hon, gan ddefnyddio'r manylion cyswllt y mae'n eu rhoi ar y wefan hon. Dywedwch wrthym beth sydd ei angen arnoch chi a sut gallwn gysylltu â chi.
accessibility-s4-p2 = Byddwn yn ystyried eich cais ac yn ateb cyn gynted ag y gallwn.

accessibility-s5-title = Rhoi gwybod am broblemau hygyrchedd gyda'r wefan hon
accessibility-s5-p1 = Rydym bob amser yn ceisio gwneud y wefan hon yn fwy hygyrch. Os byddwch chi'n dod o hyd i broblem nad yw wedi'i rhestru ar y dudalen hon, neu os ydych chi'n credu nad ydym yn bodloni'r gofynion hygyrchedd, cysylltwch â'r sefydliad sy'n rhedeg y wefan hon. Mae eich adborth yn bwysig: dim ond rhai problemau y mae offer awtomatig yn dod o hyd iddyn nhw.
accessibility-s5-p2 = Mae'n ein helpu os byddwch chi'n dweud wrthym pa dudalen oedd hi, beth roeddech chi'n ceisio ei wneud, a pha ddyfais, porwr neu dechnoleg gynorthwyol roeddech chi'n ei defnyddio. Nid oes rhaid i chi roi eich enw go iawn.

accessibility-s6-title = Gweithdrefn orfodi
accessibility-s6-p1 = Os yw'r sefydliad sy'n rhedeg y wefan hon yn gorff sector cyhoeddus, fel ymddiriedolaeth GIG neu gyngor, y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gorfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018, sef y “rheoliadau hygyrchedd”.
accessibility-s6-p2 = Os nad ydych chi'n hapus â'r ffordd rydym yn ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS). Gwefan: equalityadvisoryservice.com. Ffôn: 0808 800 0082.
accessibility-s6-p3 = Os ydych chi'n byw yng Ngogledd Iwerddon, cysylltwch â Chomisiwn Cydraddoldeb Gogledd Iwerddon.

accessibility-s7-title = Sut rydym yn profi'r wefan hon
accessibility-s7-p1 = Dim ond rhai problemau hygyrchedd y gall offer awtomatig ddod o hyd iddyn nhw, felly rydym hefyd yn profi gyda phobl.
accessibility-s7-p2 = Rydym yn profi'r wefan mewn tair ffordd:
accessibility-s7-li1 = Gwiriadau awtomatig. Mae pob tudalen, ym mhob un o'r pum iaith, yn cael ei gwirio gydag axe, offeryn profi hygyrchedd, sy'n rhedeg mewn porwr gwe go iawn. Mae'r gwiriadau hyn yn rhan o'r profion sy'n rhedeg bob tro y mae'r feddalwedd yn newid.
accessibility-s7-li2 = Profion bysellfwrdd. Rydym yn gwirio y gallwch chi gyrraedd a defnyddio popeth ar dudalen gyda bysellfwrdd, mewn trefn synhwyrol, a'ch bod chi bob amser yn gallu gweld ble rydych chi.
accessibility-s7-li3 = Gwiriadau â llaw. Mae pobl yn gwirio'r pethau na all offer awtomatig ddod o hyd iddyn nhw, fel a yw penawdau, testun dolenni a negeseuon gwall yn gwneud synnwyr.

accessibility-s8-title = Paratoi'r datganiad hwn
accessibility-s8-p1 = Cafodd y datganiad hwn ei baratoi ym mis Tachwedd 2026.
accessibility-s8-p2 = Byddwn yn ei adolygu pryd bynnag y byddwn yn gwneud newid mawr i'r wefan, ac o leiaf unwaith y flwyddyn.

## Help mewn argyfwng

crisis-title = Help mewn argyfwng
crisis-intro = Nid gwasanaeth brys yw grŵp cymorth. Efallai na fydd aelodau a hwyluswyr yn gweld eich neges am oriau. Os oes angen help arnoch chi nawr, cysylltwch ag un o'r gwasanaethau isod. Nid oes rhaid i chi fod yn siŵr ei fod yn argyfwng.

# The list of crisis lines is rendered from data, per country. $number is the phone or text
# number; $keyword is the word to text.
crisis-lines-title = Cael help nawr
crisis-samaritans = Y Samariaid
crisis-samaritans-how = Ffoniwch { $number } am ddim, unrhyw bryd, ddydd neu nos. Gallwch siarad am unrhyw beth sy'n eich poeni.
crisis-shout = Shout
crisis-shout-how = Tecstiwch { $keyword } i { $number } i siarad drwy neges destun â gwirfoddolwr sydd wedi cael hyfforddiant. Mae am ddim, yn gyfrinachol ac ar agor unrhyw bryd, ddydd neu nos.
crisis-nhs111 = GIG 111
crisis-nhs111-how = Ffoniwch { $number } a dewis opsiwn 2 os oes angen help brys arnoch chi gyda'ch iechyd meddwl, neu gydag iechyd meddwl rhywun arall.
crisis-emergency = Gwasanaethau brys
crisis-emergency-how = Os oes bywyd mewn perygl, neu os na allwch chi gadw eich hun yn ddiogel, ffoniwch { $number } neu ewch i'ch adran achosion brys (A&E) agosaf nawr.

crisis-s1-title = Os ydych chi'n meddwl am hunanladdiad
crisis-s1-p1 = Os ydych chi'n meddwl am ddod â'ch bywyd i ben, nid ydych chi ar eich pen eich hun, ac nid oes rhaid i chi ddelio â hyn heb help. Mae llawer o bobl sydd wedi teimlo fel hyn wedi gweld bod y teimladau wedi pasio a bod pethau wedi gwella.
crisis-s1-p2 = Gall siarad â rhywun helpu. Mae'r bobl yn y gwasanaethau ar y dudalen hon yno i wrando, heb eich barnu. Gallwch gysylltu â nhw mor aml ag sydd ei angen arnoch chi.
crisis-s1-p3 = Mae croeso i chi siarad am sut rydych chi'n teimlo yn eich grŵp. Ond os oes angen help arnoch chi nawr, peidiwch ag aros am ateb: cysylltwch ag un o'r gwasanaethau ar y dudalen hon.
crisis-s1-p4 = Sut bynnag rydych chi'n teimlo ar hyn o bryd, mae help ar gael, a gall pethau newid.

crisis-s2-title = Pethau a allai helpu ar hyn o bryd
crisis-s2-p1 = Os ydych chi'n ei chael hi'n anodd ar hyn o bryd, gallai'r camau bach hyn eich helpu i gadw'n ddiogel nes bod y teimladau gwaethaf yn pasio:
crisis-s2-li1 = Os ydych chi'n teimlo y gallech chi weithredu ar eich meddyliau, neu os na allwch chi gadw eich hun yn ddiogel, ffoniwch y gwasanaethau brys neu ewch i'r adran achosion brys (A&E) nawr.
crisis-s2-li2 = Dywedwch wrth rywun rydych chi'n ymddiried ynddo sut rydych chi'n teimlo: ffrind, aelod o'r teulu, eich meddyg teulu neu rywun o'ch grŵp.
crisis-s2-li3 = Ewch i rywle lle rydych chi'n teimlo'n ddiogel, neu arhoswch yn agos at bobl eraill.
crisis-s2-li4 = Os gallwch chi, rhowch rywfaint o bellter rhyngoch chi ac unrhyw beth y gallech ei ddefnyddio i'ch niweidio eich hun.
crisis-s2-li5 = Ceisiwch beidio ag yfed alcohol na chymryd cyffuriau. Gallan nhw wneud teimladau'n gryfach ac yn anoddach ymdopi â nhw.
crisis-s2-li6 = Canolbwyntiwch ar ddod drwy'r munudau neu'r oriau nesaf, un cam ar y tro.

crisis-s3-title = Os ydych chi'n poeni am rywun arall
crisis-s3-p1 = Os yw rhywun mewn perygl ar hyn o bryd, ffoniwch y gwasanaethau brys. Arhoswch gyda nhw os yw'n ddiogel i chi wneud hynny.
crisis-s3-p2 = Os nad yw'n argyfwng, gallwch chi helpu o hyd. Dyma rai pethau y gallwch chi eu gwneud:
crisis-s3-li1 = Gofynnwch iddyn nhw sut maen nhw, a gwrandewch. Nid oes angen i chi gael yr atebion.
crisis-s3-li2 = Mae'n iawn gofyn iddyn nhw'n uniongyrchol a ydyn nhw'n meddwl am hunanladdiad. Ni fydd gofyn yn rhoi'r syniad yn eu pen. Mae llawer o bobl yn teimlo rhyddhad pan fydd rhywun yn gofyn.
crisis-s3-li3 = Anogwch nhw i gysylltu ag un o'r gwasanaethau ar y dudalen hon, neu â'u meddyg teulu. Cynigiwch eu helpu i wneud yr alwad.
crisis-s3-li4 = Os ydych chi'n poeni am rywbeth y mae rhywun wedi'i ysgrifennu ar y wefan hon, dywedwch wrth hwylusydd y grŵp neu wrth gymedrolwr. Os oes bywyd mewn perygl, ffoniwch y gwasanaethau brys yn gyntaf.
crisis-s3-li5 = Gofalwch amdanoch chi eich hun hefyd. Gall cefnogi rhywun fod yn anodd. Gallwch ffonio'r Samariaid i siarad am sut rydych chi'n teimlo.

crisis-s4-title = Os ydych chi y tu allan i'r DU
crisis-s4-p1 = Mae'r gwasanaethau ar y dudalen hon ar gyfer pobl yn y Deyrnas Unedig. O wledydd eraill, efallai na fyddwch chi'n gallu cysylltu â nhw, neu efallai y bydd galwad yn costio arian.
crisis-s4-p2 = Os ydych chi mewn gwlad arall, chwiliwch am linell argyfwng neu wasanaeth brys lle rydych chi. Os oes bywyd mewn perygl, ffoniwch eich rhif argyfwng lleol. Yn yr Undeb Ewropeaidd, gallwch ffonio 112. Yng Ngweriniaeth Iwerddon, mae'r Samariaid hefyd yn ateb ar 116 123.
crisis-s4-p3 = Gall y sefydliad sy'n rhedeg y wefan Kindred hon ychwanegu llinellau argyfwng ar gyfer gwledydd eraill. Os ydych chi'n credu y dylai llinellau ar gyfer eich gwlad chi gael eu dangos yma, rhowch wybod iddyn nhw.

crisis-s5-title = Beth sy'n digwydd mewn grwpiau Kindred os yw rhywun mewn perygl
crisis-s5-p1 = Mae grwpiau'n cael eu rhedeg gan hwyluswyr. Mae rhai yn wirfoddolwyr sydd wedi bod drwy bethau tebyg eu hunain. Mae eraill yn weithwyr proffesiynol, fel nyrsys, seicolegwyr neu weithwyr cymdeithasol. Maen nhw yno i gefnogi'r grŵp, nid i gymryd lle gwasanaethau argyfwng.
crisis-s5-p2 = Os yw hwylusydd yn credu bod rhywun yn ei grŵp mewn perygl, bydd yn:
crisis-s5-li1 = holi'n garedig sut mae'r person, ar wahân i weddill y grŵp os oes modd
crisis-s5-li2 = rhannu'r llinellau argyfwng, ac annog y person i gysylltu â nhw
crisis-s5-li3 = dweud wrth gymedrolwr neu wrth y sefydliad sy'n rhedeg y grŵp, fel bod rhywun yn dilyn y mater
crisis-s5-li4 = cysylltu â'r gwasanaethau brys os yw'n credu bod bywyd mewn perygl, hyd yn oed os yw hyn yn golygu rhannu rhywbeth a ddywedodd y person yn gyfrinachol

crisis-s6-title = Sut mae'r wefan yn cadw llygad am bobl mewn argyfwng
crisis-s6-p1 = Mae'r wefan yn chwilio am eiriau mewn postiadau a negeseuon a allai olygu bod rhywun mewn argyfwng. Pan fydd yn dod o hyd iddyn nhw, mae'n dangos i'r awdur ble i gael help ar unwaith, ac mae rhywun o'r tîm cymedroli yn edrych arno.
crisis-s6-p2 = Nid yw byth yn cuddio'r hyn a ysgrifennoch chi heb ddweud wrthych. Mae unrhyw benderfyniad i gysylltu â rhywun y tu allan i'r wefan yn cael ei wneud gan berson, nid gan y cyfrifiadur.
crisis-s6-p3 = Mae ein hysbysiad preifatrwydd yn esbonio pryd a sut y gallwn rannu gwybodaeth i gadw rhywun yn ddiogel.
