# Kindred meetings strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Meetings: pages, forms, emails

nav-my-meetings = لقاءاتي
group-search-link = ابحث عن مجموعة
weekday-0 = الأحد
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
month-long-1 = يناير
month-long-2 = فبراير
month-long-3 = مارس
month-long-4 = أبريل
month-long-5 = مايو
month-long-6 = يونيو
month-long-7 = يوليو
month-long-8 = أغسطس
month-long-9 = سبتمبر
month-long-10 = أكتوبر
month-long-11 = نوفمبر
month-long-12 = ديسمبر
# "Tue 3 Dec, 19:00": «الثلاثاء 3 ديسمبر، الساعة 19:00»
meeting-when = { $weekday } { $day } { $month }، الساعة { $time }
search-next-meeting = اللقاء القادم: { $when }
group-meetings = اللقاءات القادمة
group-no-meetings = لم يُحدَّد أي لقاء بعد.
group-calendar = الاشتراك في تقويم هذه المجموعة
group-add-meeting = إضافة لقاء
meeting-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}
meeting-zone = المواعيد بتوقيت { $zone }.
meeting-cancelled = مُلغى
meeting-cancel-reason = السبب: { $reason }
meeting-moved = تغيّر موعد هذا اللقاء عن وقته المعتاد.
meeting-over = انتهى هذا اللقاء.
meeting-where = المكان
meeting-place-group_venue = في مكان اللقاء المعتاد للمجموعة
meeting-place-other_venue = في مكان آخر
meeting-place-online = عبر الإنترنت
meeting-place-hybrid = وجهًا لوجه وعبر الإنترنت
meeting-access = إمكانية الوصول
meeting-join = الانضمام إلى اللقاء
meeting-dial-in = الانضمام عبر الهاتف
meeting-link-later = سيظهر رابط الانضمام هنا ابتداءً من { $when }.
meeting-link-members = يرى أعضاء المجموعة طريقة الانضمام قبل اللقاء بوقت قصير.
meeting-add-to-calendar = أضف هذا اللقاء إلى تقويمك
meeting-reply-heading = هل ستحضر؟
meeting-your-reply = ردّك: { $reply }
meeting-reply-going = سأحضر
meeting-reply-waitlisted = على قائمة الانتظار (ستحصل على مكان تلقائيًا إذا شغر مكان، وسنرسل إليك رسالة بالبريد الإلكتروني)
meeting-reply-not_going = لن أحضر
meeting-going = سأحضر
meeting-not-going = لا أستطيع الحضور
meeting-join-group-first = انضمّ إلى المجموعة لتتمكن من الرد:
meeting-agenda = برنامج اللقاء: { $format }
segment-open_sharing = مشاركة مفتوحة
segment-go_round = جولة يتحدث فيها كل شخص بدوره
segment-topic = نقاش حول موضوع
segment-reading = قراءة
segment-break = استراحة
segment-check_out = جولة ختامية
meeting-run-heading = إدارة هذا اللقاء
# $going and $waiting are counts; the *[other] wording reads correctly for any number.
meeting-numbers = { $going ->
        [zero] لم يؤكد أحد حضوره بعد
        [one] شخص واحد سيحضر
        [two] شخصان سيحضران
        [few] { $going } أشخاص سيحضرون
        [many] { $going } شخصًا سيحضرون
       *[other] عدد من سيحضرون: { $going }
    }، { $waiting ->
        [zero] ولا أحد على قائمة الانتظار.
        [one] وشخص واحد على قائمة الانتظار.
        [two] وشخصان على قائمة الانتظار.
        [few] و{ $waiting } أشخاص على قائمة الانتظار.
        [many] و{ $waiting } شخصًا على قائمة الانتظار.
       *[other] وعدد من على قائمة الانتظار: { $waiting }.
    }
meeting-capacity = { $capacity ->
    [zero] عدد الأماكن: { $capacity }.
    [one] مكان واحد.
    [two] مكانان.
    [few] { $capacity } أماكن.
    [many] { $capacity } مكانًا.
   *[other] { $capacity } مكان.
}
meeting-cancel-heading = إلغاء هذا اللقاء
meeting-cancel-reason-label = السبب
meeting-cancel-reason-hint = يرى الأعضاء هذا السبب، ويتلقى كل من قال إنه سيحضر رسالة بالبريد الإلكتروني.
meeting-cancel-button = إلغاء هذا اللقاء
meeting-move-heading = تغيير موعد هذا اللقاء
meeting-move-label = التاريخ والوقت الجديدان
meeting-move-note = ملاحظة للأعضاء (اختياري)
meeting-move-button = تغيير موعد هذا اللقاء
meeting-attendance = من حضر
meeting-attendance-save = حفظ الحضور
meeting-end-heading = إنهاء هذه السلسلة من اللقاءات
meeting-end-label = آخر تاريخ
meeting-end-hint = لن تُعقد أي لقاءات بعد هذا التاريخ.
meeting-end-button = إنهاء السلسلة
series-new-title = إضافة لقاء
series-title-label = اسم اللقاء (اختياري)
series-title-hint = اتركه فارغًا لاستخدام اسم المجموعة.
series-date-label = تاريخ اللقاء الأول
series-time-label = وقت البدء
series-time-hint = بنظام 24 ساعة، مثلًا ⁦19:00⁩. تبقى المواعيد كما هي عند تقديم الساعة أو تأخيرها بين التوقيتين الصيفي والشتوي.
series-duration-label = المدة بالدقائق
series-repeat-label = التكرار
series-repeat-once = لا يتكرر
series-repeat-weekly = كل أسبوع
series-repeat-fortnightly = كل أسبوعين
series-repeat-monthly_day = كل شهر في اليوم نفسه من الأسبوع (مثل أول ثلاثاء من الشهر)
series-repeat-monthly_date = كل شهر في التاريخ نفسه
series-week-label = للقاءات الشهرية حسب يوم الأسبوع
series-week-same = الأسبوع نفسه من الشهر الذي يقع فيه اللقاء الأول
series-week-last = آخر يوم مماثل في الشهر
series-except-label = استثناء شهر
series-except-none = لا يُستثنى أي شهر
series-ends-label = آخر تاريخ (اختياري)
series-ends-hint = اتركه فارغًا إذا كانت اللقاءات مستمرة.
series-place-label = المكان
series-format-label = نمط برنامج اللقاء
series-format-none = لا يوجد برنامج محدد (حديث مفتوح)
series-venue-legend = مكان آخر
series-venue-hint = فقط للقاءات التي تُعقد بعيدًا عن مكان اللقاء المعتاد للمجموعة.
series-venue-name = اسم مكان اللقاء
series-venue-address = العنوان
series-venue-postcode = الرمز البريدي
series-venue-access = إمكانية الوصول (مدخل بلا درجات، حلقة سمعية، دورات مياه، موقف سيارات)
series-venue-directions = الاتجاهات (كيف تجد الغرفة، أقرب موقف حافلات)
series-online-legend = الانضمام عبر الإنترنت
series-online-hint = لا يرى هذه المعلومات إلا الأعضاء، وفقط قبل كل لقاء بوقت قصير.
series-join-url = رابط المكالمة
series-dial-in = رقم الهاتف للانضمام
series-link-opens = إظهار الرابط قبل البدء بهذا العدد من الدقائق
series-link-opens-hint = إذا تُرك فارغًا، تكون المدة 30 دقيقة.
series-capacity-label = عدد الأماكن (اختياري)
series-capacity-hint = عندما تمتلئ الأماكن، تُضاف الردود إلى قائمة انتظار تتقدّم تلقائيًا.
series-save = حفظ
formats-link = أنماط برنامج اللقاء
formats-title = أنماط برنامج اللقاء
formats-intro = النمط هو ترتيب فقرات اللقاء الذي يتبع برنامجًا محددًا. انسخ أحد الأنماط لتجعله خاصًا بك.
formats-built-in = جاهز
formats-copy = إنشاء نسخة لتعديلها
formats-edit = تعديل
formats-edit-title = تعديل نمط برنامج اللقاء
formats-name = الاسم
formats-rows-hint = تسير الفقرات بهذا الترتيب. اترك السطر فارغًا لحذفه.
formats-segment = الفقرة { $number }
formats-segment-name = الاسم
formats-segment-minutes = الدقائق
formats-segment-kind = النوع
formats-segment-script = نص يُقرأ (اختياري)
formats-save = حفظ
my-meetings-title = لقاءاتي
my-meetings-none = ليس لديك أي لقاءات قادمة.
my-calendar-heading = رابط تقويمك
my-calendar-intro = أضف لقاءاتك إلى تطبيق التقويم باستخدام رابط خاص. يستطيع أي شخص لديه الرابط رؤية لقاءاتك، لذا احتفظ به لنفسك؛ ويمكنك استبداله في أي وقت.
my-calendar-new = هذا هو رابطك الجديد. انسخه الآن: حفاظًا على خصوصيتك، لا نعرضه إلا مرة واحدة.
my-calendar-link = رابط التقويم
my-calendar-exists = لديك رابط تقويم. استبدله إذا فقدته أو ظننت أن شخصًا آخر حصل عليه.
my-calendar-create = إنشاء رابط للتقويم
my-calendar-replace = استبدال الرابط
my-calendar-revoke = إيقاف الرابط
my-emails-heading = رسائل البريد الإلكتروني الخاصة باللقاءات
my-emails-on = تصلك رسائل تذكير وإشعارات بالتغييرات الخاصة باللقاءات التي ستحضرها.
my-emails-off = رسائل البريد الإلكتروني الخاصة باللقاءات متوقفة.
my-emails-turn-off = إيقاف رسائل اللقاءات
my-emails-turn-on = تشغيل رسائل اللقاءات
unsubscribe-title = رسائل البريد الإلكتروني الخاصة باللقاءات
unsubscribe-intro = هل تريد إيقاف رسائل التذكير وإشعارات تغيير اللقاءات عبر البريد الإلكتروني؟
unsubscribe-button = إيقاف رسائل اللقاءات
unsubscribe-done = تم: لن تصلك رسائل البريد الإلكتروني الخاصة باللقاءات بعد الآن. يمكنك تشغيلها مرة أخرى من صفحة «لقاءاتي».
email-meeting-where = المكان: { $place }
email-meeting-join = للانضمام عبر الإنترنت:
email-meeting-dial-in = أو انضمّ عبر الهاتف: { $phone }
email-meeting-unsubscribe = لإيقاف رسائل اللقاءات، افتح هذا الرابط:
email-reminder-subject = تذكير: { $title }، { $when }
email-reminder-body = مرحبًا { $pseudonym }،

    نذكّرك بأن لقاء { $title } ({ $group }) سيُعقد يوم { $when }.

    { $details }

    للاطلاع على التفاصيل ولتغيير ردّك:
    { $link }
