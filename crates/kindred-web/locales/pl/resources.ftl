# Kindred resource library strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Biblioteka materiałów.

resources-title = Biblioteka materiałów
resources-intro = Rzetelne informacje i organizacje, które mogą pomóc, wybrane z myślą o uczestnikach grup wzajemnego wsparcia. Przy każdym wpisie podajemy, kto go sprawdził i kiedy. W sprawie porad medycznych prosimy zwrócić się do lekarza rodzinnego, farmaceuty lub zespołu, który sprawuje nad Państwem opiekę.
resources-search-label = Szukaj w bibliotece
resources-none = Nic w bibliotece nie pasuje. Proszę spróbować wpisać mniej słów lub wybrać inne filtry.
resources-count = { $count ->
    [one] { $count } materiał
    [few] { $count } materiały
    [many] { $count } materiałów
   *[other] { $count } materiału
}
resources-bad-filter = Nie udało się odczytać jednego z filtrów ({ $field }). Proszę go wyczyścić i spróbować ponownie.
resources-kind = Rodzaj
resources-category = Temat
resources-kind-article = Artykuł
resources-kind-link = Link do innej organizacji
resources-overdue-badge = Po terminie przeglądu
resources-overdue = Termin przeglądu tego wpisu już minął ({ $date }). Niektóre informacje mogą być nieaktualne – warto je sprawdzić w danej organizacji lub u zespołu, który sprawuje nad Państwem opiekę.
resources-reviewed = Ostatni przegląd: { $date } ({ $who }). Następny przegląd: { $due }.
resources-also-in = Inne wersje językowe:
resources-link-intro = To link do strony internetowej innej organizacji. Kindred nie prowadzi tej strony.
resources-visit = Odwiedź stronę { $host }
resources-link-note = Link otwiera stronę innej organizacji, która ma własną politykę prywatności.

resources-group-heading = Materiały
resources-manage-link = Wybierz materiały dla tej grupy
resources-group-title = Materiały dla grupy { $group }
resources-group-intro = Artykuły i linki z biblioteki można dołączyć do strony grupy, aby członkowie łatwo je znaleźli.
resources-group-attached = Na stronie grupy
resources-group-none = Jeszcze nic.
resources-group-remove = Usuń
resources-group-add = Dodaj z biblioteki
resources-group-choose = Materiał
resources-group-attach = Dołącz

home-more-title = Więcej w Kindred
home-more-resources = sprawdzone artykuły i organizacje, które mogą pomóc
home-more-training = bezpłatne kursy dla osób, które prowadzą grupy
