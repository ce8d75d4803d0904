# Kindred meetings strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Meetings: pages, forms, emails

nav-my-meetings = میری ملاقاتیں
group-search-link = گروپ تلاش کریں
weekday-0 = اتوار
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
month-long-1 = جنوری
month-long-2 = فروری
month-long-3 = مارچ
month-long-4 = اپریل
month-long-5 = مئی
month-long-6 = جون
month-long-7 = جولائی
month-long-8 = اگست
month-long-9 = ستمبر
month-long-10 = اکتوبر
month-long-11 = نومبر
month-long-12 = دسمبر
# "Tue 3 Dec, 19:00": “منگل، 3 دسمبر، 19:00 بجے”
meeting-when = { $weekday }، { $day } { $month }، { $time } بجے
search-next-meeting = اگلی ملاقات: { $when }
group-meetings = آنے والی ملاقاتیں
group-no-meetings = ابھی کوئی ملاقات طے نہیں ہوئی۔
group-calendar = اس گروپ کا کیلنڈر سبسکرائب کریں
group-add-meeting = ملاقات شامل کریں
meeting-minutes = { $minutes ->
    [one] ایک منٹ
   *[other] { $minutes } منٹ
}
meeting-zone = اوقات { $zone } کے وقت کے مطابق ہیں۔
meeting-cancelled = منسوخ
meeting-cancel-reason = وجہ: { $reason }
meeting-moved = یہ ملاقات اپنے معمول کے وقت سے ہٹ کر رکھی گئی ہے۔
meeting-over = یہ ملاقات ختم ہو چکی ہے۔
meeting-where = کہاں
meeting-place-group_venue = گروپ کی معمول کی جگہ پر
meeting-place-other_venue = کسی دوسری جگہ پر
meeting-place-online = آن لائن
meeting-place-hybrid = آمنے سامنے اور آن لائن
meeting-access = رسائی
meeting-join = ملاقات میں شامل ہوں
meeting-dial-in = فون کے ذریعے شامل ہوں
meeting-link-later = شامل ہونے کا لنک یہاں { $when } سے دکھائی دے گا۔
meeting-link-members = گروپ کے ممبران کو ملاقات سے کچھ دیر پہلے شامل ہونے کا طریقہ دکھائی دیتا ہے۔
meeting-add-to-calendar = یہ ملاقات اپنے کیلنڈر میں شامل کریں
meeting-reply-heading = کیا آپ آ رہے ہیں؟
meeting-your-reply = آپ کا جواب: { $reply }
meeting-reply-going = آ رہے ہیں
meeting-reply-waitlisted = انتظار کی فہرست میں (اگر کوئی جگہ خالی ہوئی تو وہ خود بخود آپ کو مل جائے گی، اور ہم آپ کو ای میل کریں گے)
meeting-reply-not_going = نہیں آ رہے
meeting-going = ہاں، میں شامل ہوں
meeting-not-going = میرے لیے آنا ممکن نہیں
meeting-join-group-first = جواب دینے کے لیے گروپ میں شامل ہوں:
meeting-agenda = ایجنڈا: { $format }
segment-open_sharing = کھل کر بات چیت
segment-go_round = باری باری بات
segment-topic = کسی موضوع پر گفتگو
segment-reading = پڑھ کر سنانا
segment-break = وقفہ
segment-check_out = اختتامی دور
meeting-run-heading = اس ملاقات کا انتظام
# $going and $waiting are counts; the *[other] wording reads correctly for any number.
meeting-numbers = { $going ->
        [one] ایک شخص آ رہا ہے
       *[other] آنے والوں کی تعداد: { $going }
    }، { $waiting ->
        [one] اور ایک شخص انتظار کی فہرست میں ہے۔
       *[other] اور انتظار کی فہرست میں: { $waiting }۔
    }
meeting-capacity = { $capacity ->
    [one] ایک جگہ۔
   *[other] { $capacity } جگہیں۔
}
meeting-cancel-heading = یہ ملاقات منسوخ کریں
meeting-cancel-reason-label = وجہ
meeting-cancel-reason-hint = ممبران یہ وجہ دیکھتے ہیں، اور ہر اس شخص کو ای میل بھیجی جاتی ہے جس نے آنے کا کہا تھا۔
meeting-cancel-button = یہ ملاقات منسوخ کریں
meeting-move-heading = اس ملاقات کا وقت بدلیں
meeting-move-label = نئی تاریخ اور وقت
meeting-move-note = ممبران کے لیے نوٹ (اختیاری)
meeting-move-button = اس ملاقات کا وقت بدلیں
meeting-attendance = کون آیا
meeting-attendance-save = حاضری محفوظ کریں
meeting-end-heading = ملاقاتوں کا یہ سلسلہ ختم کریں
meeting-end-label = آخری تاریخ
meeting-end-hint = اس تاریخ کے بعد کوئی ملاقات نہیں ہوگی۔
meeting-end-button = سلسلہ ختم کریں
series-new-title = ملاقات شامل کریں
series-title-label = ملاقات کا عنوان (اختیاری)
series-title-hint = گروپ کا نام استعمال کرنے کے لیے اسے خالی چھوڑ دیں۔
series-date-label = پہلی ملاقات کی تاریخ
series-time-label = شروع ہونے کا وقت
series-time-hint = 24 گھنٹے والی گھڑی کے مطابق، مثال کے طور پر ⁦19:00⁩۔ گھڑیاں آگے یا پیچھے ہونے پر بھی ملاقات کا وقت وہی رہتا ہے۔
series-duration-label = دورانیہ، منٹوں میں
series-repeat-label = کتنی بار
series-repeat-once = صرف ایک بار
series-repeat-weekly = ہر ہفتے
series-repeat-fortnightly = ہر دو ہفتے بعد
series-repeat-monthly_day = ہر مہینے ہفتے کے اسی دن (جیسے پہلا منگل)
series-repeat-monthly_date = ہر مہینے اسی تاریخ کو
series-week-label = ہفتے کے دن کے حساب سے ماہانہ ملاقاتوں کے لیے
series-week-same = مہینے کا وہی ہفتہ جس میں پہلی ملاقات ہے
series-week-last = مہینے میں آخری بار آنے والا وہی دن
series-except-label = کوئی مہینہ چھوڑ دیں
series-except-none = کوئی مہینہ نہیں چھوڑا گیا
series-ends-label = آخری تاریخ (اختیاری)
series-ends-hint = اگر ملاقاتیں جاری رہیں گی تو اسے خالی چھوڑ دیں۔
series-place-label = کہاں
series-format-label = ایجنڈے کا طریقہ
series-format-none = کوئی طے شدہ ایجنڈا نہیں (کھلی گفتگو)
series-venue-legend = کوئی دوسری جگہ
series-venue-hint = صرف ان ملاقاتوں کے لیے جو گروپ کی معمول کی جگہ سے ہٹ کر ہوں۔
series-venue-name = جگہ کا نام
series-venue-address = پتا
series-venue-postcode = پوسٹ کوڈ
series-venue-access = رسائی (سیڑھیوں کے بغیر داخلہ، ہیئرنگ لوپ، ٹوائلٹ، پارکنگ)
series-venue-directions = راستہ (کمرہ کیسے ڈھونڈیں، قریب ترین بس اسٹاپ)
series-online-legend = آن لائن شامل ہونا
series-online-hint = یہ صرف ممبران کو دکھائی دیتی ہیں، اور وہ بھی صرف ہر ملاقات سے کچھ دیر پہلے۔
series-join-url = کال کا لنک
series-dial-in = فون کے ذریعے شامل ہونے کا نمبر
series-link-opens = شروع ہونے سے اتنے منٹ پہلے لنک دکھائیں
series-link-opens-hint = خالی چھوڑنے پر 30 منٹ۔
series-capacity-label = جگہوں کی تعداد (اختیاری)
series-capacity-hint = جب جگہیں پوری ہو جائیں تو جوابات انتظار کی فہرست میں چلے جاتے ہیں، جو خود بخود آگے بڑھتی ہے۔
series-save = محفوظ کریں
formats-link = ایجنڈے کے طریقے
formats-title = ایجنڈے کے طریقے
formats-intro = طریقہ کسی طے شدہ ملاقات کی ترتیب ہوتا ہے۔ کسی طریقے کی نقل بنا کر اسے اپنا بنائیں۔
formats-built-in = پہلے سے موجود
formats-copy = ترمیم کے لیے نقل بنائیں
formats-edit = ترمیم کریں
formats-edit-title = ایجنڈے کے طریقے میں ترمیم کریں
formats-name = نام
formats-rows-hint = حصے اسی ترتیب سے چلتے ہیں۔ کسی سطر کو ہٹانے کے لیے اسے خالی چھوڑ دیں۔
formats-segment = حصہ { $number }
formats-segment-name = نام
formats-segment-minutes = منٹ
formats-segment-kind = قسم
formats-segment-script = پڑھ کر سنانے کے لیے الفاظ (اختیاری)
formats-save = محفوظ کریں
my-meetings-title = میری ملاقاتیں
my-meetings-none = آپ کی کوئی آنے والی ملاقات نہیں ہے۔
my-calendar-heading = آپ کے کیلنڈر کا لنک
my-calendar-intro = ایک نجی لنک کے ذریعے اپنی ملاقاتیں کسی کیلنڈر ایپ میں شامل کریں۔ جس کے پاس بھی یہ لنک ہو وہ آپ کی ملاقاتیں دیکھ سکتا ہے، اس لیے اسے اپنے تک رکھیں؛ آپ اسے کسی بھی وقت بدل سکتے ہیں۔
my-calendar-new = یہ آپ کا نیا لنک ہے۔ اسے ابھی کاپی کر لیں: آپ کی رازداری کے لیے ہم اسے صرف ایک بار دکھاتے ہیں۔
my-calendar-link = کیلنڈر کا لنک
my-calendar-exists = آپ کے پاس کیلنڈر کا لنک موجود ہے۔ اگر یہ گم ہو گیا ہو یا آپ کو لگے کہ کسی اور کے پاس ہے تو اسے بدل دیں۔
my-calendar-create = کیلنڈر کا لنک بنائیں
my-calendar-replace = لنک بدلیں
my-calendar-revoke = لنک بند کریں
my-emails-heading = ملاقاتوں کی ای میلز
my-emails-on = جن ملاقاتوں میں آپ آ رہے ہیں، ان کی یاد دہانیاں اور تبدیلیوں کی اطلاع آپ کو ای میل پر ملتی ہے۔
my-emails-off = ملاقاتوں کی ای میلز بند ہیں۔
my-emails-turn-off = ملاقاتوں کی ای میلز بند کریں
my-emails-turn-on = ملاقاتوں کی ای میلز چالو کریں
unsubscribe-title = ملاقاتوں کی ای میلز
unsubscribe-intro = کیا آپ ای میل کے ذریعے یاد دہانیاں اور ملاقاتوں میں تبدیلیوں کی اطلاع بند کرنا چاہتے ہیں؟
unsubscribe-button = ملاقاتوں کی ای میلز بند کریں
unsubscribe-done = ہو گیا: اب آپ کو ملاقاتوں کی ای میلز نہیں ملیں گی۔ آپ انہیں “میری ملاقاتیں” سے دوبارہ چالو کر سکتے ہیں۔
email-meeting-where = جگہ: { $place }
email-meeting-join = آن لائن شامل ہونے کے لیے:
email-meeting-dial-in = یا فون کے ذریعے شامل ہوں: { $phone }
email-meeting-unsubscribe = ملاقاتوں کی ای میلز بند کرنے کے لیے یہ لنک کھولیں:
email-reminder-subject = یاد دہانی: { $title }، { $when }
email-reminder-body = ہیلو { $pseudonym }،

    یاد دہانی: { $title } ({ $group }) کی ملاقات { $when } کو ہے۔

    { $details }

    تفصیلات دیکھنے اور اپنا جواب بدلنے کے لیے:
    { $link }
email-cancelled-subject = منسوخ: { $title }، { $when }
email-cancelled-body = ہیلو { $pseudonym }،

    { $title } ({ $group }) کی { $when } والی ملاقات منسوخ کر دی گئی ہے۔

    وجہ: { $reason }

    { $link }
email-moved-subject = وقت بدل گیا: { $title } اب { $when } کو ہے
email-moved-body = ہیلو { $pseudonym }،

    { $title } ({ $group }) کی ملاقات کا وقت بدل گیا ہے۔ اب یہ ملاقات { $when } کو ہے۔

    { $details }

    { $link }
email-promoted-subject = آپ کو جگہ مل گئی ہے: { $title }، { $when }
email-promoted-body = ہیلو { $pseudonym }،

    ایک جگہ خالی ہوئی ہے اور اب وہ آپ کی ہے: { $title } ({ $group })، { $when } کو۔

    { $details }

    اگر اب آپ نہیں آ سکتے تو براہِ کرم اپنا جواب بدل دیں تاکہ یہ جگہ کسی اور کو مل سکے:
    { $link }
# ملاقاتوں کے صفحات پر فارم کے مسائل، خانے کے لحاظ سے (JSON API انگریزی میں تفصیلی پیغام دیتا ہے)۔
meeting-error-id = اس ملاقات میں اب یہ تبدیلی نہیں ہو سکتی: یہ ختم ہو چکی ہے یا منسوخ کر دی گئی ہے۔
meeting-error-reason = ممبران کے لیے وجہ لکھیں (زیادہ سے زیادہ 300 حروف)۔
meeting-error-starts_at = مستقبل کی کوئی نئی تاریخ اور وقت درج کریں جو اس دن موجود ہو (اس گھنٹے میں نہیں جب گھڑیاں آگے کی جاتی ہیں)۔
meeting-error-note = نوٹ کو 300 حروف تک رکھیں۔
meeting-error-present = صرف گروپ کے ممبران پر نشان لگائیں، اور وہ بھی ملاقات شروع ہونے کے بعد۔
meeting-error-last_date = ایسی آخری تاریخ درج کریں جو آج یا اس کے بعد کی ہو، اور پہلی ملاقات سے پہلے کی نہ ہو۔
meeting-error-date = پہلی ملاقات کی تاریخ درج کریں، مثال کے طور پر ⁦2026-12-01⁩۔
meeting-error-time = شروع ہونے کا ایسا وقت درج کریں، جیسے ⁦19:00⁩، جو اس دن موجود ہو (اس گھنٹے میں نہیں جب گھڑیاں آگے کی جاتی ہیں) اور ان دنوں میں سے کسی دن پڑے جن پر ملاقات دہرائی جاتی ہے۔
meeting-error-duration = دورانیہ منٹوں میں درج کریں، 5 سے 1440 کے درمیان۔
meeting-error-repeat = چنیں کہ ملاقات کتنی بار دہرائی جائے۔
meeting-error-ends_on = ایسی آخری تاریخ درج کریں جو پہلی ملاقات والے دن یا اس کے بعد کی ہو، مثال کے طور پر ⁦2027-07-31⁩۔
meeting-error-place = چنیں کہ ملاقات کہاں ہوگی۔ اگر گروپ کی کوئی جگہ درج نہیں ہے تو کوئی دوسری جگہ یا آن لائن چنیں۔
meeting-error-venue_name = جگہ کا نام اور پتا درج کریں۔
meeting-error-venue_address = جگہ کا پتا درج کریں۔
meeting-error-venue_postcode = مختصر پوسٹ کوڈ درج کریں، مثال کے طور پر ⁦CF10 1FL⁩۔
meeting-error-venue_access = رسائی کے بارے میں نوٹ 1000 حروف تک رکھیں۔
meeting-error-venue_directions = راستے کی تفصیل 1000 حروف تک رکھیں۔
meeting-error-join_url = کال کا پورا لنک درج کریں جو ⁦https://⁩ سے شروع ہو، یا فون کے ذریعے شامل ہونے کا نمبر۔
meeting-error-dial_in = فون نمبر ہندسوں، خالی جگہوں اور ⁦+ ( ) -⁩ کی مدد سے درج کریں۔
meeting-error-link_opens = شروع ہونے سے پہلے کے منٹ پورے عدد میں درج کریں، زیادہ سے زیادہ 10080۔
meeting-error-capacity = جگہوں کی تعداد 1 سے 10000 تک کے پورے عدد میں درج کریں، یا اسے خالی چھوڑ دیں۔
meeting-error-format = فہرست میں سے ایجنڈے کا کوئی طریقہ چنیں۔
meeting-error-title = عنوان ایک سطر میں اور زیادہ سے زیادہ 120 حروف کا رکھیں۔
meeting-error-timezone = ٹائم زون چنیں۔
meeting-error-name = طریقے کا نام درج کریں، زیادہ سے زیادہ 80 حروف۔
meeting-error-segments = ہر حصے کا نام ہونا چاہیے اور وہ 1 سے 240 منٹ کا ہو؛ ایک طریقے میں 1 سے 30 حصے ہوتے ہیں۔
meeting-error-other = یہ خانہ دوبارہ دیکھ لیں۔

## The live room, from the meeting page
meeting-room-enter = لائیو کمرے میں جائیں
meeting-room-enter-hint = چیٹ کریں، ہاتھ اٹھائیں اور باری باری بات کریں؛ اگر آپ چاہیں تو آواز اور ویڈیو بھی۔
meeting-room-summary-heading = لائیو کمرے میں ملاقات کیسی رہی
meeting-room-summary = دورانیہ: { $minutes } منٹ، شرکاء: { $people }، باری باری بات کی باریاں: { $turns }، چیٹ کے پیغامات: { $messages }۔
meeting-room-balance = بولنے کے وقت کا توازن: { $balance } (1 کا مطلب ہے بالکل برابر، 0 کا مطلب ہے کہ صرف ایک ہی شخص بولا)۔
meeting-room-share = { $name }: بولنے کے وقت کا { $percent } فیصد
meeting-room-summary-hint = صرف مجموعی تعداد محفوظ کی جاتی ہے۔ ملاقات کے بعد کسی کی کہی یا لکھی ہوئی کوئی بات محفوظ نہیں رکھی جاتی۔