email-cancelled-subject = أُلغي: { $title }، { $when }
email-cancelled-body = مرحبًا { $pseudonym }،

    أُلغي لقاء { $title } ({ $group }) الذي كان مقررًا يوم { $when }.

    السبب: { $reason }

    { $link }
email-moved-subject = تغيّر الموعد: { $title } أصبح يوم { $when }
email-moved-body = مرحبًا { $pseudonym }،

    تغيّر موعد لقاء { $title } ({ $group }). أصبح اللقاء الآن يوم { $when }.

    { $details }

    { $link }
email-promoted-subject = حصلت على مكان: { $title }، { $when }
email-promoted-body = مرحبًا { $pseudonym }،

    شغر مكان وأصبح لك: { $title } ({ $group }) يوم { $when }.

    { $details }

    إذا لم يعد بإمكانك الحضور، فيُرجى تغيير ردّك ليحصل شخص آخر على المكان:
    { $link }
# مشكلات النماذج في صفحات اللقاءات، حسب الحقل (تعطي واجهة JSON البرمجية رسالة مفصّلة بالإنجليزية).
meeting-error-id = لم يعد بالإمكان إجراء هذا التغيير على هذا اللقاء: فقد انتهى أو أُلغي.
meeting-error-reason = اكتب سببًا للأعضاء (حتى 300 حرف).
meeting-error-starts_at = أدخل تاريخًا ووقتًا جديدين في المستقبل، على أن يكون الوقت موجودًا في ذلك اليوم (لا في الساعة التي تُتخطّى عند تقديم الساعة للتوقيت الصيفي).
meeting-error-note = اجعل الملاحظة في حدود 300 حرف.
meeting-error-present = ضع علامة على أعضاء المجموعة فقط، وبعد أن يبدأ اللقاء.
meeting-error-last_date = أدخل آخر تاريخ يكون اليوم أو بعده، وليس قبل اللقاء الأول.
meeting-error-date = أدخل تاريخ اللقاء الأول، مثلًا ⁦2026-12-01⁩.
meeting-error-time = أدخل وقت بدء مثل ⁦19:00⁩ يكون موجودًا في ذلك اليوم (لا في الساعة التي تُتخطّى عند تقديم الساعة للتوقيت الصيفي)، ويقع في يوم من الأيام التي اخترتها للتكرار.
meeting-error-duration = أدخل المدة بالدقائق، من 5 إلى 1440.
meeting-error-repeat = اختر كم مرة يتكرر اللقاء.
meeting-error-ends_on = أدخل آخر تاريخ يكون في يوم اللقاء الأول أو بعده، مثلًا ⁦2027-07-31⁩.
meeting-error-place = اختر مكان انعقاد اللقاء. إذا لم يكن للمجموعة مكان لقاء مسجّل، فاختر مكانًا آخر أو اللقاء عبر الإنترنت.
meeting-error-venue_name = أدخل اسم مكان اللقاء وعنوانه.
meeting-error-venue_address = أدخل عنوان مكان اللقاء.
meeting-error-venue_postcode = أدخل رمزًا بريديًا قصيرًا، مثلًا ⁦CF10 1FL⁩.
meeting-error-venue_access = اجعل ملاحظات إمكانية الوصول في حدود 1000 حرف.
meeting-error-venue_directions = اجعل الاتجاهات في حدود 1000 حرف.
meeting-error-join_url = أدخل رابطًا كاملًا للمكالمة يبدأ بـ ⁦https://⁩، أو رقم هاتف للانضمام.
meeting-error-dial_in = أدخل رقم هاتف باستخدام الأرقام والمسافات والرموز ⁦+ ( ) -⁩.
meeting-error-link_opens = أدخل عدد الدقائق قبل البدء عددًا صحيحًا لا يزيد على 10080.
meeting-error-capacity = أدخل عدد الأماكن عددًا صحيحًا من 1 إلى 10000، أو اتركه فارغًا.
meeting-error-format = اختر نمط برنامج اللقاء من القائمة.
meeting-error-title = اجعل اسم اللقاء في سطر واحد لا يزيد على 120 حرفًا.
meeting-error-timezone = اختر المنطقة الزمنية.
meeting-error-name = أدخل اسمًا للنمط لا يزيد على 80 حرفًا.
meeting-error-segments = تحتاج كل فقرة إلى اسم ومدة من 1 إلى 240 دقيقة؛ ويضم النمط من 1 إلى 30 فقرة.
meeting-error-other = تحقّق من هذا الحقل.

## The live room, from the meeting page
meeting-room-enter = الدخول إلى غرفة اللقاء المباشر
meeting-room-enter-hint = دردش، وارفع يدك، وتحدّث حين يأتي دورك؛ مع الصوت والفيديو إن أردت.
meeting-room-summary-heading = كيف جرى اللقاء المباشر
meeting-room-summary = المدة بالدقائق: { $minutes }، عدد المشاركين: { $people }، أدوار جولة الحديث: { $turns }، رسائل الدردشة: { $messages }.
meeting-room-balance = توازن وقت الحديث: { $balance } (القيمة 1 تعني توازنًا تامًا، والقيمة 0 تعني أن شخصًا واحدًا فقط تحدّث).
meeting-room-share = { $name }: { $percent }٪ من وقت الحديث
meeting-room-summary-hint = لا تُحفظ إلا الأرقام الإجمالية. ولا يُخزَّن بعد اللقاء أي شيء قاله أو كتبه أحد.
