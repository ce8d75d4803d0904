# Kindred long pages: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Informacja o prywatności

privacy-title = Informacja o prywatności
privacy-intro = Ta informacja wyjaśnia, jakie dane o Państwu przechowuje ta witryna Kindred, dlaczego je przechowujemy, jak długo to robimy i co mogą Państwo w tej sprawie zrobić. Staraliśmy się pisać prostym językiem. Jeśli coś jest niejasne, prosimy nas o to zapytać.

privacy-s1-title = Kto odpowiada za Państwa dane
privacy-s1-p1 = Tę witrynę prowadzi organizacja, na przykład organizacja charytatywna, jednostka NHS (NHS trust) albo grupa wolontariuszy. W tej informacji słowa „my” i „nas” oznaczają organizację, która prowadzi tę witrynę Kindred.
privacy-s1-p2 = Jesteśmy „administratorem danych” tej witryny. Oznacza to, że decydujemy, jak są wykorzystywane Państwa dane, i odpowiadamy za ich bezpieczeństwo zgodnie z brytyjskim prawem o ochronie danych: brytyjskim ogólnym rozporządzeniem o ochronie danych (UK GDPR, brytyjskie RODO) oraz ustawą o ochronie danych z 2018 roku (Data Protection Act 2018).
privacy-s1-p3 = Kindred to bezpłatne oprogramowanie o otwartym kodzie źródłowym. Oprogramowanie nie wysyła Państwa danych jego autorom.

privacy-s2-title = Co przechowujemy i dlaczego
privacy-s2-p1 = Przechowujemy tylko to, czego potrzebujemy do prowadzenia witryny i dbania o bezpieczeństwo ludzi. Oto, co przechowujemy.
privacy-s2-li1 = Adres e-mail. Używamy go do logowania i do wysyłania e-maili, o które Państwo poproszą, np. przypomnień o spotkaniach. Inni członkowie nigdy go nie widzą.
privacy-s2-li2 = „Skrót” (hash) hasła. Nigdy nie przechowujemy samego hasła. Skrót to ciąg znaków wyliczony z hasła. Nie da się go z powrotem zamienić w hasło, ale pozwala nam sprawdzić hasło przy logowaniu.
privacy-s2-li3 = Nazwa wyświetlana. Wybierają ją Państwo sami i nie musi to być prawdziwe imię. Widzą ją inni członkowie.
privacy-s2-li4 = Informacja, czy adres e-mail został potwierdzony, oraz Państwa role w witrynie, np. moderator lub administrator. Na tej podstawie decydujemy, co mogą Państwo robić.
privacy-s2-li5 = Grupy, do których Państwo dołączyli, oraz zaakceptowane zasady grup (umowy grupowe), wraz z datą ich akceptacji.
privacy-s2-li6 = To, co Państwo piszą: wpisy i wiadomości. Szyfrujemy je przy zapisywaniu.
privacy-s2-li7 = Spotkania, w których Państwo uczestniczą. Osoby prowadzące Państwa grupę wykorzystują te informacje do planowania i prowadzenia spotkań.
privacy-s2-li8 = Skierowania i ich efekty – tylko za Państwa zgodą. Lekarz rodzinny (GP), specjalista ds. preskrypcji społecznej (social prescriber) lub koordynator wsparcia (link worker) może skierować Państwa do grupy albo grupa może zapytać, jak sobie Państwo radzą. Te informacje przechowujemy tylko za Państwa zgodą. Jeśli Państwo się nie zgodzą, nadal mogą Państwo dołączać do grup.

privacy-s3-title = Informacje techniczne
privacy-s3-p1 = Aby działać bezpiecznie, witryna musi przechowywać pewne zapisy techniczne. Przechowujemy ich jak najmniej.
privacy-s3-li1 = Zapisy logowania. Gdy Państwo się logują, zapisujemy informację o tej sesji, aby pozostali Państwo zalogowani podczas przechodzenia między stronami. Na stronie konta widać, na ilu urządzeniach są Państwo zalogowani, i można wylogować się ze wszystkich naraz.
privacy-s3-li2 = Adresy internetowe. Nie zapisujemy Państwa adresu IP (numeru, który identyfikuje połączenie z internetem). Przechowujemy go przez krótki czas wyłącznie w pamięci komputera, aby powstrzymać osoby, które podejmują zbyt wiele prób, np. zgadują hasła. Potem zostaje zapomniany.
privacy-s3-li3 = Dzienniki systemowe. Zapisują błędy i informacje o działaniu witryny, abyśmy mogli naprawiać problemy. Nie zawierają Państwa imienia ani nazwy, adresu e-mail, tego, co Państwo piszą, ani żadnych informacji o Państwa zdrowiu.

privacy-s4-title = Podstawy prawne wykorzystywania Państwa danych
privacy-s4-p1 = Prawo o ochronie danych wymaga, abyśmy mieli uzasadnienie prawne – tzw. „podstawę prawną przetwarzania” – do wszystkiego, co robimy z Państwa danymi. Opieramy się na dwóch podstawach.
privacy-s4-li1 = Zgoda. To Państwo decydują o założeniu konta, dołączaniu do grup, pisaniu wpisów, udziale w spotkaniach i przyjęciu skierowania. Zgodę można w każdej chwili wycofać, np. opuszczając grupę lub usuwając konto. Nie sprawia to, że to, co zrobiliśmy wcześniej, staje się niezgodne z prawem.
privacy-s4-li2 = Prawnie uzasadniony interes. Niektóre dane wykorzystujemy, aby witryna była bezpieczna i działała: np. aby powstrzymać zgadywanie haseł, wyjaśniać zgłoszenia nadużyć i naprawiać usterki. Sprawdziliśmy, że jest to wobec Państwa uczciwe i nie przeważa nad Państwa prawami. Mogą Państwo wnieść sprzeciw (zob. „Państwa prawa” poniżej).

privacy-s5-title = Informacje o zdrowiu
privacy-s5-p1 = Prawo szczególnie chroni informacje o zdrowiu. Nazywa je danymi „szczególnej kategorii”.
privacy-s5-p2 = Dołączenie do grupy może coś mówić o Państwa zdrowiu. Na przykład dołączenie do grupy dla osób żyjących z HIV albo dla osób z problemem hazardowym może wskazywać, że mają Państwo tę chorobę lub ten problem albo opiekują się kimś, kto go ma. To, co Państwo piszą w grupie, również może mówić coś o Państwa zdrowiu.
privacy-s5-p3 = Wykorzystujemy te informacje tylko za Państwa wyraźną zgodą. Jasno o nią prosimy, zanim dołączą Państwo do grupy. Można ją w każdej chwili wycofać, opuszczając grupę lub usuwając konto.
privacy-s5-p4 = Aby Państwa chronić, nigdy nie umieszczamy informacji o zdrowiu w dziennikach systemowych, w adresach stron internetowych ani w indeksach wyszukiwania prywatnych wpisów i wiadomości.

privacy-s6-title = Jak długo przechowujemy Państwa dane
privacy-s6-p1 = Przechowujemy dane tylko tak długo, jak są nam potrzebne.
privacy-s6-li1 = Sesja logowania kończy się po wylogowaniu albo po 14 dniach – w zależności od tego, co nastąpi wcześniej. Potem trzeba zalogować się ponownie.
privacy-s6-li2 = Linki do potwierdzenia adresu e-mail przestają działać po 24 godzinach. Linki do resetowania hasła przestają działać po 60 minutach, a każdy z nich działa tylko raz.
privacy-s6-li3 = Po wysłaniu do Państwa e-maila nie przechowujemy jego kopii.
privacy-s6-li4 = Przechowujemy konto i to, co Państwo napisali, do czasu usunięcia konta.
privacy-s6-li5 = Po usunięciu konta od razu usuwamy konto, adres e-mail, nazwę wyświetlaną i historię logowania. Napisane przez Państwa treści, na których opiera się grupa, np. odpowiedzi w rozmowie, pozostają, ale jako ich autor jest widoczny „były członek”. Jeśli chcą Państwo, żeby je również usunąć, prosimy o kontakt.
privacy-s6-li6 = Przechowujemy kopie zapasowe witryny na wypadek awarii. Usunięte dane mogą pozostać w kopii zapasowej do 30 dni, dopóki kopia nie zostanie nadpisana. Kopii zapasowych nie używamy do niczego innego.

privacy-s7-title = Komu udostępniamy Państwa dane
privacy-s7-p1 = Nigdy nie sprzedajemy Państwa danych. Nigdy nie przekazujemy ich reklamodawcom.
privacy-s7-p2 = Udostępniamy je tylko w tych przypadkach.
privacy-s7-li1 = Inni członkowie. Widzą Państwa nazwę wyświetlaną i to, co Państwo publikują w grupach, do których należą Państwo razem z nimi. Nigdy nie widzą Państwa adresu e-mail.
privacy-s7-li2 = Firma, która wysyła nasze e-maile. Korzystamy z usług firmy, która dostarcza nasze wiadomości e-mail. Widzi ona Państwa adres e-mail i treść wiadomości wyłącznie po to, aby ją dostarczyć. Musi przestrzegać naszych instrukcji i chronić Państwa dane.
privacy-s7-li3 = Osoba, która Państwa skierowała. Jeśli do grupy skierował Państwa lekarz rodzinny, specjalista ds. preskrypcji społecznej lub koordynator wsparcia, informujemy tę osobę o przebiegu tylko za Państwa zgodą.
privacy-s7-li4 = Instytucje publiczne i służby – tylko wtedy, gdy wymaga tego prawo, albo gdy czyjeś życie lub bezpieczeństwo jest poważnie zagrożone. Wyjaśniamy to w następnej części.

privacy-s8-title = Dbanie o bezpieczeństwo: kiedy możemy przekazać informacje
privacy-s8-p1 = Grupy są poufne: to, czym dzielą się Państwo w grupie, powinno zostać w grupie. Ta poufność ma jednak granice i chcemy o nich mówić szczerze.
privacy-s8-p2 = Czasem osoba prowadząca grupę lub moderator może uznać, że ktoś jest w poważnym niebezpieczeństwie. Na przykład, że ktoś może odebrać sobie życie, że dziecko lub osoba dorosła wymagająca szczególnej ochrony doznaje krzywdy albo że ktoś może poważnie skrzywdzić inną osobę. Wtedy może być konieczne przekazanie informacji, aby chronić tę osobę. Nazywa się to ochroną osób zagrożonych krzywdą (safeguarding).
privacy-s8-p3 = Jeśli to możliwe, najpierw porozmawiamy z Państwem i powiemy, jakie informacje zamierzamy przekazać i komu. Przekazujemy tylko to, co konieczne, i tylko osobom, które tego potrzebują, np. służbom ratunkowym, lekarzowi rodzinnemu lub zespołowi ds. ochrony osób zagrożonych w lokalnym samorządzie.
privacy-s8-p4 = Nie zawsze możemy najpierw z Państwem porozmawiać: na przykład w nagłej sytuacji albo gdy rozmowa z Państwem naraziłaby kogoś na większe niebezpieczeństwo.
privacy-s8-p5 = Witryna wyszukuje też słowa, które mogą oznaczać, że ktoś jest w kryzysie, aby można było szybko zaoferować pomoc. To, co zostanie znalezione, zawsze sprawdza człowiek. Witryna nigdy nie ukrywa tego, co Państwo napisali, bez poinformowania Państwa, a każdą decyzję o kontakcie z kimś spoza witryny podejmuje człowiek, nie komputer.

privacy-s9-title = Jak chronimy Państwa dane
privacy-s9-p1 = Żaden system nie jest całkowicie bezpieczny, ale bardzo się staramy chronić Państwa dane. Jeśli wydarzy się coś, co narazi Państwa na ryzyko, poinformujemy o tym Państwa, a gdy wymaga tego prawo – także brytyjski urząd ochrony danych (Information Commissioner’s Office).
privacy-s9-p2 = Oto jak chronimy Państwa dane.
privacy-s9-li1 = Wpisy i wiadomości są szyfrowane podczas przechowywania. Chroni je to, gdyby ktoś ukradł kopię naszej bazy danych. Nie jest to szyfrowanie end-to-end (od nadawcy do odbiorcy): witryna nadal może je odczytać, aby pokazać je osobom, dla których Państwo je napisali, a moderatorzy mogą czytać zgłoszone im wpisy i wiadomości.
privacy-s9-li2 = Mogą Państwo używać zmyślonej nazwy wyświetlanej. Inni członkowie nigdy nie widzą Państwa adresu e-mail.
privacy-s9-li3 = Nigdy nie przechowujemy Państwa hasła, tylko jego skrót.
privacy-s9-li4 = Osoby prowadzące witrynę widzą tylko to, czego potrzebują do pełnienia swojej roli, a nasz serwer sprawdza każde żądanie dostępu do prywatnych informacji.
privacy-s9-li5 = Nie śledzimy Państwa. Nie ma tu reklam i nie używamy narzędzi analitycznych innych firm.

privacy-s10-title = Pliki cookie
privacy-s10-p1 = Pliki cookie to małe pliki, które witryna zapisuje w przeglądarce internetowej. Nie używamy plików cookie śledzących ani reklamowych.
privacy-s10-p2 = Używamy dokładnie trzech plików cookie. Wszystkie trzy są niezbędne do działania witryny, dlatego prawo nie wymaga, abyśmy prosili o zgodę przed ich użyciem.
privacy-s10-li1 = Plik cookie logowania. Dzięki niemu pozostają Państwo zalogowani podczas przechodzenia między stronami. Przestaje działać po wylogowaniu albo po 14 dniach.
privacy-s10-li2 = Plik cookie języka. Zapamiętuje język wybrany dla witryny.
privacy-s10-li3 = Plik cookie szybkiego wyjścia. Zapamiętuje, że widzieli już Państwo wskazówkę o przycisku „Opuść tę stronę”, abyśmy nie pokazywali jej za każdym razem.

privacy-s11-title = Jeśli korzystają Państwo ze wspólnego urządzenia
privacy-s11-p1 = Jeśli ktoś inny używa Państwa telefonu lub komputera, nasze pliki cookie i historia przeglądarki mogą pokazać, że odwiedzali Państwo tę witrynę. Aby temu zapobiec, można używać okna prywatnego (incognito) albo usunąć pliki cookie i historię w ustawieniach przeglądarki.
privacy-s11-p2 = Jeśli muszą Państwo szybko opuścić tę witrynę, w każdej chwili można wybrać „Opuść tę stronę” albo trzy razy nacisnąć klawisz Escape. W miejscu strony pojawi się prognoza pogody.

privacy-s12-title = Państwa prawa
privacy-s12-p1 = Mają Państwo prawa dotyczące swoich danych. Korzystanie z nich jest bezpłatne. Zwykle odpowiadamy w ciągu miesiąca.
privacy-s12-li1 = Prawo do wglądu w dane i ich pobrania. Na stronie konta widać, co o Państwu przechowujemy, a wszystko można w każdej chwili pobrać jako plik.
privacy-s12-li2 = Prawo do sprostowania danych. Mogą Państwo poprosić nas o poprawienie wszystkiego, co o Państwu przechowujemy, a co jest nieprawdziwe. Hasło można zmienić samodzielnie na stronie konta.
privacy-s12-li3 = Prawo do usunięcia danych. Konto można w każdej chwili usunąć samodzielnie na stronie konta.
privacy-s12-li4 = Prawo do ograniczenia przetwarzania. Mogą Państwo poprosić, abyśmy przez pewien czas przestali korzystać z Państwa danych, np. gdy sprawdzamy coś, co według Państwa jest nieprawdziwe.
privacy-s12-li5 = Prawo do sprzeciwu. Mogą Państwo poprosić, abyśmy przestali korzystać z Państwa danych tam, gdzie opieramy się na prawnie uzasadnionym interesie.
privacy-s12-li6 = Prawo do wycofania zgody w każdej chwili, np. przez opuszczenie grupy lub usunięcie konta.
privacy-s12-li7 = Prawo do złożenia skargi do brytyjskiego urzędu ochrony danych (Information Commissioner’s Office, zob. niżej).

privacy-s13-title = Jak złożyć skargę
privacy-s13-p1 = Jeśli nie są Państwo zadowoleni ze sposobu, w jaki wykorzystaliśmy Państwa dane, prosimy najpierw powiedzieć o tym nam, abyśmy mogli spróbować to naprawić.
privacy-s13-p2 = Mają Państwo także prawo złożyć skargę do Information Commissioner’s Office (ICO, Biuro Komisarza ds. Informacji). ICO to niezależny brytyjski organ nadzorczy w zakresie ochrony danych. Strona internetowa: ico.org.uk. Telefon: 0303 123 1113.

privacy-s14-title = Jak się z nami skontaktować
privacy-s14-p1 = Aby zadać pytanie, skorzystać z jednego ze swoich praw lub złożyć skargę, prosimy o kontakt z organizacją, która prowadzi tę witrynę Kindred, za pomocą danych kontaktowych podanych w tej witrynie.
privacy-s14-p2 = Wiele rzeczy mogą Państwo zrobić sami na stronie konta, bez pytania kogokolwiek: zobaczyć, pobrać i usunąć swoje dane, zmienić hasło i wylogować się ze wszystkich urządzeń.
privacy-s14-p3 = Zanim zajmiemy się prośbą, być może będziemy musieli sprawdzić, czy naprawdę pochodzi ona od Państwa, aby nie przekazać Państwa danych komuś innemu. Nigdy nie poprosimy o prawdziwe imię i nazwisko, jeśli nie używają go Państwo tutaj. Możemy to sprawdzić za pomocą konta, np. wysyłając e-mail na przypisany do niego adres.

privacy-s15-title = Zmiany w tej informacji
privacy-s15-p1 = Zaktualizujemy tę informację, gdy zmieni się to, co robimy z Państwa danymi. Jeśli zmiana będzie istotna, poinformujemy o niej w tej witrynie, zanim wejdzie w życie.

## Deklaracja dostępności

accessibility-title = Deklaracja dostępności
accessibility-intro = Chcemy, aby z tej witryny Kindred mogło korzystać jak najwięcej osób, bez względu na ich możliwości, urządzenie czy język, w którym czytają. Ta deklaracja wyjaśnia, na ile witryna jest dostępna, co jeszcze nie działa dobrze i jak zgłaszać nam problemy.

accessibility-s1-title = Korzystanie z tej witryny
accessibility-s1-p1 = Dążymy do spełnienia wytycznych WCAG (Web Content Accessibility Guidelines) w wersji 2.2 na poziomie AA. To międzynarodowy standard dostępności stron internetowych.
accessibility-s1-p2 = Strony są małe, więc szybko się ładują nawet przy wolnym połączeniu. Staramy się pisać krótko i prosto.
accessibility-s1-p3 = Na stronie AbilityNet (abilitynet.org.uk) można znaleźć porady, jak ułatwić sobie korzystanie z urządzenia w przypadku niepełnosprawności.

accessibility-s2-title = Co można robić w tej witrynie
accessibility-s2-p1 = W tej witrynie powinni Państwo móc:
accessibility-s2-li1 = powiększyć widok do 400% bez wychodzenia tekstu poza ekran
accessibility-s2-li2 = korzystać z całej witryny wyłącznie za pomocą klawiatury, bez myszy
accessibility-s2-li3 = korzystać z witryny za pomocą czytnika ekranu, np. NVDA, JAWS, VoiceOver lub TalkBack
accessibility-s2-li4 = zmieniać kolory, rozmiar tekstu i czcionki w ustawieniach przeglądarki
accessibility-s2-li5 = korzystać z każdej strony bez JavaScriptu, z wyjątkiem pokoju spotkań na żywo
accessibility-s2-li6 = zatrzymać ruch na ekranie: jeśli ustawią Państwo w urządzeniu ograniczenie ruchu, witryna też go ograniczy
accessibility-s2-li7 = czytać witrynę w pięciu językach: angielskim, walijskim, polskim, urdu i arabskim
accessibility-s2-li8 = czytać strony w języku urdu i arabskim w układzie od prawej do lewej

accessibility-s3-title = Na ile ta witryna jest dostępna
accessibility-s3-p1 = Wiemy, że niektóre części tej witryny nie są jeszcze w pełni dostępne.
accessibility-s3-li1 = Tłumaczenia na języki inne niż angielski to wersje robocze. Nie sprawdziły ich jeszcze osoby, dla których dany język jest ojczysty, więc mogą zawierać błędy lub trudne do zrozumienia sformułowania. Jeśli coś jest niejasne, można przełączyć się na angielski – prosimy też dać nam znać.
accessibility-s3-li2 = Pokój spotkań na żywo wymaga JavaScriptu i aktualnej przeglądarki. Jeśli nie mogą Państwo z niego korzystać, prosimy zapytać osobę prowadzącą grupę o inne sposoby udziału, np. spotkania osobiste.
accessibility-s3-li3 = Niektóre treści, np. opisy grup i wpisy, tworzą same grupy. Nie jesteśmy w stanie sprawdzić wszystkiego, więc część treści może nie być dostępna: na przykład obraz bez opisu. Jeśli znajdą Państwo coś, z czego nie mogą Państwo skorzystać, prosimy nam o tym powiedzieć – poprosimy grupę o poprawkę albo przekażemy Państwu tę treść w inny sposób.

accessibility-s4-title = Informacje zwrotne i dane kontaktowe
accessibility-s4-p1 = Jeśli potrzebują Państwo informacji z tej witryny w innym formacie, np. dużym drukiem, w tekście łatwym do czytania (ETR), w wersji dźwiękowej lub alfabetem Braille’a, prosimy o kontakt z organizacją, która prowadzi tę witrynę Kindred, za pomocą danych kontaktowych podanych w tej witrynie. Prosimy napisać, czego Państwo potrzebują i jak możemy się z Państwem skontaktować.
accessibility-s4-p2 = Rozpatrzymy prośbę i odpowiemy najszybciej, jak to możliwe.

accessibility-s5-title = Zgłaszanie problemów z dostępnością tej witryny
accessibility-s5-p1 = Stale staramy się poprawiać dostępność tej witryny. Jeśli znajdą Państwo problem, którego nie opisano na tej stronie, albo uważają Państwo, że nie spełniamy wymagań dostępności, prosimy o kontakt z organizacją, która prowadzi tę witrynę. Państwa uwagi są ważne: narzędzia automatyczne wykrywają tylko część problemów.
accessibility-s5-p2 = Pomoże nam, jeśli napiszą Państwo, o którą stronę chodzi, co próbowali Państwo zrobić oraz z jakiego urządzenia, przeglądarki lub technologii wspomagającej Państwo korzystali. Nie trzeba podawać prawdziwego imienia ani nazwiska.

accessibility-s6-title = Procedura egzekwowania przepisów
accessibility-s6-p1 = Jeśli organizacja, która prowadzi tę witrynę, jest podmiotem publicznym, np. jednostką NHS lub samorządem lokalnym, przestrzeganie brytyjskich przepisów o dostępności (Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018) egzekwuje Komisja ds. Równości i Praw Człowieka (Equality and Human Rights Commission, EHRC).
accessibility-s6-p2 = Jeśli nie są Państwo zadowoleni z naszej odpowiedzi na skargę, prosimy o kontakt z Equality Advisory and Support Service (EASS, służba doradztwa i wsparcia w sprawach równości). Strona internetowa: equalityadvisoryservice.com. Telefon: 0808 800 0082.
accessibility-s6-p3 = Osoby mieszkające w Irlandii Północnej prosimy o kontakt z Equality Commission for Northern Ireland (Komisja ds. Równości Irlandii Północnej).

accessibility-s7-title = Jak testujemy tę witrynę
accessibility-s7-p1 = Narzędzia automatyczne wykrywają tylko część problemów z dostępnością, dlatego testujemy też z udziałem ludzi.
accessibility-s7-p2 = Testujemy witrynę na trzy sposoby:
accessibility-s7-li1 = Testy automatyczne. Każda strona, we wszystkich pięciu językach, jest sprawdzana przez axe – narzędzie do testowania dostępności – uruchamiane w prawdziwej przeglądarce. Te testy są częścią testów wykonywanych przy każdej zmianie oprogramowania.
accessibility-s7-li2 = Testy z klawiaturą. Sprawdzamy, czy za pomocą klawiatury można dotrzeć do wszystkich elementów strony i z nich skorzystać, w logicznej kolejności, oraz czy zawsze widać, w którym miejscu strony się jest.
accessibility-s7-li3 = Testy ręczne. Ludzie sprawdzają to, czego narzędzia automatyczne nie wykrywają, np. czy nagłówki, teksty linków i komunikaty o błędach są zrozumiałe.

accessibility-s8-title = Przygotowanie deklaracji
accessibility-s8-p1 = Deklarację przygotowano w listopadzie 2026 roku.
accessibility-s8-p2 = Będziemy ją przeglądać po każdej dużej zmianie w witrynie i co najmniej raz w roku.

## Pomoc w kryzysie

crisis-title = Pomoc w kryzysie
crisis-intro = Grupa wsparcia nie jest służbą ratunkową. Członkowie i osoby prowadzące mogą nie zobaczyć Państwa wiadomości przez wiele godzin. Jeśli potrzebują Państwo pomocy teraz, proszę skontaktować się z jedną z poniższych służb. Nie trzeba mieć pewności, że to nagły wypadek.

# The list of crisis lines is rendered from data, per country. $number is the phone or text
# number; $keyword is the word to text.
crisis-lines-title = Gdzie uzyskać pomoc teraz
crisis-samaritans = Samaritans (telefon zaufania)
crisis-samaritans-how = Proszę zadzwonić bezpłatnie pod numer { $number } o każdej porze dnia i nocy. Można porozmawiać o wszystkim, co Państwa martwi.
crisis-shout = Shout
crisis-shout-how = Proszę wysłać SMS o treści { $keyword } pod numer { $number }, aby porozmawiać przez SMS z przeszkolonym wolontariuszem. To bezpłatne i poufne, a pomoc jest dostępna o każdej porze dnia i nocy.
crisis-nhs111 = NHS 111
crisis-nhs111-how = Proszę zadzwonić pod numer { $number } i wybrać opcję 2, jeśli potrzebują Państwo pilnej pomocy w sprawie zdrowia psychicznego – własnego lub innej osoby.
crisis-emergency = Służby ratunkowe
crisis-emergency-how = Jeśli zagrożone jest czyjeś życie albo nie są Państwo w stanie zadbać o swoje bezpieczeństwo, proszę od razu zadzwonić pod numer { $number } lub udać się na najbliższy szpitalny oddział ratunkowy (A&E).

crisis-s1-title = Jeśli mają Państwo myśli samobójcze
crisis-s1-p1 = Jeśli myślą Państwo o odebraniu sobie życia, nie są Państwo sami i nie muszą Państwo przechodzić przez to w pojedynkę. Wiele osób, które czuły się podobnie, przekonało się, że te uczucia minęły, a sytuacja się poprawiła.
crisis-s1-p2 = Rozmowa z kimś może pomóc. Osoby, które pracują w służbach wymienionych na tej stronie, są po to, by wysłuchać – bez oceniania. Można się z nimi kontaktować tak często, jak to potrzebne.
crisis-s1-p3 = Zachęcamy, by mówili Państwo w swojej grupie o tym, jak się czują. Jeśli jednak potrzebują Państwo pomocy teraz, proszę nie czekać na odpowiedź, tylko skontaktować się z jedną ze służb wymienionych na tej stronie.
crisis-s1-p4 = Bez względu na to, jak się Państwo teraz czują, pomoc jest dostępna, a sytuacja może się zmienić.

crisis-s2-title = Co może pomóc w tej chwili
crisis-s2-p1 = Jeśli jest Państwu teraz bardzo ciężko, te małe kroki mogą pomóc zachować bezpieczeństwo, dopóki najgorsze uczucia nie miną:
crisis-s2-li1 = Jeśli czują Państwo, że mogą działać pod wpływem tych myśli, albo nie są w stanie zadbać o swoje bezpieczeństwo, proszę od razu zadzwonić po służby ratunkowe lub udać się na oddział ratunkowy (A&E).
crisis-s2-li2 = Proszę powiedzieć komuś zaufanemu, jak się Państwo czują: przyjacielowi, komuś z rodziny, lekarzowi rodzinnemu albo komuś z grupy.
crisis-s2-li3 = Proszę pójść w miejsce, w którym czują się Państwo bezpiecznie, albo być blisko innych ludzi.
crisis-s2-li4 = Jeśli to możliwe, proszę odsunąć od siebie wszystko, czym mogliby Państwo zrobić sobie krzywdę.
crisis-s2-li5 = Proszę starać się nie pić alkoholu i nie zażywać narkotyków. Mogą one wzmocnić uczucia i utrudnić radzenie sobie z nimi.
crisis-s2-li6 = Proszę skupić się na tym, by przetrwać najbliższe minuty lub godziny – krok po kroku.

crisis-s3-title = Jeśli martwią się Państwo o kogoś innego
crisis-s3-p1 = Jeśli ktoś jest teraz w niebezpieczeństwie, proszę zadzwonić po służby ratunkowe. Proszę zostać z tą osobą, jeśli jest to dla Państwa bezpieczne.
crisis-s3-p2 = Jeśli to nie jest nagły wypadek, nadal mogą Państwo pomóc. Oto co można zrobić:
crisis-s3-li1 = Proszę zapytać tę osobę, jak się czuje, i jej wysłuchać. Nie trzeba znać odpowiedzi.
crisis-s3-li2 = Można zapytać ją wprost, czy myśli o samobójstwie. Takie pytanie nie podsunie jej tego pomysłu. Wiele osób czuje ulgę, gdy ktoś o to zapyta.
crisis-s3-li3 = Proszę zachęcić ją do kontaktu z jedną ze służb wymienionych na tej stronie albo z lekarzem rodzinnym. Można zaproponować pomoc przy wykonaniu telefonu.
crisis-s3-li4 = Jeśli niepokoi Państwa coś, co ktoś napisał w tej witrynie, proszę powiedzieć o tym osobie prowadzącej grupę lub moderatorowi. Jeśli zagrożone jest życie, proszę najpierw zadzwonić po służby ratunkowe.
crisis-s3-li5 = Proszę zadbać też o siebie. Wspieranie kogoś bywa trudne. Mogą Państwo zadzwonić do Samaritans, aby porozmawiać o swoich uczuciach.

crisis-s4-title = Jeśli są Państwo poza Wielką Brytanią
crisis-s4-p1 = Służby wymienione na tej stronie są przeznaczone dla osób w Zjednoczonym Królestwie (Wielka Brytania i Irlandia Północna). Z innych krajów połączenie z nimi może być niemożliwe albo płatne.
crisis-s4-p2 = Jeśli są Państwo w innym kraju, proszę poszukać telefonu kryzysowego lub służb ratunkowych w miejscu, w którym Państwo przebywają. Jeśli zagrożone jest życie, proszę zadzwonić pod lokalny numer alarmowy. W Unii Europejskiej można dzwonić pod numer 112. W Republice Irlandii Samaritans również odbierają telefony pod numerem 116 123.
crisis-s4-p3 = Organizacja, która prowadzi tę witrynę Kindred, może dodać telefony kryzysowe dla innych krajów. Jeśli uważają Państwo, że powinny się tu pojawić numery dla Państwa kraju, prosimy dać jej znać.

crisis-s5-title = Co się dzieje w grupach Kindred, gdy ktoś jest zagrożony
crisis-s5-p1 = Grupy mają swoich prowadzących (facylitatorów). Niektórzy z nich to wolontariusze, którzy sami przeszli przez podobne doświadczenia. Inni to specjaliści, np. pielęgniarki, psycholodzy lub pracownicy socjalni. Ich zadaniem jest wspieranie grupy, a nie zastępowanie służb kryzysowych.
crisis-s5-p2 = Jeśli osoba prowadząca uzna, że ktoś w jej grupie jest zagrożony, to:
crisis-s5-li1 = życzliwie zapyta tę osobę, jak się czuje – jeśli to możliwe, z dala od reszty grupy
crisis-s5-li2 = przekaże jej numery telefonów kryzysowych i zachęci do kontaktu z nimi
crisis-s5-li3 = powiadomi moderatora lub organizację, która prowadzi grupę, aby ktoś zajął się sprawą dalej
crisis-s5-li4 = skontaktuje się ze służbami ratunkowymi, jeśli uzna, że czyjeś życie jest w niebezpieczeństwie – nawet jeśli oznacza to przekazanie czegoś, co ta osoba powiedziała w zaufaniu

crisis-s6-title = Jak witryna wychwytuje sygnały kryzysu
crisis-s6-p1 = Witryna wyszukuje we wpisach i wiadomościach słowa, które mogą oznaczać, że ktoś jest w kryzysie. Gdy je znajdzie, od razu pokazuje autorowi, gdzie szukać pomocy, a ktoś z zespołu moderatorów to sprawdza.
crisis-s6-p2 = Witryna nigdy nie ukrywa tego, co Państwo napisali, bez poinformowania Państwa. Każdą decyzję o kontakcie z kimś spoza witryny podejmuje człowiek, nie komputer.
crisis-s6-p3 = W naszej informacji o prywatności wyjaśniamy, kiedy i w jaki sposób możemy przekazać informacje, aby chronić czyjeś bezpieczeństwo.
