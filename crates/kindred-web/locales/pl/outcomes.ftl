# Kindred outcomes strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Ankiety samopoczucia (pytania ONS o dobrostan osobisty) i wyniki, które widzą organizatorzy.

wellbeing-link = Ankieta samopoczucia
wellbeing-due = Minęło już trochę czasu od Twojej ostatniej ankiety samopoczucia. Czy chcesz wypełnić ją teraz? Zajmie to około minuty.
wellbeing-title = Ankieta samopoczucia
wellbeing-intro = Cztery krótkie pytania o to, jak się ostatnio czujesz. Zajmie to około minuty i nie ma tu dobrych ani złych odpowiedzi.
wellbeing-saved = Dziękujemy. Twoja ankieta została zapisana.
wellbeing-privacy-title = Dobrowolnie i prywatnie
wellbeing-optional = Wypełnianie ankiety jest dobrowolne. Jeśli jej nie wypełnisz, nie ma to żadnego wpływu na Twoje miejsce w grupie.
wellbeing-privacy-you = Twoje odpowiedzi widzisz tylko Ty.
wellbeing-privacy-organisers = Osoby prowadzące Twoje grupy widzą wyłącznie sumy i średnie z odpowiedzi co najmniej 5 osób, nigdy Twoje odpowiedzi.
wellbeing-privacy-referrer = Jeśli ktoś skierował Cię do grupy, zobaczy Twoje wyniki tylko wtedy, gdy zgodzisz się na to przy skierowaniu.
wellbeing-privacy-referrer-link = Sprawdź lub zmień, co udostępniasz
wellbeing-first-time = To będzie Twoja pierwsza ankieta. Daje punkt wyjścia: wypełniaj ją co kilka tygodni, a zobaczysz, jak rzeczy zmieniają się z czasem.
wellbeing-see-trend = Zobacz, jak się czułeś(-aś)
wellbeing-next = Następną ankietę warto wypełnić po { $date }.
wellbeing-next-now = Od Twojej ostatniej ankiety minęły 4 tygodnie lub więcej, więc to dobry moment na kolejną.
wellbeing-scale-hint = Wybierz liczbę od 0 do 10, gdzie 0 oznacza „wcale”, a 10 oznacza „całkowicie”.
wellbeing-scale-low = 0 = wcale
wellbeing-scale-high = 10 = całkowicie
wellbeing-q-life_satisfaction = Ogólnie rzecz biorąc, na ile jesteś obecnie zadowolony(-a) ze swojego życia?
wellbeing-q-worthwhile = Ogólnie rzecz biorąc, w jakim stopniu czujesz, że to, co robisz w życiu, jest wartościowe?
wellbeing-q-happiness = Ogólnie rzecz biorąc, jak bardzo szczęśliwy(-a) czułeś(-aś) się wczoraj?
wellbeing-q-anxiety = Na skali, na której 0 oznacza „zupełnie bez niepokoju”, a 10 „całkowity niepokój”, ogólnie rzecz biorąc, jak bardzo niespokojny(-a) czułeś(-aś) się wczoraj?
wellbeing-short-life_satisfaction = Zadowolenie z życia
wellbeing-short-worthwhile = Poczucie sensu
wellbeing-short-happiness = Szczęście
wellbeing-short-anxiety = Niepokój (im mniej, tym lepiej)
wellbeing-error-life_satisfaction = Wybierz liczbę od 0 do 10 określającą, na ile jesteś zadowolony(-a) ze swojego życia
wellbeing-error-worthwhile = Wybierz liczbę od 0 do 10 określającą, na ile to, co robisz, wydaje Ci się wartościowe
wellbeing-error-happiness = Wybierz liczbę od 0 do 10 określającą, jak szczęśliwy(-a) czułeś(-aś) się wczoraj
wellbeing-error-anxiety = Wybierz liczbę od 0 do 10 określającą, jak niespokojny(-a) czułeś(-aś) się wczoraj
wellbeing-field-group = Której grupy dotyczy ta ankieta? (nieobowiązkowe)
wellbeing-field-group-hint = Jeśli wybierzesz grupę, Twoje odpowiedzi mogą zostać uwzględnione w sumach tej grupy liczonych z co najmniej 5 osób. Osoby prowadzące grupę nigdy nie widzą Twoich odpowiedzi.
wellbeing-group-none = Żadnej konkretnej grupy
wellbeing-error-group = Wybierz jedną ze swoich grup albo „Żadnej konkretnej grupy”
wellbeing-save = Zapisz ankietę
wellbeing-support = Jeśli teraz jest Ci ciężko, nie musisz czekać na spotkanie.
wellbeing-trend-title = Jak się czułeś(-aś)
wellbeing-chart-title = Twoje odpowiedzi w czasie
wellbeing-chart-desc = Wykres liniowy Twoich odpowiedzi na cztery pytania, od { $first } do { $last }. Każde pytanie ma własny rodzaj linii i kształt znacznika. Te same liczby są w tabeli poniżej.
wellbeing-chart-desc-one = Twoje odpowiedzi na cztery pytania w ankiecie z { $date }. Te same liczby są w tabeli poniżej.
wellbeing-chart-x = Data ankiety
wellbeing-chart-y = Wynik (od 0 do 10)
wellbeing-legend = Legenda wykresu
wellbeing-table-caption = Twoje ankiety, od najstarszej (wyniki od 0 do 10)
wellbeing-col-date = Data

outcomes-link = Wyniki (tylko sumy)
outcomes-title = Wyniki: { $name }
outcomes-intro = Sumy dla grup, nigdy dane pojedynczych osób: ile osób przychodzi, jak przebiegają skierowania i jak zmienia się samopoczucie uczestników.
outcomes-privacy-title = Jak chronimy prywatność
outcomes-suppression = Nigdy nie pokazujemy liczby opartej na mniej niż 5 osobach. Zamiast niej zobaczysz „mniej niż 5”.
outcomes-rounding = Pozostałe liczby są zaokrąglane do najbliższej wielokrotności 5, co znacznie utrudnia ustalenie małej liczby osób przez porównanie dwóch wartości. Średnie są podawane z dokładnością do jednego miejsca po przecinku. Prosimy udostępniać te dane tylko osobom, które ich potrzebują.
outcomes-org-once = Osoba, która uczestniczy w więcej niż jednej grupie organizacji, jest liczona raz.
outcomes-csv = Pobierz te dane (CSV)
outcomes-fewer = mniej niż 5
outcomes-not-enough = za mało osób (mniej niż 5)
outcomes-col-people = Osoby (w zaokrągleniu do 5)
outcomes-attendance-title = Obecność
outcomes-attendance-caption = Osoby, które były na co najmniej jednym spotkaniu, według miesięcy (ostatnie 12 miesięcy)
outcomes-col-month = Miesiąc
outcomes-month = { $month } { $year }
outcomes-funnel-title = Skierowania
outcomes-funnel-intro = Ile osób skierowanych przez lekarza rodzinnego, doradcę ds. preskrypcji społecznej (social prescriber) lub pracownika łącznikowego doszło do każdego etapu.
outcomes-funnel-consent = Te sumy obejmują wszystkie skierowania, niezależnie od tego, czy dana osoba zgodziła się przekazywać informacje osobie kierującej. Dzieje się tak, ponieważ widzą je tylko organizatorzy i osoby prowadzące daną grupę, wyłącznie jako zaokrąglone sumy i nigdy w podziale na osoby.
outcomes-funnel-caption = Osoby na każdym etapie po skierowaniu
outcomes-col-stage = Etap
outcomes-stage-referred = Skierowane
outcomes-stage-accepted = Przyjęły zaproszenie
outcomes-stage-joined = Dołączyły do grupy
outcomes-stage-attended = Były na pierwszym spotkaniu
outcomes-stage-six_weeks = Nadal przychodzą po 6 tygodniach
outcomes-wellbeing-title = Samopoczucie
outcomes-wellbeing-intro = Dla osób, które co najmniej dwa razy wypełniły ankietę dotyczącą tych grup, z odstępem co najmniej 4 tygodni między pierwszą a ostatnią: średnia zmiana od pierwszej do ostatniej ankiety na skali od 0 do 10. W przypadku niepokoju spadek oznacza poprawę.
outcomes-wellbeing-caption = Średnia zmiana od pierwszej do ostatniej ankiety
outcomes-col-question = Pytanie
outcomes-col-change = Średnia zmiana
outcomes-change-up = wzrost o { $points }
outcomes-change-down = spadek o { $points }
outcomes-change-none = bez zmian

## Zleceniodawcy

commissioners-title = Zleceniodawcy organizacji { $organisation }
commissioners-intro = Zleceniodawcy (na przykład zespół NHS lub samorządu, który finansuje Państwa grupy) widzą zbiorcze wyniki tej organizacji i jej grup, z ukrytymi małymi liczbami. Nigdy nie widzą członków, skierowań, forów ani wiadomości.
commissioners-email = Adres e-mail ich konta
commissioners-email-hint = Najpierw muszą mieć konto w Kindred.
commissioners-add = Dodaj zleceniodawcę
commissioners-none = Nie ma jeszcze zleceniodawców.
commissioners-remove = Usuń: { $name }
commissioners-error-email = Żadne konto nie ma tego adresu e-mail; prosimy poprosić tę osobę o rejestrację
commissioners-link = Zleceniodawcy
commissioned-title = Wyniki, które widzą Państwo jako zleceniodawca
