# Kindred moderation strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Moderacja, zgłoszenia, alerty kryzysowe, sankcje i rejestr działań.

moderation-title = Moderacja
moderation-intro = Najpierw alerty kryzysowe, potem zgłoszenia. Każde działanie jest zapisywane w rejestrze działań, a członkowie dowiadują się, co się stało i dlaczego.
moderation-on-duty = Mają Państwo dyżur do { $until }. Pilne alerty są wysyłane do Państwa e-mailem.
moderation-off-duty = Nie mają Państwo teraz dyżuru. Gdy żaden moderator nie ma dyżuru, wpisy zgłoszone przez co najmniej 3 osoby są ukrywane, dopóki ktoś ich nie sprawdzi.
moderation-go-on-duty = Rozpocznij dyżur na 8 godzin
moderation-go-off-duty = Zakończ dyżur
moderation-alerts = Alerty kryzysowe
moderation-no-alerts = Brak otwartych alertów.
moderation-urgent = Pilne
moderation-concern = Niepokój
moderation-reasons = Dlaczego: { $reasons }
moderation-open = Otwórz
moderation-handled = Oznacz jako obsłużony
moderation-no-emergency = Kindred nigdy sam nie kontaktuje się ze służbami ratunkowymi. Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, proszę zadzwonić pod numer 999.
moderation-reports = Zgłoszenia
moderation-no-reports = Brak otwartych zgłoszeń.
moderation-reporters = { $count ->
    [one] zgłoszone przez { $count } osobę
    [few] zgłoszone przez { $count } osoby
    [many] zgłoszone przez { $count } osób
   *[other] zgłoszone przez { $count } osoby
}
moderation-reason = Powód (członek zostanie o nim poinformowany)
moderation-hide = Ukryj
moderation-restore = Przywróć
moderation-dismiss = Odrzuć zgłoszenia
moderation-warn = Ostrzeż
moderation-suspend = Zawieś konto
moderation-ban = Wyklucz z grupy
moderation-appeals = Odwołania
moderation-no-appeals = Brak oczekujących odwołań.
moderation-appeal-text = Treść odwołania:
moderation-uphold = Utrzymaj decyzję
moderation-lift = Uchyl decyzję
moderation-refused-title = Wiadomość nie została opublikowana
moderation-refused-suspended = Państwa konto jest zawieszone, więc obecnie nie mogą Państwo publikować. Na stronie konta można sprawdzić, dlaczego i do kiedy, oraz jak się odwołać.
moderation-refused-rate = Publikują Państwo bardzo szybko. Proszę odczekać kilka minut i spróbować ponownie.
moderation-refused-word = Wiadomość zawiera słowo lub wyrażenie, na które ta grupa nie pozwala. Proszę je zmienić i spróbować ponownie.
moderation-standing-link = Moje konto

safety-reason-urgent = pilne sformułowania
safety-reason-concern = niepokojące sformułowania
safety-reason-intent = zamiar
safety-reason-plan = plan
safety-reason-means = środki
safety-reason-timeframe = określony czas
safety-reason-negation = zaprzeczenie
safety-reason-past = w przeszłości
safety-reason-idiom = idiom
safety-reason-third = o innej osobie

report-title = Zgłoszenie
report-intro = Prosimy poinformować moderatorów o czymś, co narusza umowę grupy albo Państwa niepokoi. Zgłoszona osoba nie dowie się, kto ją zgłosił.
report-why = Dlaczego Państwo to zgłaszają?
report-reason-risk = Ktoś może być w niebezpieczeństwie
report-reason-harassment = Nękanie lub prześladowanie
report-reason-hate = Nienawiść lub dyskryminacja
report-reason-spam = Spam lub reklama
report-reason-privacy = Ujawnia czyjeś prywatne dane
report-reason-misinformation = Szkodliwe nieprawdziwe informacje o zdrowiu
report-reason-other = Coś innego
report-reason-watched_word = Obserwowane słowo
report-risk-hint = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, proszę zadzwonić pod numer 999. Gdzie szukać wsparcia teraz:
report-send = Wyślij zgłoszenie
report-thanks = Dziękujemy. Moderator się temu przyjrzy.
report-kind-post = Wpis
report-kind-message = Prywatna wiadomość
report-kind-user = Członek
report-kind-chat = Wiadomość na czacie pokoju na żywo
report-chat-by = Napisane w pokoju na żywo przez: { $name }
moderation-written-by = Autor: { $name }

sanction-warning = Ostrzeżenie
sanction-suspension = Zawieszenie konta
sanction-group_ban = Wykluczenie z grupy
sanction-post_hidden = Wpis został ukryty
sanction-appeal_upheld = Odwołanie zostało rozpatrzone, a decyzja pozostaje w mocy
sanction-appeal_lifted = Odwołanie zostało przyjęte, a decyzja uchylona

account-standing-title = Decyzje moderatorów
account-standing-until = do { $until }
account-standing-permanent = na stałe
account-standing-reason = Powód: { $reason }
account-standing-appeal-label = Dlaczego tę decyzję należy rozpatrzyć ponownie?
account-standing-appeal = Odwołaj się
account-standing-appeal-waiting = Odwołanie czeka na moderatora.
account-standing-appeal-upheld = Odwołanie zostało rozpatrzone; decyzja pozostaje w mocy.
account-standing-appeal-lifted = Odwołanie zostało przyjęte; decyzja została uchylona.

words-title = Obserwowane słowa
words-intro = Słowa lub wyrażenia, na które należy zwracać uwagę we wpisach i wiadomościach. Oznaczenie: moderatorzy dostają powiadomienie. Wstrzymanie: wpis czeka na moderatora. Blokada: wpis jest odrzucany, a autor jest proszony o jego zmianę.
words-none = Nie ma jeszcze obserwowanych słów.
words-field = Słowo lub wyrażenie
words-action = Co zrobić
words-action-flag = Oznacz dla moderatorów
words-action-hold = Wstrzymaj do sprawdzenia
words-action-block = Zablokuj
words-add = Dodaj
words-remove = Usuń

audit-title = Rejestr działań
audit-intro = Każde działanie moderatorów i administratorów: kto, co, kiedy i dlaczego. Zapisów w rejestrze nie można zmienić ani usunąć.
audit-none = Nic jeszcze nie zapisano.
audit-system = Kindred (automatycznie)
audit-col-when = Kiedy
audit-col-who = Kto
audit-col-what = Działanie
audit-col-target = Dotyczy
audit-col-why = Dlaczego

email-alert-subject = Wiadomość w Państwa grupie może wymagać uwagi
email-alert-body =
    Dzień dobry { $pseudonym },

    Mechanizm sprawdzający w Kindred znalazł w wiadomości sformułowania, które mogą oznaczać, że ktoś jest zagrożony. Autorowi pokazano, gdzie szukać pomocy w kryzysie. Prosimy zajrzeć do alertu i oznaczyć go jako obsłużony, gdy ktoś już zareaguje:
email-moderation-subject = Decyzja dotycząca Państwa konta w Kindred
email-moderation-body =
    Dzień dobry { $pseudonym },

    Moderator podjął następującą decyzję: { $what }.
    Powód: { $reason }

    Można się z nią zapoznać i złożyć odwołanie na stronie konta:
