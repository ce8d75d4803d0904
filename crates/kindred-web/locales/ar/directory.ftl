# Kindred directory strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Taxonomy: categories

category-condition_specific = التعايش مع حالة صحية
category-mental_health = الصحة النفسية
category-addiction_recovery = الإدمان والتعافي
category-caregivers = مقدمو الرعاية
category-bereavement = فقدان شخص عزيز
category-other = أخرى

## Taxonomy: conditions and situations

condition-cancer = السرطان
condition-breast_cancer = سرطان الثدي
condition-prostate_cancer = سرطان البروستاتا
condition-diabetes = السكري
condition-type1_diabetes = السكري من النوع 1
condition-hiv = فيروس نقص المناعة البشرية (HIV)
condition-hepatitis_c = التهاب الكبد C
condition-heart_disease = أمراض القلب
condition-stroke = السكتة الدماغية
condition-long_covid = كوفيد طويل الأمد
condition-chronic_pain = الألم المزمن
condition-ms = التصلب المتعدد (MS)
condition-parkinsons = مرض باركنسون
condition-epilepsy = الصرع
condition-arthritis = التهاب المفاصل
condition-ibd = داء كرون والتهاب القولون
condition-depression = الاكتئاب
condition-anxiety = القلق
condition-bipolar = الاضطراب ثنائي القطب
condition-psychosis = الذهان
condition-eating_disorders = اضطرابات الأكل
condition-ptsd = اضطراب ما بعد الصدمة (PTSD) والصدمات النفسية
condition-postnatal = الصحة النفسية في فترة الحمل وما بعد الولادة
condition-self_harm = إيذاء النفس
condition-suicide_bereavement = فقدان شخص عزيز بسبب الانتحار
condition-alcohol = الكحول
condition-drugs = المخدرات
condition-gambling = القمار
condition-smoking = الإقلاع عن التدخين
condition-dementia_carers = رعاية شخص يعيش مع الخرف
condition-carers = رعاية شخص ما
condition-young_carers = مقدمو الرعاية من صغار السن
condition-autism_carers = رعاية شخص من ذوي طيف التوحد
condition-bereavement = فقدان شخص عزيز
condition-baby_loss = فقدان الجنين أو الرضيع
condition-loneliness = الوحدة

## Who a group is for

audience-adults = البالغون
audience-young_people = الشباب
audience-older_people = كبار السن
audience-women = النساء فقط
audience-men = الرجال فقط
audience-lgbtq = أفراد مجتمع الميم (LGBTQ+)
audience-parents = الآباء والأمهات
audience-families = العائلات
audience-veterans = المحاربون القدامى
audience-minority_ethnic = الأشخاص السود والآسيويون وأبناء الأقليات العرقية
age-range = الأعمار من { $min } إلى { $max }
age-from = الأعمار من { $min } فما فوق
age-to = الأعمار حتى { $max }

## How a group works

leadership-peer_led = يديرها أقران مرّوا بالتجربة نفسها
leadership-professional_led = يديرها مختص
leadership-co_facilitated = يديرها أحد الأقران ومختص معًا
structure-structured = تتبع نمطًا محددًا: { $format }
structure-unstructured = حديث مفتوح، دون نمط محدد
attendance-in_person = وجهًا لوجه
attendance-online = عبر الإنترنت
attendance-hybrid = وجهًا لوجه وعبر الإنترنت
cost-free = مجانية
cost-donation = نرحّب بالتبرعات
cost-fee = هناك رسوم
joining-open = مفتوحة: يمكن لأي شخص الانضمام
joining-closed = مغلقة: اطلب الانضمام
status-active = تعقد لقاءاتها
status-paused = متوقفة مؤقتًا
status-closed = لم تعد تعقد لقاءات

## Languages groups meet in (names in Arabic; the language switcher uses each language's own name)

lang-en = الإنجليزية
lang-cy = الويلزية
lang-pl = البولندية
lang-ur = الأردية
lang-ar = العربية
lang-pa = البنجابية
lang-bn = البنغالية
lang-gu = الغوجاراتية
lang-so = الصومالية
lang-ro = الرومانية
lang-gd = الغيلية الإسكتلندية
lang-ga = الأيرلندية
lang-bfi = لغة الإشارة البريطانية (BSL)

## Accessibility

access-step_free = دخول بلا درجات
access-hearing_loop = حلقة سمعية (hearing loop)
access-accessible_toilet = دورة مياه مهيّأة لذوي الإعاقة
access-bsl_interpreter = مترجم لغة الإشارة البريطانية (BSL)
access-captions = ترجمة نصية مباشرة (captions)
access-quiet_room = غرفة هادئة
access-parking = موقف سيارات قريب
access-large_print = مواد مطبوعة بخط كبير
access-easy_read = مواد بصيغة سهلة القراءة (easy read)

## Days and times

day-0 = الأحد
day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
time-morning = الصباح
time-afternoon = بعد الظهر
time-evening = المساء
schedule-weekly = كل أسبوع يوم { $days } الساعة { $time }
schedule-fortnightly = كل أسبوعين يوم { $days } الساعة { $time }
schedule-monthly = مرة في الشهر ({ $days }) الساعة { $time }
schedule-other = بانتظام، الساعة { $time }

## Search

groups-title = ابحث عن مجموعة
groups-intro = ابحث حسب ما تمرّ به، ومكان سكنك، والطريقة التي تفضّل أن تلتقي بها. ويمكنك أيضًا تصفية النتائج حسب اللغة واحتياجات إمكانية الوصول وغير ذلك.
search-q-label = عمّ تبحث؟
search-q-hint = مثلًا: القلق، السكري، مقدمو الرعاية، القمار
search-near-label = بالقرب من (اختياري)
search-near-hint = رمز بريدي، أو الجزء الأول من رمز بريدي، أو اسم بلدة
search-radius-label = في نطاق
search-radius-km = { $km } كم
search-filters = مزيد من عوامل التصفية
search-any = الكل
search-category = نوع المجموعة
search-condition = الحالة الصحية أو الظرف
search-format = طريقة اللقاء
search-language = اللغة
search-day = اليوم
search-time = وقت اليوم
search-access = إمكانية الوصول
search-leadership = من يديرها
search-cost = التكلفة
search-audience = الفئة المستهدفة
search-button = بحث
search-results = { $count ->
    [zero] لم يتم العثور على أي مجموعة
    [one] تم العثور على مجموعة واحدة
    [two] تم العثور على مجموعتين
    [few] تم العثور على { $count } مجموعات
    [many] تم العثور على { $count } مجموعةً
   *[other] تم العثور على { $count } مجموعة
}
search-none = لا توجد مجموعات مطابقة. جرّب عددًا أقل من عوامل التصفية، أو مسافة أكبر، أو كلمات مختلفة.
search-near-heading = بالقرب من { $place }
search-online-heading = مجموعات عبر الإنترنت يمكنك الانضمام إليها من أي مكان
search-online-badge = عبر الإنترنت
search-distance = على بُعد { $km } كم
search-paused = متوقفة مؤقتًا
search-verified = جهة موثَّقة
search-page = الصفحة { $page } من { $pages }
search-previous = الصفحة السابقة
search-next = الصفحة التالية

## A group's page

group-run-by = الجهة المديرة: { $organisation }
group-about = عن هذه المجموعة
group-details = التفاصيل
group-where = المكان
group-where-members = لا يُشارَك العنوان الدقيق إلا مع الأعضاء.
group-online-only = تلتقي هذه المجموعة عبر الإنترنت. ويحصل الأعضاء على الرابط قبل كل لقاء.
group-when = الموعد
group-who = لمن هذه المجموعة
group-languages = اللغات
group-access = إمكانية الوصول
group-cost = التكلفة
group-leadership = من يديرها
group-format = كيف تسير اللقاءات
group-first-meeting = ما الذي يمكنك توقّعه في لقائك الأول
group-facilitators = الميسّرون
group-no-facilitators = ستظهر أسماء الميسّرين هنا.
group-members-count = { $count ->
    [zero] لا يوجد أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
group-capacity = الحد الأقصى لعدد المشاركين: { $capacity }
group-join = الانضمام إلى هذه المجموعة
group-ask-to-join = طلب الانضمام إلى هذه المجموعة
group-sign-in-to-join = سجّل الدخول أو أنشئ حسابًا للانضمام. يمكنك استخدام أي اسم تريده.
group-you-are-member = أنت عضو في هذه المجموعة.
group-you-are-pending = لقد طلبت الانضمام. سيردّ عليك أحد الميسّرين قريبًا.
group-you-were-declined = لم يُقبل طلب انضمامك هذه المرة.
group-you-are-banned = لا يمكنك المشاركة في هذه المجموعة.
group-decision-note = رسالة من الميسّر: { $note }
group-leave = مغادرة هذه المجموعة
group-members-link = عرض الأعضاء والطلبات
group-agreement-changed = تغيّرت اتفاقية المجموعة. يُرجى قراءتها وقبولها لتواصل المشاركة.
group-paused-notice = لا تعقد هذه المجموعة لقاءات في الوقت الحالي.

## Joining

join-title = الانضمام إلى { $group }
join-intro = يلتزم كل عضو بالحفاظ على سرّية ما يُشارَك في المجموعة. يُرجى قراءة اتفاقية المجموعة وقواعدها الأساسية.
join-agreement = الاتفاقية والقواعد الأساسية (الإصدار { $version })
join-accept = قرأتُ الاتفاقية وسألتزم بها
join-error-accept = ضع علامة في المربع لتأكيد قبولك للاتفاقية
join-name-label = الاسم الذي ستستخدمه في هذه المجموعة (اختياري)
join-name-hint = اتركه فارغًا لاستخدام اسمك المعروض. يمكنك استخدام اسم مختلف في كل مجموعة.
join-questions = بعض الأسئلة من الميسّرين
join-questions-hint = أجب بالقدر الذي تريده، قليلًا كان أو كثيرًا. لا يرى إجاباتك إلا ميسّرو المجموعة.
join-button = الانضمام إلى المجموعة
join-request-button = إرسال طلبي
join-done = أهلًا بك: لقد انضممت إلى { $group }.
join-requested = تم إرسال طلبك. سيطّلع عليه أحد الميسّرين ويردّ عليك.
leave-done = لقد غادرت { $group }.

agreement-default-1 = ما يُقال في المجموعة يبقى فيها. لا تشارك أي شيء قد يكشف هوية عضو آخر، سواء داخل اللقاءات أو خارجها، بما في ذلك عبر الإنترنت.
agreement-default-2 = استمع دون مقاطعة، وتحدّث من تجربتك الشخصية. وامنح الجميع فرصة للكلام.
agreement-default-3 = كن لطيفًا. لا إصدار أحكام على الآخرين، ولا نصائح إلا إذا طلبها أحد، ولا تمييز من أي نوع.
agreement-default-4 = إذا كنت قلقًا على سلامتك أو سلامة شخص آخر، فأخبر أحد الميسّرين. يحفظ الميسّرون ما يُقال لهم في سرّية، إلا إذا كان أحدٌ معرّضًا لخطر أذى جسيم.
agreement-default-5 = يمكنك مغادرة المجموعة في أي وقت.

## Members and requests (facilitators)

members-title = أعضاء { $group }
members-requests = طلبات الانضمام
members-no-requests = لا توجد طلبات بانتظار الرد.
members-current = الأعضاء
members-answers = إجاباتهم
members-approve = قبول
members-decline = رفض
members-note-label = رسالة إلى مقدّم الطلب (اختياري)
members-remove = إزالة
members-ban = حظر من المجموعة
members-role-member = عضو
members-role-peer_facilitator = ميسّر من الأقران
members-role-professional_facilitator = ميسّر مختص
members-role-organiser = منظِّم
members-since = منذ { $date }
