# Kindred discussion strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Discussions: boards, threads, posts, private messages, debrief notes.

group-board-link = لوحة النقاش
group-messages-link = راسِل الميسّرين
group-messages-runner-link = رسائل من الأعضاء
board-org-link = مساحة النقاش الخاصة بالميسّرين

board-title = لوحة النقاش: { $group }
board-intro = شارك كيف تسير أمورك، واطلب نصيحة عملية، وتبادل الدعم مع الآخرين بين اللقاءات. لا يستطيع قراءة هذه اللوحة إلا أعضاء المجموعة، ما لم تجعلها المجموعة عامة.
board-org-title = مساحة الميسّرين: { $organisation }
board-org-intro = مساحة خاصة لمن يديرون مجموعات هذه الجهة: شارك ما ينجح، واطلب النصيحة، وتبادل الدعم مع زملائك. لا يستطيع قراءتها إلا ميسّرو الجهة ومنظِّموها.
board-empty = لم يبدأ أحد أي محادثة بعد.
board-posts = { $count ->
    [zero] لا توجد منشورات
    [one] منشور واحد
    [two] منشوران
    [few] { $count } منشورات
    [many] { $count } منشورًا
   *[other] { $count } منشور
}
board-unread = جديدة: { $count }
board-pages = الصفحات
board-new-thread = ابدأ محادثة
board-field-title = العنوان
board-field-body = رسالتك
board-field-body-hint = يمكنك استخدام Markdown: **خط عريض**، و*خط مائل*، والقوائم، والروابط.
board-field-warning = تنبيه بشأن المحتوى
board-field-warning-hint = إذا كانت رسالتك تتحدث عن أمر قد يجد الآخرون قراءته صعبة، فاختر تنبيهًا. وعندها يختار القرّاء إن كانوا يريدون فتحها.
board-warning-none = لا حاجة إلى تنبيه
board-field-anonymous = النشر دون اسمي
board-field-anonymous-hint = سيرى الأعضاء الآخرون «عضو مجهول الهوية». ومع ذلك يستطيع ميسّرو المجموعة ومشرفو Kindred معرفة من كتبها، حفاظًا على سلامة الجميع.
board-privacy-note = تُخزَّن الرسائل مشفّرة. يُرجى عدم مشاركة قصص الآخرين أو تفاصيل قد تكشف هوية أحد.
board-post = نشر
board-error-title = اكتب عنوانًا لمحادثتك لا يتجاوز 150 حرفًا.
board-error-body = اكتب رسالتك (حتى 20,000 حرف).
board-error-warning = اختر تنبيهًا بشأن المحتوى من القائمة.
board-anonymous = عضو مجهول الهوية
board-anonymous-known = عضو مجهول الهوية (الكاتب: { $name })
board-former-member = عضو سابق
board-public = السماح لأي شخص بقراءة هذه اللوحة (تبقى الكتابة للأعضاء فقط)
board-public-hint = هذا الخيار غير مفعّل افتراضيًا. قد تكون المنشورات شخصية: لا تجعل اللوحة عامة إلا إذا وافق الأعضاء على ذلك.
board-hidden-moderator = أخفاه أحد المشرفين.
board-hidden-reports = أُخفي بعد عدة بلاغات، إلى أن يطّلع عليه أحد المشرفين.
board-hidden-held = بانتظار أحد المشرفين: تُراجَع الروابط القادمة من الحسابات الجديدة أولًا.
board-hidden-watched = بانتظار مراجعة أحد المشرفين.

warning-self_harm = إيذاء النفس
warning-suicide = الانتحار
warning-abuse = الإساءة
warning-eating_disorders = اضطرابات الأكل
warning-substance_use = تعاطي الكحول أو المخدرات
warning-bereavement = الموت والفقد
warning-medical_detail = تفاصيل طبية
warning-other = موضوع صعب

reaction-hug = عناق
reaction-me_too = وأنا أيضًا
reaction-helpful = مفيد
reaction-thank_you = شكرًا

thread-earlier = منشورات سابقة
thread-later = منشورات لاحقة
thread-edited = معدَّل
thread-deleted = حُذف هذا المنشور.
thread-warning = تنبيه بشأن المحتوى: { $warning }. افتحه للقراءة.
thread-report = إبلاغ
thread-edit = تعديل
thread-history = النسخ
thread-delete = حذف
thread-reply = ردّ
thread-send-reply = إرسال الرد

posted-title = نُشرت رسالتك
posted-held = ستظهر رسالتك بعد أن يراجعها أحد المشرفين. يحدث هذا عادةً مع الروابط القادمة من الحسابات الجديدة.
posted-urgent-title = لا داعي لأن تواجه هذا بمفردك
posted-urgent-body = يبدو مما كتبته أنك تمرّ بوقت صعب جدًا. أُبلغ ميسّرو مجموعتك بذلك حتى يتمكنوا من التواصل معك. إذا كنت في خطر، أو تشعر أنك قد تتصرف بناءً على أفكار إنهاء حياتك، فيُرجى التواصل الآن مع إحدى هذه الخدمات:
posted-concern-title = الدعم متاح إذا احتجت إليه
posted-concern-body = يبدو أن الأمور صعبة عليك في الوقت الحالي. إذا كنت بحاجة إلى التحدث إلى شخص ما الآن، فهذه الخدمات مجانية وسرّية:
posted-no-emergency = لا يتصل Kindred بخدمات الطوارئ. في حالات الطوارئ، اتصل بالرقم 999.
posted-continue = الانتقال إلى المحادثة

