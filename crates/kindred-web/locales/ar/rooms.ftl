# Kindred live room strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Live meeting room: the page (/meetings/{id}/room)

room-title = غرفة اللقاء المباشر
room-page-title = غرفة اللقاء المباشر: { $title }
room-not-online = يُعقد هذا اللقاء وجهًا لوجه، لذا لا توجد له غرفة لقاء مباشر.
room-cancelled = أُلغي هذا اللقاء، لذا أُغلقت غرفة اللقاء المباشر الخاصة به.
room-not-yet = ستُفتح غرفة اللقاء المباشر يوم { $when }. يُرجى العودة حينها.
room-over = أُغلقت غرفة اللقاء المباشر الخاصة بهذا اللقاء.
room-group-label = المجموعة
room-noscript = تحتاج غرفة اللقاء المباشر إلى JavaScript، وهو متوقف أو غير متاح في هذا المتصفح. لا يزال بإمكانك الانضمام عبر الهاتف أو عبر رابط اللقاء.
room-noscript-link = اعرف طريقة الانضمام في صفحة اللقاء
room-rules-heading = القواعد الأساسية
room-rules-intro = قبل أن تدخل، يُرجى قراءة القواعد الأساسية للمجموعة. فهي تساعد الجميع على الشعور بالأمان.
room-rules-none = يُرجى أن تكون لطيفًا، وأن تستمع دون مقاطعة، وأن تحفظ ما تسمعه هنا في سرّية.
room-rules-ready = الدخول إلى الغرفة
room-rules-ready-hint = يبقى الميكروفون والكاميرا مغلقين حتى تشغّلهما بنفسك.
room-rules-close = العودة إلى الغرفة
room-rules-show = القواعد الأساسية
room-leave = مغادرة الغرفة
room-waiting = أنت في غرفة الانتظار. سيُدخلك أحد الميسّرين قريبًا.
room-ended = انتهى هذا اللقاء. شكرًا لوجودك معنا.
room-removed = طلب منك أحد الميسّرين مغادرة هذا اللقاء.
room-locked = الغرفة مقفلة، لذا لا يمكن لأي شخص جديد الدخول في الوقت الحالي.
room-back-to-meeting = العودة إلى صفحة اللقاء

room-media-heading = الفيديو والصوت
room-mic = الميكروفون
room-camera = الكاميرا
room-tiles-label = فيديو الحاضرين

room-hands-heading = الأيدي المرفوعة
room-hand = رفع اليد
room-hand-hint = اضغط مرة أخرى لإنزال يدك.

room-round-heading = جولة الحديث بالدور
room-round-done = انتهيت من حديثي
room-round-pass = تخطّي دوري

room-agenda-heading = برنامج اللقاء

room-people-heading = الحاضرون

room-chat-heading = الدردشة
room-chat-hint = يستطيع كل من في الغرفة قراءة الدردشة. وتُحذف عند انتهاء اللقاء.
room-chat-label = رسالتك
room-chat-send = إرسال

room-wellbeing-heading = كيف حالك؟
room-wellbeing-hint = لا يرى هذه الرسائل إلا الميسّر. لن يعرف بها أحد غيره.
room-wellbeing-break = أحتاج إلى استراحة
room-wellbeing-not-ok = لستُ بخير
room-wellbeing-crisis = إذا كنت تشعر أنك قد تكون في خطر الآن، فيُرجى طلب المساعدة فورًا.
room-wellbeing-crisis-link = بمن يمكنك الاتصال الآن

room-fac-heading = أدوات الميسّر
room-fac-fairness = توازن المشاركة
room-fac-fairness-hint = لا يرى هذا إلا الميسّرون. يُقاس وقت الحديث في متصفح كل شخص، ولا يخرج من متصفحه شيء مما يقوله.
room-fac-wellbeing = رسائل خاصة من الأعضاء
room-fac-wellbeing-none = لا شيء بعد.
room-fac-room = الغرفة
room-fac-lobby = غرفة الانتظار
room-fac-lock = قفل الغرفة
room-fac-chat-pause = إيقاف الدردشة مؤقتًا
room-fac-end = إنهاء اللقاء للجميع
room-fac-toggle-hint = الزر الذي يبدو مضغوطًا يكون مفعّلًا.
room-fac-hands = الأيدي
room-fac-call-next = دعوة الشخص التالي إلى الحديث
room-fac-clear-hands = إنزال جميع الأيدي
room-fac-round = جولة الحديث بالدور
room-fac-round-seconds = عدد الثواني لكل شخص
room-fac-round-seconds-hint = من 15 إلى 900.
room-fac-round-start = بدء جولة الحديث بالدور
room-fac-round-next = الانتقال إلى الشخص التالي
room-fac-round-end = إيقاف الجولة
room-fac-agenda = برنامج اللقاء
room-fac-agenda-start = بدء برنامج اللقاء
room-fac-agenda-next = الانتقال إلى الفقرة التالية
room-fac-agenda-extend = إضافة 5 دقائق
room-fac-agenda-skip = تخطّي الفقرة التي تلي هذه الفقرة
room-fac-agenda-reader = من يقرأ هذه الفقرة
room-fac-agenda-reader-set = اختيار القارئ

## Live meeting room: strings for the page's script (sent to the browser as they are;
## the script fills in { $name }, { $count } and the like itself)

room-js-connecting = جارٍ الاتصال…
room-js-connected = تم الاتصال
room-js-reconnecting = انقطع الاتصال. ستُعاد المحاولة بعد { $seconds } ث.
room-js-closed = لم تعد متصلًا بالغرفة.
room-js-you = (أنت)
room-js-you-tile = أنت
room-js-role-facilitator = ميسّر
room-js-hand-up = اليد مرفوعة
room-js-mic-on = الميكروفون يعمل
room-js-camera-on = الكاميرا تعمل
room-js-waiting-list = بانتظار الدخول
room-js-nobody-waiting = لا أحد ينتظر.
room-js-admit = السماح بدخول { $name }
room-js-ask-mute = طلب كتم الميكروفون من { $name }
room-js-remove = إخراج { $name } من اللقاء
room-js-remove-confirm = هل تريد إخراج { $name } من هذا اللقاء؟ لن تكون العودة ممكنة بعد ذلك.
room-js-end-confirm = هل تريد إنهاء اللقاء للجميع؟ لا يمكن التراجع عن ذلك.
room-js-nobody-here = لا يوجد أحد غيرك هنا بعد.
room-js-hands-empty = لا توجد أيدٍ مرفوعة.
room-js-move-up = نقل { $name } إلى الأعلى
room-js-speaking-now = يتحدث الآن: { $name }
room-js-round-none = لا توجد جولة حديث بالدور حاليًا.
room-js-round-turn = الدور: { $name }
room-js-round-your-turn = حان دورك. خذ وقتك، أو تخطَّ دورك إذا كنت تفضّل ألا تتحدث.
room-js-round-done = تم
room-js-round-passed = تم التخطّي
room-js-round-waiting = بالانتظار
room-js-round-speaking = يتحدث الآن
room-js-time-left = الوقت المتبقي: { $time }
room-js-time-up = انتهى الوقت
room-js-agenda-none = لم يبدأ برنامج اللقاء بعد.
room-js-agenda-now = الآن: { $name }
room-js-agenda-skipped = تم تخطّيها
room-js-agenda-reader = القارئ: { $name }
room-js-agenda-script = النص الذي يُقرأ
room-js-minutes = { $minutes } د
room-js-kind-open-sharing = مشاركة مفتوحة
room-js-kind-go-round = جولة يتحدث فيها كل شخص بدوره
room-js-kind-topic = نقاش حول موضوع
room-js-kind-reading = قراءة
room-js-kind-break = استراحة
room-js-kind-check-out = جولة ختامية
room-js-reader-none = لا أحد
room-js-chat-paused = أوقف الميسّر الدردشة مؤقتًا.
room-js-chat-empty = لا توجد رسائل بعد.
room-js-chat-report = إبلاغ
room-js-chat-report-label = الإبلاغ عن هذه الرسالة من { $name } (تُفتح في علامة تبويب جديدة)
room-js-not-sent = لم تُرسَل لأنك غير متصل. يُرجى المحاولة مرة أخرى بعد قليل.
room-js-media-unsupported = لا يدعم هذا المتصفح مكالمات الفيديو أو الصوت. لا يزال بإمكانك استخدام الدردشة.
room-js-mic-denied = تعذّر تشغيل الميكروفون. تحقّق في إعدادات متصفحك من أن هذا الموقع مسموح له باستخدامه.
room-js-camera-denied = تعذّر تشغيل الكاميرا. تحقّق في إعدادات متصفحك من أن هذا الموقع مسموح له باستخدامها.
room-js-mic-is-on = الميكروفون يعمل.
room-js-mic-is-off = الميكروفون مغلق.
room-js-camera-is-on = الكاميرا تعمل.
room-js-camera-is-off = الكاميرا مغلقة.
room-js-audio-only = الفيديو متوقف لأن عدد الحاضرين كبير. لا يزال الصوت يعمل.
room-js-play-sound = تشغيل الصوت
room-js-connecting-to = جارٍ الاتصال مع { $name }…
room-js-announce-admitted = لقد دخلت. أهلًا بك.
room-js-announce-waiting = أنت في غرفة الانتظار. سيُدخلك أحد الميسّرين قريبًا.
room-js-announce-turn = حان دورك في الحديث.
room-js-announce-called = دُعيت إلى الحديث. يمكنك التحدث الآن.
room-js-announce-asked-to-mute = يرجو منك الميسّر كتم الميكروفون.
room-js-announce-locked = الغرفة مقفلة، لذا لا يمكنك الدخول في الوقت الحالي.
room-js-announce-ended = انتهى اللقاء. شكرًا لوجودك معنا.
room-js-announce-removed = طلب منك أحد الميسّرين مغادرة هذا اللقاء.
room-js-wellbeing-sent = شكرًا لك. أُبلغ الميسّر بذلك بشكل خاص.
room-js-wellbeing-break = رسالة من { $name }: أحتاج إلى استراحة.
room-js-wellbeing-not-ok = رسالة من { $name }: لستُ بخير.
room-js-fairness-none = لم يتحدث أحد بعد.
room-js-fairness-balance = التوازن: { $balance } (القيمة 1 تعني أن الجميع نالوا حصصًا متساوية)
room-js-fairness-not-yet = من لم تُتح لهم فرصة للحديث بعد: { $names }
room-js-fairness-above = من يتحدثون أكثر من ضعف حصتهم: { $names }
room-js-fairness-measure-speaking = القياس بحسب وقت الحديث.
room-js-fairness-measure-contributions = يُحتسب عدد رسائل الدردشة وأدوار جولة الحديث، لأنه لم يُقَس وقت حديث أي شخص بعد.
room-js-col-name = الاسم
room-js-col-time = وقت الحديث
room-js-col-contributions = المشاركات
room-js-col-share = الحصة
room-js-nudge-not-yet = عدد من لم تُتح لهم فرصة للحديث بعد: { $count }. يمكنك أن تدعوهم بلطف إلى المشاركة.
room-js-nudge-above-twice-share = عدد من يتحدثون أكثر من ضعف حصتهم: { $count }. يمكنك أن تفسح المجال للآخرين.
room-js-nudge-other = اقتراح للغرفة: { $kind } ({ $count })
room-js-error-forbidden = لا يستطيع فعل ذلك إلا الميسّر.
room-js-error-invalid = لم ينجح ذلك. يُرجى التحقق والمحاولة مرة أخرى.
room-js-error-rate-limited = كان ذلك كثيرًا دفعة واحدة. يُرجى التمهّل قليلًا.
room-js-error-chat-paused = الدردشة متوقفة مؤقتًا، لذا لم تُرسَل رسالتك.
room-js-error-too-large = هذه الرسالة طويلة جدًا.
room-js-error-not-admitted = يمكنك فعل ذلك بعد أن يُدخلك أحد الميسّرين.
room-js-error-not-your-turn = ليس دورك الآن.
room-js-error-full = الغرفة ممتلئة حاليًا.
room-js-error-unavailable = لم يتم ذلك. يُرجى المحاولة مرة أخرى.
room-js-error-other = حدث خطأ ما. يُرجى المحاولة مرة أخرى.

## Crisis screening of chat (shown by the room's script)
room-js-wellbeing-chat-concern = رسالة من { $name } في الدردشة توحي بأن كاتبها قد يمرّ بوقت عصيب.
room-js-wellbeing-chat-urgent = رسالة من { $name } في الدردشة قد تعني أن كاتبها في خطر الآن. يُرجى التواصل مع { $name } على انفراد.
room-js-safety-concern = يبدو أنك تمرّ بالكثير. إذا رغبت في التحدث إلى شخص ما، فخطوط المساعدة هذه مجانية وسرّية.
room-js-safety-urgent = يبدو أن الأمور صعبة جدًا عليك الآن. لا داعي لأن تواجه هذا بمفردك: يمكنك التحدث إلى شخص ما الآن، مجانًا، في أي وقت.
room-js-safety-more = طرق أخرى للحصول على المساعدة الآن
room-js-safety-close = إغلاق
