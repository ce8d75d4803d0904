# Kindred facilitator training strings: Polish.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Szkolenie dla osób prowadzących: kursy, lekcje, quizy, odznaka, wymagania, przypomnienia.

date-short = { $day } { $month } { $year }

training-title = Szkolenie dla osób prowadzących
training-intro = Krótkie kursy dla osób, które prowadzą grupy wzajemnego wsparcia. Po przeczytaniu każdej lekcji wystarczy odpowiedzieć na pytania krótkiego quizu. Postępy są zapisywane, a po ukończeniu kursu przy grupach, które Państwo prowadzą, pojawia się odznaka „Przeszkolona osoba prowadząca”.
training-modules-count = { $count ->
    [one] { $count } moduł
    [few] { $count } moduły
    [many] { $count } modułów
   *[other] { $count } modułu
}
training-your-progress = Państwa postępy
training-sign-in = Lekcje może czytać każdy. Aby odpowiadać na pytania quizów i zapisywać postępy, proszę się zalogować.
training-modules = Moduły
training-minutes = { $minutes ->
    [one] Około { $minutes } minuty
   *[other] Około { $minutes } minut
}
training-module-expires-every = { $months ->
    [one] Wymaga odnawiania co miesiąc
    [few] Wymaga odnawiania co { $months } miesiące
    [many] Wymaga odnawiania co { $months } miesięcy
   *[other] Wymaga odnawiania co { $months } miesiąca
}
training-licence = Treść kursu jest udostępniana na licencji Creative Commons Uznanie autorstwa – Na tych samych warunkach 4.0 (CC BY-SA 4.0). To jedynie wprowadzenie: nie zastępuje polityki ani szkoleń Państwa organizacji w zakresie ochrony osób zagrożonych krzywdą (safeguarding).
training-module-of = Moduł { $number } z { $of }

training-module-not-started = Nie rozpoczęto
training-module-not-passed = Jeszcze nie zaliczono (najlepszy dotychczasowy wynik: { $best } z { $of })
training-module-passed = Zaliczono dnia { $date }
training-module-passed-until = Zaliczono dnia { $date }, ważne do { $until }
training-module-expired = Wygasło dnia { $date }: proszę ponownie rozwiązać quiz

training-status-current = Szkolenie ukończone (bezterminowo)
training-status-current-until = Szkolenie ukończone, ważne do { $date }
training-status-lapsed = Szkolenie straciło ważność dnia { $date }
training-status-incomplete = Szkolenie nieukończone (zaliczone moduły: { $passed } z { $of })

training-completed = Ukończono dnia { $date }.
training-completed-until = Ukończono dnia { $date }. Szkolenie jest ważne do { $until }.
training-expires-soon = Część Państwa szkolenia traci ważność dnia { $date }. Aby zachować odznakę, proszę przed tym dniem ponownie rozwiązać quiz z tego modułu.
training-lapsed-notice = Państwa szkolenie straciło ważność dnia { $date }. Aby je odnowić, proszę ponownie rozwiązać quizy oznaczone jako „Wygasło”.

training-quiz = Quiz
training-quiz-intro = Proszę odpowiedzieć na wszystkie pytania. Aby zaliczyć, potrzeba { $needed } z { $of } poprawnych odpowiedzi. Można podchodzić do quizu dowolną liczbę razy.
training-quiz-answer-this = Proszę wybrać odpowiedź na to pytanie.
training-quiz-answer-all = Przed sprawdzeniem odpowiedzi proszę odpowiedzieć na wszystkie pytania.
training-check-answers = Sprawdź moje odpowiedzi
training-result-title = Wynik quizu: { $module }
training-quiz-passed = Zaliczone: { $right } z { $of } poprawnych odpowiedzi.
training-quiz-not-passed = Jeszcze nie zaliczone: { $right } z { $of } poprawnych odpowiedzi. Do zaliczenia potrzeba { $needed }. Proszę przeczytać wyjaśnienia i spróbować ponownie.
training-your-answer = Państwa odpowiedź:
training-answer-right = Dobrze.
training-answer-wrong = Niezupełnie.
training-next-module = Następny moduł: { $module }
training-try-again = Rozwiąż quiz ponownie
training-back-to-course = Wróć do kursu

training-badge = Przeszkolona osoba prowadząca
training-badge-hint = Co najmniej jedna z osób prowadzących tę grupę ma ukończony i wciąż ważny kurs Kindred dla osób prowadzących z własnym doświadczeniem.

training-members-heading = Szkolenie dla osób prowadzących
training-group-require = Osoby prowadzące tę grupę muszą mieć ukończony i wciąż ważny kurs dla osób prowadzących z własnym doświadczeniem
training-require-hint = Osobom bez tego kursu nie można nadać roli osoby prowadzącej ani organizatora. Osoby, którym szkolenie straciło ważność, są tu wymienione, aby mogli Państwo poprosić je o jego odnowienie.
training-required-by-organisation = Państwa organizacja wymaga we wszystkich swoich grupach ukończonego i wciąż ważnego kursu dla osób prowadzących z własnym doświadczeniem.
training-save = Zapisz
training-saved = Zapisano.
training-refused = Ta grupa wymaga, aby osoby prowadzące i organizatorzy mieli ukończony i wciąż ważny kurs dla osób prowadzących z własnym doświadczeniem, a { $name } jeszcze go nie ma. Proszę najpierw poprosić tę osobę o ukończenie kursu na stronie /training.
training-org-link = Szkolenie osób prowadzących w całej organizacji

training-org-title = Szkolenie osób prowadzących: { $organisation }
training-org-require = Wszystkie grupy tej organizacji wymagają od osób prowadzących i organizatorów ukończonego i wciąż ważnego kursu dla osób prowadzących z własnym doświadczeniem
training-org-facilitators = Osoby prowadzące i organizatorzy
training-org-none = Nikt jeszcze nie prowadzi żadnej grupy tej organizacji.
training-col-name = Nazwa
training-col-group = Grupa
training-col-role = Rola
training-col-status = Szkolenie

email-training-subject = Moduł szkolenia „{ $module }” traci ważność dnia { $date }
email-training-body =
    Dzień dobry { $pseudonym },

    Zaliczenie modułu „{ $module }” ({ $course }) traci ważność dnia { $date }. Aby Państwa szkolenie pozostało ważne (a grupy, które Państwo prowadzą, zachowały odznakę „Przeszkolona osoba prowadząca”), prosimy przed tym dniem ponownie przeczytać lekcję i rozwiązać quiz z tego modułu:

    { $link }