edit-title = تعديل رسالتك
edit-back = العودة إلى المحادثة
edit-hint = تُحفظ النسخ السابقة ليطّلع عليها ميسّرو المجموعة والمشرفون.
edit-save = حفظ التغييرات
edit-history = النسخ السابقة

messages-title = الرسائل مع الميسّرين: { $group }
messages-intro = محادثة خاصة بينك وبين من يديرون المجموعة. لا يستطيع الأعضاء الآخرون رؤيتها.
messages-conversations = المحادثات
messages-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالةً
   *[other] { $count } رسالة
}
messages-with = المحادثة مع { $name }
messages-none = لا توجد رسائل بعد.
messages-field = رسالتك
messages-send = إرسال

board-member-messages = يمكن للأعضاء مراسلة بعضهم بعضًا بشكل خاص
board-member-messages-hint = هذا الخيار غير مفعّل افتراضيًا. عند تفعيله، يمكن للأعضاء بدء محادثة خاصة مع عضو آخر في المجموعة. لا يقرأ الميسّرون هذه المحادثات إلا إذا أُبلغ عن رسالة. إيقافه يمنع الرسائل الجديدة؛ وتبقى المحادثات السابقة متاحة للقراءة للشخصين المشاركين فيها.
member-messages-heading = الرسائل مع الأعضاء الآخرين
member-messages-start = الكتابة إلى عضو
member-messages-field-with = العضو
member-messages-choose = اختر عضوًا
member-messages-field-text = رسالتك الأولى
member-messages-hint = لا يستطيع قراءة هذه المحادثة إلا أنتما الاثنان. لا يقرأها ميسّرو المجموعة إلا إذا أبلغ أحدكما عن رسالة. تُخزَّن الرسائل مشفّرة.
member-messages-nobody = لا يوجد أحد آخر في المجموعة للكتابة إليه بعد.
member-messages-error-with = اختر العضو الذي تريد الكتابة إليه.
member-messages-with = المحادثة مع { $name }
member-messages-private = محادثة خاصة بينكما أنتما الاثنين. لا يقرأها ميسّرو المجموعة إلا إذا أُبلغ عن رسالة.
member-messages-off-title = الرسائل بين الأعضاء متوقفة
member-messages-off = لا يستطيع أعضاء هذه المجموعة مراسلة بعضهم بعضًا بشكل خاص في الوقت الحالي. لا يزال بإمكانك قراءة محادثاتك السابقة ومراسلة الميسّرين.
member-messages-gone = لم يعد هذا الشخص عضوًا في المجموعة، لذا لا يمكن إرسال رسائل جديدة. لا يزال بإمكانك قراءة المحادثة.
member-messages-back = العودة إلى رسائلك

debrief-link = ملاحظات ما بعد اللقاء (للميسّرين فقط)
debrief-title = ملاحظات ما بعد اللقاء: { $group }
debrief-back = العودة إلى اللقاء
debrief-intro = ملاحظات خاصة لمن يديرون المجموعة: ما الذي سار على ما يرام، وما الذي تجب متابعته، وكيف حالك أنت. تُخزَّن مشفّرة، ولا يراها الأعضاء أبدًا.
debrief-none = لا توجد ملاحظات لهذا اللقاء بعد.
debrief-field = ملاحظة
debrief-hint = تجنّب كتابة التفاصيل الشخصية للأعضاء إلا إذا كنت بحاجة إليها لمتابعة الأمر بأمان.
debrief-save = حفظ الملاحظة

my-discussions-title = نقاشاتك
my-discussions-none = لا جديد على لوحات مجموعاتك.
my-discussions-alerts = { $count ->
    [zero] لا توجد تنبيهات أزمات مفتوحة في المجموعات التي تديرها
    [one] تنبيه أزمة مفتوح واحد في المجموعات التي تديرها
    [two] تنبيها أزمة مفتوحان في المجموعات التي تديرها
    [few] { $count } تنبيهات أزمات مفتوحة في المجموعات التي تديرها
    [many] { $count } تنبيه أزمة مفتوحًا في المجموعات التي تديرها
   *[other] { $count } تنبيه أزمة مفتوح في المجموعات التي تديرها
}
my-discussions-digest = إرسال ملخّص يومي بالمنشورات الجديدة إلى بريدي الإلكتروني
my-discussions-digest-hint = يذكر الملخّص عدد المنشورات الجديدة في كل مجموعة من مجموعاتك، مع الروابط. ولا يتضمّن أبدًا ما كتبه أي شخص.

email-digest-subject = منشورات جديدة في مجموعاتك على Kindred
email-digest-body = مرحبًا { $pseudonym }، إليك الجديد على لوحات مجموعاتك:
email-digest-line = المنشورات الجديدة في { $group }: { $count }
email-digest-off = لإيقاف هذه الرسائل، ألغِ تحديد خانة الملخّص اليومي من هنا:
