# Kindred discussion strings: Urdu.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Discussions: boards, threads, posts, private messages, debrief notes.

group-board-link = ڈسکشن بورڈ
group-messages-link = سہولت کاروں کو پیغام بھیجیں
group-messages-runner-link = ممبران کے پیغامات
board-org-link = سہولت کاروں کے لیے گفتگو کی جگہ

board-title = ڈسکشن بورڈ: { $group }
board-intro = بتائیں کہ حالات کیسے چل رہے ہیں، عملی مشورہ مانگیں، اور ملاقاتوں کے درمیان ایک دوسرے کا ساتھ دیں۔ یہ بورڈ صرف گروپ کے ممبران پڑھ سکتے ہیں، سوائے اس کے کہ گروپ نے اسے عوامی بنا دیا ہو۔
board-org-title = سہولت کاروں کی جگہ: { $organisation }
board-org-intro = اس ادارے کے گروپ چلانے والوں کے لیے ایک نجی جگہ: جو طریقے کارآمد ہیں وہ شیئر کریں، مشورہ مانگیں، اور ایک دوسرے کا ساتھ دیں۔ اسے صرف اس ادارے کے سہولت کار اور منتظمین پڑھ سکتے ہیں۔
board-empty = ابھی تک کسی نے کوئی گفتگو شروع نہیں کی۔
board-posts = { $count ->
    [one] ایک پوسٹ
   *[other] { $count } پوسٹس
}
board-unread = { $count } نئی
board-pages = صفحات
board-new-thread = گفتگو شروع کریں
board-field-title = عنوان
board-field-body = آپ کا پیغام
board-field-body-hint = آپ Markdown استعمال کر سکتے ہیں: **جلی**، *ترچھا*، فہرستیں اور لنکس۔
board-field-warning = مواد سے متعلق انتباہ
board-field-warning-hint = اگر آپ کا پیغام کسی ایسی بات کے بارے میں ہے جسے پڑھنا دوسروں کے لیے مشکل ہو سکتا ہے، تو کوئی انتباہ چنیں۔ پھر پڑھنے والے خود فیصلہ کرتے ہیں کہ اسے کھولیں یا نہیں۔
board-warning-none = کسی انتباہ کی ضرورت نہیں
board-field-anonymous = میرے نام کے بغیر پوسٹ کریں
board-field-anonymous-hint = دوسرے ممبران کو “گمنام ممبر” نظر آئے گا۔ سب کو محفوظ رکھنے کے لیے، گروپ کے سہولت کار اور Kindred کے ماڈریٹر پھر بھی دیکھ سکتے ہیں کہ یہ کس نے لکھا ہے۔
board-privacy-note = پیغامات انکرپٹ کر کے محفوظ کیے جاتے ہیں۔ براہِ کرم دوسرے لوگوں کی کہانیاں یا ایسی تفصیلات شیئر نہ کریں جن سے کسی کی شناخت ہو سکے۔
board-post = پوسٹ کریں
board-error-title = اپنی گفتگو کو زیادہ سے زیادہ 150 حروف کا عنوان دیں۔
board-error-body = اپنا پیغام لکھیں (زیادہ سے زیادہ 20,000 حروف)۔
board-error-warning = فہرست میں سے مواد سے متعلق کوئی انتباہ چنیں۔
board-anonymous = گمنام ممبر
board-anonymous-known = گمنام ممبر (لکھنے والے: { $name })
board-former-member = سابق ممبر
board-public = کسی کو بھی یہ بورڈ پڑھنے دیں (لکھ صرف ممبران ہی سکیں گے)
board-public-hint = یہ شروع میں بند ہوتا ہے۔ پوسٹس ذاتی ہو سکتی ہیں: بورڈ کو صرف اسی صورت میں عوامی بنائیں جب ممبران اس پر رضامند ہوں۔
board-hidden-moderator = ایک ماڈریٹر نے اسے چھپا دیا ہے۔
board-hidden-reports = کئی رپورٹس کے بعد اسے چھپا دیا گیا ہے، جب تک کوئی ماڈریٹر اسے دیکھ نہ لے۔
board-hidden-held = ماڈریٹر کا انتظار ہے: نئے اکاؤنٹس کی طرف سے آنے والے لنکس پہلے چیک کیے جاتے ہیں۔
board-hidden-watched = ماڈریٹر کے جائزے کا انتظار ہے۔

warning-self_harm = خود کو نقصان پہنچانا
warning-suicide = خودکشی
warning-abuse = بدسلوکی
warning-eating_disorders = کھانے سے متعلق عوارض
warning-substance_use = شراب یا منشیات کا استعمال
warning-bereavement = موت اور غم
warning-medical_detail = طبی تفصیلات
warning-other = مشکل موضوع

reaction-hug = گلے لگانا
reaction-me_too = میں بھی
reaction-helpful = مفید
reaction-thank_you = شکریہ

thread-earlier = پچھلی پوسٹس
thread-later = بعد کی پوسٹس
thread-edited = ترمیم شدہ
thread-deleted = یہ پوسٹ ڈیلیٹ کر دی گئی ہے۔
thread-warning = مواد سے متعلق انتباہ: { $warning }۔ پڑھنے کے لیے کھولیں۔
thread-report = رپورٹ کریں
thread-edit = ترمیم کریں
thread-history = ورژن
thread-delete = ڈیلیٹ کریں
thread-reply = جواب دیں
thread-send-reply = جواب بھیجیں

posted-title = آپ کا پیغام پوسٹ ہو گیا ہے
posted-held = کسی ماڈریٹر کے چیک کرنے کے بعد آپ کا پیغام نظر آئے گا۔ عام طور پر ایسا نئے اکاؤنٹس کی طرف سے آنے والے لنکس کے ساتھ ہوتا ہے۔
posted-urgent-title = آپ کو اس کا سامنا تنہا کرنے کی ضرورت نہیں
posted-urgent-body = آپ نے جو لکھا ہے، اس سے لگتا ہے کہ آپ واقعی بہت مشکل وقت سے گزر رہے ہیں۔ آپ کے گروپ کے سہولت کاروں کو بتا دیا گیا ہے تاکہ وہ آپ سے رابطہ کر سکیں۔ اگر آپ خطرے میں ہیں، یا آپ کو لگتا ہے کہ آپ اپنی زندگی ختم کرنے کے خیالات پر عمل کر سکتے ہیں، تو براہِ کرم ابھی ان میں سے کسی سے رابطہ کریں:
posted-concern-title = اگر آپ کو ضرورت ہو تو مدد موجود ہے
posted-concern-body = لگتا ہے کہ اس وقت حالات مشکل ہیں۔ اگر آپ کو ابھی کسی سے بات کرنی ہو، تو یہ سروسز مفت اور رازدارانہ ہیں:
posted-no-emergency = Kindred ایمرجنسی سروسز سے رابطہ نہیں کرتا۔ ایمرجنسی میں 999 پر کال کریں۔
posted-continue = گفتگو پر جائیں

edit-title = اپنے پیغام میں ترمیم کریں
edit-back = گفتگو پر واپس جائیں
edit-hint = پچھلے ورژن گروپ کے سہولت کاروں اور ماڈریٹرز کے لیے محفوظ رکھے جاتے ہیں۔
edit-save = تبدیلیاں محفوظ کریں
edit-history = پچھلے ورژن

messages-title = سہولت کاروں کے ساتھ پیغامات: { $group }
messages-intro = آپ اور گروپ چلانے والوں کے درمیان ایک نجی گفتگو۔ دوسرے ممبران اسے نہیں دیکھ سکتے۔
messages-conversations = گفتگوئیں
messages-count = { $count ->
    [one] ایک پیغام
   *[other] { $count } پیغامات
}
messages-with = { $name } کے ساتھ گفتگو
messages-none = ابھی تک کوئی پیغام نہیں۔
messages-field = آپ کا پیغام
messages-send = بھیجیں

board-member-messages = ممبران ایک دوسرے کو نجی پیغامات بھیج سکتے ہیں
board-member-messages-hint = یہ شروع میں بند ہوتا ہے۔ جب یہ آن ہو تو ممبران گروپ کے کسی دوسرے ممبر کے ساتھ نجی گفتگو شروع کر سکتے ہیں۔ سہولت کار یہ گفتگو نہیں پڑھتے، جب تک کسی پیغام کی رپورٹ نہ کی جائے۔ اسے بند کرنے سے نئے پیغامات رک جاتے ہیں؛ پہلے کی گفتگو اس میں شامل دونوں افراد پڑھ سکتے ہیں۔
member-messages-heading = دوسرے ممبران کے ساتھ پیغامات
member-messages-start = کسی ممبر کو لکھیں
member-messages-field-with = ممبر
member-messages-choose = کوئی ممبر منتخب کریں
member-messages-field-text = آپ کا پہلا پیغام
member-messages-hint = یہ گفتگو صرف آپ دونوں پڑھ سکتے ہیں۔ گروپ کے سہولت کار اسے نہیں پڑھتے، جب تک آپ میں سے کوئی کسی پیغام کی رپورٹ نہ کرے۔ پیغامات انکرپٹ کر کے محفوظ کیے جاتے ہیں۔
member-messages-nobody = ابھی گروپ میں کوئی اور نہیں جسے آپ لکھ سکیں۔
member-messages-error-with = وہ ممبر منتخب کریں جسے آپ لکھنا چاہتے ہیں۔
member-messages-with = { $name } کے ساتھ گفتگو
member-messages-private = آپ دونوں کے درمیان ایک نجی گفتگو۔ گروپ کے سہولت کار اسے نہیں پڑھتے، جب تک کسی پیغام کی رپورٹ نہ کی جائے۔
member-messages-off-title = ممبران کے درمیان پیغامات بند ہیں
member-messages-off = اس وقت اس گروپ کے ممبران ایک دوسرے کو نجی پیغامات نہیں بھیج سکتے۔ آپ اب بھی اپنی پہلے کی گفتگو پڑھ سکتے ہیں اور سہولت کاروں کو پیغام بھیج سکتے ہیں۔
member-messages-gone = یہ شخص اب گروپ کا ممبر نہیں ہے، اس لیے نئے پیغامات نہیں بھیجے جا سکتے۔ آپ اب بھی یہ گفتگو پڑھ سکتے ہیں۔
member-messages-back = اپنے پیغامات پر واپس جائیں

debrief-link = ملاقات کے بعد کے نوٹس (صرف سہولت کاروں کے لیے)
debrief-title = ملاقات کے بعد کے نوٹس: { $group }
debrief-back = ملاقات پر واپس جائیں
debrief-intro = گروپ چلانے والوں کے لیے نجی نوٹس: کیا اچھا رہا، کس بات پر بعد میں توجہ دینی ہے، اور آپ خود کیسے ہیں۔ یہ انکرپٹ کر کے محفوظ کیے جاتے ہیں؛ ممبران انہیں کبھی نہیں دیکھتے۔
debrief-none = اس ملاقات کے لیے ابھی کوئی نوٹ نہیں۔
debrief-field = نوٹ
debrief-hint = ممبران کی ذاتی تفصیلات لکھنے سے گریز کریں، سوائے اس کے کہ بعد میں محفوظ طریقے سے معاملہ آگے بڑھانے کے لیے ان کی ضرورت ہو۔
debrief-save = نوٹ محفوظ کریں

my-discussions-title = آپ کی گفتگوئیں
my-discussions-none = آپ کے گروپوں کے بورڈز پر کچھ نیا نہیں۔
my-discussions-alerts = { $count ->
    [one] جن گروپوں کو آپ چلاتے ہیں، ان میں بحران کا ایک الرٹ کھلا ہے
   *[other] جن گروپوں کو آپ چلاتے ہیں، ان میں بحران کے { $count } الرٹس کھلے ہیں
}
my-discussions-digest = مجھے نئی پوسٹس کا روزانہ خلاصہ ای میل کریں
my-discussions-digest-hint = خلاصے میں بتایا جاتا ہے کہ آپ کے ہر گروپ میں کتنی نئی پوسٹس ہیں، لنکس کے ساتھ۔ اس میں کبھی یہ شامل نہیں ہوتا کہ کسی نے کیا لکھا۔

email-digest-subject = آپ کے Kindred گروپوں میں نئی پوسٹس
email-digest-body = ہیلو { $pseudonym }، آپ کے گروپوں کے بورڈز پر یہ نئی سرگرمی ہے:
email-digest-line = { $group }: { $count } نئی
email-digest-off = یہ ای میلز بند کرنے کے لیے، یہاں روزانہ خلاصے والے خانے سے نشان ہٹا دیں:
