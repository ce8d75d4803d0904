# Kindred moderation strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Moderation, reports, crisis alerts, sanctions and the audit log.

moderation-title = ماڈریشن
moderation-intro = پہلے بحران کے الرٹس، پھر رپورٹس۔ ہر کارروائی آڈٹ لاگ میں درج کی جاتی ہے، اور ممبران کو بتایا جاتا ہے کہ کیا ہوا اور کیوں۔
moderation-on-duty = آپ { $until } تک ڈیوٹی پر ہیں۔ فوری الرٹس آپ کو ای میل کیے جاتے ہیں۔
moderation-off-duty = آپ ڈیوٹی پر نہیں ہیں۔ جب کوئی ماڈریٹر ڈیوٹی پر نہ ہو، تو جن پوسٹس کو 3 یا اس سے زیادہ لوگوں نے رپورٹ کیا ہو، وہ اس وقت تک چھپی رہتی ہیں جب تک کوئی ان کا جائزہ نہ لے لے۔
moderation-go-on-duty = 8 گھنٹے کے لیے ڈیوٹی شروع کریں
moderation-go-off-duty = ڈیوٹی ختم کریں
moderation-alerts = بحران کے الرٹس
moderation-no-alerts = کوئی کھلا الرٹ نہیں۔
moderation-urgent = فوری
moderation-concern = تشویش
moderation-reasons = وجہ: { $reasons }
moderation-open = اسے کھولیں
moderation-handled = نمٹا ہوا قرار دیں
moderation-no-emergency = Kindred کبھی خود سے ایمرجنسی سروسز سے رابطہ نہیں کرتا۔ اگر کوئی فوری خطرے میں ہو تو 999 پر کال کریں۔
moderation-reports = رپورٹس
moderation-no-reports = کوئی کھلی رپورٹ نہیں۔
moderation-reporters = { $count ->
    [one] ایک شخص نے رپورٹ کیا
   *[other] { $count } افراد نے رپورٹ کیا
}
moderation-reason = وجہ (ممبر کو بتائی جائے گی)
moderation-hide = چھپائیں
moderation-restore = بحال کریں
moderation-dismiss = رپورٹس مسترد کریں
moderation-warn = انتباہ دیں
moderation-suspend = معطل کریں
moderation-ban = گروپ میں آنے پر پابندی لگائیں
moderation-appeals = اپیلیں
moderation-no-appeals = کوئی اپیل زیرِ التوا نہیں۔
moderation-appeal-text = ان کی اپیل:
moderation-uphold = فیصلہ برقرار رکھیں
moderation-lift = فیصلہ واپس لیں
moderation-refused-title = آپ کا پیغام پوسٹ نہیں ہوا
moderation-refused-suspended = آپ کا اکاؤنٹ معطل ہے، اس لیے آپ اس وقت پوسٹ نہیں کر سکتے۔ آپ کے اکاؤنٹ کے صفحے پر بتایا گیا ہے کہ ایسا کیوں ہوا، کب تک کے لیے ہے، اور اپیل کیسے کی جائے۔
moderation-refused-rate = آپ بہت تیزی سے پوسٹ کر رہے ہیں۔ براہِ کرم چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔
moderation-refused-word = آپ کے پیغام میں کوئی ایسا لفظ یا جملہ ہے جس کی یہ گروپ اجازت نہیں دیتا۔ براہِ کرم اسے بدلیں اور دوبارہ کوشش کریں۔
moderation-standing-link = آپ کا اکاؤنٹ

safety-reason-urgent = فوری خطرے والے الفاظ
safety-reason-concern = تشویشناک الفاظ
safety-reason-intent = ارادہ
safety-reason-plan = منصوبہ
safety-reason-means = ذرائع
safety-reason-timeframe = وقت کا تعین
safety-reason-negation = نفی میں
safety-reason-past = ماضی میں
safety-reason-idiom = محاورہ
safety-reason-third = کسی اور کے بارے میں

report-title = رپورٹ کریں
report-intro = ماڈریٹرز کو کسی ایسی چیز کے بارے میں بتائیں جو گروپ کے معاہدے کی خلاف ورزی کرتی ہو یا آپ کو پریشان کرتی ہو۔ جس شخص کی آپ رپورٹ کرتے ہیں، اسے یہ نہیں بتایا جاتا کہ رپورٹ کس نے کی۔
report-why = آپ اسے کیوں رپورٹ کر رہے ہیں؟
report-reason-risk = کسی کو خطرہ ہو سکتا ہے
report-reason-harassment = ہراساں کرنا یا دھونس جمانا
report-reason-hate = نفرت یا امتیازی سلوک
report-reason-spam = اسپام یا اشتہار بازی
report-reason-privacy = اس میں کسی کی نجی تفصیلات شیئر کی گئی ہیں
report-reason-misinformation = صحت کے بارے میں نقصان دہ غلط معلومات
report-reason-other = کچھ اور
report-reason-watched_word = زیرِ نگرانی لفظ
report-risk-hint = اگر کوئی فوری خطرے میں ہو تو 999 پر کال کریں۔ ابھی مدد کے لیے:
report-send = رپورٹ بھیجیں
report-thanks = شکریہ۔ کوئی ماڈریٹر اسے دیکھے گا۔
report-kind-post = ایک پوسٹ
report-kind-message = ایک نجی پیغام
report-kind-user = ایک ممبر
report-kind-chat = لائیو روم کا ایک چیٹ پیغام
report-chat-by = لائیو روم میں { $name } نے لکھا
moderation-written-by = { $name } نے لکھا

sanction-warning = انتباہ
sanction-suspension = معطلی
sanction-group_ban = گروپ میں آنے پر پابندی
sanction-post_hidden = ایک پوسٹ چھپا دی گئی
sanction-appeal_upheld = آپ کی اپیل پر غور کیا گیا اور فیصلہ برقرار ہے
sanction-appeal_lifted = آپ کی اپیل منظور کر لی گئی اور فیصلہ واپس لے لیا گیا

account-standing-title = ماڈریشن کے فیصلے
account-standing-until = { $until } تک
account-standing-permanent = مستقل
account-standing-reason = وجہ: { $reason }
account-standing-appeal-label = اس فیصلے پر دوبارہ غور کیوں کیا جانا چاہیے؟
account-standing-appeal = اپیل کریں
account-standing-appeal-waiting = آپ کی اپیل کسی ماڈریٹر کی منتظر ہے۔
account-standing-appeal-upheld = آپ کی اپیل پر غور کیا گیا؛ فیصلہ برقرار ہے۔
account-standing-appeal-lifted = آپ کی اپیل منظور کر لی گئی؛ فیصلہ واپس لے لیا گیا۔

words-title = زیرِ نگرانی الفاظ
words-intro = پوسٹس اور پیغامات میں وہ الفاظ یا جملے جن پر نظر رکھنی ہے۔ نشان لگانا: ماڈریٹرز کو بتایا جاتا ہے۔ روکنا: پوسٹ کسی ماڈریٹر کا انتظار کرتی ہے۔ بلاک کرنا: پوسٹ مسترد کر دی جاتی ہے اور لکھنے والے سے اسے بدلنے کو کہا جاتا ہے۔
words-none = ابھی تک کوئی زیرِ نگرانی لفظ نہیں۔
words-field = لفظ یا جملہ
words-action = کیا کرنا ہے
words-action-flag = ماڈریٹرز کے لیے نشان لگائیں
words-action-hold = جائزے کے لیے روکیں
words-action-block = بلاک کریں
words-add = شامل کریں
words-remove = ہٹائیں

audit-title = آڈٹ لاگ
audit-intro = ماڈریٹرز اور ایڈمنسٹریٹرز کی ہر کارروائی: کس نے، کیا، کب اور کیوں کیا۔ اندراجات بدلے یا ہٹائے نہیں جا سکتے۔
audit-none = ابھی تک کچھ درج نہیں ہوا۔
audit-system = Kindred (خودکار)
audit-col-when = کب
audit-col-who = کس نے
audit-col-what = کارروائی
audit-col-target = کس کے بارے میں
audit-col-why = کیوں

email-alert-subject = ہو سکتا ہے آپ کے گروپ کے کسی پیغام پر آپ کی توجہ درکار ہو
email-alert-body =
    ہیلو { $pseudonym }،

    Kindred کی جانچ کو ایک پیغام میں ایسے الفاظ ملے ہیں جن سے لگتا ہے کہ کسی کو خطرہ ہو سکتا ہے۔ لکھنے والے کو بحران میں مدد کی معلومات دکھا دی گئی ہیں۔ براہِ کرم الرٹ دیکھیں، اور جب کوئی اس پر جواب دے چکا ہو تو اسے نمٹا ہوا قرار دیں:
email-moderation-subject = آپ کے Kindred اکاؤنٹ کے بارے میں ایک فیصلہ
email-moderation-body =
    ہیلو { $pseudonym }،

    ایک ماڈریٹر نے یہ فیصلہ کیا ہے: { $what }۔
    وجہ: { $reason }

    آپ اسے اپنے اکاؤنٹ کے صفحے پر پڑھ سکتے ہیں، اور وہیں اپیل بھی کر سکتے ہیں:
