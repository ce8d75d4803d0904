# Kindred outcomes strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Wellbeing check-ins (the ONS personal wellbeing questions) and the outcome figures organisers see.

wellbeing-link = فلاح و بہبود کا جائزہ
wellbeing-due = آپ کے پچھلے فلاح و بہبود کے جائزے کو کافی وقت ہو گیا ہے۔ کیا آپ ابھی ایک جائزہ دینا چاہیں گے؟ اس میں تقریباً ایک منٹ لگتا ہے۔
wellbeing-title = فلاح و بہبود کا جائزہ
wellbeing-intro = چار مختصر سوال کہ آپ حال ہی میں کیسا محسوس کر رہے ہیں۔ اس میں تقریباً ایک منٹ لگتا ہے، اور کوئی جواب صحیح یا غلط نہیں ہے۔
wellbeing-saved = شکریہ۔ آپ کا جائزہ محفوظ ہو گیا ہے۔
wellbeing-privacy-title = اختیاری اور نجی
wellbeing-optional = جائزہ دینا اختیاری ہے۔ اسے نہ دینے سے گروپ میں آپ کی جگہ پر کبھی کوئی اثر نہیں پڑتا۔
wellbeing-privacy-you = آپ کے جوابات صرف آپ دیکھتے ہیں۔
wellbeing-privacy-organisers = آپ کے گروپ چلانے والے صرف 5 یا زیادہ لوگوں کے مجموعے اور اوسط دیکھتے ہیں، آپ کے جوابات کبھی نہیں۔
wellbeing-privacy-referrer = اگر کسی نے آپ کو کسی گروپ کے لیے ریفر کیا ہے، تو وہ آپ کے اسکور صرف اسی صورت میں دیکھیں گے جب آپ نے ریفرل پر اس کی اجازت دی ہو۔
wellbeing-privacy-referrer-link = دیکھیں یا بدلیں کہ آپ کیا شیئر کرتے ہیں
wellbeing-first-time = یہ آپ کا پہلا جائزہ ہوگا۔ اس سے آپ کو ایک نقطۂ آغاز ملتا ہے: ہر چند ہفتوں بعد دوبارہ جائزہ دیں اور آپ دیکھیں گے کہ وقت کے ساتھ چیزیں کیسے بدلتی ہیں۔
wellbeing-see-trend = دیکھیں کہ آپ کیسے رہے
wellbeing-next = اگلا جائزہ { $date } کے بعد دینا مناسب ہوگا۔
wellbeing-next-now = آپ کے پچھلے جائزے کو 4 ہفتے یا اس سے زیادہ ہو گئے ہیں، اس لیے اب ایک اور جائزے کا اچھا وقت ہے۔
wellbeing-scale-hint = 0 سے 10 تک کوئی عدد چنیں، جہاں 0 کا مطلب "بالکل نہیں" اور 10 کا مطلب "مکمل طور پر" ہے۔
wellbeing-scale-low = 0 = بالکل نہیں
wellbeing-scale-high = 10 = مکمل طور پر
wellbeing-q-life_satisfaction = مجموعی طور پر، آپ آج کل اپنی زندگی سے کتنے مطمئن ہیں؟
wellbeing-q-worthwhile = مجموعی طور پر، آپ کس حد تک محسوس کرتے ہیں کہ جو کام آپ اپنی زندگی میں کرتے ہیں وہ کارآمد اور بامعنی ہیں؟
wellbeing-q-happiness = مجموعی طور پر، کل آپ نے خود کو کتنا خوش محسوس کیا؟
wellbeing-q-anxiety = ایک پیمانے پر جہاں 0 کا مطلب 'بالکل بے چین نہیں' اور 10 کا مطلب 'مکمل طور پر بے چین' ہے، مجموعی طور پر، کل آپ نے خود کو کتنا بے چین محسوس کیا؟
wellbeing-short-life_satisfaction = زندگی سے اطمینان
wellbeing-short-worthwhile = بامعنی ہونا
wellbeing-short-happiness = خوشی
wellbeing-short-anxiety = بے چینی (کم بہتر ہے)
wellbeing-error-life_satisfaction = 0 سے 10 تک کوئی عدد چنیں کہ آپ اپنی زندگی سے کتنے مطمئن ہیں
wellbeing-error-worthwhile = 0 سے 10 تک کوئی عدد چنیں کہ آپ کے کام کتنے بامعنی محسوس ہوتے ہیں
wellbeing-error-happiness = 0 سے 10 تک کوئی عدد چنیں کہ کل آپ نے کتنا خوش محسوس کیا
wellbeing-error-anxiety = 0 سے 10 تک کوئی عدد چنیں کہ کل آپ نے کتنا بے چین محسوس کیا
wellbeing-field-group = یہ جائزہ کس گروپ کے بارے میں ہے؟ (اختیاری)
wellbeing-field-group-hint = اگر آپ کوئی گروپ چنتے ہیں تو آپ کے جوابات اس گروپ کے 5 یا زیادہ لوگوں کے مجموعوں میں شامل ہو سکتے ہیں۔ اسے چلانے والے آپ کے جوابات کبھی نہیں دیکھتے۔
wellbeing-group-none = کوئی خاص گروپ نہیں
wellbeing-error-group = اپنے گروپوں میں سے ایک چنیں، یا "کوئی خاص گروپ نہیں"
wellbeing-save = میرا جائزہ محفوظ کریں
wellbeing-support = اگر ابھی حالات مشکل لگ رہے ہیں، تو آپ کو میٹنگ کا انتظار کرنے کی ضرورت نہیں۔
wellbeing-trend-title = آپ کیسے رہے
wellbeing-chart-title = وقت کے ساتھ آپ کے جوابات
wellbeing-chart-desc = چاروں سوالوں کے آپ کے جوابات کا لائن چارٹ، { $first } سے { $last } تک۔ ہر سوال کی اپنی لائن کا انداز اور نشان کی شکل ہے۔ یہی اعداد نیچے جدول میں ہیں۔
wellbeing-chart-desc-one = { $date } کے جائزے میں چاروں سوالوں کے آپ کے جوابات۔ یہی اعداد نیچے جدول میں ہیں۔
wellbeing-chart-x = جائزے کی تاریخ
wellbeing-chart-y = اسکور (0 سے 10)
wellbeing-legend = چارٹ کی کلید
wellbeing-table-caption = آپ کے جائزے، پرانے پہلے (اسکور 0 سے 10)
wellbeing-col-date = تاریخ

