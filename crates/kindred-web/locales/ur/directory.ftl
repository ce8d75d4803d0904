# Kindred directory strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Taxonomy: categories

category-condition_specific = کسی بیماری کے ساتھ زندگی
category-mental_health = ذہنی صحت
category-addiction_recovery = لت اور اس سے بحالی
category-caregivers = دیکھ بھال کرنے والے
category-bereavement = سوگ
category-other = دیگر

## Taxonomy: conditions and situations

condition-cancer = کینسر
condition-breast_cancer = چھاتی کا کینسر
condition-prostate_cancer = پروسٹیٹ کا کینسر
condition-diabetes = ذیابیطس
condition-type1_diabetes = ٹائپ 1 ذیابیطس
condition-hiv = ایچ آئی وی (HIV)
condition-hepatitis_c = ہیپاٹائٹس سی
condition-heart_disease = دل کی بیماری
condition-stroke = فالج (اسٹروک)
condition-long_covid = لانگ کووڈ
condition-chronic_pain = دائمی درد
condition-ms = ملٹیپل اسکلیروسس (MS)
condition-parkinsons = پارکنسنز
condition-epilepsy = مرگی
condition-arthritis = جوڑوں کا درد (آرتھرائٹس)
condition-ibd = کرونز اور کولائٹس
condition-depression = ڈپریشن
condition-anxiety = بے چینی (anxiety)
condition-bipolar = بائی پولر ڈس آرڈر
condition-psychosis = سائیکوسس
condition-eating_disorders = کھانے سے متعلق عوارض
condition-ptsd = PTSD اور صدمہ
condition-postnatal = حمل کے دوران اور زچگی کے بعد ذہنی صحت
condition-self_harm = خود کو نقصان پہنچانا
condition-suicide_bereavement = خودکشی کے باعث کسی پیارے کو کھو دینا
condition-alcohol = الکحل
condition-drugs = منشیات
condition-gambling = جوا
condition-smoking = سگریٹ نوشی چھوڑنا
condition-dementia_carers = ڈیمنشیا سے متاثر کسی شخص کی دیکھ بھال
condition-carers = کسی کی دیکھ بھال کرنا
condition-young_carers = کم عمر دیکھ بھال کرنے والے
condition-autism_carers = آٹزم والے کسی شخص کی دیکھ بھال
condition-bereavement = سوگ
condition-baby_loss = حمل یا ننھے بچے کو کھو دینا
condition-loneliness = تنہائی

## Who a group is for

audience-adults = بالغ افراد
audience-young_people = نوجوان
audience-older_people = بزرگ افراد
audience-women = صرف خواتین
audience-men = صرف مرد
audience-lgbtq = LGBTQ+ افراد
audience-parents = والدین
audience-families = خاندان
audience-veterans = سابق فوجی
audience-minority_ethnic = سیاہ فام، ایشیائی اور نسلی اقلیتوں سے تعلق رکھنے والے لوگ
age-range = عمر { $min } سے { $max } سال
age-from = عمر { $min } سال اور اس سے زیادہ
age-to = عمر { $max } سال تک

## How a group works

leadership-peer_led = ہم تجربہ افراد چلاتے ہیں
leadership-professional_led = کوئی پیشہ ور فرد چلاتا ہے
leadership-co_facilitated = ایک ہم تجربہ فرد اور ایک پیشہ ور فرد مل کر چلاتے ہیں
structure-structured = ایک طے شدہ طریقے پر چلتا ہے: { $format }
structure-unstructured = کھلی گفتگو، کوئی طے شدہ طریقہ نہیں
attendance-in_person = آمنے سامنے
attendance-online = آن لائن
attendance-hybrid = آمنے سامنے اور آن لائن
cost-free = مفت
cost-donation = عطیات کا خیر مقدم ہے
cost-fee = شرکت کی فیس ہے
joining-open = کھلا: کوئی بھی شامل ہو سکتا ہے
joining-closed = بند: شامل ہونے کی درخواست کریں
status-active = ملاقاتیں جاری ہیں
status-paused = فی الحال ملاقاتیں رکی ہوئی ہیں
status-closed = اب ملاقاتیں نہیں ہوتیں

## Languages groups meet in (names in Urdu; the language switcher uses each language's own name)

lang-en = انگریزی
lang-cy = ویلش
lang-pl = پولش
lang-ur = اردو
lang-ar = عربی
lang-pa = پنجابی
lang-bn = بنگالی
lang-gu = گجراتی
lang-so = صومالی
lang-ro = رومانیائی
lang-gd = اسکاٹش گیلک
lang-ga = آئرش
lang-bfi = برطانوی اشاروں کی زبان (BSL)

## Accessibility

access-step_free = سیڑھیوں کے بغیر رسائی
access-hearing_loop = ہیئرنگ لوپ (سماعت کے آلے کے لیے)
access-accessible_toilet = قابلِ رسائی ٹوائلٹ
access-bsl_interpreter = BSL ترجمان (اشاروں کی زبان کا ترجمان)
access-captions = لائیو کیپشنز
access-quiet_room = پرسکون کمرہ
access-parking = قریب ہی پارکنگ
access-large_print = بڑے حروف میں چھپا ہوا مواد
access-easy_read = آسان زبان (easy read) میں مواد

## Days and times

day-0 = اتوار
day-1 = پیر
day-2 = منگل
day-3 = بدھ
day-4 = جمعرات
day-5 = جمعہ
day-6 = ہفتہ
time-morning = صبح
time-afternoon = دوپہر
time-evening = شام
schedule-weekly = ہر { $days } کو { $time } بجے
schedule-fortnightly = ہر دو ہفتے بعد، { $days } کو { $time } بجے
schedule-monthly = مہینے میں ایک بار ({ $days }) { $time } بجے
schedule-other = باقاعدگی سے، { $time } بجے

## Search

groups-title = گروپ تلاش کریں
groups-intro = اس بنیاد پر تلاش کریں کہ آپ کن حالات سے گزر رہے ہیں، آپ کہاں رہتے ہیں اور آپ کس طرح ملنا چاہتے ہیں۔ آپ زبان، رسائی کی ضروریات اور دیگر چیزوں کے لحاظ سے نتائج کو فلٹر بھی کر سکتے ہیں۔
search-q-label = آپ کیا تلاش کر رہے ہیں؟
search-q-hint = مثال کے طور پر: بے چینی (anxiety)، ذیابیطس، دیکھ بھال کرنے والے (carers)، جوا
search-near-label = کس جگہ کے قریب (اختیاری)
search-near-hint = پوسٹ کوڈ، پوسٹ کوڈ کا پہلا حصہ، یا کسی قصبے کا نام
search-radius-label = زیادہ سے زیادہ فاصلہ
search-radius-km = { $km } کلومیٹر
search-filters = مزید فلٹرز
search-any = کوئی بھی
search-category = گروپ کی قسم
search-condition = بیماری یا صورتِ حال
search-format = ملنے کا طریقہ
search-language = زبان
search-day = دن
search-time = دن کا وقت
search-access = رسائی
search-leadership = کون چلاتا ہے
search-cost = خرچ
search-audience = کن کے لیے
search-button = تلاش کریں
search-results = { $count ->
    [one] ایک گروپ ملا
   *[other] { $count } گروپ ملے
}
search-none = کوئی گروپ نہیں ملا۔ کم فلٹرز، زیادہ فاصلہ یا مختلف الفاظ آزما کر دیکھیں۔
search-near-heading = { $place } کے قریب
search-online-heading = آن لائن گروپ جن میں آپ کہیں سے بھی شامل ہو سکتے ہیں
search-online-badge = آن لائن
search-distance = { $km } کلومیٹر دور
search-paused = عارضی طور پر رکا ہوا
search-verified = تصدیق شدہ ادارہ
search-page = { $pages } میں سے صفحہ { $page }
search-previous = پچھلا صفحہ
search-next = اگلا صفحہ

## A group's page

group-run-by = { $organisation } کے زیرِ انتظام
group-about = اس گروپ کے بارے میں
group-details = تفصیلات
group-where = کہاں
group-where-members = مکمل پتا صرف ممبران کو بتایا جاتا ہے۔
group-online-only = یہ گروپ آن لائن ملتا ہے۔ ممبران کو ہر ملاقات سے پہلے لنک مل جاتا ہے۔
group-when = کب
group-who = یہ کن کے لیے ہے
group-languages = زبانیں
group-access = رسائی
group-cost = خرچ
group-leadership = اسے کون چلاتا ہے
group-format = ملاقاتیں کیسے ہوتی ہیں
group-first-meeting = آپ کی پہلی ملاقات میں کیا ہوگا
group-facilitators = سہولت کار
group-no-facilitators = سہولت کاروں کے نام یہاں دکھائے جائیں گے۔
group-members-count = { $count ->
    [one] ایک ممبر
   *[other] { $count } ممبران
}
group-capacity = زیادہ سے زیادہ { $capacity } افراد
group-join = اس گروپ میں شامل ہوں
group-ask-to-join = اس گروپ میں شامل ہونے کی درخواست کریں
group-sign-in-to-join = شامل ہونے کے لیے سائن ان کریں یا اکاؤنٹ بنائیں۔ آپ اپنی پسند کا کوئی بھی نام استعمال کر سکتے ہیں۔
group-you-are-member = آپ اس گروپ کے ممبر ہیں۔
group-you-are-pending = آپ نے شامل ہونے کی درخواست کی ہے۔ کوئی سہولت کار جلد ہی جواب دے گا۔
group-you-were-declined = اس بار شامل ہونے کی آپ کی درخواست قبول نہیں کی گئی۔
group-you-are-banned = آپ اس گروپ میں حصہ نہیں لے سکتے۔
group-decision-note = سہولت کار کا پیغام: { $note }
group-leave = یہ گروپ چھوڑ دیں
group-members-link = ممبران اور درخواستیں دیکھیں
group-agreement-changed = گروپ کے معاہدے میں تبدیلی ہوئی ہے۔ حصہ لیتے رہنے کے لیے براہِ کرم اسے پڑھیں اور قبول کریں۔
group-paused-notice = یہ گروپ فی الحال ملاقاتیں نہیں کر رہا۔

## Joining

join-title = { $group } میں شامل ہوں
join-intro = ہر ممبر اس بات پر رضامند ہوتا ہے کہ گروپ میں جو کچھ بتایا جائے، اسے راز میں رکھا جائے گا۔ براہِ کرم گروپ کا معاہدہ اور بنیادی اصول پڑھیں۔
join-agreement = معاہدہ اور بنیادی اصول (ورژن { $version })
join-accept = میں نے معاہدہ پڑھ لیا ہے اور میں اس پر عمل کرنے کے لیے رضامند ہوں
join-error-accept = یہ بتانے کے لیے کہ آپ معاہدہ قبول کرتے ہیں، خانے پر نشان لگائیں
join-name-label = اس گروپ میں استعمال ہونے والا نام (اختیاری)
join-name-hint = اپنا ڈسپلے نام استعمال کرنے کے لیے اسے خالی چھوڑ دیں۔ آپ ہر گروپ میں الگ نام استعمال کر سکتے ہیں۔
join-questions = سہولت کاروں کی طرف سے چند سوالات
join-questions-hint = جتنا چاہیں، کم یا زیادہ، جواب دیں۔ آپ کے جوابات صرف گروپ کے سہولت کار دیکھتے ہیں۔
join-button = گروپ میں شامل ہوں
join-request-button = میری درخواست بھیجیں
join-done = خوش آمدید: آپ { $group } میں شامل ہو گئے ہیں۔
join-requested = آپ کی درخواست بھیج دی گئی ہے۔ کوئی سہولت کار اسے دیکھ کر جواب دے گا۔
leave-done = آپ نے { $group } چھوڑ دیا ہے۔

agreement-default-1 = جو بات گروپ میں کہی جائے، وہ گروپ ہی میں رہتی ہے۔ کوئی بھی ایسی بات شیئر نہ کریں جس سے کسی دوسرے ممبر کی شناخت ہو سکے، نہ ملاقاتوں کے دوران اور نہ ان کے باہر، آن لائن بھی نہیں۔
agreement-default-2 = بات کاٹے بغیر سنیں، اور اپنے تجربے کی بنیاد پر بات کریں۔ ہر ایک کو بولنے کا موقع دیں۔
agreement-default-3 = مہربانی سے پیش آئیں۔ کسی کے بارے میں فیصلے صادر نہ کریں، جب تک کوئی خود نہ مانگے تب تک مشورہ نہ دیں، اور کسی بھی قسم کا امتیازی سلوک نہ کریں۔
agreement-default-4 = اگر آپ کو اپنی یا کسی اور کی حفاظت کے بارے میں فکر ہو تو کسی سہولت کار کو بتائیں۔ سہولت کار آپ کی باتیں راز میں رکھتے ہیں، سوائے اس صورت کے جب کسی کو سنگین نقصان پہنچنے کا خطرہ ہو۔
agreement-default-5 = آپ کسی بھی وقت گروپ چھوڑ سکتے ہیں۔

## Members and requests (facilitators)

members-title = { $group } کے ممبران
members-requests = شامل ہونے کی درخواستیں
members-no-requests = کوئی درخواست جواب کی منتظر نہیں ہے۔
members-current = ممبران
members-answers = ان کے جوابات
members-approve = قبول کریں
members-decline = نامنظور کریں
members-note-label = ان کے لیے پیغام (اختیاری)
members-remove = ہٹائیں
members-ban = گروپ میں شرکت پر پابندی لگائیں
members-role-member = ممبر
members-role-peer_facilitator = ہم تجربہ سہولت کار
members-role-professional_facilitator = پیشہ ور سہولت کار
members-role-organiser = منتظم
members-since = { $date } سے
