# Kindred interface strings: Arabic.
# Produced by: a machine-assisted translation written for Kindred by an AI model (Claude), from the English source. Status: needs review by a native speaker.

## The shell: header, navigation, footer, quick exit

site-name = Kindred
skip-link = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-crisis = المساعدة في الأزمات
nav-sign-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-account = حسابك
nav-sign-out = تسجيل الخروج
language-label = اللغة
signed-in-as = تم تسجيل الدخول باسم { $pseudonym }
quick-exit = الخروج من هذه الصفحة
quick-exit-hint = هل تحتاج إلى مغادرة هذا الموقع بسرعة؟ اختر «الخروج من هذه الصفحة» في أي وقت، أو اضغط على مفتاح Escape ثلاث مرات. ستُستبدل الصفحة بنشرة أحوال الطقس.
quick-exit-dismiss = إخفاء هذه الرسالة
footer-label = معلومات الموقع
footer-privacy = إشعار الخصوصية
footer-accessibility = بيان إمكانية الوصول
footer-crisis = المساعدة في الأزمات
footer-crisis-now = هل تمرّ بأزمة الآن؟ اتصل بمنظمة السامريين (Samaritans) مجانًا على الرقم ⁦116 123⁩ في أي وقت، أو بالرقم 999 في حالات الطوارئ.

## Home

home-title = ابحث عن مجموعة دعم من الأقران
home-intro = يساعد Kindred الأشخاص الذين يواجهون المرض نفسه أو الظروف نفسها على إيجاد مجموعة، واللقاء وجهًا لوجه أو عبر الإنترنت، ودعم بعضهم بعضًا بين اللقاءات.
home-search-label = ما نوع المجموعة التي تبحث عنها؟
home-search-hint = مثلًا: القلق، السكري، مقدمو الرعاية، القمار
home-search-button = البحث عن مجموعات
home-what-title = ما هي مجموعة دعم الأقران؟
home-what-body = هي مجموعة من الأشخاص تجمعهم تجربة مشتركة، مثل التعايش مع حالة صحية أو رعاية شخص آخر، ويلتقون ليستمع بعضهم إلى بعض ويساعد بعضهم بعضًا. بعض المجموعات يديرها متطوعون مرّوا بالتجربة نفسها، وبعضها يديره ممرضون أو أخصائيون نفسيون أو أخصائيون اجتماعيون.
home-safe-title = خصوصيتك وسلامتك
home-safe-body = لا داعي لاستخدام اسمك الحقيقي. لا يرى الأعضاء الآخرون عنوان بريدك الإلكتروني أبدًا. الرسائل الخاصة والمنشورات مشفّرة، ويمكنك في أي وقت تنزيل كل ما نحتفظ به عنك أو حذفه.
home-crisis-title = هل تحتاج إلى مساعدة الآن؟
home-crisis-body = مجموعة الدعم ليست خدمة طوارئ. إذا كنت تفكر في إنهاء حياتك أو كنت في خطر، فاطلب المساعدة الآن.
home-crisis-link = اعرف بمن يمكنك الاتصال الآن

## Forms: shared parts

form-error-summary = هناك مشكلة
form-optional = (اختياري)
field-email = عنوان البريد الإلكتروني
field-email-hint = نستخدمه فقط لتسجيل دخولك ولإرسال الرسائل التي تطلبها. لا يراه الأعضاء الآخرون أبدًا.
field-pseudonym = الاسم المعروض
field-pseudonym-hint = هذا هو الاسم الذي يراه الأعضاء الآخرون. لا داعي لاستخدام اسمك الحقيقي: كثير من الناس يختارون اسمًا مستعارًا. يمكنك تغييره لاحقًا.
field-password = كلمة المرور
field-password-hint = يجب ألا يقل عدد أحرفها عن { $min }. بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية يسهل تذكّرها.
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-confirm-password = كلمة المرور الخاصة بك

error-email-invalid = أدخل عنوان البريد الإلكتروني بالصيغة الصحيحة، مثل name@example.com
error-password-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }
error-password-long = يجب ألا يزيد عدد أحرف كلمة المرور على { $max }
error-pseudonym-empty = أدخل الاسم المعروض
error-pseudonym-long = يجب ألا يزيد عدد أحرف الاسم المعروض على { $max }
error-pseudonym-email = يجب ألا يكون الاسم المعروض عنوان بريد إلكتروني: فالأعضاء الآخرون سيرونه
error-password-wrong = كلمة المرور غير صحيحة
error-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة
error-rate-limited = محاولات كثيرة جدًا. يُرجى الانتظار بضع دقائق، ثم المحاولة مرة أخرى.
error-cross-site = أُرسل هذا النموذج من موقع إلكتروني آخر، لذلك لم نتخذ أي إجراء بشأنه. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.

## Sign up

signup-title = إنشاء حساب
signup-intro = يتيح لك الحساب الانضمام إلى المجموعات، والرد على المنشورات، واللقاء عبر الإنترنت. وهو مجاني.
signup-button = إنشاء الحساب
signup-have-account = هل لديك حساب بالفعل؟
signup-sign-in-link = تسجيل الدخول
signup-done-title = تحقّق من بريدك الإلكتروني
signup-done-body = أرسلنا رسالة إلى العنوان الذي أدخلته. اتبع الرابط الموجود فيها لتأكيد عنوانك وإكمال إنشاء حسابك. إذا لم تصل الرسالة خلال بضع دقائق، فابحث عنها في مجلد الرسائل غير المرغوب فيها (spam أو junk).

## Sign in and out

login-title = تسجيل الدخول
login-button = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-new = هل تستخدم Kindred لأول مرة؟
login-create-link = إنشاء حساب
logout-button = تسجيل الخروج
logout-done = تم تسجيل خروجك.

## Email confirmation

verify-title = تأكيد عنوان بريدك الإلكتروني
verify-intro = اختر الزر لتأكيد أن عنوان البريد الإلكتروني هذا يخصّك.
verify-button = تأكيد عنوان بريدي الإلكتروني
verify-done = شكرًا لك: تم تأكيد عنوان بريدك الإلكتروني.
verify-invalid = انتهت صلاحية رابط التأكيد هذا أو سبق استخدامه. سجّل الدخول واطلب رابطًا جديدًا من صفحة حسابك.
verify-needed = يُرجى تأكيد عنوان بريدك الإلكتروني قبل النشر أو الانضمام إلى لقاء. أرسلنا إليك رابطًا عند إنشاء حسابك.
verify-resend-button = إرسال الرابط مرة أخرى
verify-resent = أرسلنا إليك رابط تأكيد جديدًا.

## Password reset

reset-request-title = إعادة تعيين كلمة المرور
reset-request-intro = أدخل عنوان البريد الإلكتروني الذي تستخدمه في Kindred. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-request-button = إرسال رابط إعادة التعيين
reset-request-done-title = تحقّق من بريدك الإلكتروني
reset-request-done-body = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط مرة واحدة فقط، خلال { $minutes } دقيقة.
reset-title = اختر كلمة مرور جديدة
reset-button = حفظ كلمة المرور الجديدة
reset-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. يمكنك طلب رابط جديد.
reset-request-again = طلب رابط جديد
reset-done = تم تغيير كلمة المرور، وتسجيل خروجك من جميع الأجهزة. سجّل الدخول بكلمة المرور الجديدة.

## Your account

account-title = حسابك
account-intro = تعرض هذه الصفحة كل ما يحتفظ به Kindred عنك. لا يستطيع أحد غيرك رؤيتها.
account-details = بياناتك
account-email = عنوان البريد الإلكتروني
account-pseudonym = الاسم المعروض
account-email-status = تم تأكيد البريد الإلكتروني
account-yes = نعم
account-no = لا
account-created = تاريخ إنشاء الحساب
account-roles = الأدوار
account-role-none = عضو
role-admin = مسؤول الموقع
role-moderator = مشرف
account-sessions = { $count ->
    [zero] لم يتم تسجيل الدخول إلى حسابك على أي جهاز.
    [one] تم تسجيل الدخول إلى حسابك على جهاز واحد.
    [two] تم تسجيل الدخول إلى حسابك على جهازين.
    [few] تم تسجيل الدخول إلى حسابك على { $count } أجهزة.
    [many] تم تسجيل الدخول إلى حسابك على { $count } جهازًا.
   *[other] تم تسجيل الدخول إلى حسابك على { $count } جهاز.
}
account-password-title = تغيير كلمة المرور
account-password-button = تغيير كلمة المرور
account-password-done = تم تغيير كلمة المرور، وتسجيل الخروج من جميع الأجهزة الأخرى.
account-everywhere-title = تسجيل الخروج من جميع الأجهزة
account-everywhere-body = استخدم هذا الخيار إذا سجّلت الدخول على جهاز مشترك أو مفقود. سيتم تسجيل الخروج من كل الأجهزة، بما فيها هذا الجهاز.
account-everywhere-button = تسجيل الخروج من جميع الأجهزة
account-export-title = تنزيل بياناتك
account-export-body = ملف يحتوي على كل ما يحتفظ به Kindred عنك، بصيغة JSON التي تستطيع برامج أخرى قراءتها.
account-export-button = تنزيل بياناتي
account-delete-title = حذف حسابك
account-delete-body = يُحذف حسابك وعنوان بريدك الإلكتروني واسمك المعروض وسجل تسجيل دخولك فورًا، ولا يمكن استعادتها. أما ما كتبته وتعتمد عليه مجموعة ما، مثل الردود في محادثة، فيبقى، ويظهر على أنه من كتابة «عضو سابق».
account-delete-button = حذف حسابي نهائيًا
account-deleted = تم حذف حسابك. يؤسفنا رحيلك، ويسعدنا أن تعود في أي وقت.
former-member = عضو سابق

## Error pages

error-reference = إذا تواصلت معنا بشأن هذا، فاذكر الرقم المرجعي { $id }.
error-home-link = الانتقال إلى الصفحة الرئيسية
error-bad_request-title = هناك خطأ في هذا الطلب
error-bad_request-body = تعذّر فهم الطلب.
error-invalid_input-title = هناك خطأ في هذا الطلب
error-unauthorized-title = يُرجى تسجيل الدخول
error-unauthorized-body = يجب تسجيل الدخول لرؤية هذه الصفحة.
error-forbidden-title = لا يمكنك القيام بذلك
error-forbidden-body = غير مسموح لك برؤية هذه الصفحة أو القيام بهذا الإجراء.
error-not_found-title = الصفحة غير موجودة
error-not_found-body = لا يوجد شيء على هذا العنوان. إذا كنت قد كتبته بنفسك، فتحقّق من صحته.
error-method_not_allowed-title = لا يمكن القيام بذلك هنا
error-method_not_allowed-body = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-request_timeout-title = استغرق ذلك وقتًا طويلًا جدًا
error-request_timeout-body = استغرق الطلب وقتًا طويلًا جدًا. يُرجى المحاولة مرة أخرى.
error-conflict-title = حدث تغيير
error-conflict-body = هذا موجود بالفعل، أو تغيّر في هذه الأثناء. أعد تحميل الصفحة وحاول مرة أخرى.
error-payload_too_large-title = الحجم كبير جدًا
error-payload_too_large-body = ما أرسلته أكبر من الحجم الذي يقبله Kindred.
error-unsupported_media_type-title = تعذّرت قراءة ذلك
error-unsupported_media_type-body = لا يستطيع Kindred قراءة ما أُرسل بهذه الصيغة.
error-unprocessable_entity-title = هناك خطأ في هذا الطلب
error-unprocessable_entity-body = فُهم الطلب، لكن محتواه غير صالح.
error-too_many_requests-title = محاولات كثيرة جدًا
error-too_many_requests-body = يُرجى الانتظار بضع دقائق، ثم المحاولة مرة أخرى.
error-service_unavailable-title = Kindred غير متاح حاليًا
error-service_unavailable-body = لا يمكننا الاستجابة في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد بضع دقائق. إذا كنت بحاجة إلى مساعدة عاجلة، فانظر خطوط المساعدة في الأزمات أدناه.
error-email_not_verified-title = يُرجى تأكيد عنوان بريدك الإلكتروني
error-email_not_verified-body = يجب تأكيد عنوان بريدك الإلكتروني قبل أن تتمكن من القيام بذلك. ابحث عن الرسالة التي أرسلناها إليك عند إنشاء حسابك، أو اطلب رسالة جديدة من صفحة حسابك.
error-cross_site_request-title = يُرجى المحاولة مرة أخرى
error-cross_site_request-body = أُرسل هذا النموذج من موقع إلكتروني آخر، لذلك لم نتخذ أي إجراء بشأنه. ارجع وأعد تحميل الصفحة وحاول مرة أخرى.
error-internal_error-title = حدث خطأ ما
error-internal_error-body = حدث خطأ من جهتنا. تم تسجيله، ولم يحدث بسبب أي شيء فعلته.

## Emails (plain text). Links are whole lines so mail programs keep them clickable.

email-signature = — Kindred
email-verify-subject = أكّد عنوان بريدك الإلكتروني في Kindred
email-verify-body = مرحبًا { $pseudonym }،

    شكرًا لانضمامك إلى Kindred. يُرجى تأكيد أن هذا هو عنوان بريدك الإلكتروني بفتح هذا الرابط:

    { $link }

    يعمل الرابط لمدة 24 ساعة. إذا لم تُنشئ حسابًا، فيمكنك تجاهل هذه الرسالة: لن يحدث أي شيء آخر.
email-exists-subject = حاول شخص ما إنشاء حساب في Kindred باستخدام عنوان بريدك الإلكتروني
email-exists-body = مرحبًا،

    حاول شخص ما، ربما أنت، إنشاء حساب جديد في Kindred باستخدام عنوان البريد الإلكتروني هذا. لديك حساب بالفعل، لذلك لم يُنشأ حساب جديد.

    لتسجيل الدخول، انتقل إلى: { $login_link }
    إذا نسيت كلمة المرور، فيمكنك إعادة تعيينها من هنا: { $reset_link }

    إذا لم تكن أنت من قام بذلك، فلا داعي لأن تفعل أي شيء.
email-reset-subject = إعادة تعيين كلمة المرور في Kindred
email-reset-body = مرحبًا { $pseudonym }،

    طلب شخص ما إعادة تعيين كلمة المرور لحسابك في Kindred. لاختيار كلمة مرور جديدة، افتح هذا الرابط:

    { $link }

    يعمل الرابط مرة واحدة فقط، خلال { $minutes } دقيقة. إذا لم تطلب ذلك، فيمكنك تجاهل هذه الرسالة: لم تتغيّر كلمة المرور الخاصة بك.

## Language names, in their own language (for the language switcher)

language-en = English
language-cy = Cymraeg
language-pl = Polski
language-ur = اردو
language-ar = العربية
