# Kindred resource library strings: Welsh.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Y llyfrgell adnoddau.

resources-title = Llyfrgell adnoddau
resources-intro = Gwybodaeth y gallwch ymddiried ynddi, a sefydliadau sy'n gallu helpu, wedi'u dewis ar gyfer pobl mewn grwpiau cymorth gan gymheiriaid. Mae pob cofnod yn dweud pwy a'i adolygodd a phryd. I gael cyngor meddygol, siaradwch â'ch meddyg teulu, eich fferyllydd neu eich tîm gofal.
resources-search-label = Chwilio'r llyfrgell
resources-none = Does dim byd yn y llyfrgell yn cyfateb. Rhowch gynnig ar lai o eiriau neu hidlwyr eraill.
resources-count = { $count ->
    [zero] Dim adnoddau
    [one] Un adnodd
    [two] Dau adnodd
    [few] Tri adnodd
    [many] Chwe adnodd
   *[other] { $count } o adnoddau
}
resources-bad-filter = Doedd dim modd deall un o'r hidlwyr ({ $field }). Cliriwch ef a rhowch gynnig arall arni.
resources-kind = Math
resources-category = Pwnc
resources-kind-article = Erthygl
resources-kind-link = Dolen i sefydliad arall
resources-overdue-badge = Wedi pasio'r dyddiad adolygu
resources-overdue = Mae'r cofnod hwn wedi pasio ei ddyddiad adolygu ({ $date }). Efallai fod rhai manylion wedi dyddio; holwch y sefydliad neu eich tîm gofal.
resources-reviewed = Wedi'i adolygu gan { $who } ar { $date }. Mae'r adolygiad nesaf i fod erbyn { $due }.
resources-also-in = Hefyd ar gael yn:
resources-link-intro = Dolen i wefan sefydliad arall yw hon. Nid Kindred sy'n ei rhedeg.
resources-visit = Ymweld â { $host }
resources-link-note = Mae'r ddolen yn agor gwefan y sefydliad arall, sydd â'i pholisi preifatrwydd ei hun.

resources-group-heading = Adnoddau
resources-manage-link = Dewis adnoddau ar gyfer y grŵp hwn
resources-group-title = Adnoddau ar gyfer { $group }
resources-group-intro = Atodwch erthyglau a dolenni o'r llyfrgell i dudalen eich grŵp, fel bod aelodau'n dod o hyd iddyn nhw'n hawdd.
resources-group-attached = Ar dudalen y grŵp
resources-group-none = Dim eto.
resources-group-remove = Tynnu
resources-group-add = Ychwanegu o'r llyfrgell
resources-group-choose = Adnodd
resources-group-attach = Atodi

home-more-title = Mwy gan Kindred
home-more-resources = erthyglau sydd wedi'u hadolygu a sefydliadau sy'n gallu helpu
home-more-training = cyrsiau am ddim i bobl sy'n rhedeg grwpiau
