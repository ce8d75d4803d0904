# Kindred facilitator training strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Facilitator training: courses, lessons, quizzes, the badge, requirements, reminders.

date-short = { $day } { $month } { $year }

training-title = تدريب الميسّرين
training-intro = دورات قصيرة لمن يديرون مجموعات دعم الأقران. اقرأ كل درس، ثم أجب عن اختبار قصير. يُحفظ تقدّمك، وعند إتمام دورة تظهر شارة «ميسّر مُدرَّب» على المجموعات التي تديرها.
training-modules-count = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدةً
   *[other] { $count } وحدة
}
training-your-progress = تقدّمك
training-sign-in = يمكن لأي شخص قراءة الدروس. سجّل الدخول لتتمكن من الإجابة عن الاختبارات وحفظ تقدّمك.
training-modules = الوحدات
training-minutes = { $minutes ->
    [zero] نحو { $minutes } دقيقة
    [one] نحو دقيقة واحدة
    [two] نحو دقيقتين
    [few] نحو { $minutes } دقائق
    [many] نحو { $minutes } دقيقةً
   *[other] نحو { $minutes } دقيقة
}
training-module-expires-every = { $months ->
    [zero] يجب تجديدها كل { $months } شهر
    [one] يجب تجديدها كل شهر
    [two] يجب تجديدها كل شهرين
    [few] يجب تجديدها كل { $months } أشهر
    [many] يجب تجديدها كل { $months } شهرًا
   *[other] يجب تجديدها كل { $months } شهر
}
training-licence = نص الدورة متاح بموجب رخصة المشاع الإبداعي: نَسب المُصنَّف - الترخيص بالمثل 4.0 (Creative Commons Attribution-ShareAlike 4.0). وهو مجرد مقدّمة: لا يغني عن سياسة الحماية (safeguarding) أو التدريب الخاص بالجهة التي تنتمي إليها.
training-module-of = الوحدة { $number } من { $of }

training-module-not-started = لم تبدأ بعد
training-module-not-passed = لم تجتزها بعد (أفضل نتيجة حتى الآن: { $best } من { $of })
training-module-passed = اجتزتها في { $date }
training-module-passed-until = اجتزتها في { $date }، وهي صالحة حتى { $until }
training-module-expired = انتهت صلاحيتها في { $date }: أعد الاختبار

training-status-current = التدريب مكتمل (لا تنتهي صلاحيته)
training-status-current-until = التدريب مكتمل وصالح حتى { $date }
training-status-lapsed = انتهت صلاحية التدريب في { $date }
training-status-incomplete = التدريب غير مكتمل (الوحدات المجتازة: { $passed } من { $of })

training-completed = اكتمل في { $date }.
training-completed-until = اكتمل في { $date }. تدريبك صالح حتى { $until }.
training-expires-soon = تنتهي صلاحية جزء من تدريبك في { $date }. أعد اختبار تلك الوحدة قبل هذا التاريخ لتحتفظ بشارتك.
training-lapsed-notice = انتهت صلاحية تدريبك في { $date }. لتجديده، أعد الاختبارات المكتوب بجانبها «انتهت صلاحيتها».

training-quiz = الاختبار
training-quiz-intro = أجب عن جميع الأسئلة. للنجاح، يلزمك { $needed } إجابات صحيحة على الأقل من أصل { $of }. يمكنك المحاولة بقدر ما تشاء.
training-quiz-answer-this = اختر إجابة عن هذا السؤال.
training-quiz-answer-all = أجب عن جميع الأسئلة قبل التحقق من إجاباتك.
training-check-answers = تحقّق من إجاباتي
training-result-title = نتيجة الاختبار: { $module }
training-quiz-passed = لقد نجحت: الإجابات الصحيحة { $right } من { $of }.
training-quiz-not-passed = لم تنجح بعد: الإجابات الصحيحة { $right } من { $of }، وللنجاح يلزمك { $needed }. اقرأ الشروح، ثم حاول مرة أخرى.
training-your-answer = إجابتك:
training-answer-right = إجابة صحيحة.
training-answer-wrong = ليست صحيحة تمامًا.
training-next-module = الوحدة التالية: { $module }
training-try-again = أعد الاختبار
training-back-to-course = العودة إلى الدورة

training-badge = ميسّر مُدرَّب
training-badge-hint = أتمّ واحد على الأقل من ميسّري هذه المجموعة دورة Kindred للميسّرين من الأقران، ولا تزال صلاحيتها سارية.

training-members-heading = تدريب الميسّرين
training-group-require = يجب أن يكون ميسّرو هذه المجموعة قد أتمّوا دورة الميسّرين من الأقران، وأن تكون صلاحيتها سارية
training-require-hint = لا يمكن تعيين من لم يُتمّ الدورة ميسّرًا أو منظِّمًا. ويظهر هنا كل من انتهت صلاحية تدريبه، لكي تطلب منه تجديده.
training-required-by-organisation = تشترط جهتك لجميع مجموعاتها إتمام دورة الميسّرين من الأقران مع بقاء صلاحيتها سارية.
training-save = حفظ
training-saved = تم الحفظ.
training-refused = تشترط هذه المجموعة على الميسّرين والمنظِّمين إتمام دورة الميسّرين من الأقران مع بقاء صلاحيتها سارية، و{ $name } لم يُتمّها بعد. اطلب أولًا إتمام الدورة من خلال الصفحة ⁦/training⁩.
training-org-link = تدريب الميسّرين على مستوى الجهة كلها

training-org-title = تدريب الميسّرين: { $organisation }
training-org-require = تشترط جميع مجموعات هذه الجهة على الميسّرين والمنظِّمين إتمام دورة الميسّرين من الأقران مع بقاء صلاحيتها سارية
training-org-facilitators = الميسّرون والمنظِّمون
training-org-none = لا أحد يدير أي مجموعة تابعة لهذه الجهة بعد.
training-col-name = الاسم
training-col-group = المجموعة
training-col-role = الدور
training-col-status = التدريب

email-training-subject = تنتهي صلاحية وحدة التدريب «{ $module }» في { $date }
email-training-body =
    مرحبًا { $pseudonym }،

    تنتهي في { $date } صلاحية اجتيازك للوحدة «{ $module }» ({ $course }). لكي يبقى تدريبك صالحًا (وتبقى شارة «ميسّر مُدرَّب» على المجموعات التي تديرها)، أعد قراءة الدرس وأعد اختباره قبل هذا التاريخ:

    { $link }
