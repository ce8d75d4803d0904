# Kindred directory strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Taksonomia: kategorie

category-condition_specific = Życie z chorobą
category-mental_health = Zdrowie psychiczne
category-addiction_recovery = Uzależnienia i zdrowienie
category-caregivers = Opiekunowie
category-bereavement = Żałoba
category-other = Inne

## Taksonomia: choroby i sytuacje życiowe

condition-cancer = Nowotwory
condition-breast_cancer = Rak piersi
condition-prostate_cancer = Rak prostaty
condition-diabetes = Cukrzyca
condition-type1_diabetes = Cukrzyca typu 1
condition-hiv = HIV
condition-hepatitis_c = Wirusowe zapalenie wątroby typu C (WZW C)
condition-heart_disease = Choroby serca
condition-stroke = Udar mózgu
condition-long_covid = Long COVID (zespół pocovidowy)
condition-chronic_pain = Ból przewlekły
condition-ms = Stwardnienie rozsiane
condition-parkinsons = Choroba Parkinsona
condition-epilepsy = Padaczka
condition-arthritis = Zapalenie stawów
condition-ibd = Choroba Leśniowskiego-Crohna i wrzodziejące zapalenie jelita grubego
condition-depression = Depresja
condition-anxiety = Lęk
condition-bipolar = Choroba afektywna dwubiegunowa
condition-psychosis = Psychoza
condition-eating_disorders = Zaburzenia odżywiania
condition-ptsd = PTSD i trauma
condition-postnatal = Zdrowie psychiczne w okresie okołoporodowym i po porodzie
condition-self_harm = Samookaleczenia
condition-suicide_bereavement = Żałoba po samobójczej śmierci bliskiej osoby
condition-alcohol = Alkohol
condition-drugs = Narkotyki
condition-gambling = Hazard
condition-smoking = Rzucanie palenia
condition-dementia_carers = Opieka nad osobą z demencją
condition-carers = Opieka nad bliską osobą
condition-young_carers = Młodzi opiekunowie
condition-autism_carers = Opieka nad osobą w spektrum autyzmu
condition-bereavement = Żałoba
condition-baby_loss = Strata dziecka w ciąży lub po porodzie
condition-loneliness = Samotność

## Dla kogo jest grupa

audience-adults = Dorośli
audience-young_people = Młodzi ludzie
audience-older_people = Osoby starsze
audience-women = Tylko kobiety
audience-men = Tylko mężczyźni
audience-lgbtq = Osoby LGBTQ+
audience-parents = Rodzice
audience-families = Rodziny
audience-veterans = Weterani
audience-minority_ethnic = Osoby czarnoskóre, pochodzenia azjatyckiego i z mniejszości etnicznych
age-range = Wiek: od { $min } do { $max }
age-from = Wiek: od { $min } wzwyż
age-to = Wiek: do { $max }

## Jak działa grupa

leadership-peer_led = Prowadzona przez osoby z podobnym doświadczeniem
leadership-professional_led = Prowadzona przez specjalistę
leadership-co_facilitated = Prowadzona wspólnie przez osobę z podobnym doświadczeniem i specjalistę
structure-structured = Według ustalonego schematu: { $format }
structure-unstructured = Swobodna rozmowa, bez ustalonego schematu
attendance-in_person = Osobiście
attendance-online = Online
attendance-hybrid = Osobiście i online
cost-free = Bezpłatnie
cost-donation = Mile widziane datki
cost-fee = Udział jest płatny
joining-open = Otwarta: każdy może dołączyć
joining-closed = Zamknięta: trzeba poprosić o dołączenie
status-active = Spotyka się
status-paused = Na razie zawieszona
status-closed = Już się nie spotyka

## Języki spotkań grup (nazwy po polsku; przełącznik języka używa nazwy każdego języka w tym języku)

