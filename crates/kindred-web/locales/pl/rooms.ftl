# Kindred live room strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Pokój spotkania na żywo: strona (/meetings/{id}/room)

room-title = Pokój na żywo
room-page-title = Pokój na żywo: { $title }
room-not-online = To spotkanie odbywa się osobiście, więc nie ma pokoju na żywo.
room-cancelled = To spotkanie zostało odwołane, więc jego pokój na żywo jest zamknięty.
room-not-yet = Pokój na żywo zostanie otwarty: { $when }. Zapraszamy wtedy ponownie.
room-over = Pokój na żywo tego spotkania został już zamknięty.
room-group-label = Grupa
room-noscript = Pokój na żywo wymaga JavaScriptu, który w tej przeglądarce jest wyłączony lub niedostępny. Nadal można dołączyć przez telefon albo za pomocą linku do spotkania.
room-noscript-link = Zobacz na stronie spotkania, jak dołączyć
room-rules-heading = Zasady grupy
room-rules-intro = Zanim Państwo wejdą, prosimy przeczytać zasady grupy. Dzięki nim wszyscy mogą czuć się bezpiecznie.
room-rules-none = Prosimy o życzliwość, słuchanie bez przerywania i zachowanie dla siebie tego, co tu Państwo usłyszą.
room-rules-ready = Wchodzę
room-rules-ready-hint = Mikrofon i kamera pozostaną wyłączone, dopóki Państwo ich nie włączą.
room-rules-close = Wróć do pokoju
room-rules-show = Zasady grupy
room-leave = Wyjdź z pokoju
room-waiting = Są Państwo w poczekalni. Osoba prowadząca wkrótce Państwa wpuści.
room-ended = To spotkanie się zakończyło. Dziękujemy za obecność.
room-removed = Osoba prowadząca poprosiła Państwa o opuszczenie tego spotkania.
room-locked = Pokój jest zamknięty, więc w tej chwili nikt nowy nie może wejść.
room-back-to-meeting = Wróć do strony spotkania

room-media-heading = Obraz i dźwięk
room-mic = Mikrofon
room-camera = Kamera
room-tiles-label = Obraz z kamer obecnych osób

room-hands-heading = Podniesione ręce
room-hand = Podnieś rękę
room-hand-hint = Aby opuścić rękę, proszę nacisnąć ponownie.

room-round-heading = Runda (każdy po kolei)
room-round-done = Kończę
room-round-pass = Pasuję

room-agenda-heading = Przebieg spotkania

room-people-heading = Kto jest obecny

room-chat-heading = Czat
room-chat-hint = Czat mogą czytać wszyscy obecni w pokoju. Zostanie usunięty po zakończeniu spotkania.
room-chat-label = Wiadomość
room-chat-send = Wyślij

room-wellbeing-heading = Jak się Państwo czują?
room-wellbeing-hint = Widzi to tylko osoba prowadząca. Nikt inny się nie dowie.
room-wellbeing-break = Potrzebuję przerwy
room-wellbeing-not-ok = Nie czuję się dobrze
room-wellbeing-crisis = Jeśli może Państwu teraz grozić niebezpieczeństwo, prosimy od razu poszukać pomocy.
room-wellbeing-crisis-link = Z kim można się teraz skontaktować

room-fac-heading = Narzędzia osoby prowadzącej
room-fac-fairness = Równy udział
room-fac-fairness-hint = Widzą to tylko osoby prowadzące. Czas mówienia jest mierzony w przeglądarce każdej osoby; nic z tego, co mówi, nie opuszcza jej przeglądarki.
room-fac-wellbeing = Prywatne wiadomości od członków grupy
room-fac-wellbeing-none = Na razie brak.
room-fac-room = Pokój
room-fac-lobby = Poczekalnia
room-fac-lock = Zamknij pokój
room-fac-chat-pause = Wstrzymaj czat
room-fac-end = Zakończ spotkanie dla wszystkich
room-fac-toggle-hint = Przycisk, który wygląda na wciśnięty, jest włączony.
room-fac-hands = Ręce
room-fac-call-next = Udziel głosu następnej osobie
room-fac-clear-hands = Opuść wszystkie ręce
room-fac-round = Runda (każdy po kolei)
room-fac-round-seconds = Czas dla każdej osoby (w sekundach)
room-fac-round-seconds-hint = Od 15 do 900.
room-fac-round-start = Rozpocznij rundę
room-fac-round-next = Przejdź do następnej osoby
room-fac-round-end = Zakończ rundę
room-fac-agenda = Przebieg spotkania
room-fac-agenda-start = Rozpocznij przebieg spotkania
room-fac-agenda-next = Przejdź do następnej części
room-fac-agenda-extend = Dodaj 5 minut
room-fac-agenda-skip = Pomiń część, która następuje po tej
room-fac-agenda-reader = Kto czyta tę część
room-fac-agenda-reader-set = Wybierz osobę czytającą

