# Kindred training strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## Facilitator training: courses, lessons, quizzes, the badge, requirements, reminders.

date-short = { $day } { $month } { $year }

training-title = Facilitator training
training-intro = Short courses for people who run peer support groups. Read each lesson, then answer a short quiz. Your progress is saved, and a completed course earns the "Trained facilitator" badge on the groups you run.
training-modules-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
training-your-progress = Your progress
training-sign-in = Anyone can read the lessons. Sign in to answer the quizzes and record your progress.
training-modules = Modules
training-minutes = About { $minutes } minutes
training-module-expires-every = Must be renewed every { $months } months
training-licence = The course text is shared under the Creative Commons Attribution-ShareAlike 4.0 licence. It is an introduction: it does not replace your organisation's own safeguarding policy or training.
training-module-of = Module { $number } of { $of }

training-module-not-started = Not started
training-module-not-passed = Not passed yet (best so far: { $best } of { $of })
training-module-passed = Passed on { $date }
training-module-passed-until = Passed on { $date }, valid until { $until }
training-module-expired = Expired on { $date }: take the quiz again

training-status-current = Trained (does not expire)
training-status-current-until = Trained, current until { $date }
training-status-lapsed = Training lapsed on { $date }
training-status-incomplete = Training not completed ({ $passed } of { $of } modules)

training-completed = Completed on { $date }.
training-completed-until = Completed on { $date }. Your training is current until { $until }.
training-expires-soon = Part of your training expires on { $date }. Take that module's quiz again before then to keep your badge.
training-lapsed-notice = Your training lapsed on { $date }. Take the quizzes marked "expired" again to renew it.

training-quiz = Quiz
training-quiz-intro = Answer every question. You need { $needed } of { $of } right to pass. You can try as many times as you like.
training-quiz-answer-this = Choose an answer to this question.
training-quiz-answer-all = Answer every question before checking your answers.
training-check-answers = Check my answers
training-result-title = Quiz result: { $module }
training-quiz-passed = You passed: { $right } of { $of } correct.
training-quiz-not-passed = Not passed yet: { $right } of { $of } correct. You need { $needed } to pass. Read the explanations, then try again.
training-your-answer = Your answer:
training-answer-right = Right.
training-answer-wrong = Not quite.
training-next-module = Next module: { $module }
training-try-again = Try the quiz again
training-back-to-course = Back to the course

training-badge = Trained facilitator
training-badge-hint = At least one of this group's facilitators holds a current Kindred peer facilitator course.

training-members-heading = Facilitator training
training-group-require = Facilitators of this group must hold a current peer facilitator course
training-require-hint = People without it cannot be made facilitators or organisers. Anyone whose training lapses is shown here so you can ask them to renew it.
training-required-by-organisation = Your organisation requires a current peer facilitator course for all its groups.
training-save = Save
training-saved = Saved.
training-refused = This group requires a current peer facilitator course for facilitators and organisers, and { $name } does not hold one yet. Ask them to complete the course at /training first.
training-org-link = Facilitator training across the organisation

training-org-title = Facilitator training: { $organisation }
training-org-require = All groups of this organisation require a current peer facilitator course for facilitators and organisers
training-org-facilitators = Facilitators and organisers
training-org-none = No one runs a group of this organisation yet.
training-col-name = Name
training-col-group = Group
training-col-role = Role
training-col-status = Training

email-training-subject = Your training module "{ $module }" expires on { $date }
email-training-body =
    Hello { $pseudonym },

    Your pass in the module "{ $module }" of the { $course } expires on { $date }. To keep your training current (and the "Trained facilitator" badge on the groups you run), read the lesson again and retake its quiz before then:

    { $link }