outcomes-link = نتائج (صرف مجموعے)
outcomes-title = نتائج: { $name }
outcomes-intro = گروپوں کے مجموعے، کبھی کسی فرد کے نہیں: کتنے لوگ آتے ہیں، ریفرلز کیسے آگے بڑھتے ہیں، اور لوگوں کی فلاح و بہبود کیسے بدلتی ہے۔
outcomes-privacy-title = ہم لوگوں کی رازداری کیسے محفوظ رکھتے ہیں
outcomes-suppression = ہم کبھی ایسا عدد نہیں دکھاتے جو 5 سے کم لوگوں پر مبنی ہو۔ اس کی جگہ آپ کو "5 سے کم" نظر آئے گا۔
outcomes-rounding = باقی گنتیاں قریب ترین 5 تک گول کی جاتی ہیں، جس سے دو اعداد کا موازنہ کر کے کوئی چھوٹی تعداد معلوم کرنا بہت مشکل ہو جاتا ہے۔ اوسط ایک اعشاریہ تک دکھائی جاتی ہے۔ یہ اعداد صرف انہی لوگوں تک رکھیں جنہیں ان کی ضرورت ہے۔
outcomes-org-once = جو شخص تنظیم کے ایک سے زیادہ گروپوں میں حصہ لیتا ہے اسے ایک ہی بار گنا جاتا ہے۔
outcomes-csv = یہ اعداد ڈاؤن لوڈ کریں (CSV)
outcomes-fewer = 5 سے کم
outcomes-not-enough = کافی لوگ نہیں (5 سے کم)
outcomes-col-people = لوگ (قریب ترین 5 تک گول)
outcomes-attendance-title = حاضری
outcomes-attendance-caption = وہ لوگ جنہوں نے کم از کم ایک میٹنگ میں شرکت کی، مہینے کے لحاظ سے (پچھلے 12 مہینے)
outcomes-col-month = مہینہ
outcomes-month = { $month } { $year }
outcomes-funnel-title = ریفرلز
outcomes-funnel-intro = جی پی، سوشل پریسکرائبر یا لنک ورکر کے ریفر کیے گئے کتنے لوگ ہر مرحلے تک پہنچے۔
outcomes-funnel-consent = ان مجموعوں میں ہر ریفرل شامل ہے، چاہے اس شخص نے اپنے ریفر کرنے والے کو معلومات دینے کی اجازت دی ہو یا نہیں۔ اس کی وجہ یہ ہے کہ یہ صرف گروپ کے اپنے منتظمین اور سہولت کاروں کو، صرف گول کیے گئے مجموعوں کے طور پر دکھائے جاتے ہیں، کبھی فرداً فرداً نہیں۔
outcomes-funnel-caption = ریفرل کے بعد ہر مرحلے پر لوگ
outcomes-col-stage = مرحلہ
outcomes-stage-referred = ریفر کیے گئے
outcomes-stage-accepted = دعوت قبول کی
outcomes-stage-joined = گروپ میں شامل ہوئے
outcomes-stage-attended = پہلی میٹنگ میں شرکت کی
outcomes-stage-six_weeks = 6 ہفتے بعد بھی آ رہے ہیں
outcomes-wellbeing-title = فلاح و بہبود
outcomes-wellbeing-intro = ان لوگوں کے لیے جنہوں نے ان گروپوں کے بارے میں کم از کم دو بار جائزہ دیا، اور ان کے پہلے اور تازہ ترین جائزے کے درمیان کم از کم 4 ہفتے کا فرق تھا: پہلے سے تازہ ترین تک اوسط تبدیلی، 0 سے 10 کے پیمانے پر۔ بے چینی میں کمی بہتری ہے۔
outcomes-wellbeing-caption = پہلے سے تازہ ترین جائزے تک اوسط تبدیلی
outcomes-col-question = سوال
outcomes-col-change = اوسط تبدیلی
outcomes-change-up = { $points } اضافہ
outcomes-change-down = { $points } کمی
outcomes-change-none = کوئی تبدیلی نہیں

## Commissioners

commissioners-title = { $organisation } کے کمشنرز
commissioners-intro = کمشنرز (مثلاً NHS یا کونسل کی وہ ٹیم جو آپ کے گروپوں کو فنڈ کرتی ہے) اس تنظیم اور اس کے گروپوں کے نتائج کے مجموعے دیکھتے ہیں، جن میں چھوٹی تعداد چھپی رہتی ہے۔ وہ کبھی اراکین، ریفرلز، بورڈز یا پیغامات نہیں دیکھتے۔
commissioners-email = ان کے اکاؤنٹ کا ای میل پتہ
commissioners-email-hint = پہلے ان کا Kindred اکاؤنٹ ہونا ضروری ہے۔
commissioners-add = کمشنر شامل کریں
commissioners-none = ابھی کوئی کمشنر نہیں۔
commissioners-remove = { $name } کو ہٹائیں
commissioners-error-email = کسی اکاؤنٹ کا یہ ای میل پتہ نہیں؛ ان سے پہلے اکاؤنٹ بنانے کو کہیں
commissioners-link = کمشنرز
commissioned-title = وہ نتائج جو آپ بطور کمشنر دیکھ سکتے ہیں
