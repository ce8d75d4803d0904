# Kindred live room strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Live meeting room: the page (/meetings/{id}/room)

room-title = لائیو کمرہ
room-page-title = لائیو کمرہ: { $title }
room-not-online = یہ ملاقات آمنے سامنے ہوتی ہے، اس لیے اس کا کوئی لائیو کمرہ نہیں ہے۔
room-cancelled = یہ ملاقات منسوخ کر دی گئی ہے، اس لیے اس کا لائیو کمرہ بند ہے۔
room-not-yet = لائیو کمرہ { $when } کھلے گا۔ براہِ کرم اس وقت دوبارہ آئیں۔
room-over = اس ملاقات کا لائیو کمرہ بند ہو چکا ہے۔
room-group-label = گروپ
room-noscript = لائیو کمرے کے لیے JavaScript ضروری ہے، اور اس براؤزر میں یہ بند ہے یا دستیاب نہیں۔ آپ پھر بھی فون کے ذریعے یا ملاقات کے لنک سے شامل ہو سکتے ہیں۔
room-noscript-link = ملاقات کے صفحے پر دیکھیں کہ کیسے شامل ہوں
room-rules-heading = بنیادی اصول
room-rules-intro = اندر آنے سے پہلے براہِ کرم گروپ کے بنیادی اصول پڑھ لیں۔ ان سے سب کو محفوظ محسوس کرنے میں مدد ملتی ہے۔
room-rules-none = براہِ کرم مہربانی سے پیش آئیں، بات کاٹے بغیر سنیں، اور جو کچھ یہاں سنیں اسے راز میں رکھیں۔
room-rules-ready = میں تیار ہوں
room-rules-ready-hint = جب تک آپ خود چالو نہ کریں، آپ کا مائیکروفون اور کیمرا بند رہیں گے۔
room-rules-close = واپس کمرے میں
room-rules-show = بنیادی اصول
room-leave = کمرے سے باہر جائیں
room-waiting = آپ انتظار گاہ میں ہیں۔ کوئی سہولت کار جلد ہی آپ کو اندر آنے دے گا۔
room-ended = یہ ملاقات ختم ہو گئی ہے۔ یہاں آنے کا شکریہ۔
room-removed = ایک سہولت کار نے آپ سے یہ ملاقات چھوڑ دینے کو کہا ہے۔
room-locked = کمرے کو تالا لگا ہوا ہے، اس لیے فی الحال کوئی نیا شخص اندر نہیں آ سکتا۔
room-back-to-meeting = ملاقات کے صفحے پر واپس جائیں

room-media-heading = ویڈیو اور آواز
room-mic = مائیکروفون
room-camera = کیمرا
room-tiles-label = یہاں موجود لوگوں کی ویڈیو

room-hands-heading = اٹھے ہوئے ہاتھ
room-hand = ہاتھ اٹھائیں
room-hand-hint = ہاتھ نیچے کرنے کے لیے دوبارہ دبائیں۔

room-round-heading = باری باری بات
room-round-done = میری بات مکمل ہو گئی
room-round-pass = اپنی باری چھوڑیں

room-agenda-heading = ایجنڈا

room-people-heading = کون کون یہاں ہے

room-chat-heading = چیٹ
room-chat-hint = کمرے میں موجود ہر شخص چیٹ پڑھ سکتا ہے۔ ملاقات ختم ہونے پر اسے مٹا دیا جاتا ہے۔
room-chat-label = آپ کا پیغام
room-chat-send = بھیجیں

room-wellbeing-heading = آپ کیسا محسوس کر رہے ہیں؟
room-wellbeing-hint = یہ صرف سہولت کار دیکھ سکتا ہے۔ کسی اور کو پتا نہیں چلے گا۔
room-wellbeing-break = مجھے وقفہ چاہیے
room-wellbeing-not-ok = میں ٹھیک نہیں ہوں
room-wellbeing-crisis = اگر آپ کو اس وقت کوئی خطرہ ہو سکتا ہے تو براہِ کرم فوراً مدد حاصل کریں۔
room-wellbeing-crisis-link = آپ ابھی کس سے رابطہ کر سکتے ہیں

room-fac-heading = سہولت کار کے اوزار
room-fac-fairness = برابری
room-fac-fairness-hint = یہ صرف سہولت کار دیکھتے ہیں۔ بولنے کا وقت ہر شخص کے اپنے براؤزر میں ناپا جاتا ہے؛ وہ جو کچھ کہتے ہیں اس میں سے کچھ بھی براؤزر سے باہر نہیں جاتا۔
room-fac-wellbeing = ممبران کے نجی پیغامات
room-fac-wellbeing-none = ابھی کوئی نہیں۔
room-fac-room = کمرہ
room-fac-lobby = انتظار گاہ
room-fac-lock = کمرے کو تالا لگائیں
room-fac-chat-pause = چیٹ روکیں
room-fac-end = سب کے لیے ملاقات ختم کریں
room-fac-toggle-hint = جو بٹن دبا ہوا نظر آئے، وہ چالو ہے۔
room-fac-hands = ہاتھ
room-fac-call-next = اگلے شخص کو بلائیں
room-fac-clear-hands = سب ہاتھ نیچے کریں
room-fac-round = باری باری بات
room-fac-round-seconds = ہر شخص کے لیے سیکنڈ
room-fac-round-seconds-hint = 15 سے 900 کے درمیان۔
room-fac-round-start = باری باری بات شروع کریں
room-fac-round-next = اگلے شخص کی باری دیں
room-fac-round-end = باری باری بات روکیں
room-fac-agenda = ایجنڈا
room-fac-agenda-start = ایجنڈا شروع کریں
room-fac-agenda-next = اگلے حصے پر جائیں
room-fac-agenda-extend = 5 منٹ بڑھائیں
room-fac-agenda-skip = اس کے بعد والا حصہ چھوڑ دیں
room-fac-agenda-reader = یہ حصہ کون پڑھے گا
room-fac-agenda-reader-set = پڑھنے والا چنیں

## Live meeting room: strings for the page's script (sent to the browser as they are;
## the script fills in { $name }, { $count } and the like itself)

room-js-connecting = رابطہ ہو رہا ہے…
room-js-connected = رابطہ ہو گیا
room-js-reconnecting = رابطہ ٹوٹ گیا۔ { $seconds } سیکنڈ میں دوبارہ کوشش کی جائے گی۔
room-js-closed = اب آپ کمرے سے جڑے ہوئے نہیں ہیں۔
room-js-you = (آپ)
room-js-you-tile = آپ
room-js-role-facilitator = سہولت کار
room-js-hand-up = ہاتھ اٹھا ہوا
room-js-mic-on = مائیکروفون چالو
room-js-camera-on = کیمرا چالو
room-js-waiting-list = اندر آنے کے منتظر
room-js-nobody-waiting = کوئی انتظار نہیں کر رہا۔
room-js-admit = { $name } کو اندر آنے دیں
room-js-ask-mute = { $name } سے مائیکروفون بند کرنے کو کہیں
room-js-remove = { $name } کو ملاقات سے ہٹائیں
room-js-remove-confirm = کیا { $name } کو اس ملاقات سے ہٹانا ہے؟ وہ واپس نہیں آ سکیں گے۔
room-js-end-confirm = کیا سب کے لیے ملاقات ختم کرنی ہے؟ اسے واپس نہیں کیا جا سکتا۔
room-js-nobody-here = ابھی یہاں کوئی اور نہیں ہے۔
room-js-hands-empty = کسی نے ہاتھ نہیں اٹھایا۔
room-js-move-up = { $name } کو اوپر لے جائیں
room-js-speaking-now = اب بول رہے ہیں: { $name }
room-js-round-none = اس وقت باری باری بات نہیں ہو رہی۔
room-js-round-turn = باری: { $name }
room-js-round-your-turn = آپ کی باری ہے۔ آرام سے بات کریں، یا اگر آپ نہ بولنا چاہیں تو اپنی باری چھوڑ دیں۔
room-js-round-done = بات مکمل
room-js-round-passed = باری چھوڑ دی
room-js-round-waiting = باری آنی ہے
room-js-round-speaking = ابھی بول رہے ہیں
room-js-time-left = باقی وقت: { $time }
room-js-time-up = وقت ختم
room-js-agenda-none = ایجنڈا ابھی شروع نہیں ہوا۔
room-js-agenda-now = ابھی: { $name }
room-js-agenda-skipped = چھوڑ دیا گیا
room-js-agenda-reader = پڑھ رہے ہیں: { $name }
room-js-agenda-script = کیا پڑھنا ہے
room-js-minutes = { $minutes } منٹ
room-js-kind-open-sharing = کھل کر بات چیت
room-js-kind-go-round = باری باری بات
room-js-kind-topic = کسی موضوع پر گفتگو
room-js-kind-reading = پڑھ کر سنانا
room-js-kind-break = وقفہ
room-js-kind-check-out = اختتامی دور
room-js-reader-none = کوئی نہیں
room-js-chat-paused = سہولت کار نے فی الحال چیٹ روک دی ہے۔
room-js-chat-empty = ابھی کوئی پیغام نہیں۔
room-js-chat-report = رپورٹ کریں
room-js-chat-report-label = { $name } کے اس پیغام کی رپورٹ کریں (نئے ٹیب میں کھلتا ہے)
room-js-not-sent = یہ نہیں بھیجا جا سکا کیونکہ آپ جڑے ہوئے نہیں ہیں۔ براہِ کرم تھوڑی دیر میں دوبارہ کوشش کریں۔
room-js-media-unsupported = یہ براؤزر ویڈیو یا آواز کی کال نہیں کر سکتا۔ آپ پھر بھی چیٹ استعمال کر سکتے ہیں۔
room-js-mic-denied = آپ کا مائیکروفون چالو نہیں ہو سکا۔ اپنے براؤزر کی سیٹنگز میں دیکھ لیں کہ اس سائٹ کو اسے استعمال کرنے کی اجازت ہے۔
room-js-camera-denied = آپ کا کیمرا چالو نہیں ہو سکا۔ اپنے براؤزر کی سیٹنگز میں دیکھ لیں کہ اس سائٹ کو اسے استعمال کرنے کی اجازت ہے۔
room-js-mic-is-on = آپ کا مائیکروفون چالو ہے۔
room-js-mic-is-off = آپ کا مائیکروفون بند ہے۔
room-js-camera-is-on = آپ کا کیمرا چالو ہے۔
room-js-camera-is-off = آپ کا کیمرا بند ہے۔
room-js-audio-only = یہاں بہت سے لوگ موجود ہیں، اس لیے ویڈیو بند ہے۔ آواز اب بھی کام کر رہی ہے۔
room-js-play-sound = آواز چالو کریں
room-js-connecting-to = { $name } سے رابطہ ہو رہا ہے…
room-js-announce-admitted = آپ اندر آ گئے ہیں۔ خوش آمدید۔
room-js-announce-waiting = آپ انتظار گاہ میں ہیں۔ کوئی سہولت کار جلد ہی آپ کو اندر آنے دے گا۔
room-js-announce-turn = بولنے کی آپ کی باری ہے۔
room-js-announce-called = آپ کو بلایا گیا ہے۔ اب آپ بول سکتے ہیں۔
room-js-announce-asked-to-mute = سہولت کار کی گزارش ہے کہ براہِ کرم اپنا مائیکروفون بند کر دیں۔
room-js-announce-locked = کمرے کو تالا لگا ہوا ہے، اس لیے آپ فی الحال اندر نہیں آ سکتے۔
room-js-announce-ended = ملاقات ختم ہو گئی ہے۔ یہاں آنے کا شکریہ۔
room-js-announce-removed = ایک سہولت کار نے آپ سے یہ ملاقات چھوڑ دینے کو کہا ہے۔
room-js-wellbeing-sent = شکریہ۔ سہولت کار کو نجی طور پر بتا دیا گیا ہے۔
room-js-wellbeing-break = { $name } کو وقفہ چاہیے۔
room-js-wellbeing-not-ok = { $name } ٹھیک نہیں ہیں۔
room-js-fairness-none = ابھی تک کوئی نہیں بولا۔
room-js-fairness-balance = توازن: { $balance } (1 کا مطلب ہے کہ سب کو برابر حصہ ملا ہے)
room-js-fairness-not-yet = جنہیں ابھی بولنے کا موقع نہیں ملا: { $names }
room-js-fairness-above = جو اپنے حصے سے دو گنا سے زیادہ بول رہے ہیں: { $names }
room-js-fairness-measure-speaking = بولنے کے وقت کے حساب سے ناپا گیا۔
room-js-fairness-measure-contributions = چیٹ کے پیغامات اور باری باری بات کی باریاں گنی جا رہی ہیں، کیونکہ ابھی تک کسی کے بولنے کا وقت نہیں ناپا گیا۔
room-js-col-name = نام
room-js-col-time = بولنے کا وقت
room-js-col-contributions = شرکت کی تعداد
room-js-col-share = حصہ
room-js-nudge-not-yet = جن لوگوں کو ابھی بولنے کا موقع نہیں ملا: { $count }۔ آپ نرمی سے انہیں بات کرنے کی دعوت دے سکتے ہیں۔
room-js-nudge-above-twice-share = اپنے حصے سے دو گنا سے زیادہ بولنے والے لوگ: { $count }۔ آپ دوسروں کے لیے بھی جگہ بنا سکتے ہیں۔
room-js-nudge-other = کمرے کے لیے ایک تجویز: { $kind } ({ $count })
room-js-error-forbidden = یہ صرف سہولت کار کر سکتا ہے۔
room-js-error-invalid = یہ نہیں ہو سکا۔ براہِ کرم دیکھ کر دوبارہ کوشش کریں۔
room-js-error-rate-limited = ایک ساتھ بہت کچھ ہو گیا۔ براہِ کرم تھوڑا آہستہ چلیں۔
room-js-error-chat-paused = چیٹ رکی ہوئی ہے، اس لیے آپ کا پیغام نہیں بھیجا گیا۔
room-js-error-too-large = یہ پیغام بہت لمبا ہے۔
room-js-error-not-admitted = جب کوئی سہولت کار آپ کو اندر آنے دے گا، تب آپ یہ کر سکیں گے۔
room-js-error-not-your-turn = اس وقت آپ کی باری نہیں ہے۔
room-js-error-full = کمرہ اس وقت بھرا ہوا ہے۔
room-js-error-unavailable = یہ کام نہیں ہو سکا۔ براہِ کرم دوبارہ کوشش کریں۔
room-js-error-other = کچھ غلط ہو گیا۔ براہِ کرم دوبارہ کوشش کریں۔

## Crisis screening of chat (shown by the room's script)
room-js-wellbeing-chat-concern = { $name } نے چیٹ میں جو لکھا ہے، اس سے لگتا ہے کہ شاید وہ مشکل میں ہیں۔
room-js-wellbeing-chat-urgent = { $name } نے چیٹ میں جو لکھا ہے، اس کا مطلب یہ ہو سکتا ہے کہ انہیں اس وقت خطرہ ہے۔ براہِ کرم نجی طور پر ان سے رابطہ کریں۔
room-js-safety-concern = لگتا ہے کہ اس وقت آپ پر بہت کچھ گزر رہا ہے۔ اگر آپ کسی سے بات کرنا چاہیں تو یہ ہیلپ لائنز مفت اور رازدارانہ ہیں۔
room-js-safety-urgent = لگتا ہے کہ اس وقت حالات واقعی بہت مشکل ہیں۔ آپ کو اس کا سامنا تنہا کرنے کی ضرورت نہیں: آپ ابھی کسی سے بات کر سکتے ہیں، مفت اور کسی بھی وقت۔
room-js-safety-more = ابھی مدد حاصل کرنے کے مزید طریقے
room-js-safety-close = بند کریں
