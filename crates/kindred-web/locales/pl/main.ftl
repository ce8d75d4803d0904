# Kindred interface strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Szkielet strony: nagłówek, nawigacja, stopka, szybkie wyjście

site-name = Kindred
skip-link = Przejdź do treści głównej
nav-label = Menu główne
nav-home = Strona główna
nav-crisis = Pomoc w kryzysie
nav-sign-in = Zaloguj się
nav-sign-up = Załóż konto
nav-account = Moje konto
nav-sign-out = Wyloguj się
language-label = Język
signed-in-as = Zalogowano jako { $pseudonym }
quick-exit = Opuść tę stronę
quick-exit-hint = Muszą Państwo szybko opuścić tę witrynę? W każdej chwili można wybrać „Opuść tę stronę” albo trzy razy nacisnąć klawisz Escape. W miejscu strony pojawi się prognoza pogody.
quick-exit-dismiss = Ukryj ten komunikat
footer-label = Informacje o witrynie
footer-privacy = Informacja o prywatności
footer-accessibility = Deklaracja dostępności
footer-crisis = Pomoc w kryzysie
footer-crisis-now = Są Państwo teraz w kryzysie? Proszę zadzwonić bezpłatnie do Samaritans (telefon zaufania) pod numer 116 123, o każdej porze, a w nagłym wypadku pod numer 999.

## Strona główna

home-title = Znajdź grupę wzajemnego wsparcia
home-intro = Kindred pomaga osobom zmagającym się z tą samą chorobą lub sytuacją znaleźć grupę, spotykać się osobiście lub online i wspierać się nawzajem między spotkaniami.
home-search-label = Jakiej grupy Państwo szukają?
home-search-hint = Na przykład: lęk, cukrzyca, opiekunowie, hazard
home-search-button = Szukaj grup
home-what-title = Czym jest grupa wzajemnego wsparcia?
home-what-body = To grupa osób, które łączy wspólne doświadczenie, na przykład życie z chorobą albo opieka nad bliską osobą. Spotykają się, żeby się wzajemnie wysłuchać i sobie pomagać. Niektóre grupy prowadzą wolontariusze, którzy sami przez to przeszli, a inne – pielęgniarki, psycholodzy lub pracownicy socjalni.
home-safe-title = Prywatność i bezpieczeństwo
home-safe-body = Nie trzeba podawać prawdziwego imienia. Inni członkowie nigdy nie widzą Państwa adresu e-mail. Prywatne wiadomości i wpisy są szyfrowane, a wszystko, co o Państwu przechowujemy, można w każdej chwili pobrać lub usunąć.
home-crisis-title = Potrzebują Państwo pomocy teraz?
home-crisis-body = Grupa wsparcia nie jest służbą ratunkową. Jeśli myślą Państwo o odebraniu sobie życia albo są Państwo w niebezpieczeństwie, proszę od razu poszukać pomocy.
home-crisis-link = Zobacz, z kim można się teraz skontaktować

## Formularze: elementy wspólne

form-error-summary = Wystąpił problem
form-optional = (opcjonalnie)
field-email = Adres e-mail
field-email-hint = Używamy go tylko do logowania i do wysyłania wiadomości, o które Państwo poproszą. Inni członkowie nigdy go nie widzą.
field-pseudonym = Nazwa wyświetlana
field-pseudonym-hint = Tę nazwę widzą inni członkowie. Nie trzeba podawać prawdziwego imienia – wiele osób wybiera pseudonim. Nazwę można później zmienić.
field-password = Hasło
field-password-hint = Hasło musi składać się z co najmniej { $min } znaków. Kilka niezwiązanych ze sobą słów tworzy silne hasło, które łatwo zapamiętać.
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-confirm-password = Hasło

error-email-invalid = Proszę podać adres e-mail w prawidłowym formacie, np. imie@example.com
error-password-short = Hasło musi składać się z co najmniej { $min } znaków
error-password-long = Hasło może składać się z najwyżej { $max } znaków
error-pseudonym-empty = Proszę podać nazwę wyświetlaną
error-pseudonym-long = Nazwa wyświetlana może składać się z najwyżej { $max } znaków
error-pseudonym-email = Nazwa wyświetlana nie może być adresem e-mail, bo zobaczyliby go inni członkowie
error-password-wrong = Hasło jest nieprawidłowe
error-login-failed = Adres e-mail lub hasło jest nieprawidłowe
error-rate-limited = Zbyt wiele prób. Proszę odczekać kilka minut i spróbować ponownie.
error-cross-site = Ten formularz został wysłany z innej witryny, dlatego go nie przetworzyliśmy. Proszę wrócić, odświeżyć stronę i spróbować ponownie.

## Rejestracja

signup-title = Załóż konto
signup-intro = Dzięki kontu można dołączać do grup, odpowiadać na wpisy i spotykać się online. Konto jest bezpłatne.
signup-button = Załóż konto
signup-have-account = Mają Państwo już konto?
signup-sign-in-link = Zaloguj się
signup-done-title = Proszę sprawdzić skrzynkę e-mail
signup-done-body = Wysłaliśmy wiadomość na podany adres. Proszę otworzyć link z tej wiadomości, aby potwierdzić adres i dokończyć zakładanie konta. Jeśli wiadomość nie dotrze w ciągu kilku minut, proszę zajrzeć do folderu ze spamem lub wiadomościami-śmieciami.

## Logowanie i wylogowanie

login-title = Logowanie
login-button = Zaloguj się
login-forgot = Nie pamiętają Państwo hasła?
login-new = Pierwszy raz w Kindred?
login-create-link = Załóż konto
logout-button = Wyloguj się
logout-done = Zostali Państwo wylogowani.

## Potwierdzenie adresu e-mail

verify-title = Potwierdzenie adresu e-mail
verify-intro = Proszę wybrać przycisk, aby potwierdzić, że ten adres e-mail należy do Państwa.
verify-button = Potwierdź mój adres e-mail
verify-done = Dziękujemy, adres e-mail został potwierdzony.
verify-invalid = Ten link potwierdzający wygasł lub został już użyty. Proszę się zalogować i poprosić o nowy link na stronie konta.
verify-needed = Proszę potwierdzić adres e-mail, zanim opublikują Państwo wpis lub dołączą do spotkania. Link wysłaliśmy przy rejestracji.
verify-resend-button = Wyślij link ponownie
verify-resent = Wysłaliśmy nowy link potwierdzający.

## Resetowanie hasła

reset-request-title = Resetowanie hasła
reset-request-intro = Proszę podać adres e-mail używany w Kindred. Wyślemy na niego link do ustawienia nowego hasła.
reset-request-button = Wyślij link do resetowania
reset-request-done-title = Proszę sprawdzić skrzynkę e-mail
reset-request-done-body = Jeśli ten adres należy do jakiegoś konta, wysłaliśmy na niego link do ustawienia nowego hasła. Z linku można skorzystać tylko raz, w ciągu { $minutes } minut.
reset-title = Ustaw nowe hasło
reset-button = Zapisz nowe hasło
reset-invalid = Ten link wygasł lub został już użyty. Można poprosić o nowy.
reset-request-again = Poproś o nowy link
reset-done = Hasło zostało zmienione i zostali Państwo wylogowani ze wszystkich urządzeń. Proszę zalogować się nowym hasłem.

## Moje konto

account-title = Moje konto
account-intro = Na tej stronie widać wszystko, co Kindred przechowuje o Państwu. Widzą ją tylko Państwo.
account-details = Dane konta
account-email = Adres e-mail
account-pseudonym = Nazwa wyświetlana
account-email-status = Adres e-mail potwierdzony
account-yes = Tak
account-no = Nie
account-created = Data założenia konta
account-roles = Role
account-role-none = Członek
role-admin = Administrator
role-moderator = Moderator
account-sessions = { $count ->
    [one] Są Państwo zalogowani na jednym urządzeniu.
    [few] Są Państwo zalogowani na { $count } urządzeniach.
    [many] Są Państwo zalogowani na { $count } urządzeniach.
   *[other] Są Państwo zalogowani na { $count } urządzeniach.
}
account-password-title = Zmień hasło
account-password-button = Zmień hasło
account-password-done = Hasło zostało zmienione, a wszystkie inne urządzenia zostały wylogowane.
account-everywhere-title = Wyloguj się ze wszystkich urządzeń
account-everywhere-body = Warto z tego skorzystać, jeśli logowali się Państwo na wspólnym lub zgubionym urządzeniu. Wylogowane zostaną wszystkie urządzenia, także to.
account-everywhere-button = Wyloguj się ze wszystkich urządzeń
account-export-title = Pobierz swoje dane
account-export-body = Plik ze wszystkim, co Kindred o Państwu przechowuje, w formacie JSON, który mogą odczytać inne programy.
account-export-button = Pobierz moje dane
account-delete-title = Usuń konto
account-delete-body = Konto, adres e-mail, nazwa wyświetlana i historia logowania zostaną od razu usunięte i nie da się ich odzyskać. Napisane przez Państwa treści, na których opiera się grupa, np. odpowiedzi w rozmowie, pozostaną, ale jako ich autor będzie widoczny „były członek”.
account-delete-button = Usuń moje konto na zawsze
account-deleted = Konto zostało usunięte. Przykro nam, że Państwo odchodzą. Zawsze mogą Państwo do nas wrócić.
former-member = były członek

## Strony błędów

error-reference = Kontaktując się z nami w tej sprawie, proszę podać identyfikator { $id }.
error-home-link = Przejdź do strony głównej
error-bad_request-title = Z tym zapytaniem jest coś nie tak
error-bad_request-body = Nie udało się zrozumieć zapytania.
error-invalid_input-title = Z tym zapytaniem jest coś nie tak
error-unauthorized-title = Proszę się zalogować
error-unauthorized-body = Aby zobaczyć tę stronę, trzeba się zalogować.
error-forbidden-title = Nie można tego zrobić
error-forbidden-body = Nie mają Państwo uprawnień, aby zobaczyć tę stronę lub wykonać tę czynność.
error-not_found-title = Nie znaleziono strony
error-not_found-body = Pod tym adresem nic nie ma. Jeśli adres był wpisany ręcznie, proszę sprawdzić, czy jest poprawny.
error-method_not_allowed-title = Tego nie można tu zrobić
error-method_not_allowed-body = Ten adres nie przyjmuje zapytań tego rodzaju.
error-request_timeout-title = To trwało zbyt długo
error-request_timeout-body = Zapytanie trwało zbyt długo. Proszę spróbować ponownie.
error-conflict-title = Coś się zmieniło
error-conflict-body = To już istnieje albo w międzyczasie się zmieniło. Proszę odświeżyć stronę i spróbować ponownie.
error-payload_too_large-title = To jest za duże
error-payload_too_large-body = Przesłane dane są większe, niż Kindred może przyjąć.
error-unsupported_media_type-title = Nie można tego odczytać
error-unsupported_media_type-body = Kindred nie może odczytać danych przesłanych w tym formacie.
error-unprocessable_entity-title = Z tym zapytaniem jest coś nie tak
error-unprocessable_entity-body = Zapytanie zostało zrozumiane, ale jego zawartość jest nieprawidłowa.
error-too_many_requests-title = Zbyt wiele prób
error-too_many_requests-body = Proszę odczekać kilka minut i spróbować ponownie.
error-service_unavailable-title = Kindred jest teraz niedostępny
error-service_unavailable-body = W tej chwili nie możemy odpowiedzieć. Proszę spróbować ponownie za kilka minut. Jeśli pilnie potrzebują Państwo pomocy, poniżej znajdują się telefony kryzysowe.
error-email_not_verified-title = Proszę potwierdzić adres e-mail
error-email_not_verified-body = Aby to zrobić, trzeba najpierw potwierdzić adres e-mail. Proszę poszukać wiadomości, którą wysłaliśmy przy rejestracji, albo poprosić o nową na stronie konta.
error-cross_site_request-title = Proszę spróbować ponownie
error-cross_site_request-body = Ten formularz został wysłany z innej witryny, dlatego go nie przetworzyliśmy. Proszę wrócić, odświeżyć stronę i spróbować ponownie.
error-internal_error-title = Coś poszło nie tak
error-internal_error-body = Wystąpił błąd po naszej stronie. Został zapisany i nie jest skutkiem niczego, co Państwo zrobili.

## E-maile (zwykły tekst). Linki zajmują całe wiersze, aby programy pocztowe zachowały je jako klikalne.

email-signature = — Kindred
email-verify-subject = Prosimy o potwierdzenie adresu e-mail w Kindred
email-verify-body = Dzień dobry { $pseudonym },

    Dziękujemy za dołączenie do Kindred. Prosimy potwierdzić, że to Państwa adres e-mail, otwierając ten link:

    { $link }

    Link jest ważny przez 24 godziny. Jeśli nie zakładali Państwo konta, można zignorować tę wiadomość – nic więcej się nie stanie.
email-exists-subject = Ktoś próbował założyć konto Kindred z użyciem Państwa adresu e-mail
email-exists-body = Dzień dobry,

    Ktoś (być może Państwo) próbował założyć nowe konto Kindred z użyciem tego adresu e-mail. Mają już Państwo konto, więc nowe nie zostało utworzone.

    Aby się zalogować, proszę przejść do: { $login_link }
    Jeśli nie pamiętają Państwo hasła, można je zresetować tutaj: { $reset_link }

    Jeśli to nie byli Państwo, nie trzeba nic robić.
email-reset-subject = Resetowanie hasła do Kindred
email-reset-body = Dzień dobry { $pseudonym },

    Ktoś poprosił o zresetowanie hasła do Państwa konta Kindred. Aby ustawić nowe hasło, proszę otworzyć ten link:

    { $link }

    Z linku można skorzystać tylko raz, w ciągu { $minutes } minut. Jeśli to nie Państwo o to prosili, można zignorować tę wiadomość – hasło się nie zmieniło.

## Nazwy języków w ich własnym języku (do przełącznika języka)

language-en = English
language-cy = Cymraeg
language-pl = Polski
language-ur = اردو
language-ar = العربية