lang-en = angielski
lang-cy = walijski
lang-pl = polski
lang-ur = urdu
lang-ar = arabski
lang-pa = pendżabski
lang-bn = bengalski
lang-gu = gudżarati
lang-so = somalijski
lang-ro = rumuński
lang-gd = szkocki gaelicki
lang-ga = irlandzki
lang-bfi = brytyjski język migowy (BSL)

## Dostępność

access-step_free = Dostęp bez schodów
access-hearing_loop = Pętla indukcyjna
access-accessible_toilet = Toaleta dla osób z niepełnosprawnościami
access-bsl_interpreter = Tłumacz BSL
access-captions = Napisy na żywo
access-quiet_room = Ciche pomieszczenie
access-parking = Parking w pobliżu
access-large_print = Materiały w dużym druku
access-easy_read = Materiały w tekście łatwym do czytania (ETR)

## Dni i pory

day-0 = niedziela
day-1 = poniedziałek
day-2 = wtorek
day-3 = środa
day-4 = czwartek
day-5 = piątek
day-6 = sobota
time-morning = Rano
time-afternoon = Po południu
time-evening = Wieczorem
schedule-weekly = Co tydzień ({ $days }) o godz. { $time }
schedule-fortnightly = Co dwa tygodnie ({ $days }) o godz. { $time }
schedule-monthly = Raz w miesiącu ({ $days }) o godz. { $time }
schedule-other = Regularnie, o godz. { $time }

## Wyszukiwanie

groups-title = Znajdź grupę
groups-intro = Można szukać według tego, przez co Państwo przechodzą, gdzie Państwo mieszkają i jak chcieliby się Państwo spotykać. Wyniki można zawęzić według języka, potrzeb związanych z dostępnością i nie tylko.
search-q-label = Czego Państwo szukają?
search-q-hint = Na przykład: lęk, cukrzyca, opiekunowie, hazard
search-near-label = W pobliżu (opcjonalnie)
search-near-hint = Kod pocztowy, jego pierwsza część lub miejscowość
search-radius-label = W promieniu
search-radius-km = { $km } km
search-filters = Więcej filtrów
search-any = Wszystkie
search-category = Rodzaj grupy
search-condition = Choroba lub sytuacja
search-format = Forma spotkań
search-language = Język
search-day = Dzień
search-time = Pora dnia
search-access = Dostępność
search-leadership = Kto prowadzi
search-cost = Koszt
search-audience = Dla kogo
search-button = Szukaj
search-results = { $count ->
    [one] Znaleziono jedną grupę
    [few] Znaleziono { $count } grupy
    [many] Znaleziono { $count } grup
   *[other] Znaleziono { $count } grupy
}
search-none = Brak pasujących grup. Proszę spróbować użyć mniej filtrów, zwiększyć odległość albo wpisać inne słowa.
search-near-heading = W pobliżu: { $place }
search-online-heading = Grupy online, do których można dołączyć z dowolnego miejsca
search-online-badge = Online
search-distance = { $km } km stąd
search-paused = Zawieszona
search-verified = Zweryfikowana organizacja
search-page = Strona { $page } z { $pages }
search-previous = Poprzednia strona
search-next = Następna strona

## Strona grupy

group-run-by = Prowadzi: { $organisation }
group-about = O tej grupie
group-details = Szczegóły
group-where = Gdzie
group-where-members = Dokładny adres jest udostępniany członkom grupy.
group-online-only = Ta grupa spotyka się online. Członkowie otrzymują link przed każdym spotkaniem.
group-when = Kiedy
group-who = Dla kogo
group-languages = Języki
group-access = Dostępność
group-cost = Koszt
group-leadership = Kto prowadzi grupę
group-format = Jak wyglądają spotkania
group-first-meeting = Czego można się spodziewać na pierwszym spotkaniu
group-facilitators = Osoby prowadzące
group-no-facilitators = Tutaj pojawi się lista osób prowadzących.
group-members-count = { $count ->
    [one] Jeden członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
group-capacity = Maksymalna liczba uczestników: { $capacity }
group-join = Dołącz do tej grupy
group-ask-to-join = Poproś o dołączenie do tej grupy
group-sign-in-to-join = Aby dołączyć, proszę się zalogować lub założyć konto. Można używać dowolnego imienia lub pseudonimu.
group-you-are-member = Należą Państwo do tej grupy.
group-you-are-pending = Prośba o dołączenie została wysłana. Osoba prowadząca wkrótce odpowie.
group-you-were-declined = Tym razem prośba o dołączenie nie została przyjęta.
group-you-are-banned = Nie mogą Państwo brać udziału w tej grupie.
group-decision-note = Wiadomość od osoby prowadzącej: { $note }
group-leave = Opuść tę grupę
group-members-link = Zobacz członków i prośby o dołączenie
group-agreement-changed = Umowa grupy uległa zmianie. Aby nadal brać udział, proszę ją przeczytać i zaakceptować.
group-paused-notice = Ta grupa obecnie się nie spotyka.

## Dołączanie

join-title = Dołącz do grupy { $group }
join-intro = Każdy członek zobowiązuje się zachować w poufności to, czym inni dzielą się w grupie. Proszę przeczytać umowę i zasady grupy.
join-agreement = Umowa i zasady grupy (wersja { $version })
join-accept = Znam treść umowy i będę jej przestrzegać
join-error-accept = Proszę zaznaczyć pole, aby potwierdzić akceptację umowy
join-name-label = Nazwa używana w tej grupie (opcjonalnie)
join-name-hint = Jeśli pole pozostanie puste, użyjemy Państwa nazwy wyświetlanej. W każdej grupie można używać innej nazwy.
join-questions = Kilka pytań od osób prowadzących
join-questions-hint = Odpowiedzi mogą być tak długie lub tak krótkie, jak Państwo chcą. Widzą je tylko osoby prowadzące grupę.
join-button = Dołącz do grupy
join-request-button = Wyślij moją prośbę
join-done = Witamy! Dołączyli Państwo do grupy { $group }.
join-requested = Prośba została wysłana. Osoba prowadząca ją przejrzy i odpowie.
leave-done = Opuścili Państwo grupę { $group }.

agreement-default-1 = To, co zostało powiedziane w grupie, zostaje w grupie. Proszę nie ujawniać niczego, co mogłoby pozwolić rozpoznać innego członka – ani na spotkaniach, ani poza nimi, także w internecie.
agreement-default-2 = Proszę słuchać bez przerywania i mówić na podstawie własnych doświadczeń. Każdy powinien mieć okazję się wypowiedzieć.
agreement-default-3 = Proszę odnosić się do innych życzliwie: bez oceniania, bez udzielania rad, jeśli ktoś o nie nie prosi, i bez jakiejkolwiek dyskryminacji.
agreement-default-4 = Jeśli martwią się Państwo o swoje bezpieczeństwo lub bezpieczeństwo innej osoby, proszę powiedzieć o tym osobie prowadzącej. Osoby prowadzące zachowują poufność, chyba że komuś grozi poważna krzywda.
agreement-default-5 = Z grupy można wystąpić w każdej chwili.

## Członkowie i prośby o dołączenie (dla osób prowadzących)

members-title = Członkowie grupy { $group }
members-requests = Prośby o dołączenie
members-no-requests = Brak oczekujących próśb.
members-current = Członkowie
members-answers = Odpowiedzi tej osoby
members-approve = Przyjmij
members-decline = Odrzuć
members-note-label = Wiadomość do tej osoby (opcjonalnie)
members-remove = Usuń z grupy
members-ban = Zablokuj dostęp do grupy
members-role-member = Członek
members-role-peer_facilitator = Osoba prowadząca (z własnym doświadczeniem)
members-role-professional_facilitator = Osoba prowadząca (specjalista)
members-role-organiser = Organizator
members-since = Od { $date }
