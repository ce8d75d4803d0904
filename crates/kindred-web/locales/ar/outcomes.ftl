# Kindred outcomes strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## Wellbeing check-ins (the ONS personal wellbeing questions) and the outcome figures organisers see.

wellbeing-link = تقييم الرفاه
wellbeing-due = مرّ بعض الوقت منذ آخر تقييم لرفاهك. هل تودّ إجراء تقييم الآن؟ يستغرق دقيقة تقريبًا.
wellbeing-title = تقييم الرفاه
wellbeing-intro = أربعة أسئلة قصيرة عن شعورك في الفترة الأخيرة. يستغرق ذلك دقيقة تقريبًا، ولا توجد إجابات صحيحة أو خاطئة.
wellbeing-saved = شكرًا لك. تم حفظ تقييمك.
wellbeing-privacy-title = اختياري وخاص
wellbeing-optional = إجراء التقييم اختياري. عدم إجرائه لا يؤثر أبدًا على مكانك في أي مجموعة.
wellbeing-privacy-you = أنت وحدك ترى إجاباتك.
wellbeing-privacy-organisers = من يديرون مجموعاتك لا يرون إلا مجاميع ومتوسطات من 5 أشخاص أو أكثر، ولا يرون إجاباتك أبدًا.
wellbeing-privacy-referrer = إذا أحالك أحد إلى مجموعة، فلن يرى درجاتك إلا إذا وافقت على ذلك في الإحالة.
wellbeing-privacy-referrer-link = راجِع ما تشاركه أو غيّره
wellbeing-first-time = سيكون هذا أول تقييم لك. إنه نقطة بداية: أجرِ التقييم مرة أخرى كل بضعة أسابيع وسترى كيف تتغير الأمور مع الوقت.
wellbeing-see-trend = اطّلع على حالك خلال الفترة الماضية
wellbeing-next = يُقترح إجراء التقييم التالي بعد { $date }.
wellbeing-next-now = مرّت 4 أسابيع أو أكثر منذ آخر تقييم لك، لذا هذا وقت مناسب لتقييم جديد.
wellbeing-scale-hint = اختر رقمًا من 0 إلى 10، حيث 0 تعني "على الإطلاق" و10 تعني "تمامًا".
wellbeing-scale-low = 0 = على الإطلاق
wellbeing-scale-high = 10 = تمامًا
wellbeing-q-life_satisfaction = بشكل عام، ما مدى رضاك عن حياتك هذه الأيام؟
wellbeing-q-worthwhile = بشكل عام، إلى أي مدى تشعر بأن الأشياء التي تقوم بها في حياتك ذات قيمة وجديرة بالاهتمام؟
wellbeing-q-happiness = بشكل عام، ما مدى شعورك بالسعادة أمس؟
wellbeing-q-anxiety = على مقياس تعني فيه 0 'لست قلقًا على الإطلاق' وتعني فيه 10 'قلق تمامًا'، بشكل عام، ما مدى شعورك بالقلق أمس؟
wellbeing-short-life_satisfaction = الرضا عن الحياة
wellbeing-short-worthwhile = قيمة ما تفعله
wellbeing-short-happiness = السعادة
wellbeing-short-anxiety = القلق (الأقل أفضل)
wellbeing-error-life_satisfaction = اختر رقمًا من 0 إلى 10 لمدى رضاك عن حياتك
wellbeing-error-worthwhile = اختر رقمًا من 0 إلى 10 لمدى شعورك بقيمة ما تفعله
wellbeing-error-happiness = اختر رقمًا من 0 إلى 10 لمدى شعورك بالسعادة أمس
wellbeing-error-anxiety = اختر رقمًا من 0 إلى 10 لمدى شعورك بالقلق أمس
wellbeing-field-group = عن أي مجموعة هذا التقييم؟ (اختياري)
wellbeing-field-group-hint = إذا اخترت مجموعة، فقد تدخل إجاباتك في مجاميع تلك المجموعة المحسوبة من 5 أشخاص أو أكثر. من يديرونها لا يرون إجاباتك أبدًا.
wellbeing-group-none = لا مجموعة بعينها
wellbeing-error-group = اختر إحدى مجموعاتك، أو "لا مجموعة بعينها"
wellbeing-save = احفظ تقييمي
wellbeing-support = إذا كانت الأمور صعبة عليك الآن، فلا داعي لأن تنتظر الاجتماع.
wellbeing-trend-title = حالك خلال الفترة الماضية
wellbeing-chart-title = إجاباتك عبر الزمن
wellbeing-chart-desc = رسم بياني خطي لإجاباتك عن الأسئلة الأربعة، من { $first } إلى { $last }. لكل سؤال نمط خط وشكل علامة خاصان به. الأرقام نفسها موجودة في الجدول أدناه.
wellbeing-chart-desc-one = إجاباتك عن الأسئلة الأربعة في تقييمك بتاريخ { $date }. الأرقام نفسها موجودة في الجدول أدناه.
wellbeing-chart-x = تاريخ التقييم
wellbeing-chart-y = الدرجة (من 0 إلى 10)
wellbeing-legend = مفتاح الرسم البياني
wellbeing-table-caption = تقييماتك، الأقدم أولًا (الدرجات من 0 إلى 10)
wellbeing-col-date = التاريخ

outcomes-link = النتائج (مجاميع فقط)
outcomes-title = النتائج: { $name }
outcomes-intro = مجاميع للمجموعات، وليس لأي شخص بعينه: كم شخصًا يحضر، وكيف تسير الإحالات، وكيف يتغير رفاه الناس.
outcomes-privacy-title = كيف نحمي خصوصية الناس
outcomes-suppression = لا نعرض أبدًا رقمًا مبنيًا على أقل من 5 أشخاص. سترى بدلًا منه "أقل من 5".
outcomes-rounding = تُقرَّب الأعداد الأخرى إلى أقرب مضاعف للرقم 5، مما يجعل استنتاج عدد صغير بمقارنة رقمين أصعب بكثير. تُعرض المتوسطات بمنزلة عشرية واحدة. احصر هذه الأرقام في من يحتاجون إليها.
outcomes-org-once = من يشارك في أكثر من مجموعة من مجموعات المنظمة يُحتسب مرة واحدة.
outcomes-csv = تنزيل هذه الأرقام (CSV)
outcomes-fewer = أقل من 5
outcomes-not-enough = عدد غير كافٍ من الناس (أقل من 5)
outcomes-col-people = الأشخاص (مقرَّبًا إلى أقرب 5)
outcomes-attendance-title = الحضور
outcomes-attendance-caption = الأشخاص الذين حضروا اجتماعًا واحدًا على الأقل، حسب الشهر (آخر 12 شهرًا)
outcomes-col-month = الشهر
outcomes-month = { $month } { $year }
outcomes-funnel-title = الإحالات
outcomes-funnel-intro = كم شخصًا أحاله طبيب عام أو أخصائي وصفات اجتماعية أو منسّق تواصل وصل إلى كل خطوة.
outcomes-funnel-consent = تشمل هذه المجاميع كل الإحالات، سواء وافق الشخص على مشاركة المستجدات مع من أحاله أم لا. ذلك لأنها لا تُعرض إلا على منظِّمي المجموعة وميسّريها أنفسهم، وكمجاميع مقرَّبة فقط، ولا تُعرض أبدًا لكل شخص على حدة.
outcomes-funnel-caption = الأشخاص في كل خطوة بعد الإحالة
outcomes-col-stage = الخطوة
outcomes-stage-referred = أُحيلوا
outcomes-stage-accepted = قبلوا الدعوة
outcomes-stage-joined = انضموا إلى المجموعة
outcomes-stage-attended = حضروا اجتماعًا أول
outcomes-stage-six_weeks = ما زالوا يحضرون بعد 6 أسابيع
outcomes-wellbeing-title = الرفاه
outcomes-wellbeing-intro = للأشخاص الذين أجروا تقييمًا عن هذه المجموعات مرتين على الأقل، بفاصل 4 أسابيع على الأقل بين أول تقييم وآخر تقييم: متوسط التغيّر من الأول إلى الأخير، على مقياس من 0 إلى 10. في القلق، الانخفاض تحسّن.
outcomes-wellbeing-caption = متوسط التغيّر من أول تقييم إلى آخر تقييم
outcomes-col-question = السؤال
outcomes-col-change = متوسط التغيّر
outcomes-change-up = ارتفاع بمقدار { $points }
outcomes-change-down = انخفاض بمقدار { $points }
outcomes-change-none = لا تغيير

## Commissioners

commissioners-title = مفوّضو التمويل لدى { $organisation }
commissioners-intro = يرى مفوّضو التمويل (مثل فريق NHS أو المجلس المحلي الذي يموّل مجموعاتك) مجاميع نتائج هذه المنظمة ومجموعاتها، مع إخفاء الأعداد الصغيرة. ولا يرون أبدًا الأعضاء أو الإحالات أو اللوحات أو الرسائل.
commissioners-email = عنوان البريد الإلكتروني لحسابهم
commissioners-email-hint = يجب أن يكون لديهم حساب في Kindred أولًا.
commissioners-add = إضافة مفوّض تمويل
commissioners-none = لا يوجد مفوّضو تمويل بعد.
commissioners-remove = إزالة { $name }
commissioners-error-email = لا يوجد حساب بهذا البريد الإلكتروني؛ اطلب منهم التسجيل أولًا
commissioners-link = مفوّضو التمويل
commissioned-title = النتائج التي يمكنك رؤيتها بصفتك مفوّض تمويل
