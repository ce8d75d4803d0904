# Kindred facilitator training strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Facilitator training: courses, lessons, quizzes, the badge, requirements, reminders.

date-short = { $day } { $month } { $year }

training-title = سہولت کاروں کی تربیت
training-intro = باہمی مدد کے گروپ چلانے والوں کے لیے مختصر کورس۔ ہر سبق پڑھیں، پھر ایک مختصر کوئز کے جواب دیں۔ آپ کی پیش رفت محفوظ رہتی ہے، اور کورس مکمل کرنے پر آپ کے چلائے ہوئے گروپوں پر “تربیت یافتہ سہولت کار” کا بیج دکھایا جاتا ہے۔
training-modules-count = { $count ->
    [one] ایک ماڈیول
   *[other] { $count } ماڈیول
}
training-your-progress = آپ کی پیش رفت
training-sign-in = اسباق ہر کوئی پڑھ سکتا ہے۔ کوئز کے جواب دینے اور اپنی پیش رفت محفوظ کرنے کے لیے سائن ان کریں۔
training-modules = ماڈیول
training-minutes = تقریباً { $minutes } منٹ
training-module-expires-every = ہر { $months } مہینے بعد تجدید ضروری ہے
training-licence = کورس کا متن Creative Commons Attribution-ShareAlike 4.0 لائسنس کے تحت شیئر کیا گیا ہے۔ یہ صرف ایک تعارف ہے: یہ آپ کے ادارے کی اپنی سیف گارڈنگ (safeguarding) پالیسی یا تربیت کی جگہ نہیں لیتا۔
training-module-of = { $of } میں سے ماڈیول { $number }

training-module-not-started = ابھی شروع نہیں کیا
training-module-not-passed = ابھی پاس نہیں ہوا (اب تک کا بہترین نتیجہ: { $of } میں سے { $best })
training-module-passed = { $date } کو پاس کیا
training-module-passed-until = { $date } کو پاس کیا، { $until } تک معتبر
training-module-expired = میعاد { $date } کو ختم ہو گئی: کوئز دوبارہ حل کریں

training-status-current = تربیت مکمل (میعاد ختم نہیں ہوتی)
training-status-current-until = تربیت مکمل، { $date } تک معتبر
training-status-lapsed = تربیت کی میعاد { $date } کو ختم ہو گئی
training-status-incomplete = تربیت مکمل نہیں ہوئی ({ $of } میں سے { $passed } ماڈیول پاس)

training-completed = { $date } کو مکمل کیا۔
training-completed-until = { $date } کو مکمل کیا۔ آپ کی تربیت { $until } تک معتبر ہے۔
training-expires-soon = آپ کی تربیت کے ایک حصے کی میعاد { $date } کو ختم ہو رہی ہے۔ اپنا بیج برقرار رکھنے کے لیے اس تاریخ سے پہلے اس ماڈیول کا کوئز دوبارہ حل کریں۔
training-lapsed-notice = آپ کی تربیت کی میعاد { $date } کو ختم ہو گئی۔ اس کی تجدید کے لیے وہ کوئز دوبارہ حل کریں جن پر “میعاد ختم ہو گئی” لکھا ہے۔

training-quiz = کوئز
training-quiz-intro = ہر سوال کا جواب دیں۔ پاس ہونے کے لیے { $of } میں سے { $needed } جواب درست ہونے چاہییں۔ آپ جتنی بار چاہیں کوشش کر سکتے ہیں۔
training-quiz-answer-this = اس سوال کا ایک جواب چنیں۔
training-quiz-answer-all = اپنے جواب چیک کرنے سے پہلے ہر سوال کا جواب دیں۔
training-check-answers = میرے جواب چیک کریں
training-result-title = کوئز کا نتیجہ: { $module }
training-quiz-passed = آپ پاس ہو گئے: { $of } میں سے { $right } جواب درست۔
training-quiz-not-passed = ابھی پاس نہیں ہوئے: { $of } میں سے { $right } جواب درست۔ پاس ہونے کے لیے { $needed } درست جواب درکار ہیں۔ وضاحتیں پڑھیں، پھر دوبارہ کوشش کریں۔
training-your-answer = آپ کا جواب:
training-answer-right = درست۔
training-answer-wrong = پوری طرح درست نہیں۔
training-next-module = اگلا ماڈیول: { $module }
training-try-again = کوئز دوبارہ حل کریں
training-back-to-course = کورس پر واپس جائیں

training-badge = تربیت یافتہ سہولت کار
training-badge-hint = اس گروپ کے کم از کم ایک سہولت کار نے Kindred کا ہم تجربہ سہولت کار کورس مکمل کیا ہے، اور اس کی میعاد ابھی باقی ہے۔

training-members-heading = سہولت کاروں کی تربیت
training-group-require = اس گروپ کے سہولت کاروں کے لیے ہم تجربہ سہولت کار کورس مکمل ہونا اور اس کی میعاد باقی ہونا ضروری ہے
training-require-hint = جن لوگوں نے یہ کورس مکمل نہیں کیا، انہیں سہولت کار یا منتظم نہیں بنایا جا سکتا۔ جس کسی کی تربیت کی میعاد ختم ہو جائے، وہ یہاں دکھایا جاتا ہے تاکہ آپ ان سے اس کی تجدید کرنے کو کہہ سکیں۔
training-required-by-organisation = آپ کے ادارے نے اپنے تمام گروپوں کے لیے ہم تجربہ سہولت کار کورس مکمل ہونا اور اس کی میعاد باقی ہونا ضروری قرار دیا ہے۔
training-save = محفوظ کریں
training-saved = محفوظ کر لیا گیا۔
training-refused = اس گروپ کے سہولت کاروں اور منتظمین کے لیے ہم تجربہ سہولت کار کورس مکمل ہونا اور اس کی میعاد باقی ہونا ضروری ہے، اور { $name } نے ابھی یہ کورس مکمل نہیں کیا۔ پہلے ان سے کہیں کہ ⁦/training⁩ پر جا کر کورس مکمل کریں۔
training-org-link = پورے ادارے میں سہولت کاروں کی تربیت

training-org-title = سہولت کاروں کی تربیت: { $organisation }
training-org-require = اس ادارے کے تمام گروپوں میں سہولت کاروں اور منتظمین کے لیے ہم تجربہ سہولت کار کورس مکمل ہونا اور اس کی میعاد باقی ہونا ضروری ہے
training-org-facilitators = سہولت کار اور منتظمین
training-org-none = ابھی کوئی بھی اس ادارے کا کوئی گروپ نہیں چلا رہا۔
training-col-name = نام
training-col-group = گروپ
training-col-role = کردار
training-col-status = تربیت

email-training-subject = آپ کے تربیتی ماڈیول “{ $module }” کی میعاد { $date } کو ختم ہو رہی ہے
email-training-body =
    ہیلو { $pseudonym }،

    ماڈیول “{ $module }” ({ $course }) میں آپ کی کامیابی کی میعاد { $date } کو ختم ہو رہی ہے۔ اپنی تربیت کو معتبر رکھنے کے لیے (اور اپنے چلائے ہوئے گروپوں پر “تربیت یافتہ سہولت کار” کا بیج برقرار رکھنے کے لیے)، اس تاریخ سے پہلے سبق دوبارہ پڑھیں اور اس کا کوئز دوبارہ حل کریں:

    { $link }
