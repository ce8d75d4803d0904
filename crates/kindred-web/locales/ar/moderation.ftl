# Kindred moderation strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Moderation, reports, crisis alerts, sanctions and the audit log.

moderation-title = الإشراف
moderation-intro = تنبيهات الأزمات أولًا، ثم البلاغات. يُسجَّل كل إجراء في سجل التدقيق، ويُبلَّغ الأعضاء بما حدث وسببه.
moderation-on-duty = أنت في المناوبة حتى { $until }. تُرسَل إليك التنبيهات العاجلة بالبريد الإلكتروني.
moderation-off-duty = أنت خارج المناوبة. عندما لا يكون أي مشرف في المناوبة، تُخفى المنشورات التي أبلغ عنها 3 أشخاص أو أكثر إلى أن يراجعها أحد.
moderation-go-on-duty = بدء المناوبة لمدة 8 ساعات
moderation-go-off-duty = إنهاء المناوبة
moderation-alerts = تنبيهات الأزمات
moderation-no-alerts = لا توجد تنبيهات مفتوحة.
moderation-urgent = عاجل
moderation-concern = مصدر قلق
moderation-reasons = السبب: { $reasons }
moderation-open = فتحه
moderation-handled = تحديده كمُعالَج
moderation-no-emergency = لا يتصل Kindred بخدمات الطوارئ من تلقاء نفسه أبدًا. إذا كان أحد في خطر داهم، فاتصل بالرقم 999.
moderation-reports = البلاغات
moderation-no-reports = لا توجد بلاغات مفتوحة.
moderation-reporters = { $count ->
    [zero] لم يُبلِغ عنه أحد
    [one] أبلغ عنه شخص واحد
    [two] أبلغ عنه شخصان
    [few] أبلغ عنه { $count } أشخاص
    [many] أبلغ عنه { $count } شخصًا
   *[other] أبلغ عنه { $count } شخص
}
moderation-reason = السبب (سيُبلَّغ به العضو)
moderation-hide = إخفاء
moderation-restore = استعادة
moderation-dismiss = رفض البلاغات
moderation-warn = توجيه تحذير
moderation-suspend = تعليق الحساب
moderation-ban = حظر من المجموعة
moderation-appeals = الطعون
moderation-no-appeals = لا توجد طعون بانتظار المراجعة.
moderation-appeal-text = نص الطعن:
moderation-uphold = الإبقاء على القرار
moderation-lift = إلغاء القرار
moderation-refused-title = لم تُنشر رسالتك
moderation-refused-suspended = حسابك معلّق، لذا لا يمكنك النشر حاليًا. توضّح صفحة حسابك السبب ومدة التعليق وطريقة تقديم الطعن.
moderation-refused-rate = أنت تنشر بسرعة كبيرة. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
moderation-refused-word = تحتوي رسالتك على كلمة أو عبارة لا تسمح بها هذه المجموعة. يُرجى تغييرها والمحاولة مرة أخرى.
moderation-standing-link = حسابك

safety-reason-urgent = عبارات تدل على خطر عاجل
safety-reason-concern = عبارات مقلقة
safety-reason-intent = نيّة
safety-reason-plan = خطة
safety-reason-means = وسيلة
safety-reason-timeframe = إطار زمني
safety-reason-negation = بصيغة النفي
safety-reason-past = في الماضي
safety-reason-idiom = تعبير مجازي
safety-reason-third = عن شخص آخر

report-title = إبلاغ
report-intro = أخبر المشرفين عن أي أمر يخالف اتفاقية المجموعة أو يقلقك. لا يُخبَر الشخص الذي تبلّغ عنه بهوية من أبلغ عنه.
report-why = لماذا تبلّغ عن هذا؟
report-reason-risk = قد يكون أحدهم في خطر
report-reason-harassment = تحرّش أو تنمّر
report-reason-hate = كراهية أو تمييز
report-reason-spam = رسائل مزعجة أو إعلانات
report-reason-privacy = يكشف تفاصيل خاصة بشخص ما
report-reason-misinformation = معلومات صحية مضلِّلة وضارّة
report-reason-other = أمر آخر
report-reason-watched_word = كلمة مراقَبة
report-risk-hint = إذا كان أحد في خطر داهم، فاتصل بالرقم 999. للحصول على الدعم الآن:
report-send = إرسال البلاغ
report-thanks = شكرًا لك. سيطّلع عليه أحد المشرفين.
report-kind-post = منشور
report-kind-message = رسالة خاصة
report-kind-user = عضو
report-kind-chat = رسالة دردشة في الغرفة المباشرة
report-chat-by = كتبها { $name } في الغرفة المباشرة
moderation-written-by = كتبها { $name }

sanction-warning = تحذير
sanction-suspension = تعليق الحساب
sanction-group_ban = حظر من مجموعة
sanction-post_hidden = أُخفي منشور
sanction-appeal_upheld = نُظر في طعنك وبقي القرار قائمًا
sanction-appeal_lifted = قُبل طعنك وأُلغي القرار

account-standing-title = قرارات الإشراف
account-standing-until = حتى { $until }
account-standing-permanent = دائم
account-standing-reason = السبب: { $reason }
account-standing-appeal-label = لماذا ينبغي إعادة النظر في هذا القرار؟
account-standing-appeal = تقديم طعن
account-standing-appeal-waiting = طعنك بانتظار أحد المشرفين.
account-standing-appeal-upheld = نُظر في طعنك، وبقي القرار قائمًا.
account-standing-appeal-lifted = قُبل طعنك، وأُلغي القرار.

words-title = الكلمات المراقَبة
words-intro = كلمات أو عبارات تجب مراقبتها في المنشورات والرسائل. الإشارة: يُبلَّغ المشرفون. التعليق: ينتظر المنشور أحد المشرفين. الحظر: يُرفض المنشور ويُطلب من كاتبه تغييره.
words-none = لا توجد كلمات مراقَبة بعد.
words-field = كلمة أو عبارة
words-action = الإجراء المطلوب
words-action-flag = الإشارة إليها للمشرفين
words-action-hold = التعليق للمراجعة
words-action-block = الحظر
words-add = إضافة
words-remove = إزالة

audit-title = سجل التدقيق
audit-intro = كل إجراء يتخذه المشرفون ومسؤولو الموقع: من، وماذا، ومتى، ولماذا. لا يمكن تغيير الإدخالات أو حذفها.
audit-none = لم يُسجَّل شيء بعد.
audit-system = Kindred (تلقائي)
audit-col-when = متى
audit-col-who = من
audit-col-what = الإجراء
audit-col-target = بشأن
audit-col-why = لماذا

email-alert-subject = قد تحتاج رسالة في مجموعتك إلى اهتمامك
email-alert-body =
    مرحبًا { $pseudonym }،

    وجد الفحص الآلي في Kindred في إحدى الرسائل عبارات توحي بأن شخصًا ما قد يكون في خطر. وقد عُرضت على كاتب الرسالة معلومات الدعم في الأزمات. يُرجى الاطلاع على التنبيه، وتحديده كمُعالَج بعد أن يتجاوب معه أحد:
email-moderation-subject = قرار بشأن حسابك في Kindred
email-moderation-body =
    مرحبًا { $pseudonym }،

    اتخذ أحد المشرفين هذا القرار: { $what }.
    السبب: { $reason }

    يمكنك الاطلاع عليه وتقديم طعن فيه من صفحة حسابك:
