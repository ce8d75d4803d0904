# Kindred referrals strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## The invitation email (no group name in the subject: a shared inbox may show it)

referral-email-subject = { $organisation } کی طرف سے ایک دعوت
referral-email-body = { $organisation } نے آپ کے لیے باہمی مدد کے ایک گروپ کا مشورہ دیا ہے: { $group }۔

    گروپ کے بارے میں پڑھنے اور فیصلہ کرنے کے لیے { $url } پر جائیں اور یہ کوڈ درج کریں:

    { $code }

    شامل ہونے یا نہ ہونے کا فیصلہ آپ کا ہے۔ { $organisation } کو بتایا جائے گا کہ آپ نے دعوت قبول کی یا نہیں۔ اس کے علاوہ کوئی بھی بات (کہ آپ شامل ہو گئے، کہ آپ پہلی میٹنگ میں گئے، کہ آپ چھ ہفتے بعد بھی جا رہے ہیں، آپ کے فلاح و بہبود کے اسکور) صرف اسی صورت میں شیئر کی جاتی ہے جب آپ اس پر نشان لگائیں، اور آپ کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔

    اگر آپ کو اس ای میل کی توقع نہیں تھی تو آپ اسے نظر انداز کر سکتے ہیں۔

## Referring (referrers)

refer-title = کسی کو { $group } کے لیے ریفر کریں
refer-back = { $group } پر واپس جائیں
refer-not-referrer = لوگوں کو صرف وہی ریفر کرنے والے ریفر کر سکتے ہیں جن کی اس سائٹ کے ایڈمنسٹریٹرز نے تصدیق کی ہو (GP، سوشل پریسکرائبر، لنک ورکر)۔ اگر آپ سمجھتے ہیں کہ آپ کو بھی ان میں شامل ہونا چاہیے تو سائٹ کے ایڈمنسٹریٹرز سے پوچھیں۔
refer-intro = اس شخص کو ایک دعوت ملے گی جس میں گروپ کے بارے میں بتایا جائے گا، اور یہ بھی کہ آپ کو کیا بتایا جائے گا۔ شامل ہونا ہے یا نہیں، اور آپ کے ساتھ کیا شیئر کرنا ہے، یہ فیصلہ وہ خود کرتے ہیں۔
refer-email = اس شخص کا ای میل ایڈریس (اختیاری)
refer-email-hint = اس کے بجائے ایک کوڈ پرنٹ کر کے انہیں دینے کے لیے اسے خالی چھوڑ دیں۔ ایڈریس انکرپٹ کر کے رکھا جاتا ہے اور ان کے جواب دیتے ہی ڈیلیٹ کر دیا جاتا ہے۔
refer-lang = دعوت کی زبان
refer-note = گروپ کے سہولت کاروں کے لیے ایک نوٹ (اختیاری)
refer-note-hint = صرف وہ باتیں جن سے انہیں اس شخص کو خوش آمدید کہنے میں مدد ملے۔ تشخیص یا صحت سے متعلق دوسری تفصیلات شامل نہ کریں، سوائے اس کے کہ وہ شخص اس پر رضامند ہو۔
refer-send = دعوت بھیجیں
refer-sent-title = دعوت تیار ہو گئی
refer-sent-emailed = ہم نے دعوت ای میل کر دی ہے۔
refer-sent-code = یہ کوڈ اس شخص کو دیں۔ وہ اسے اس سائٹ کے دعوت والے صفحے پر درج کریں گے:
refer-sent-print = اسے ابھی لکھ لیں یا یہ صفحہ پرنٹ کر لیں: یہ دوبارہ نہیں دکھایا جا سکتا۔
refer-sent-list = اپنے ریفرلز دیکھیں
referral-error-email = ای میل ایڈریس درج کریں، جیسے name@example.org، یا اسے خالی چھوڑ دیں
referral-error-note = نوٹ کو سادہ متن کے 2,000 حروف سے کم رکھیں
referral-error-closed = یہ گروپ بند ہو چکا ہے اور کوئی ریفرل نہیں لیتا
referral-error-reason = کوئی وجہ لکھیں جو ریفر کرنے والا دیکھے گا (زیادہ سے زیادہ 500 حروف)

## A referrer's referrals

referrals-title = وہ لوگ جنہیں آپ نے ریفر کیا
referrals-intro = وہ لوگ جنہیں آپ نے { $organisation } کی طرف سے ریفر کیا۔ آپ صرف وہی دیکھتے ہیں جو ہر شخص نے شیئر کرنے کی اجازت دی ہے۔
referrals-none = آپ نے ابھی تک کسی کو ریفر نہیں کیا۔ کوئی گروپ تلاش کریں اور اس کے صفحے پر “کسی کو ریفر کریں” چنیں۔
referrals-col-group = گروپ
referrals-col-made = ریفر کیا گیا
referrals-col-latest = تازہ ترین
referral-title = { $group } کے لیے ریفرل
referral-back = اپنے ریفرلز پر واپس جائیں
referral-made = ریفر کیا گیا: { $when }
referral-timeline = کیا ہوا
referral-shared-title = اس شخص نے کیا شیئر کرنے کی اجازت دی ہے
referral-shared-none = صرف یہ کہ انہوں نے دعوت قبول کی یا نہیں۔
referral-shared-hint = لوگ اسے کسی بھی وقت بدل سکتے ہیں؛ جو اجازت وہ واپس لے لیں، وہ اس صفحے سے ہٹ جاتی ہے۔

## Timeline entries

referral-event-referred = { $organisation } کی طرف سے ریفر کیا گیا
referral-event-group-accepted = گروپ نے ریفرل قبول کر لیا
referral-event-group-waitlisted = گروپ بھرا ہوا ہے، اس لیے اس نے ریفرل کو انتظار کی فہرست میں ڈال دیا
referral-event-group-waitlisted-reason = گروپ نے ریفرل کو انتظار کی فہرست میں ڈال دیا: { $reason }
referral-event-group-declined = گروپ نے ریفرل نامنظور کر دیا
referral-event-group-declined-reason = گروپ نے ریفرل نامنظور کر دیا: { $reason }
referral-event-person-accepted = اس شخص نے دعوت قبول کر لی
referral-event-person-declined = اس شخص نے دعوت سے انکار کر دیا
referral-event-consent = اس شخص نے شیئر کی جانے والی معلومات میں تبدیلی کی
referral-event-joined = اس شخص نے گروپ میں شمولیت اختیار کی
referral-event-attended = اس شخص نے پہلی میٹنگ میں شرکت کی
referral-event-six-weeks = شامل ہونے کے چھ ہفتے بعد بھی یہ شخص آ رہا ہے
referral-event-wellbeing = فلاح و بہبود کا جائزہ: زندگی سے اطمینان { $life }، بامعنی ہونا { $worthwhile }، خوشی { $happy }، بے چینی { $anxious } (0 سے 10 تک)

## Consent items

referral-consent-joined = گروپ میں میری شمولیت
referral-consent-attended = پہلی میٹنگ میں میری شرکت
referral-consent-six_weeks = چھ ہفتے بعد بھی میری شرکت جاری ہے یا نہیں
referral-consent-wellbeing = فلاح و بہبود کے جائزوں میں میرے اسکور

## The person's invitation

invitation-title = آپ کی دعوت
invitation-intro = آپ کا ساتھ دینے والے کسی شخص نے، جیسے آپ کے GP یا کسی سوشل پریسکرائبر نے، باہمی مدد کے ایک گروپ کا مشورہ دیا ہے اور آپ کو ایک کوڈ دیا ہے۔
invitation-code = دعوت کا کوڈ
invitation-code-hint = 10 حروف اور ہندسے، جیسے ACD34-FGH67۔ بڑے یا چھوٹے حروف اور ڈیش سے کوئی فرق نہیں پڑتا۔
invitation-look = میری دعوت دکھائیں
invitation-error-code = ہمیں یہ کوڈ نہیں ملا۔ اسے چیک کر کے دوبارہ کوشش کریں، یا جس نے آپ کو یہ دیا ہے اس سے پوچھیں۔
invitation-see-group = گروپ کے بارے میں پڑھیں
invitation-from = { $organisation } کی طرف سے تجویز۔
invitation-sign-in = جواب دینے کے لیے سائن ان کریں یا اکاؤنٹ بنائیں، پھر اپنا کوڈ دوبارہ درج کریں۔ آپ اپنے اکاؤنٹ کے لیے کوئی فرضی نام بھی استعمال کر سکتے ہیں۔
invitation-sign-in-link = سائن ان کریں
invitation-sign-up-link = اکاؤنٹ بنائیں
invitation-told = { $organisation } کو بتایا جائے گا کہ آپ نے دعوت قبول کی یا نہیں۔ اس کے علاوہ کچھ نہیں، سوائے اس کے جس پر آپ نیچے نشان لگائیں۔
invitation-consent = { $organisation } کو اور کیا بتایا جا سکتا ہے (اختیاری)
invitation-consent-hint = صرف انہی باتوں پر نشان لگائیں جنہیں آپ خوشی سے شیئر کرنا چاہتے ہیں۔ آپ اسے کسی بھی وقت “آپ کے ریفرلز” پر بدل سکتے ہیں۔
invitation-agreement = گروپ کا معاہدہ
invitation-agree = مجھے گروپ کا معاہدہ قبول ہے (شامل ہونے کے لیے ضروری)
invitation-error-agree = شامل ہونے کے لیے گروپ کا معاہدہ قبول کریں
invitation-error-barred = آپ اس گروپ میں شامل نہیں ہو سکتے۔ جس شخص نے آپ کو ریفر کیا ہے، اس سے دوسرے گروپوں کے بارے میں پوچھیں۔
invitation-accept = قبول کریں اور شامل ہوں
invitation-decline = نہیں، شکریہ
invitation-joined = آپ گروپ میں شامل ہو گئے ہیں۔ خوش آمدید۔
invitation-requested = آپ نے دعوت قبول کر لی ہے۔ گروپ کے سہولت کار آپ کی درخواست دیکھ کر جواب دیں گے۔
invitation-declined = آپ نے انکار کر دیا ہے۔ اس دعوت کے بارے میں اب کوئی آپ سے رابطہ نہیں کرے گا۔
invitation-already = اس دعوت کا جواب پہلے ہی دیا جا چکا ہے۔
invitation-manage = دیکھیں کہ آپ کیا شیئر کرتے ہیں
invitation-wellbeing = فلاح و بہبود کا ایک مختصر جائزہ دیں (اختیاری)

my-referrals-title = آپ کے لیے ریفرلز
my-referrals-intro = جن لوگوں نے آپ کو ریفر کیا، انہیں کیا بتایا جا سکتا ہے۔ کسی چیز سے نشان ہٹائیں تو اس کی شیئرنگ فوراً بند ہو جائے گی۔
my-referrals-none = آپ کا کوئی ریفرل نہیں ہے۔
my-referrals-legend = { $group }، { $organisation } کی طرف سے تجویز کردہ ({ $when })
my-referrals-save = میری شیئرنگ محفوظ کریں
my-referrals-saved = محفوظ ہو گیا۔ اب ریفر کرنے والا صرف وہی دیکھتا ہے جس پر آپ نے نشان لگایا ہے۔

## The group's referrals (facilitators)

inbox-title = { $group } کے لیے ریفرلز
inbox-intro = وہ لوگ جنہیں اس گروپ کے لیے ریفر کیا گیا ہے۔ قبول کریں، یا بتائیں کہ گروپ بھرا ہوا ہے (انتظار کی فہرست)، یا نامنظور کریں؛ ریفر کرنے والا آپ کی بتائی ہوئی وجہ دیکھتا ہے۔
inbox-none = ابھی تک کوئی ریفرل نہیں۔
inbox-from = { $referrer } کی طرف سے
inbox-person = ریفر کیا گیا شخص
inbox-status = گروپ کا فیصلہ
inbox-contact = ان کا ای میل (جب تک وہ جواب نہ دیں)
inbox-note = ریفر کرنے والے کا نوٹ
inbox-decide = آپ کا فیصلہ
inbox-accept = قبول کریں
inbox-waitlist = انتظار کی فہرست (گروپ بھرا ہوا ہے)
inbox-decline = نامنظور کریں
inbox-reason = وجہ (ریفر کرنے والا اسے دیکھتا ہے)
inbox-reason-hint = انتظار کی فہرست میں ڈالنے اور نامنظور کرنے کے لیے ضروری ہے۔
inbox-save = فیصلہ محفوظ کریں
referral-person-invited = ابھی جواب نہیں دیا
referral-person-accepted = قبول کر لی
referral-person-declined = انکار کر دیا
referral-group-pending = آپ کے فیصلے کا انتظار
referral-group-accepted = قبول کر لیا گیا
referral-group-waitlisted = انتظار کی فہرست
referral-group-declined = نامنظور

## Administrators: referrers and API tokens

referrers-title = ریفر کرنے والے
referrers-intro = وہ لوگ جو دوسروں کو گروپوں کے لیے ریفر کر سکتے ہیں۔ انہیں شامل کرنے سے پہلے تصدیق کریں کہ وہ کون ہیں (مثال کے طور پر ان کی پیشہ ورانہ رجسٹریشن)۔
referrers-email = ان کے اکاؤنٹ کا ای میل ایڈریس
referrers-organisation = ادارہ
referrers-role = کردار
referrers-add = ریفر کرنے والا شامل کریں
referrers-none = ابھی تک کوئی ریفر کرنے والا نہیں۔
referrers-col-name = نام
referrers-col-since = کب سے
referrers-col-actions = کارروائیاں
referrers-remove = { $name } کو ہٹائیں
referrer-role-gp = GP
referrer-role-social_prescriber = سوشل پریسکرائبر
referrer-role-link_worker = لنک ورکر
referrer-role-other = کوئی اور پیشہ ور
referrer-error-email = اس ای میل ایڈریس کا کوئی اکاؤنٹ نہیں ہے؛ ان سے کہیں کہ پہلے اکاؤنٹ بنائیں
referrer-error-organisation = ادارے کا نام درج کریں (زیادہ سے زیادہ 200 حروف)
referrer-error-role = کوئی کردار چنیں
api-tokens-title = API ٹوکنز
api-tokens-intro = ٹوکنز کے ذریعے ریفر کرنے والے کسی ادارے کا سسٹم (GP کا سسٹم، سوشل پریسکرائبنگ پلیٹ فارم) FHIR ServiceRequest کی صورت میں ریفرلز بھیج سکتا ہے اور ان کی صورتِ حال دیکھ سکتا ہے۔ جیسے ہی کسی ٹوکن کے لیک ہونے کا امکان ہو، اسے فوراً منسوخ کر دیں۔
api-tokens-none = ابھی تک کوئی ٹوکن نہیں۔
api-token-name = سسٹم کا نام
api-token-name-hint = مثال کے طور پر “Riverside Surgery (EMIS)”۔
api-token-create = ٹوکن جاری کریں
api-token-made = ٹوکن جاری ہو گیا
api-token-once = اسے ابھی کاپی کریں اور محفوظ طریقے سے ادارے کو دیں: یہ صرف اسی ایک بار دکھایا جائے گا۔
api-token-col-made = جاری کیا گیا
api-token-col-used = آخری بار استعمال
api-token-col-state = حالت
api-token-never = کبھی نہیں
api-token-revoked = منسوخ کیا گیا: { $when }
api-token-revoke = { $name } منسوخ کریں
api-token-error-name = سسٹم کا نام درج کریں (زیادہ سے زیادہ 200 حروف)

## Links on the group page

group-refer-link = کسی کو اس گروپ میں ریفر کریں
group-referrals-link = اس گروپ کے لیے ریفرلز ({ $count } منتظر)

## What a referrer is told the person agreed to share

referral-shared-joined = کہ وہ گروپ میں شامل ہوئے
referral-shared-attended = کہ وہ پہلی ملاقات میں گئے
referral-shared-six_weeks = کیا وہ چھ ہفتوں بعد بھی آ رہے ہیں
referral-shared-wellbeing = ان کے فلاح و بہبود کے جائزے کے اسکور

## When the group already decided

invitation-group-declined = گروپ یہ ریفرل قبول نہیں کر سکا۔ آپ کو ریفر کرنے والے کو بتا دیا گیا ہے؛ دوسرے گروپوں کے بارے میں ان سے پوچھیں۔
invitation-waitlisted = گروپ اس وقت بھرا ہوا ہے اور اس نے آپ کو انتظار کی فہرست میں رکھا ہے۔ جگہ خالی ہونے پر آپ شامل ہو جائیں گے۔
