# Kindred referrals strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## E-mail z zaproszeniem (bez nazwy grupy w temacie: może ją zobaczyć każdy, kto korzysta ze wspólnej skrzynki)

referral-email-subject = Zaproszenie od organizacji { $organisation }
referral-email-body = Organizacja { $organisation } proponuje Państwu grupę wzajemnego wsparcia: { $group }.

    Aby przeczytać o grupie i podjąć decyzję, proszę wejść na stronę { $url } i wpisać ten kod:

    { $code }

    To Państwo decydują, czy dołączyć. Organizacja { $organisation } dowie się, czy przyjęli Państwo zaproszenie. Wszystko inne (że Państwo dołączyli, że byli Państwo na pierwszym spotkaniu, że nadal Państwo przychodzą po sześciu tygodniach, wyniki ankiet samopoczucia) zostanie przekazane tylko wtedy, gdy Państwo to zaznaczą. Zdanie można zmienić w każdej chwili.

    Jeśli nie spodziewali się Państwo tej wiadomości, można ją zignorować.

## Kierowanie (osoby kierujące)

refer-title = Skieruj kogoś do grupy { $group }
refer-back = Wróć do grupy { $group }
refer-not-referrer = Kierować osoby do grup mogą tylko osoby kierujące zweryfikowane przez administratorów tej witryny (lekarze rodzinni, specjaliści ds. preskrypcji społecznej, koordynatorzy wsparcia). Jeśli uważają Państwo, że powinni Państwo mieć tę rolę, proszę zapytać administratorów witryny.
refer-intro = Ta osoba otrzyma zaproszenie z opisem grupy i informacją, czego się Państwo dowiedzą. To ona decyduje, czy dołączyć i co Państwu udostępnić.
refer-email = Adres e-mail tej osoby (opcjonalnie)
refer-email-hint = Jeśli pole pozostanie puste, zamiast tego będzie można wydrukować kod i przekazać go tej osobie. Adres jest przechowywany w postaci zaszyfrowanej i usuwany, gdy tylko ta osoba odpowie.
refer-lang = Język zaproszenia
refer-note = Notatka dla osób prowadzących grupę (opcjonalnie)
refer-note-hint = Tylko to, co pomoże im dobrze przyjąć tę osobę. Proszę nie podawać diagnoz ani innych informacji o zdrowiu, chyba że ta osoba się na to zgodziła.
refer-send = Wyślij zaproszenie
refer-sent-title = Zaproszenie zostało utworzone
refer-sent-emailed = Zaproszenie zostało wysłane e-mailem.
refer-sent-code = Proszę przekazać tej osobie ten kod. Wpisze go na stronie zaproszeń w tej witrynie:
refer-sent-print = Proszę teraz zapisać kod lub wydrukować tę stronę: nie będzie można go wyświetlić ponownie.
refer-sent-list = Zobacz moje skierowania
referral-error-email = Proszę wpisać adres e-mail, np. name@example.org, lub pozostawić pole puste
referral-error-note = Notatka może mieć najwyżej 2000 znaków zwykłego tekstu
referral-error-closed = Ta grupa została zamknięta i nie przyjmuje skierowań
referral-error-reason = Proszę podać powód, który zobaczy osoba kierująca (najwyżej 500 znaków)

## Skierowania wystawione przez osobę kierującą

referrals-title = Osoby, które Państwo skierowali
referrals-intro = Osoby skierowane przez Państwa w imieniu organizacji { $organisation }. Widzą Państwo tylko to, co każda z tych osób zgodziła się udostępnić.
referrals-none = Nie skierowali Państwo jeszcze nikogo. Proszę znaleźć grupę i wybrać „Skieruj kogoś” na jej stronie.
referrals-col-group = Grupa
referrals-col-made = Data skierowania
referrals-col-latest = Ostatnie zdarzenie
referral-title = Skierowanie do grupy { $group }
referral-back = Wróć do moich skierowań
referral-made = Skierowano: { $when }
referral-timeline = Przebieg
referral-shared-title = Co ta osoba zgodziła się udostępnić
referral-shared-none = Tylko informację, czy przyjęła zaproszenie.
referral-shared-hint = Osoby skierowane mogą to zmienić w każdej chwili; informacje, których udostępnianie wycofają, znikają z tej strony.

## Wpisy na osi czasu

referral-event-referred = Skierowanie od organizacji { $organisation }
referral-event-group-accepted = Grupa przyjęła skierowanie
referral-event-group-waitlisted = Grupa jest pełna i wpisała skierowanie na listę oczekujących
referral-event-group-waitlisted-reason = Grupa wpisała skierowanie na listę oczekujących: { $reason }
referral-event-group-declined = Grupa nie przyjęła skierowania
referral-event-group-declined-reason = Grupa nie przyjęła skierowania: { $reason }
referral-event-person-accepted = Ta osoba przyjęła zaproszenie
referral-event-person-declined = Ta osoba nie przyjęła zaproszenia
referral-event-consent = Ta osoba zmieniła zakres udostępnianych informacji
referral-event-joined = Ta osoba dołączyła do grupy
referral-event-attended = Ta osoba była na pierwszym spotkaniu
referral-event-six-weeks = Ta osoba nadal przychodzi, sześć tygodni po dołączeniu
referral-event-wellbeing = Ankieta samopoczucia: zadowolenie z życia { $life }, poczucie sensu { $worthwhile }, szczęście { $happy }, niepokój { $anxious } (w skali od 0 do 10)

## Zgody

referral-consent-joined = Moje dołączenie do grupy
referral-consent-attended = Mój udział w pierwszym spotkaniu
referral-consent-six_weeks = Czy nadal przychodzę po sześciu tygodniach
referral-consent-wellbeing = Moje wyniki ankiet samopoczucia

## Zaproszenie dla osoby skierowanej

invitation-title = Zaproszenie
invitation-intro = Ktoś, kto Państwa wspiera, np. lekarz rodzinny lub specjalista ds. preskrypcji społecznej, zaproponował grupę wzajemnego wsparcia i przekazał Państwu kod.
invitation-code = Kod zaproszenia
invitation-code-hint = 10 liter i cyfr, np. ACD34-FGH67. Wielkość liter i myślnik nie mają znaczenia.
invitation-look = Pokaż moje zaproszenie
invitation-error-code = Nie udało się znaleźć tego kodu. Proszę go sprawdzić i spróbować ponownie albo zapytać osobę, która go przekazała.
invitation-see-group = Przeczytaj o grupie
invitation-from = Propozycja od: { $organisation }.
invitation-sign-in = Aby odpowiedzieć, proszę się zalogować lub założyć konto, a potem ponownie wpisać kod. Na koncie można używać pseudonimu zamiast prawdziwego imienia.
invitation-sign-in-link = Zaloguj się
invitation-sign-up-link = Załóż konto
invitation-told = Organizacja { $organisation } dowie się, czy przyjmą Państwo zaproszenie. Nic więcej, chyba że zaznaczą to Państwo poniżej.
invitation-consent = O czym jeszcze może się dowiedzieć organizacja { $organisation } (opcjonalnie)
invitation-consent-hint = Proszę zaznaczyć tylko to, czym chcą się Państwo podzielić. Można to zmienić w każdej chwili na stronie „Moje skierowania”.
invitation-agreement = Umowa grupy
invitation-agree = Akceptuję umowę grupy (wymagane, aby dołączyć)
invitation-error-agree = Aby dołączyć, proszę zaakceptować umowę grupy
invitation-error-barred = Nie mogą Państwo dołączyć do tej grupy. Proszę zapytać osobę, która Państwa skierowała, o inne grupy.
invitation-accept = Przyjmij i dołącz
invitation-decline = Nie, dziękuję
invitation-joined = Dołączyli Państwo do grupy. Witamy!
invitation-requested = Przyjęli Państwo zaproszenie. Osoby prowadzące grupę przejrzą Państwa prośbę i odpowiedzą.
invitation-declined = Nie przyjęli Państwo zaproszenia. Nikt nie będzie się już z Państwem kontaktować w sprawie tego zaproszenia.
invitation-already = Na to zaproszenie już odpowiedziano.
invitation-manage = Zobacz, co jest udostępniane
invitation-wellbeing = Wypełnij krótką ankietę samopoczucia (opcjonalnie)

my-referrals-title = Skierowania dla Państwa
my-referrals-intro = O czym mogą się dowiedzieć osoby, które Państwa skierowały. Wystarczy odznaczyć pole, aby od razu przestać to udostępniać.
my-referrals-none = Nie mają Państwo żadnych skierowań.
my-referrals-legend = { $group }, propozycja od: { $organisation } ({ $when })
my-referrals-save = Zapisz, co udostępniam
my-referrals-saved = Zapisano. Osoba kierująca widzi teraz tylko to, co Państwo zaznaczyli.

## Skierowania do grupy (osoby prowadzące)

inbox-title = Skierowania do grupy { $group }
inbox-intro = Osoby skierowane do grupy. Można je przyjąć, wpisać na listę oczekujących (gdy grupa jest pełna) albo odmówić; osoba kierująca zobaczy podany powód.
inbox-none = Nie ma jeszcze skierowań.
inbox-from = Od: { $referrer }
inbox-person = Osoba skierowana
inbox-status = Decyzja grupy
inbox-contact = Adres e-mail tej osoby (do czasu odpowiedzi)
inbox-note = Notatka od osoby kierującej
inbox-decide = Decyzja
inbox-accept = Przyjmij
inbox-waitlist = Lista oczekujących (grupa jest pełna)
inbox-decline = Odmów
inbox-reason = Powód (zobaczy go osoba kierująca)
inbox-reason-hint = Wymagany przy wpisaniu na listę oczekujących i przy odmowie.
inbox-save = Zapisz decyzję
referral-person-invited = Brak odpowiedzi
referral-person-accepted = Zaproszenie przyjęte
referral-person-declined = Zaproszenie nieprzyjęte
referral-group-pending = Czeka na Państwa decyzję
referral-group-accepted = Przyjęte
referral-group-waitlisted = Lista oczekujących
referral-group-declined = Nieprzyjęte

## Administratorzy: osoby kierujące i tokeny API

referrers-title = Osoby kierujące
referrers-intro = Osoby, które mogą kierować innych do grup. Przed dodaniem proszę sprawdzić, kim są (np. ich wpis do rejestru zawodowego).
referrers-email = Adres e-mail konta tej osoby
referrers-organisation = Organizacja
referrers-role = Rola
referrers-add = Dodaj osobę kierującą
referrers-none = Nie ma jeszcze osób kierujących.
referrers-col-name = Nazwa
referrers-col-since = Od
referrers-col-actions = Działania
referrers-remove = Usuń: { $name }
referrer-role-gp = Lekarz rodzinny (GP)
referrer-role-social_prescriber = Specjalista ds. preskrypcji społecznej
referrer-role-link_worker = Koordynator wsparcia
referrer-role-other = Inny specjalista
referrer-error-email = Żadne konto nie ma tego adresu e-mail; proszę poprosić tę osobę, aby najpierw założyła konto
referrer-error-organisation = Proszę podać nazwę organizacji (najwyżej 200 znaków)
referrer-error-role = Proszę wybrać rolę
api-tokens-title = Tokeny API
api-tokens-intro = Tokeny pozwalają systemowi organizacji kierującej (np. systemowi przychodni lub platformie preskrypcji społecznej) wysyłać skierowania jako zasoby FHIR ServiceRequest i odczytywać ich status. Token należy unieważnić, gdy tylko mógł wyciec.
api-tokens-none = Nie ma jeszcze tokenów.
api-token-name = Nazwa systemu
api-token-name-hint = Na przykład „Riverside Surgery (EMIS)”.
api-token-create = Wydaj token
api-token-made = Token został wydany
api-token-once = Proszę go teraz skopiować i bezpiecznie przekazać organizacji: jest wyświetlany tylko ten jeden raz.
api-token-col-made = Wydano
api-token-col-used = Ostatnie użycie
api-token-col-state = Stan
api-token-never = Nigdy
api-token-revoked = Unieważniono: { $when }
api-token-revoke = Unieważnij: { $name }
api-token-error-name = Proszę podać nazwę systemu (najwyżej 200 znaków)

## Links on the group page

group-refer-link = Skieruj kogoś do tej grupy
group-referrals-link = Skierowania do tej grupy (oczekujące: { $count })

## What a referrer is told the person agreed to share

referral-shared-joined = Że osoba dołączyła do grupy
referral-shared-attended = Że osoba była na pierwszym spotkaniu
referral-shared-six_weeks = Czy osoba nadal uczestniczy po sześciu tygodniach
referral-shared-wellbeing = Wyniki ankiety samopoczucia

## When the group already decided

invitation-group-declined = Grupa nie mogła przyjąć tego skierowania. Osoba, która Państwa skierowała, została o tym poinformowana; proszę zapytać ją o inne grupy.
invitation-waitlisted = Grupa jest obecnie pełna i wpisała Państwa na listę oczekujących. Dołączą Państwo, gdy zwolni się miejsce.
