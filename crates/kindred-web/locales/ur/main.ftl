# Kindred interface strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## The shell: header, navigation, footer, quick exit

site-name = Kindred
skip-link = مرکزی مواد پر جائیں
nav-label = مرکزی مینو
nav-home = ہوم
nav-crisis = بحران میں مدد
nav-sign-in = سائن ان کریں
nav-sign-up = اکاؤنٹ بنائیں
nav-account = آپ کا اکاؤنٹ
nav-sign-out = سائن آؤٹ کریں
language-label = زبان
signed-in-as = آپ { $pseudonym } کے نام سے سائن ان ہیں
quick-exit = اس صفحے سے نکلیں
quick-exit-hint = کیا آپ کو یہ سائٹ جلدی سے چھوڑنی ہے؟ کسی بھی وقت “اس صفحے سے نکلیں” کو منتخب کریں، یا کی بورڈ پر Escape کا بٹن تین بار دبائیں۔ اس صفحے کی جگہ موسم کا حال دکھائی دے گا۔
quick-exit-dismiss = یہ پیغام چھپائیں
footer-label = سائٹ کے بارے میں معلومات
footer-privacy = رازداری کا نوٹس
footer-accessibility = رسائی کا بیان
footer-crisis = بحران میں مدد
footer-crisis-now = کیا آپ اس وقت بحران میں ہیں؟ سماریٹنز (Samaritans) کو کسی بھی وقت ⁦116 123⁩ پر مفت کال کریں، یا ایمرجنسی میں 999 پر کال کریں۔

## Home

home-title = باہمی مدد کا گروپ تلاش کریں
home-intro = Kindred ایک جیسی بیماری یا صورتِ حال کا سامنا کرنے والے لوگوں کی مدد کرتا ہے، تاکہ وہ کوئی گروپ تلاش کر سکیں، آمنے سامنے یا آن لائن مل سکیں، اور ملاقاتوں کے درمیان بھی ایک دوسرے کا ساتھ دے سکیں۔
home-search-label = آپ کس قسم کا گروپ تلاش کر رہے ہیں؟
home-search-hint = مثال کے طور پر: بے چینی (anxiety)، ذیابیطس، دیکھ بھال کرنے والے (carers)، جوا
home-search-button = گروپ تلاش کریں
home-what-title = باہمی مدد کا گروپ کیا ہوتا ہے؟
home-what-body = یہ ایسے لوگوں کا گروپ ہوتا ہے جن کا کوئی تجربہ مشترک ہو، جیسے کسی بیماری کے ساتھ زندگی گزارنا یا کسی کی دیکھ بھال کرنا، اور جو ایک دوسرے کی بات سننے اور مدد کرنے کے لیے ملتے ہیں۔ کچھ گروپ ایسے رضاکار چلاتے ہیں جو خود اس تجربے سے گزر چکے ہیں، اور کچھ گروپ نرسیں، ماہرینِ نفسیات یا سوشل ورکرز چلاتے ہیں۔
home-safe-title = آپ کی رازداری اور حفاظت
home-safe-body = آپ کو اپنا اصل نام استعمال کرنے کی ضرورت نہیں۔ دوسرے ممبران آپ کا ای میل ایڈریس کبھی نہیں دیکھتے۔ نجی پیغامات اور پوسٹس انکرپٹ کی جاتی ہیں، اور ہمارے پاس آپ کے بارے میں جو کچھ بھی ہے، آپ اسے کسی بھی وقت ڈاؤن لوڈ یا ڈیلیٹ کر سکتے ہیں۔
home-crisis-title = کیا آپ کو ابھی مدد کی ضرورت ہے؟
home-crisis-body = سپورٹ گروپ کوئی ایمرجنسی سروس نہیں ہے۔ اگر آپ اپنی زندگی ختم کرنے کے بارے میں سوچ رہے ہیں یا خطرے میں ہیں، تو ابھی مدد حاصل کریں۔
home-crisis-link = دیکھیں کہ آپ ابھی کس سے رابطہ کر سکتے ہیں

## Forms: shared parts

form-error-summary = ایک مسئلہ ہے
form-optional = (اختیاری)
field-email = ای میل ایڈریس
field-email-hint = ہم اسے صرف آپ کو سائن ان کرنے اور آپ کی مانگی ہوئی ای میلز بھیجنے کے لیے استعمال کرتے ہیں۔ دوسرے ممبران اسے کبھی نہیں دیکھتے۔
field-pseudonym = ڈسپلے نام
field-pseudonym-hint = یہ وہ نام ہے جو دوسرے ممبران دیکھتے ہیں۔ آپ کو اپنا اصل نام استعمال کرنے کی ضرورت نہیں: بہت سے لوگ کوئی عرفی نام چنتے ہیں۔ آپ اسے بعد میں بدل سکتے ہیں۔
field-password = پاس ورڈ
field-password-hint = کم از کم { $min } حروف۔ چند ایسے الفاظ جن کا آپس میں کوئی تعلق نہ ہو، مل کر ایک مضبوط پاس ورڈ بناتے ہیں جو یاد رکھنا بھی آسان ہوتا ہے۔
field-current-password = موجودہ پاس ورڈ
field-new-password = نیا پاس ورڈ
field-confirm-password = آپ کا پاس ورڈ

error-email-invalid = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com
error-password-short = آپ کا پاس ورڈ کم از کم { $min } حروف کا ہونا چاہیے
error-password-long = آپ کا پاس ورڈ { $max } یا اس سے کم حروف کا ہونا چاہیے
error-pseudonym-empty = ڈسپلے نام درج کریں
error-pseudonym-long = آپ کا ڈسپلے نام { $max } یا اس سے کم حروف کا ہونا چاہیے
error-pseudonym-email = آپ کا ڈسپلے نام ای میل ایڈریس نہیں ہو سکتا: دوسرے ممبران اسے دیکھ لیں گے
error-password-wrong = پاس ورڈ درست نہیں ہے
error-login-failed = ای میل ایڈریس یا پاس ورڈ درست نہیں ہے
error-rate-limited = بہت زیادہ کوششیں ہو گئی ہیں۔ براہِ کرم چند منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-cross-site = یہ فارم کسی دوسری ویب سائٹ سے بھیجا گیا تھا، اس لیے ہم نے اس پر عمل نہیں کیا۔ براہِ کرم واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔

## Sign up

signup-title = اکاؤنٹ بنائیں
signup-intro = اکاؤنٹ کے ذریعے آپ گروپوں میں شامل ہو سکتے ہیں، پوسٹس کا جواب دے سکتے ہیں اور آن لائن مل سکتے ہیں۔ یہ مفت ہے۔
signup-button = اکاؤنٹ بنائیں
signup-have-account = کیا آپ کا پہلے سے اکاؤنٹ ہے؟
signup-sign-in-link = سائن ان کریں
signup-done-title = اپنی ای میل دیکھیں
signup-done-body = ہم نے آپ کے دیے ہوئے ایڈریس پر ایک پیغام بھیجا ہے۔ اپنے ایڈریس کی تصدیق کرنے اور اکاؤنٹ بنانے کا عمل مکمل کرنے کے لیے اس میں دیے گئے لنک پر جائیں۔ اگر چند منٹ میں پیغام نہ پہنچے تو اپنے اسپام یا جنک فولڈر میں دیکھیں۔

## Sign in and out

login-title = سائن ان کریں
login-button = سائن ان کریں
login-forgot = کیا آپ اپنا پاس ورڈ بھول گئے ہیں؟
login-new = کیا آپ Kindred پر نئے ہیں؟
login-create-link = اکاؤنٹ بنائیں
logout-button = سائن آؤٹ کریں
logout-done = آپ سائن آؤٹ ہو گئے ہیں۔

## Email confirmation

verify-title = اپنے ای میل ایڈریس کی تصدیق کریں
verify-intro = یہ تصدیق کرنے کے لیے کہ یہ ای میل ایڈریس آپ کا ہے، بٹن کو منتخب کریں۔
verify-button = میرے ای میل ایڈریس کی تصدیق کریں
verify-done = شکریہ: آپ کے ای میل ایڈریس کی تصدیق ہو گئی ہے۔
verify-invalid = تصدیق کے اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ سائن ان کریں اور اپنے اکاؤنٹ کے صفحے سے نیا لنک مانگیں۔
verify-needed = پوسٹ کرنے یا کسی ملاقات میں شامل ہونے سے پہلے براہِ کرم اپنے ای میل ایڈریس کی تصدیق کریں۔ اکاؤنٹ بناتے وقت ہم نے آپ کو ایک لنک بھیجا تھا۔
verify-resend-button = لنک دوبارہ بھیجیں
verify-resent = ہم نے آپ کو تصدیق کا نیا لنک بھیج دیا ہے۔

## Password reset

reset-request-title = اپنا پاس ورڈ ری سیٹ کریں
reset-request-intro = وہ ای میل ایڈریس درج کریں جو آپ Kindred کے لیے استعمال کرتے ہیں۔ ہم آپ کو نیا پاس ورڈ چننے کے لیے ایک لنک بھیجیں گے۔
reset-request-button = ری سیٹ کا لنک بھیجیں
reset-request-done-title = اپنی ای میل دیکھیں
reset-request-done-body = اگر کوئی اکاؤنٹ یہ ایڈریس استعمال کرتا ہے تو ہم نے اس پر نیا پاس ورڈ چننے کا لنک بھیج دیا ہے۔ یہ لنک صرف ایک بار، { $minutes } منٹ کے اندر کام کرتا ہے۔
reset-title = نیا پاس ورڈ چنیں
reset-button = نیا پاس ورڈ محفوظ کریں
reset-invalid = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ آپ نیا لنک مانگ سکتے ہیں۔
reset-request-again = نیا لنک مانگیں
reset-done = آپ کا پاس ورڈ بدل دیا گیا ہے اور آپ کو ہر جگہ سے سائن آؤٹ کر دیا گیا ہے۔ اپنے نئے پاس ورڈ سے سائن ان کریں۔

## Your account

account-title = آپ کا اکاؤنٹ
account-intro = اس صفحے پر وہ سب کچھ دکھایا گیا ہے جو Kindred کے پاس آپ کے بارے میں محفوظ ہے۔ اسے صرف آپ دیکھ سکتے ہیں۔
account-details = آپ کی تفصیلات
account-email = ای میل ایڈریس
account-pseudonym = ڈسپلے نام
account-email-status = ای میل کی تصدیق ہو گئی
account-yes = جی ہاں
account-no = جی نہیں
account-created = اکاؤنٹ بننے کی تاریخ
account-roles = کردار
account-role-none = ممبر
role-admin = ایڈمنسٹریٹر
role-moderator = ماڈریٹر
account-sessions = { $count ->
    [one] آپ ایک ڈیوائس پر سائن ان ہیں۔
   *[other] آپ { $count } ڈیوائسز پر سائن ان ہیں۔
}
account-password-title = اپنا پاس ورڈ بدلیں
account-password-button = پاس ورڈ بدلیں
account-password-done = آپ کا پاس ورڈ بدل دیا گیا ہے، اور باقی تمام ڈیوائسز سے سائن آؤٹ کر دیا گیا ہے۔
account-everywhere-title = ہر جگہ سے سائن آؤٹ کریں
account-everywhere-body = اگر آپ نے کسی مشترکہ یا گم ہو جانے والی ڈیوائس پر سائن ان کیا تھا تو یہ استعمال کریں۔ ہر ڈیوائس سے سائن آؤٹ ہو جائے گا، اس ڈیوائس سے بھی۔
account-everywhere-button = ہر جگہ سے سائن آؤٹ کریں
account-export-title = اپنا ڈیٹا ڈاؤن لوڈ کریں
account-export-body = ایک فائل جس میں وہ سب کچھ ہے جو Kindred کے پاس آپ کے بارے میں محفوظ ہے۔ یہ JSON فارمیٹ میں ہوتی ہے، جسے دوسرے پروگرام پڑھ سکتے ہیں۔
account-export-button = میرا ڈیٹا ڈاؤن لوڈ کریں
account-delete-title = اپنا اکاؤنٹ ڈیلیٹ کریں
account-delete-body = آپ کا اکاؤنٹ، ای میل ایڈریس، ڈسپلے نام اور سائن ان کا ریکارڈ فوراً ڈیلیٹ ہو جاتے ہیں اور واپس نہیں لائے جا سکتے۔ آپ کی لکھی ہوئی وہ چیزیں جن پر کوئی گروپ انحصار کرتا ہے، جیسے کسی گفتگو میں جوابات، باقی رہتی ہیں اور “سابق ممبر” کی تحریر کے طور پر دکھائی جاتی ہیں۔
account-delete-button = میرا اکاؤنٹ مستقل طور پر ڈیلیٹ کریں
account-deleted = آپ کا اکاؤنٹ ڈیلیٹ کر دیا گیا ہے۔ آپ کے جانے کا ہمیں افسوس ہے۔ آپ جب چاہیں واپس آ سکتے ہیں، آپ کو خوش آمدید کہا جائے گا۔
former-member = سابق ممبر

## Error pages

error-reference = اگر آپ اس بارے میں ہم سے رابطہ کریں تو یہ حوالہ بتائیں: { $id }
error-home-link = ہوم پیج پر جائیں
error-bad_request-title = اس درخواست میں کچھ غلط ہے
error-bad_request-body = درخواست سمجھی نہیں جا سکی۔
error-invalid_input-title = اس درخواست میں کچھ غلط ہے
error-unauthorized-title = براہِ کرم سائن ان کریں
error-unauthorized-body = یہ صفحہ دیکھنے کے لیے آپ کو سائن ان کرنا ہوگا۔
error-forbidden-title = آپ ایسا نہیں کر سکتے
error-forbidden-body = آپ کو یہ صفحہ دیکھنے یا یہ کام کرنے کی اجازت نہیں ہے۔
error-not_found-title = صفحہ نہیں ملا
error-not_found-body = اس ایڈریس پر کچھ نہیں ہے۔ اگر آپ نے اسے خود ٹائپ کیا ہے تو دیکھ لیں کہ یہ درست ہے۔
error-method_not_allowed-title = یہ کام یہاں نہیں ہو سکتا
error-method_not_allowed-body = یہ ایڈریس اس قسم کی درخواست قبول نہیں کرتا۔
error-request_timeout-title = اس میں بہت زیادہ وقت لگ گیا
error-request_timeout-body = درخواست میں بہت زیادہ وقت لگ گیا۔ براہِ کرم دوبارہ کوشش کریں۔
error-conflict-title = اس میں تبدیلی ہو چکی ہے
error-conflict-body = یہ پہلے سے موجود ہے یا اس دوران بدل چکا ہے۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
error-payload_too_large-title = یہ بہت بڑا ہے
error-payload_too_large-body = آپ نے جو بھیجا ہے وہ اس حد سے بڑا ہے جو Kindred قبول کرتا ہے۔
error-unsupported_media_type-title = اسے پڑھا نہیں جا سکتا
error-unsupported_media_type-body = Kindred اس فارمیٹ میں بھیجی گئی چیز نہیں پڑھ سکتا۔
error-unprocessable_entity-title = اس درخواست میں کچھ غلط ہے
error-unprocessable_entity-body = درخواست سمجھ لی گئی، لیکن اس میں موجود معلومات درست نہیں ہیں۔
error-too_many_requests-title = بہت زیادہ کوششیں
error-too_many_requests-body = براہِ کرم چند منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-service_unavailable-title = Kindred اس وقت دستیاب نہیں ہے
error-service_unavailable-body = ہم اس وقت جواب نہیں دے سکتے۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔ اگر آپ کو فوری مدد کی ضرورت ہے تو نیچے دی گئی بحران کی ہیلپ لائنز دیکھیں۔
error-email_not_verified-title = براہِ کرم اپنے ای میل ایڈریس کی تصدیق کریں
error-email_not_verified-body = یہ کام کرنے سے پہلے آپ کو اپنے ای میل ایڈریس کی تصدیق کرنی ہوگی۔ وہ پیغام تلاش کریں جو ہم نے آپ کے اکاؤنٹ بناتے وقت بھیجا تھا، یا اپنے اکاؤنٹ کے صفحے سے نیا پیغام مانگیں۔
error-cross_site_request-title = براہِ کرم دوبارہ کوشش کریں
error-cross_site_request-body = یہ فارم کسی دوسری ویب سائٹ سے بھیجا گیا تھا، اس لیے ہم نے اس پر عمل نہیں کیا۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
error-internal_error-title = کچھ غلط ہو گیا
error-internal_error-body = ہماری طرف سے کچھ غلط ہو گیا۔ اسے ریکارڈ کر لیا گیا ہے، اور یہ آپ کی کسی غلطی کی وجہ سے نہیں ہوا۔

## Emails (plain text). Links are whole lines so mail programs keep them clickable.

email-signature = — Kindred
email-verify-subject = Kindred کے لیے اپنے ای میل ایڈریس کی تصدیق کریں
email-verify-body = ہیلو { $pseudonym }،

    Kindred میں شامل ہونے کا شکریہ۔ براہِ کرم یہ لنک کھول کر تصدیق کریں کہ یہ آپ کا ای میل ایڈریس ہے:

    { $link }

    یہ لنک 24 گھنٹے تک کام کرتا ہے۔ اگر آپ نے اکاؤنٹ نہیں بنایا تو آپ اس ای میل کو نظر انداز کر سکتے ہیں: اس کے بعد کچھ نہیں ہوگا۔
email-exists-subject = کسی نے آپ کے ای میل ایڈریس سے Kindred اکاؤنٹ بنانے کی کوشش کی
email-exists-body = ہیلو،

    کسی نے، شاید آپ نے، اس ای میل ایڈریس سے Kindred کا نیا اکاؤنٹ بنانے کی کوشش کی۔ آپ کا اکاؤنٹ پہلے سے موجود ہے، اس لیے کوئی نیا اکاؤنٹ نہیں بنایا گیا۔

    سائن ان کرنے کے لیے یہاں جائیں: { $login_link }
    اگر آپ اپنا پاس ورڈ بھول گئے ہیں تو اسے یہاں ری سیٹ کر سکتے ہیں: { $reset_link }

    اگر یہ آپ نہیں تھے تو آپ کو کچھ کرنے کی ضرورت نہیں۔
email-reset-subject = اپنا Kindred پاس ورڈ ری سیٹ کریں
email-reset-body = ہیلو { $pseudonym }،

    کسی نے آپ کے Kindred اکاؤنٹ کا پاس ورڈ ری سیٹ کرنے کی درخواست کی ہے۔ نیا پاس ورڈ چننے کے لیے یہ لنک کھولیں:

    { $link }

    یہ لنک صرف ایک بار، { $minutes } منٹ کے اندر کام کرتا ہے۔ اگر آپ نے یہ درخواست نہیں کی تو آپ اس ای میل کو نظر انداز کر سکتے ہیں: آپ کا پاس ورڈ نہیں بدلا۔

## Language names, in their own language (for the language switcher)

language-en = English
language-cy = Cymraeg
language-pl = Polski
language-ur = اردو
language-ar = العربية
