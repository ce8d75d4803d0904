# Kindred resource library strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## The resource library.

resources-title = وسائل کی لائبریری
resources-intro = قابلِ اعتماد معلومات اور ایسے ادارے جو مدد کر سکتے ہیں، جنہیں باہمی مدد کے گروپوں میں شامل لوگوں کے لیے چنا گیا ہے۔ ہر اندراج میں بتایا گیا ہے کہ اس کا جائزہ کس نے اور کب لیا۔ طبی مشورے کے لیے اپنے GP، فارماسسٹ یا اپنی دیکھ بھال کرنے والی ٹیم سے بات کریں۔
resources-search-label = لائبریری میں تلاش کریں
resources-none = لائبریری میں کوئی چیز آپ کی تلاش سے مطابقت نہیں رکھتی۔ کم الفاظ یا دوسرے فلٹرز آزما کر دیکھیں۔
resources-count = { $count ->
    [one] ایک وسیلہ
   *[other] { $count } وسائل
}
resources-bad-filter = فلٹرز میں سے ایک سمجھ میں نہیں آیا ({ $field })۔ اسے ہٹا کر دوبارہ کوشش کریں۔
resources-kind = قسم
resources-category = موضوع
resources-kind-article = مضمون
resources-kind-link = کسی دوسرے ادارے کا لنک
resources-overdue-badge = جائزے کی تاریخ گزر چکی ہے
resources-overdue = اس اندراج کے جائزے کی تاریخ ({ $date }) گزر چکی ہے۔ ہو سکتا ہے کچھ تفصیلات پرانی ہو چکی ہوں؛ متعلقہ ادارے یا اپنی دیکھ بھال کرنے والی ٹیم سے تصدیق کر لیں۔
resources-reviewed = { $who } نے { $date } کو اس کا جائزہ لیا۔ اگلا جائزہ { $due } تک ہونا ہے۔
resources-also-in = دوسری زبانوں میں بھی دستیاب:
resources-link-intro = یہ کسی دوسرے ادارے کی ویب سائٹ کا لنک ہے۔ Kindred اسے نہیں چلاتا۔
resources-visit = { $host } پر جائیں
resources-link-note = یہ لنک دوسرے ادارے کی سائٹ کھولتا ہے، جس کی اپنی رازداری کی پالیسی ہے۔

resources-group-heading = وسائل
resources-manage-link = اس گروپ کے لیے وسائل چنیں
resources-group-title = { $group } کے لیے وسائل
resources-group-intro = لائبریری سے مضامین اور لنکس اپنے گروپ کے صفحے پر لگائیں، تاکہ ممبران انہیں آسانی سے تلاش کر سکیں۔
resources-group-attached = گروپ کے صفحے پر
resources-group-none = ابھی کوئی نہیں۔
resources-group-remove = ہٹائیں
resources-group-add = لائبریری سے شامل کریں
resources-group-choose = وسیلہ
resources-group-attach = منسلک کریں

home-more-title = Kindred پر مزید
home-more-resources = ایسے مضامین جن کا جائزہ لیا جا چکا ہے، اور ادارے جو مدد کر سکتے ہیں
home-more-training = گروپ چلانے والوں کے لیے مفت کورس
