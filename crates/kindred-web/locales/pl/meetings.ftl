# Kindred meetings strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Spotkania: strony, formularze, e-maile

nav-my-meetings = Moje spotkania
group-search-link = Znajdź grupę
weekday-0 = niedz.
weekday-1 = pon.
weekday-2 = wt.
weekday-3 = śr.
weekday-4 = czw.
weekday-5 = pt.
weekday-6 = sob.
month-1 = sty
month-2 = lut
month-3 = mar
month-4 = kwi
month-5 = maj
month-6 = cze
month-7 = lip
month-8 = sie
month-9 = wrz
month-10 = paź
month-11 = lis
month-12 = gru
month-long-1 = styczeń
month-long-2 = luty
month-long-3 = marzec
month-long-4 = kwiecień
month-long-5 = maj
month-long-6 = czerwiec
month-long-7 = lipiec
month-long-8 = sierpień
month-long-9 = wrzesień
month-long-10 = październik
month-long-11 = listopad
month-long-12 = grudzień
# „wt., 3 gru, 19:00”
meeting-when = { $weekday }, { $day } { $month }, { $time }
search-next-meeting = Następne spotkanie: { $when }
group-meetings = Najbliższe spotkania
group-no-meetings = Nie zaplanowano jeszcze żadnych spotkań.
group-calendar = Subskrybuj kalendarz tej grupy
group-add-meeting = Dodaj spotkanie
meeting-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
meeting-zone = Godziny podano według strefy czasowej { $zone }.
meeting-cancelled = Odwołane
meeting-cancel-reason = Powód: { $reason }
meeting-moved = To spotkanie odbędzie się w innym terminie niż zwykle.
meeting-over = To spotkanie już się zakończyło.
meeting-where = Gdzie
meeting-place-group_venue = W stałym miejscu spotkań grupy
meeting-place-other_venue = W innym miejscu
meeting-place-online = Online
meeting-place-hybrid = Osobiście i online
meeting-access = Dostępność
meeting-join = Dołącz do spotkania
meeting-dial-in = Dołącz przez telefon
meeting-link-later = Link do spotkania będzie tu dostępny od: { $when }.
meeting-link-members = Członkowie grupy zobaczą, jak dołączyć, krótko przed spotkaniem.
meeting-add-to-calendar = Dodaj to spotkanie do kalendarza
meeting-reply-heading = Czy przyjdą Państwo?
meeting-your-reply = Państwa odpowiedź: { $reply }
meeting-reply-going = przyjdę
meeting-reply-waitlisted = na liście oczekujących (jeśli zwolni się miejsce, dostaną je Państwo automatycznie i poinformujemy o tym e-mailem)
meeting-reply-not_going = nie przyjdę
meeting-going = Przyjdę
meeting-not-going = Nie mogę przyjść
meeting-join-group-first = Aby odpowiedzieć, proszę dołączyć do grupy:
meeting-agenda = Przebieg spotkania: { $format }
segment-open_sharing = swobodne dzielenie się
segment-go_round = runda (każdy po kolei)
segment-topic = rozmowa na wybrany temat
segment-reading = czytanie
segment-break = przerwa
segment-check_out = runda zamykająca
meeting-run-heading = Prowadzenie tego spotkania
# $going and $waiting are passed as text today (not numbers), so only [other] is used;
# it is worded to read correctly for any number.
meeting-numbers = { $going ->
    [one] Przyjdzie { $going } osoba.
    [few] Przyjdą { $going } osoby.
    [many] Przyjdzie { $going } osób.
   *[other] Liczba osób, które przyjdą: { $going }.
} { $waiting ->
    [one] Na liście oczekujących jest { $waiting } osoba.
    [few] Na liście oczekujących są { $waiting } osoby.
    [many] Na liście oczekujących jest { $waiting } osób.
   *[other] Na liście oczekujących: { $waiting }.
}
meeting-capacity = { $capacity ->
    [one] { $capacity } miejsce.
    [few] { $capacity } miejsca.
    [many] { $capacity } miejsc.
   *[other] { $capacity } miejsca.
}
meeting-cancel-heading = Odwołaj to spotkanie
meeting-cancel-reason-label = Powód
meeting-cancel-reason-hint = Członkowie grupy zobaczą ten powód, a wszyscy, którzy zapowiedzieli przyjście, dostaną e-mail.
meeting-cancel-button = Odwołaj to spotkanie
meeting-move-heading = Przenieś to spotkanie
meeting-move-label = Nowa data i godzina
meeting-move-note = Wiadomość dla członków grupy (opcjonalnie)
meeting-move-button = Przenieś to spotkanie
meeting-attendance = Kto przyszedł
meeting-attendance-save = Zapisz obecność
meeting-end-heading = Zakończ ten cykl spotkań
meeting-end-label = Data ostatniego spotkania
meeting-end-hint = Po tej dacie nie odbędą się już żadne spotkania.
meeting-end-button = Zakończ cykl spotkań
series-new-title = Dodaj spotkanie
series-title-label = Tytuł (opcjonalnie)
series-title-hint = Jeśli pole pozostanie puste, użyjemy nazwy grupy.
series-date-label = Data pierwszego spotkania
series-time-label = Godzina rozpoczęcia
series-time-hint = W formacie 24-godzinnym, na przykład 19:00. Godzina spotkania nie zmienia się przy zmianie czasu z letniego na zimowy i odwrotnie.
series-duration-label = Czas trwania w minutach
series-repeat-label = Powtarzanie
series-repeat-once = Nie powtarza się
series-repeat-weekly = Co tydzień
series-repeat-fortnightly = Co dwa tygodnie
series-repeat-monthly_day = Co miesiąc w ten sam dzień tygodnia (na przykład w pierwszy wtorek)
series-repeat-monthly_date = Co miesiąc tego samego dnia
series-week-label = Dotyczy spotkań comiesięcznych w określony dzień tygodnia
series-week-same = Ten sam tydzień miesiąca co przy pierwszym spotkaniu
series-week-last = Ostatni taki dzień w miesiącu
series-except-label = Pomiń miesiąc
series-except-none = Bez pomijania miesięcy
series-ends-label = Data ostatniego spotkania (opcjonalnie)
series-ends-hint = Jeśli spotkania nie mają daty zakończenia, proszę zostawić to pole puste.
series-place-label = Gdzie
series-format-label = Schemat spotkania
series-format-none = Bez ustalonego schematu (swobodna rozmowa)
series-venue-legend = Inne miejsce
series-venue-hint = Tylko w przypadku spotkań poza stałym miejscem spotkań grupy.
series-venue-name = Nazwa miejsca spotkań
series-venue-address = Adres
series-venue-postcode = Kod pocztowy
series-venue-access = Dostępność (wejście bez schodów, pętla indukcyjna, toalety, parking)
series-venue-directions = Wskazówki dojazdu (jak znaleźć salę, najbliższy przystanek autobusowy)
series-online-legend = Dołączanie online
series-online-hint = Te informacje widzą tylko członkowie grupy i tylko krótko przed każdym spotkaniem.
series-join-url = Link do połączenia
series-dial-in = Numer telefonu do połączenia
series-link-opens = Na ile minut przed rozpoczęciem pokazać link
series-link-opens-hint = Jeśli pole pozostanie puste: 30.
series-capacity-label = Liczba miejsc (opcjonalnie)
series-capacity-hint = Gdy zabraknie miejsc, kolejne odpowiedzi trafią na listę oczekujących, która przesuwa się automatycznie.
series-save = Zapisz
formats-link = Schematy spotkań
formats-title = Schematy spotkań
formats-intro = Schemat to ustalony przebieg spotkania o określonej strukturze. Można skopiować dowolny schemat i dostosować go do swoich potrzeb.
formats-built-in = gotowy
formats-copy = Utwórz kopię do edycji
formats-edit = Edytuj
formats-edit-title = Edytuj schemat spotkania
formats-name = Nazwa
formats-rows-hint = Części spotkania następują po sobie w tej kolejności. Aby usunąć część, proszę zostawić jej wiersz pusty.
formats-segment = Część { $number }
formats-segment-name = Nazwa
formats-segment-minutes = Minuty
formats-segment-kind = Rodzaj
formats-segment-script = Tekst do odczytania (opcjonalnie)
formats-save = Zapisz
my-meetings-title = Moje spotkania
my-meetings-none = Nie mają Państwo żadnych zaplanowanych spotkań.
my-calendar-heading = Link do kalendarza
my-calendar-intro = Spotkania można dodać do aplikacji kalendarza za pomocą prywatnego linku. Każdy, kto ma ten link, może zobaczyć Państwa spotkania, dlatego proszę nikomu go nie udostępniać. W każdej chwili można go zastąpić nowym.
my-calendar-new = Oto nowy link. Proszę go teraz skopiować: ze względu na Państwa prywatność pokazujemy go tylko raz.
my-calendar-link = Link do kalendarza
my-calendar-exists = Mają Państwo link do kalendarza. Jeśli go Państwo zgubili albo podejrzewają, że ma go ktoś inny, można go zastąpić nowym.
my-calendar-create = Utwórz link do kalendarza
my-calendar-replace = Zastąp link nowym
my-calendar-revoke = Wyłącz link
my-emails-heading = E-maile o spotkaniach
my-emails-on = Otrzymują Państwo przypomnienia i informacje o zmianach dotyczące spotkań, na które się Państwo wybierają.
my-emails-off = E-maile o spotkaniach są wyłączone.
my-emails-turn-off = Wyłącz e-maile o spotkaniach
my-emails-turn-on = Włącz e-maile o spotkaniach
unsubscribe-title = E-maile o spotkaniach
unsubscribe-intro = Czy wyłączyć przypomnienia i informacje o zmianach w spotkaniach wysyłane e-mailem?
unsubscribe-button = Wyłącz e-maile o spotkaniach
unsubscribe-done = Gotowe: nie będą już Państwo otrzymywać e-maili o spotkaniach. Można je ponownie włączyć na stronie „Moje spotkania”.
email-meeting-where = Gdzie: { $place }
email-meeting-join = Aby dołączyć online:
email-meeting-dial-in = Lub przez telefon: { $phone }
email-meeting-unsubscribe = Aby zrezygnować z e-maili o spotkaniach, proszę otworzyć ten link:
email-reminder-subject = Przypomnienie: { $title }, { $when }
email-reminder-body = Dzień dobry { $pseudonym },

    Przypominamy o spotkaniu: { $title } ({ $group }), { $when }.

    { $details }

    Szczegóły spotkania i zmiana odpowiedzi:
    { $link }
email-cancelled-subject = Odwołane: { $title }, { $when }
email-cancelled-body = Dzień dobry { $pseudonym },

    Spotkanie { $title } ({ $group }) zaplanowane na { $when } zostało odwołane.

    Powód: { $reason }

    { $link }
email-moved-subject = Nowy termin: { $title }, { $when }
email-moved-body = Dzień dobry { $pseudonym },

    Spotkanie { $title } ({ $group }) zostało przeniesione. Nowy termin: { $when }.

    { $details }

    { $link }
email-promoted-subject = Mają Państwo miejsce: { $title }, { $when }
email-promoted-body = Dzień dobry { $pseudonym },

    Zwolniło się miejsce i jest ono teraz Państwa: { $title } ({ $group }), { $when }.

    { $details }

    Jeśli nie mogą Państwo już przyjść, prosimy zmienić odpowiedź, aby ktoś inny mógł zająć to miejsce:
    { $link }
# Błędy w formularzach na stronach spotkań, według pól (API JSON podaje szczegółowy komunikat po angielsku).
meeting-error-id = Tego spotkania nie można już w ten sposób zmienić: zakończyło się albo zostało odwołane.
meeting-error-reason = Proszę podać powód dla członków grupy (najwyżej 300 znaków).
meeting-error-starts_at = Proszę podać nową datę i godzinę w przyszłości, które istnieją tego dnia (nie w godzinie pomijanej przy zmianie czasu na letni).
meeting-error-note = Proszę skrócić wiadomość do najwyżej 300 znaków.
meeting-error-present = Proszę zaznaczać tylko członków grupy i dopiero po rozpoczęciu spotkania.
meeting-error-last_date = Proszę podać datę ostatniego spotkania: dzisiejszą lub późniejszą, ale nie wcześniejszą niż data pierwszego spotkania.
meeting-error-date = Proszę podać datę pierwszego spotkania, na przykład 2026-12-01.
meeting-error-time = Proszę podać godzinę rozpoczęcia, na przykład 19:00, która istnieje tego dnia (nie w godzinie pomijanej przy zmianie czasu na letni) i przypada w dzień zgodny z wybranym powtarzaniem.
meeting-error-duration = Proszę podać czas trwania w minutach, od 5 do 1440.
meeting-error-repeat = Proszę wybrać, jak często spotkanie ma się powtarzać.
meeting-error-ends_on = Proszę podać datę ostatniego spotkania, taką samą jak data pierwszego spotkania lub późniejszą, na przykład 2027-07-31.
meeting-error-place = Proszę wybrać, gdzie odbędzie się spotkanie. Jeśli grupa nie podała stałego miejsca spotkań, proszę wybrać inne miejsce albo spotkanie online.
meeting-error-venue_name = Proszę podać nazwę i adres miejsca spotkań.
meeting-error-venue_address = Proszę podać adres miejsca spotkań.
meeting-error-venue_postcode = Proszę podać krótki kod pocztowy, na przykład CF10 1FL.
meeting-error-venue_access = Proszę skrócić informacje o dostępności do najwyżej 1000 znaków.
meeting-error-venue_directions = Proszę skrócić wskazówki dojazdu do najwyżej 1000 znaków.
meeting-error-join_url = Proszę podać pełny link do połączenia, zaczynający się od https://, albo numer telefonu do połączenia.
meeting-error-dial_in = Proszę podać numer telefonu, używając cyfr, spacji i znaków + ( ) -.
meeting-error-link_opens = Proszę podać liczbę minut przed rozpoczęciem jako liczbę całkowitą nie większą niż 10080.
meeting-error-capacity = Proszę podać liczbę miejsc jako liczbę całkowitą od 1 do 10000 albo zostawić to pole puste.
meeting-error-format = Proszę wybrać schemat spotkania z listy.
meeting-error-title = Tytuł powinien mieścić się w jednym wierszu i mieć najwyżej 120 znaków.
meeting-error-timezone = Proszę wybrać strefę czasową.
meeting-error-name = Proszę nadać schematowi nazwę o długości najwyżej 80 znaków.
meeting-error-segments = Każda część spotkania musi mieć nazwę i trwać od 1 do 240 minut; schemat może mieć od 1 do 30 części.
meeting-error-other = Proszę sprawdzić to pole.

## Pokój na żywo na stronie spotkania
meeting-room-enter = Wejdź do pokoju na żywo
meeting-room-enter-hint = Czat, podnoszenie ręki i zabieranie głosu po kolei; dźwięk i obraz, jeśli Państwo chcą.
meeting-room-summary-heading = Jak przebiegło spotkanie w pokoju na żywo
meeting-room-summary = Czas: { $minutes } min. Uczestnicy: { $people }. Wypowiedzi w rundach: { $turns }. Wiadomości na czacie: { $messages }.
meeting-room-balance = Równowaga czasu mówienia: { $balance } (1 oznacza idealnie równy podział, 0 – że mówiła tylko jedna osoba).
meeting-room-share = { $name }: { $percent }% czasu mówienia
meeting-room-summary-hint = Zapisywane są tylko liczby łączne. Nic z tego, co ktokolwiek powiedział lub napisał, nie jest przechowywane po spotkaniu.
