# Kindred resource library strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## The resource library.

resources-title = مكتبة الموارد
resources-intro = معلومات موثوقة وجهات يمكنها المساعدة، اخترناها لمن يشاركون في مجموعات دعم الأقران. يذكر كل مدخل من راجعه ومتى. للحصول على استشارة طبية، تحدّث إلى طبيبك العام (GP) أو الصيدلي أو فريق الرعاية الذي يتابع حالتك.
resources-search-label = البحث في المكتبة
resources-none = لا يوجد في المكتبة ما يطابق بحثك. جرّب عددًا أقل من الكلمات أو عوامل تصفية أخرى.
resources-count = { $count ->
    [zero] لا توجد موارد
    [one] مورد واحد
    [two] موردان
    [few] { $count } موارد
    [many] { $count } موردًا
   *[other] { $count } مورد
}
resources-bad-filter = تعذّر فهم أحد عوامل التصفية ({ $field }). امسحه وحاول مرة أخرى.
resources-kind = النوع
resources-category = الموضوع
resources-kind-article = مقال
resources-kind-link = رابط إلى جهة أخرى
resources-overdue-badge = تجاوز موعد المراجعة
resources-overdue = تجاوز هذا المدخل موعد مراجعته ({ $date }). قد تكون بعض التفاصيل قديمة؛ تحقّق منها لدى الجهة المعنية أو فريق الرعاية الذي يتابع حالتك.
resources-reviewed = راجعه { $who } في { $date }. موعد المراجعة التالية: { $due }.
resources-also-in = متوفّر أيضًا بلغات أخرى:
resources-link-intro = هذا رابط إلى موقع جهة أخرى. لا يديره Kindred.
resources-visit = زيارة { $host }
resources-link-note = يفتح الرابط موقع الجهة الأخرى، ولها سياسة خصوصية خاصة بها.

resources-group-heading = الموارد
resources-manage-link = اختيار موارد لهذه المجموعة
resources-group-title = موارد مجموعة { $group }
resources-group-intro = أرفق مقالات وروابط من المكتبة بصفحة مجموعتك، ليجدها الأعضاء بسهولة.
resources-group-attached = على صفحة المجموعة
resources-group-none = لا يوجد شيء بعد.
resources-group-remove = إزالة
resources-group-add = إضافة من المكتبة
resources-group-choose = المورد
resources-group-attach = إرفاق

home-more-title = المزيد من Kindred
home-more-resources = مقالات تمت مراجعتها وجهات يمكنها المساعدة
home-more-training = دورات مجانية لمن يديرون مجموعات