## Pokój spotkania na żywo: teksty dla skryptu strony (wysyłane do przeglądarki bez zmian;
## skrypt sam wstawia { $name }, { $count } itp.)

room-js-connecting = Łączenie…
room-js-connected = Połączono
room-js-reconnecting = Połączenie zostało przerwane. Ponowna próba za { $seconds } s.
room-js-closed = Połączenie z pokojem zostało zakończone.
room-js-you = (ja)
room-js-you-tile = Ja
room-js-role-facilitator = osoba prowadząca
room-js-hand-up = podniesiona ręka
room-js-mic-on = mikrofon włączony
room-js-camera-on = kamera włączona
room-js-waiting-list = Czekają na wejście
room-js-nobody-waiting = Nikt nie czeka.
room-js-admit = Wpuść: { $name }
room-js-ask-mute = Poproś o wyciszenie: { $name }
room-js-remove = Usuń ze spotkania: { $name }
room-js-remove-confirm = Usunąć z tego spotkania: { $name }? Ta osoba nie będzie mogła wrócić.
room-js-end-confirm = Zakończyć spotkanie dla wszystkich? Tego nie można cofnąć.
room-js-nobody-here = Nie ma tu jeszcze nikogo innego.
room-js-hands-empty = Nikt nie podniósł ręki.
room-js-move-up = Przesuń w górę: { $name }
room-js-speaking-now = Teraz mówi: { $name }
room-js-round-none = W tej chwili nie trwa żadna runda.
room-js-round-turn = Kolej: { $name }
room-js-round-your-turn = Teraz Państwa kolej. Proszę się nie spieszyć, a jeśli wolą Państwo nie mówić, można spasować.
room-js-round-done = po wypowiedzi
room-js-round-passed = pas
room-js-round-waiting = czeka na swoją kolej
room-js-round-speaking = mówi teraz
room-js-time-left = Pozostały czas: { $time }
room-js-time-up = Czas minął
room-js-agenda-none = Przebieg spotkania jeszcze się nie rozpoczął.
room-js-agenda-now = Teraz: { $name }
room-js-agenda-skipped = pominięto
room-js-agenda-reader = Czyta: { $name }
room-js-agenda-script = Tekst do odczytania
room-js-minutes = { $minutes } min
room-js-kind-open-sharing = Swobodne dzielenie się
room-js-kind-go-round = Runda (każdy po kolei)
room-js-kind-topic = Rozmowa na wybrany temat
room-js-kind-reading = Czytanie
room-js-kind-break = Przerwa
room-js-kind-check-out = Runda zamykająca
room-js-reader-none = Nikt
room-js-chat-paused = Osoba prowadząca na razie wstrzymała czat.
room-js-chat-empty = Nie ma jeszcze wiadomości.
room-js-chat-report = Zgłoś
room-js-chat-report-label = Zgłoś tę wiadomość od { $name } (otwiera się w nowej karcie)
room-js-not-sent = Nie wysłano, ponieważ nie ma połączenia. Proszę spróbować ponownie za chwilę.
room-js-media-unsupported = Ta przeglądarka nie obsługuje połączeń wideo ani głosowych. Nadal można korzystać z czatu.
room-js-mic-denied = Nie udało się włączyć mikrofonu. Proszę sprawdzić w ustawieniach przeglądarki, czy ta strona może z niego korzystać.
room-js-camera-denied = Nie udało się włączyć kamery. Proszę sprawdzić w ustawieniach przeglądarki, czy ta strona może z niej korzystać.
room-js-mic-is-on = Mikrofon jest włączony.
room-js-mic-is-off = Mikrofon jest wyłączony.
room-js-camera-is-on = Kamera jest włączona.
room-js-camera-is-off = Kamera jest wyłączona.
room-js-audio-only = Obraz jest wyłączony, ponieważ jest tu wiele osób. Dźwięk nadal działa.
room-js-play-sound = Włącz dźwięk
room-js-connecting-to = Łączenie z: { $name }…
room-js-announce-admitted = Są Państwo w pokoju. Witamy.
room-js-announce-waiting = Są Państwo w poczekalni. Osoba prowadząca wkrótce Państwa wpuści.
room-js-announce-turn = Teraz Państwa kolej, aby zabrać głos.
room-js-announce-called = Udzielono Państwu głosu. Można teraz mówić.
room-js-announce-asked-to-mute = Osoba prowadząca prosi o wyciszenie mikrofonu.
room-js-announce-locked = Pokój jest zamknięty, więc w tej chwili nie mogą Państwo wejść.
room-js-announce-ended = Spotkanie się zakończyło. Dziękujemy za obecność.
room-js-announce-removed = Osoba prowadząca poprosiła Państwa o opuszczenie tego spotkania.
room-js-wellbeing-sent = Dziękujemy. Osoba prowadząca została o tym poinformowana, poufnie.
room-js-wellbeing-break = { $name } potrzebuje przerwy.
room-js-wellbeing-not-ok = { $name } nie czuje się dobrze.
room-js-fairness-none = Nikt jeszcze nie zabrał głosu.
room-js-fairness-balance = Równowaga: { $balance } (1 oznacza, że wszyscy mieli równy udział)
room-js-fairness-not-yet = Osoby, które nie miały jeszcze okazji zabrać głosu: { $names }
room-js-fairness-above = Osoby, które mówią ponad dwa razy więcej, niż wynosi ich udział: { $names }
room-js-fairness-measure-speaking = Mierzone według czasu mówienia.
room-js-fairness-measure-contributions = Liczone są wiadomości na czacie i wypowiedzi w rundach, ponieważ nie zmierzono jeszcze niczyjego czasu mówienia.
room-js-col-name = Nazwa
room-js-col-time = Czas mówienia
room-js-col-contributions = Wypowiedzi
room-js-col-share = Udział
room-js-nudge-not-yet = Osoby, które nie miały jeszcze okazji zabrać głosu: { $count }. Można je delikatnie zaprosić do rozmowy.
room-js-nudge-above-twice-share = Osoby, które mówią ponad dwa razy więcej, niż wynosi ich udział: { $count }. Można zrobić miejsce dla innych.
room-js-nudge-other = Sugestia dla grupy: { $kind } ({ $count })
room-js-error-forbidden = Może to zrobić tylko osoba prowadząca.
room-js-error-invalid = Nie udało się. Proszę sprawdzić i spróbować ponownie.
room-js-error-rate-limited = To było dużo naraz. Proszę nieco zwolnić.
room-js-error-chat-paused = Czat jest wstrzymany, więc wiadomość nie została wysłana.
room-js-error-too-large = Ta wiadomość jest za długa.
room-js-error-not-admitted = Będzie to możliwe, gdy osoba prowadząca wpuści Państwa do pokoju.
room-js-error-not-your-turn = W tej chwili nie jest Państwa kolej.
room-js-error-full = Pokój jest w tej chwili pełny.
room-js-error-unavailable = Nie udało się tego przesłać. Proszę spróbować ponownie.
room-js-error-other = Coś poszło nie tak. Proszę spróbować ponownie.

## Wykrywanie sygnałów kryzysu na czacie (teksty wyświetlane przez skrypt pokoju)
room-js-wellbeing-chat-concern = Coś, co { $name } pisze na czacie, sugeruje, że ta osoba może przeżywać trudności.
room-js-wellbeing-chat-urgent = Coś, co { $name } pisze na czacie, może oznaczać, że ta osoba jest teraz zagrożona. Proszę skontaktować się z nią prywatnie.
room-js-safety-concern = Wygląda na to, że przeżywają Państwo trudny czas. Jeśli chcieliby Państwo z kimś porozmawiać, te linie wsparcia są bezpłatne i poufne.
room-js-safety-urgent = Wygląda na to, że jest Państwu teraz naprawdę ciężko. Nie muszą Państwo przechodzić przez to w pojedynkę: można porozmawiać z kimś już teraz, bezpłatnie, o każdej porze.
room-js-safety-more = Więcej sposobów, by uzyskać pomoc teraz
room-js-safety-close = Zamknij
