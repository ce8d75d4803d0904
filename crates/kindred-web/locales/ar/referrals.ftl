# Kindred referrals strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## The invitation email (no group name in the subject: a shared inbox may show it)

referral-email-subject = دعوة من { $organisation }
referral-email-body = اقترح عليك { $organisation } مجموعة دعم من الأقران: { $group }.

    لتقرأ عن المجموعة وتتخذ قرارك، انتقل إلى { $url } وأدخل هذا الرمز:

    { $code }

    القرار لك في الانضمام أو عدمه. سنُبلغ { $organisation } بما إذا كنت قد قبلت الدعوة أم لا. أما أي شيء آخر (انضمامك، وحضورك أول اجتماع، واستمرارك في الحضور بعد ستة أسابيع، ودرجاتك في تقييم الرفاه) فلا يُشارَك إلا إذا وضعت علامة عليه، ويمكنك تغيير رأيك في أي وقت.

    إذا لم تكن تتوقع هذه الرسالة، فيمكنك تجاهلها.

## Referring (referrers)

refer-title = إحالة شخص إلى { $group }
refer-back = العودة إلى { $group }
refer-not-referrer = لا يستطيع إحالة الأشخاص إلا المُحيلون الذين تحقّق منهم مسؤولو هذا الموقع (الأطباء العامّون، وأخصائيو الوصف الاجتماعي، ومنسّقو الدعم المجتمعي). اسأل مسؤولي الموقع إن كان ينبغي أن تكون واحدًا منهم.
refer-intro = يتلقى الشخص دعوة تشرح له المجموعة وما الذي ستُبلَّغ به. وهو من يقرر إن كان سينضم، وما الذي يشاركه معك.
refer-email = عنوان البريد الإلكتروني للشخص (اختياري)
refer-email-hint = اتركه فارغًا لطباعة رمز تعطيه له بدلًا من ذلك. يُحفَظ العنوان مشفّرًا ويُحذف بمجرد أن يرد.
refer-lang = لغة الدعوة
refer-note = ملاحظة لميسّري المجموعة (اختياري)
refer-note-hint = اكتب فقط ما يساعدهم على الترحيب بالشخص. لا تذكر التشخيصات أو غيرها من التفاصيل الصحية إلا إذا وافق الشخص على ذلك.
refer-send = إرسال الدعوة
refer-sent-title = تم إنشاء الدعوة
refer-sent-emailed = أرسلنا الدعوة بالبريد الإلكتروني.
refer-sent-code = أعطِ الشخص هذا الرمز. سيُدخله في صفحة الدعوات على هذا الموقع:
refer-sent-print = دوِّنه أو اطبع هذه الصفحة الآن: لا يمكن عرضه مرة أخرى.
refer-sent-list = عرض إحالاتك
referral-error-email = أدخل عنوان بريد إلكتروني مثل name@example.org، أو اتركه فارغًا
referral-error-note = اجعل الملاحظة أقل من 2,000 حرف من النص العادي
referral-error-closed = أُغلقت هذه المجموعة ولم تعد تستقبل إحالات
referral-error-reason = اذكر سببًا سيراه المُحيل (حتى 500 حرف)

## A referrer's referrals

referrals-title = الأشخاص الذين أحلتهم
referrals-intro = الأشخاص الذين أحلتهم نيابةً عن { $organisation }. لا ترى إلا ما وافق كل شخص على مشاركته.
referrals-none = لم تُحِل أحدًا بعد. ابحث عن مجموعة واختر «إحالة شخص» في صفحتها.
referrals-col-group = المجموعة
referrals-col-made = تاريخ الإحالة
referrals-col-latest = آخر المستجدات
referral-title = إحالة إلى { $group }
referral-back = العودة إلى إحالاتك
referral-made = تاريخ الإحالة: { $when }
referral-timeline = ما جرى
referral-shared-title = ما وافق الشخص على مشاركته
referral-shared-none = فقط ما إذا كان قد قبل الدعوة.
referral-shared-hint = يمكن للأشخاص تغيير ذلك في أي وقت؛ وما يسحبونه يختفي من هذه الصفحة.

## Timeline entries

referral-event-referred = إحالة من { $organisation }
referral-event-group-accepted = قبلت المجموعة الإحالة
referral-event-group-waitlisted = المجموعة ممتلئة، فوضعت الإحالة على قائمة الانتظار
referral-event-group-waitlisted-reason = وضعت المجموعة الإحالة على قائمة الانتظار: { $reason }
referral-event-group-declined = رفضت المجموعة الإحالة
referral-event-group-declined-reason = رفضت المجموعة الإحالة: { $reason }
referral-event-person-accepted = قبل الشخص الدعوة
referral-event-person-declined = رفض الشخص الدعوة
referral-event-consent = غيّر الشخص ما يشاركه
referral-event-joined = انضم الشخص إلى المجموعة
referral-event-attended = حضر الشخص أول اجتماع
referral-event-six-weeks = لا يزال الشخص يحضر بعد ستة أسابيع من انضمامه
referral-event-wellbeing = تقييم الرفاه: الرضا عن الحياة { $life }، قيمة ما تفعله { $worthwhile }، السعادة { $happy }، القلق { $anxious } (من 0 إلى 10)

## Consent items

referral-consent-joined = أنني انضممت إلى المجموعة
referral-consent-attended = أنني حضرت أول اجتماع
referral-consent-six_weeks = ما إذا كنت لا أزال أحضر بعد ستة أسابيع
referral-consent-wellbeing = درجاتي في تقييم الرفاه

## The person's invitation

invitation-title = دعوتك
invitation-intro = اقترح عليك شخص يدعمك، مثل طبيبك العام (GP) أو أخصائي الوصف الاجتماعي، مجموعة دعم من الأقران، وأعطاك رمزًا.
invitation-code = رمز الدعوة
invitation-code-hint = 10 أحرف وأرقام، مثل ACD34-FGH67. لا يهم إن كتبت الأحرف كبيرة أو صغيرة، ولا يهم وجود الشرطة.
invitation-look = عرض دعوتي
invitation-error-code = لم نعثر على هذا الرمز. تحقّق منه وحاول مرة أخرى، أو اسأل من أعطاك إياه.
invitation-see-group = اقرأ عن المجموعة
invitation-from = باقتراح من { $organisation }.
invitation-sign-in = للرد، سجّل الدخول أو أنشئ حسابًا، ثم أدخل رمزك مرة أخرى. يمكنك استخدام اسم مستعار لحسابك.
invitation-sign-in-link = تسجيل الدخول
invitation-sign-up-link = إنشاء حساب
invitation-told = سنُبلغ { $organisation } بما إذا كنت قد قبلت أم لا. ولا شيء غير ذلك، إلا ما تضع عليه علامة أدناه.
invitation-consent = ما يمكن أيضًا إبلاغ { $organisation } به (اختياري)
invitation-consent-hint = ضع علامة فقط على ما ترتاح لمشاركته. يمكنك تغيير ذلك في أي وقت من صفحة «إحالاتك».
invitation-agreement = اتفاقية المجموعة
invitation-agree = أقبل اتفاقية المجموعة (مطلوب للانضمام)
invitation-error-agree = للانضمام، اقبل اتفاقية المجموعة
invitation-error-barred = لا يمكنك الانضمام إلى هذه المجموعة. اسأل الشخص الذي أحالك عن مجموعات أخرى.
invitation-accept = القبول والانضمام
invitation-decline = لا، شكرًا
invitation-joined = لقد انضممت إلى المجموعة. أهلًا بك.
invitation-requested = لقد قبلت الدعوة. سيطّلع ميسّرو المجموعة على طلبك ويردّون عليك.
invitation-declined = لقد اخترت عدم قبول الدعوة. لن يتواصل معك أحد بشأن هذه الدعوة مرة أخرى.
invitation-already = تم الرد على هذه الدعوة من قبل.
invitation-manage = عرض ما تشاركه
invitation-wellbeing = أجرِ تقييمًا قصيرًا للرفاه (اختياري)

my-referrals-title = الإحالات الخاصة بك
my-referrals-intro = ما قد يُبلَّغ به الأشخاص الذين أحالوك. أزِل العلامة عن أي بند لإيقاف مشاركته فورًا.
my-referrals-none = ليست لديك أي إحالات.
my-referrals-legend = { $group }، باقتراح من { $organisation } ({ $when })
my-referrals-save = حفظ ما أشاركه
my-referrals-saved = تم الحفظ. لم يعد المُحيل يرى إلا ما وضعت عليه علامة.

## The group's referrals (facilitators)

inbox-title = الإحالات إلى { $group }
inbox-intro = أشخاص أُحيلوا إلى المجموعة. اقبل الإحالة، أو أشر إلى أن المجموعة ممتلئة (قائمة الانتظار)، أو ارفضها؛ ويرى المُحيل السبب الذي تذكره.
inbox-none = لا توجد إحالات بعد.
inbox-from = من { $referrer }
inbox-person = الشخص المُحال
inbox-status = قرار المجموعة
inbox-contact = بريده الإلكتروني (إلى أن يرد)
inbox-note = ملاحظة من المُحيل
inbox-decide = قرارك
inbox-accept = قبول
inbox-waitlist = قائمة الانتظار (المجموعة ممتلئة)
inbox-decline = رفض
inbox-reason = السبب (يراه المُحيل)
inbox-reason-hint = مطلوب عند الوضع على قائمة الانتظار وعند الرفض.
inbox-save = حفظ القرار
referral-person-invited = لم يرد بعد
referral-person-accepted = قبل الدعوة
referral-person-declined = رفض الدعوة
referral-group-pending = بانتظار قرارك
referral-group-accepted = مقبولة
referral-group-waitlisted = على قائمة الانتظار
referral-group-declined = مرفوضة

## Administrators: referrers and API tokens

referrers-title = المُحيلون
referrers-intro = أشخاص يمكنهم إحالة الآخرين إلى المجموعات. تحقّق من هويتهم (مثل تسجيلهم المهني) قبل إضافتهم.
referrers-email = عنوان البريد الإلكتروني لحسابه
referrers-organisation = الجهة
referrers-role = الدور
referrers-add = إضافة مُحيل
referrers-none = لا يوجد مُحيلون بعد.
referrers-col-name = الاسم
referrers-col-since = منذ
referrers-col-actions = الإجراءات
referrers-remove = إزالة { $name }
referrer-role-gp = طبيب عام (GP)
referrer-role-social_prescriber = أخصائي الوصف الاجتماعي
referrer-role-link_worker = منسّق الدعم المجتمعي
referrer-role-other = مهني آخر
referrer-error-email = لا يوجد حساب بعنوان البريد الإلكتروني هذا؛ اطلب من صاحبه أن يُنشئ حسابًا أولًا
referrer-error-organisation = أدخل اسم الجهة (حتى 200 حرف)
referrer-error-role = اختر دورًا
api-tokens-title = رموز وصول API
api-tokens-intro = تتيح رموز الوصول لنظام جهة محيلة (نظام عيادة طبيب عام، أو منصة للوصف الاجتماعي) إرسال الإحالات بصيغة FHIR ServiceRequest وقراءة حالتها. ألغِ رمز الوصول فور احتمال تسرّبه.
api-tokens-none = لا توجد رموز وصول بعد.
api-token-name = اسم النظام
api-token-name-hint = مثلًا «Riverside Surgery (EMIS)».
api-token-create = إصدار رمز وصول
api-token-made = صدر رمز الوصول
api-token-once = انسخه الآن وسلّمه إلى الجهة بطريقة آمنة: لن يُعرض إلا هذه المرة فقط.
api-token-col-made = تاريخ الإصدار
api-token-col-used = آخر استخدام
api-token-col-state = الحالة
api-token-never = لم يُستخدم قط
api-token-revoked = أُلغي: { $when }
api-token-revoke = إلغاء { $name }
api-token-error-name = أدخل اسمًا للنظام (حتى 200 حرف)

## Links on the group page

group-refer-link = أحِل شخصًا إلى هذه المجموعة
group-referrals-link = الإحالات إلى هذه المجموعة ({ $count } بانتظار الرد)

## What a referrer is told the person agreed to share

referral-shared-joined = أنه انضم إلى المجموعة
referral-shared-attended = أنه حضر أول اجتماع
referral-shared-six_weeks = ما إذا كان لا يزال يحضر بعد ستة أسابيع
referral-shared-wellbeing = درجات تقييم الرفاه الخاصة به

## When the group already decided

invitation-group-declined = لم تتمكن المجموعة من قبول هذه الإحالة. أُبلغ الشخص الذي أحالك؛ اسأله عن مجموعات أخرى.
invitation-waitlisted = المجموعة ممتلئة حاليًا وقد وضعتك على قائمة الانتظار. ستنضم عندما يتوفر مكان.
