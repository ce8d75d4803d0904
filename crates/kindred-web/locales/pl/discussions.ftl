# Kindred discussion strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Dyskusje: tablice, wątki, wpisy, prywatne wiadomości, notatki po spotkaniu.

group-board-link = Tablica dyskusyjna
group-messages-link = Napisz do osób prowadzących
group-messages-runner-link = Wiadomości od członków grupy
board-org-link = Przestrzeń dyskusyjna osób prowadzących

board-title = Tablica dyskusyjna: { $group }
board-intro = Tu można opowiedzieć, jak się sprawy mają, poprosić o praktyczną radę i wspierać się nawzajem między spotkaniami. Tę tablicę mogą czytać tylko członkowie grupy, chyba że grupa udostępniła ją publicznie.
board-org-title = Przestrzeń osób prowadzących: { $organisation }
board-org-intro = Prywatna przestrzeń dla osób, które prowadzą grupy tej organizacji: można tu dzielić się tym, co się sprawdza, prosić o radę i wspierać się nawzajem. Mogą ją czytać tylko osoby prowadzące i organizatorzy tej organizacji.
board-empty = Nikt jeszcze nie rozpoczął rozmowy.
board-posts = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
board-unread = Nowe: { $count }
board-pages = Strony
board-new-thread = Rozpocznij rozmowę
board-field-title = Tytuł
board-field-body = Wiadomość
board-field-body-hint = Można używać składni Markdown: **pogrubienie**, *kursywa*, listy i linki.
board-field-warning = Ostrzeżenie o treści
board-field-warning-hint = Jeśli wiadomość dotyczy czegoś, o czym innym może być trudno czytać, proszę wybrać ostrzeżenie. Czytelnicy sami zdecydują wtedy, czy ją otworzyć.
board-warning-none = Ostrzeżenie nie jest potrzebne
board-field-anonymous = Opublikuj bez mojej nazwy
board-field-anonymous-hint = Inni członkowie zobaczą „Anonimowy członek”. Osoby prowadzące grupę i moderatorzy Kindred nadal widzą, kto to napisał – dla bezpieczeństwa wszystkich.
board-privacy-note = Wiadomości są przechowywane w postaci zaszyfrowanej. Prosimy nie opowiadać historii innych osób ani nie podawać szczegółów, po których można by kogoś rozpoznać.
board-post = Opublikuj
board-error-title = Proszę nadać rozmowie tytuł (najwyżej 150 znaków).
board-error-body = Proszę napisać wiadomość (najwyżej 20 000 znaków).
board-error-warning = Proszę wybrać ostrzeżenie o treści z listy.
board-anonymous = Anonimowy członek
board-anonymous-known = Anonimowy członek (autor: { $name })
board-former-member = Były członek
board-public = Pozwól każdemu czytać tę tablicę (pisać nadal mogą tylko członkowie)
board-public-hint = Domyślnie wyłączone. Wpisy mogą być osobiste: tablicę warto udostępnić publicznie tylko wtedy, gdy członkowie grupy się na to zgodzili.
board-hidden-moderator = Ukryte przez moderatora.
board-hidden-reports = Ukryte po kilku zgłoszeniach, dopóki nie sprawdzi tego moderator.
board-hidden-held = Czeka na moderatora: linki od nowych kont są najpierw sprawdzane.
board-hidden-watched = Czeka na sprawdzenie przez moderatora.

warning-self_harm = Samookaleczenia
warning-suicide = Samobójstwo
warning-abuse = Przemoc i krzywdzenie
warning-eating_disorders = Zaburzenia odżywiania
warning-substance_use = Alkohol lub narkotyki
warning-bereavement = Śmierć i żałoba
warning-medical_detail = Szczegóły medyczne
warning-other = Trudny temat

reaction-hug = Przytulam
reaction-me_too = Ja też
reaction-helpful = Pomocne
reaction-thank_you = Dziękuję

thread-earlier = Wcześniejsze wpisy
thread-later = Późniejsze wpisy
thread-edited = edytowano
thread-deleted = Ten wpis został usunięty.
thread-warning = Ostrzeżenie o treści: { $warning }. Aby przeczytać, proszę rozwinąć.
thread-report = Zgłoś
thread-edit = Edytuj
thread-history = Wersje
thread-delete = Usuń
thread-reply = Odpowiedz
thread-send-reply = Wyślij odpowiedź

posted-title = Wiadomość została opublikowana
posted-held = Wiadomość pojawi się, gdy sprawdzi ją moderator. Zwykle dotyczy to linków od nowych kont.
posted-urgent-title = Nie muszą Państwo przechodzić przez to w pojedynkę
posted-urgent-body = To, co Państwo napisali, brzmi naprawdę ciężko. Osoby prowadzące grupę zostały o tym powiadomione, aby mogły się z Państwem skontaktować. Jeśli są Państwo w niebezpieczeństwie albo czują, że mogą działać pod wpływem myśli o odebraniu sobie życia, proszę od razu skontaktować się z jedną z tych służb:
posted-concern-title = Wsparcie jest dostępne, jeśli go Państwo potrzebują
posted-concern-body = Wygląda na to, że jest teraz Państwu trudno. Jeśli potrzebują Państwo teraz z kimś porozmawiać, te służby są bezpłatne i poufne:
posted-no-emergency = Kindred nie kontaktuje się ze służbami ratunkowymi. W nagłym wypadku proszę zadzwonić pod numer 999.
posted-continue = Przejdź do rozmowy

edit-title = Edytuj wiadomość
edit-back = Wróć do rozmowy
edit-hint = Wcześniejsze wersje są przechowywane dla osób prowadzących grupę i moderatorów.
edit-save = Zapisz zmiany
edit-history = Wcześniejsze wersje

messages-title = Wiadomości do osób prowadzących: { $group }
messages-intro = Prywatna rozmowa między Państwem a osobami, które prowadzą grupę. Inni członkowie jej nie widzą.
messages-conversations = Rozmowy
messages-count = { $count ->
    [one] { $count } wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}
messages-with = Rozmowa: { $name }
messages-none = Nie ma jeszcze wiadomości.
messages-field = Wiadomość
messages-send = Wyślij

board-member-messages = Członkowie mogą pisać do siebie prywatnie
board-member-messages-hint = Domyślnie wyłączone. Po włączeniu członkowie mogą rozpocząć prywatną rozmowę z innym członkiem grupy. Osoby prowadzące nie czytają tych rozmów, chyba że ktoś zgłosi wiadomość. Wyłączenie wstrzymuje nowe wiadomości; wcześniejsze rozmowy pozostają dostępne dla obu ich uczestników.
member-messages-heading = Wiadomości z innymi członkami
member-messages-start = Napisz do członka grupy
member-messages-field-with = Członek grupy
member-messages-choose = Wybierz członka grupy
member-messages-field-text = Pierwsza wiadomość
member-messages-hint = Tę rozmowę możecie czytać tylko Państwo we dwoje. Osoby prowadzące grupę jej nie czytają, chyba że jedno z Państwa zgłosi wiadomość. Wiadomości są przechowywane w postaci zaszyfrowanej.
member-messages-nobody = W grupie nie ma jeszcze nikogo innego, do kogo można napisać.
member-messages-error-with = Prosimy wybrać członka grupy, do którego chcą Państwo napisać.
member-messages-with = Rozmowa: { $name }
member-messages-private = Prywatna rozmowa tylko między Państwem we dwoje. Osoby prowadzące grupę jej nie czytają, chyba że ktoś zgłosi wiadomość.
member-messages-off-title = Wiadomości między członkami są wyłączone
member-messages-off = Członkowie tej grupy nie mogą obecnie pisać do siebie prywatnie. Nadal mogą Państwo czytać wcześniejsze rozmowy i pisać do osób prowadzących.
member-messages-gone = Ta osoba nie jest już członkiem grupy, więc nie można wysyłać nowych wiadomości. Nadal mogą Państwo czytać tę rozmowę.
member-messages-back = Wróć do wiadomości

debrief-link = Notatki po spotkaniu (tylko dla osób prowadzących)
debrief-title = Notatki po spotkaniu: { $group }
debrief-back = Wróć do spotkania
debrief-intro = Prywatne notatki dla osób, które prowadzą grupę: co poszło dobrze, czym trzeba się później zająć, jak się Państwo czują. Są przechowywane w postaci zaszyfrowanej; członkowie grupy nigdy ich nie widzą.
debrief-none = Nie ma jeszcze notatek z tego spotkania.
debrief-field = Notatka
debrief-hint = Proszę nie zapisywać danych osobowych członków, chyba że są potrzebne, aby bezpiecznie zająć się sprawą później.
debrief-save = Zapisz notatkę

my-discussions-title = Moje dyskusje
my-discussions-none = Na tablicach Państwa grup nie ma nic nowego.
my-discussions-alerts = { $count ->
    [one] { $count } otwarty alert kryzysowy w grupach, które Państwo prowadzą
    [few] { $count } otwarte alerty kryzysowe w grupach, które Państwo prowadzą
    [many] { $count } otwartych alertów kryzysowych w grupach, które Państwo prowadzą
   *[other] { $count } otwartego alertu kryzysowego w grupach, które Państwo prowadzą
}
my-discussions-digest = Chcę otrzymywać e-mailem codzienne podsumowanie nowych wpisów
my-discussions-digest-hint = Podsumowanie pokazuje, ile nowych wpisów jest w każdej z Państwa grup, wraz z linkami. Nigdy nie zawiera tego, co ktokolwiek napisał.

email-digest-subject = Nowe wpisy w Państwa grupach w Kindred
email-digest-body = Dzień dobry { $pseudonym }, oto, co nowego na tablicach Państwa grup:
email-digest-line = { $group } – nowe: { $count }
email-digest-off = Aby zrezygnować z tych e-maili, proszę odznaczyć pole codziennego podsumowania tutaj:
