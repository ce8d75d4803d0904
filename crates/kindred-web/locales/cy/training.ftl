# Kindred facilitator training strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Hyfforddiant i hwyluswyr: cyrsiau, gwersi, cwisiau, y bathodyn, gofynion, nodiadau atgoffa.

date-short = { $day } { $month } { $year }

training-title = Hyfforddiant i hwyluswyr
training-intro = Cyrsiau byr i bobl sy'n rhedeg grwpiau cymorth gan gymheiriaid. Darllenwch bob gwers, yna atebwch gwis byr. Mae eich cynnydd yn cael ei gadw, ac mae cwblhau cwrs yn ennill y bathodyn “Hwylusydd hyfforddedig” ar y grwpiau rydych chi'n eu rhedeg.
training-modules-count = { $count ->
    [zero] Dim modiwlau
    [one] Un modiwl
    [two] Dau fodiwl
    [few] Tri modiwl
    [many] Chwe modiwl
   *[other] { $count } o fodiwlau
}
training-your-progress = Eich cynnydd
training-sign-in = Gall unrhyw un ddarllen y gwersi. Mewngofnodwch i ateb y cwisiau ac i gofnodi eich cynnydd.
training-modules = Modiwlau
training-minutes = Tua { $minutes } munud
training-module-expires-every = Rhaid ei adnewyddu bob { $months } mis
training-licence = Mae testun y cwrs yn cael ei rannu o dan drwydded Creative Commons Attribution-ShareAlike 4.0. Cyflwyniad ydyw: nid yw'n cymryd lle polisi diogelu na hyfforddiant eich sefydliad chi.
training-module-of = Modiwl { $number } o { $of }

training-module-not-started = Heb ddechrau
training-module-not-passed = Heb lwyddo eto (y sgôr orau hyd yma: { $best } o { $of })
training-module-passed = Wedi llwyddo ar { $date }
training-module-passed-until = Wedi llwyddo ar { $date }, yn ddilys tan { $until }
training-module-expired = Wedi dod i ben ar { $date }: gwnewch y cwis eto

training-status-current = Wedi'i hyfforddi (nid yw'n dod i ben)
training-status-current-until = Wedi'i hyfforddi, yn ddilys tan { $date }
training-status-lapsed = Daeth yr hyfforddiant i ben ar { $date }
training-status-incomplete = Hyfforddiant heb ei gwblhau ({ $passed } o { $of } modiwl)

training-completed = Wedi'i gwblhau ar { $date }.
training-completed-until = Wedi'i gwblhau ar { $date }. Mae eich hyfforddiant yn ddilys tan { $until }.
training-expires-soon = Mae rhan o'ch hyfforddiant yn dod i ben ar { $date }. Gwnewch gwis y modiwl hwnnw eto cyn hynny i gadw eich bathodyn.
training-lapsed-notice = Daeth eich hyfforddiant i ben ar { $date }. I'w adnewyddu, gwnewch eto'r cwisiau sydd wedi'u marcio “Wedi dod i ben”.

training-quiz = Cwis
training-quiz-intro = Atebwch bob cwestiwn. I lwyddo, mae angen { $needed } o { $of } ateb cywir arnoch chi. Gallwch roi cynnig arni gynifer o weithiau ag y dymunwch.
training-quiz-answer-this = Dewiswch ateb i'r cwestiwn hwn.
training-quiz-answer-all = Atebwch bob cwestiwn cyn gwirio eich atebion.
training-check-answers = Gwirio fy atebion
training-result-title = Canlyniad y cwis: { $module }
training-quiz-passed = Rydych chi wedi llwyddo: { $right } o { $of } yn gywir.
training-quiz-not-passed = Heb lwyddo eto: { $right } o { $of } yn gywir. Mae angen { $needed } arnoch chi i lwyddo. Darllenwch yr esboniadau, yna rhowch gynnig arall arni.
training-your-answer = Eich ateb:
training-answer-right = Cywir.
training-answer-wrong = Ddim yn hollol.
training-next-module = Y modiwl nesaf: { $module }
training-try-again = Gwneud y cwis eto
training-back-to-course = Yn ôl i'r cwrs

training-badge = Hwylusydd hyfforddedig
training-badge-hint = Mae o leiaf un o hwyluswyr y grŵp hwn wedi cwblhau cwrs hwyluswyr cymheiriaid Kindred, ac mae'n dal yn ddilys.

training-members-heading = Hyfforddiant i hwyluswyr
training-group-require = Rhaid i hwyluswyr y grŵp hwn fod wedi cwblhau cwrs hwyluswyr cymheiriaid sy'n dal yn ddilys
training-require-hint = Nid oes modd gwneud pobl sydd heb ei gwblhau yn hwyluswyr nac yn drefnwyr. Mae unrhyw un y mae ei hyfforddiant yn dod i ben yn cael ei ddangos yma, er mwyn i chi ofyn iddyn nhw ei adnewyddu.
training-required-by-organisation = Mae eich sefydliad yn gofyn am gwrs hwyluswyr cymheiriaid dilys ar gyfer ei holl grwpiau.
training-save = Cadw
training-saved = Wedi'i gadw.
training-refused = Mae'r grŵp hwn yn gofyn i hwyluswyr a threfnwyr fod wedi cwblhau cwrs hwyluswyr cymheiriaid sy'n dal yn ddilys, ac nid yw { $name } wedi gwneud hynny eto. Gofynnwch iddyn nhw gwblhau'r cwrs yn /training yn gyntaf.
training-org-link = Hyfforddiant hwyluswyr ar draws y sefydliad

training-org-title = Hyfforddiant hwyluswyr: { $organisation }
training-org-require = Rhaid i hwyluswyr a threfnwyr holl grwpiau'r sefydliad hwn fod wedi cwblhau cwrs hwyluswyr cymheiriaid sy'n dal yn ddilys
training-org-facilitators = Hwyluswyr a threfnwyr
training-org-none = Nid oes neb yn rhedeg grŵp i'r sefydliad hwn eto.
training-col-name = Enw
training-col-group = Grŵp
training-col-role = Rôl
training-col-status = Hyfforddiant

email-training-subject = Mae eich modiwl hyfforddi “{ $module }” yn dod i ben ar { $date }
email-training-body =
    Helo { $pseudonym },

    Mae eich llwyddiant yn y modiwl “{ $module }” ({ $course }) yn dod i ben ar { $date }. I gadw eich hyfforddiant yn ddilys (a'r bathodyn “Hwylusydd hyfforddedig” ar y grwpiau rydych chi'n eu rhedeg), darllenwch y wers eto a gwnewch ei chwis eto cyn hynny:

    { $link }
