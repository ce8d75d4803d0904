# Kindred long pages: English (source language).
# Produced by: the Kindred developers. Status: source text.
# Key scheme, read by the renderer: {page}-title, {page}-intro, then sections numbered from 1
# without gaps: {page}-s{n}-title, paragraphs {page}-s{n}-p{m}, optional list items
# {page}-s{n}-li{m} (m from 1, no gaps). Plain text only.

## Privacy notice

privacy-title = Privacy notice
privacy-intro = This notice explains what information this Kindred site keeps about you, why we keep it, how long we keep it, and what you can do about it. We have tried to write it in plain words. If anything is not clear, please ask us.

privacy-s1-title = Who is responsible for your information
privacy-s1-p1 = This site is run by an organisation, such as a charity, an NHS trust or a group of volunteers. In this notice, “we” and “us” mean the organisation that runs this Kindred site.
privacy-s1-p2 = We are the “data controller” for this site. This means we decide how your information is used, and we are responsible for keeping it safe under UK data protection law: the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.
privacy-s1-p3 = Kindred is free, open-source software. The software does not send your information to the people who wrote it.

privacy-s2-title = What we keep, and why
privacy-s2-p1 = We keep only what we need to run the site and to keep people safe. This is what we keep.
privacy-s2-li1 = Your email address. We use it to sign you in and to send you the emails you ask for, such as meeting reminders. Other members never see it.
privacy-s2-li2 = A “hash” of your password. We never keep your password itself. A hash is a scrambled code made from your password. It cannot be turned back into your password, but it lets us check your password when you sign in.
privacy-s2-li3 = Your display name. You choose it, and it does not need to be your real name. Other members see it.
privacy-s2-li4 = Whether you have confirmed your email address, and any roles you have on the site, such as moderator or administrator. We use these to decide what you are allowed to do.
privacy-s2-li5 = The groups you have joined, and the group agreements (ground rules) you have accepted, with the date you accepted them.
privacy-s2-li6 = What you write: your posts and messages. We encrypt them when we store them.
privacy-s2-li7 = The meetings you go to. The people who run your group use this to plan and run meetings.
privacy-s2-li8 = Referrals and outcomes, only if you agree. A GP, social prescriber or link worker may refer you to a group, or a group may ask how you are getting on. We keep this information only with your consent. If you say no, you can still join groups.

privacy-s3-title = Technical information
privacy-s3-p1 = A website needs to keep some technical records to work safely. We keep as little as we can.
privacy-s3-li1 = Sign-in records. When you sign in, we keep a record of that session, so that you stay signed in from page to page. Your account page shows how many devices you are signed in on, and you can sign out of all of them at once.
privacy-s3-li2 = Internet addresses. We do not store your IP address (the number that identifies your internet connection). We hold it for a short time in the computer’s memory only, to stop people making too many attempts, such as guessing passwords. Then it is forgotten.
privacy-s3-li3 = System logs. These record errors and how the site is running, so that we can fix problems. They do not contain your name, your email address, what you write or anything about your health.

privacy-s4-title = Our legal reasons for using your information
privacy-s4-p1 = Data protection law says we must have a legal reason, called a “lawful basis”, for everything we do with your information. We rely on two.
privacy-s4-li1 = Consent. You choose to create an account, join groups, write posts, go to meetings and accept a referral. You can take back your consent at any time, for example by leaving a group or deleting your account. This does not make what we did before unlawful.
privacy-s4-li2 = Legitimate interests. We use some information to keep the site safe and working: for example, to stop password guessing, to look into reports of abuse, and to fix faults. We have checked that this is fair to you and does not override your rights. You can object to it (see “Your rights” below).

privacy-s5-title = Information about your health
privacy-s5-p1 = The law gives extra protection to information about health. It calls this “special category” information.
privacy-s5-p2 = Joining a group can say something about your health. For example, joining a group for people living with HIV, or for people with a gambling problem, may show that you have that condition, or that you care for someone who does. What you write in a group may also say things about your health.
privacy-s5-p3 = We use this information only with your explicit consent. We ask for it clearly before you join a group. You can take it back at any time by leaving the group or deleting your account.
privacy-s5-p4 = To protect you, we never put health information in our system logs, in web addresses, or in search indexes of private posts and messages.

privacy-s6-title = How long we keep your information
privacy-s6-p1 = We keep information only for as long as we need it.
privacy-s6-li1 = Sign-in sessions end when you sign out, or after 14 days, whichever comes first. Then you need to sign in again.
privacy-s6-li2 = Links to confirm your email address stop working after 24 hours. Links to reset your password stop working after 60 minutes, and each one works only once.
privacy-s6-li3 = Once an email has been sent to you, we do not keep a copy of it.
privacy-s6-li4 = We keep your account and what you have written until you delete your account.
privacy-s6-li5 = When you delete your account, we delete your account, email address, display name and sign-in history at once. Things you wrote that a group relies on, such as replies in a conversation, stay, but they are shown as written by “former member”. If you want any of these removed too, ask us.
privacy-s6-li6 = We keep backup copies of the site in case something goes wrong. Deleted information can stay in a backup for up to 30 days, until the backup is overwritten. We do not use backups for anything else.

privacy-s7-title = Who we share your information with
privacy-s7-p1 = We never sell your information. We never give it to advertisers.
privacy-s7-p2 = We share it only in these cases.
privacy-s7-li1 = Other members. They see your display name and what you post in groups you share with them. They never see your email address.
privacy-s7-li2 = Our email delivery service. We use a company to deliver our emails. It sees your email address and the email, only so that it can deliver it. It must follow our instructions and keep your information safe.
privacy-s7-li3 = The person who referred you. If a GP, social prescriber or link worker referred you to a group, we tell them how it went only if you agree.
privacy-s7-li4 = Authorities, only where the law requires it, or where someone’s life or safety is at serious risk. The next section explains this.

privacy-s8-title = Keeping people safe: when we may share information
privacy-s8-p1 = Groups are confidential: what you share in a group should stay in the group. But there are limits, and we want to be honest about them.
privacy-s8-p2 = Sometimes a facilitator or moderator may believe that someone is at serious risk. For example, that a person may end their life, that a child or an adult at risk is being harmed, or that someone may seriously hurt another person. Then they may need to share information to keep that person safe. This is called safeguarding.
privacy-s8-p3 = Where we can, we will talk to you first and tell you what we plan to share, and with whom. We share only what is needed, and only with people who need it, such as the emergency services, a GP or a local council’s safeguarding team.
privacy-s8-p4 = We cannot always talk to you first: for example, in an emergency, or if telling you would put someone in more danger.
privacy-s8-p5 = The site also looks for words that may mean someone is in crisis, so that help can be offered quickly. A person always reviews what it finds. It never hides what you wrote without telling you, and any decision to contact someone outside the site is made by a person, not by the computer.

privacy-s9-title = How we keep your information safe
privacy-s9-p1 = No system is perfectly safe, but we work hard to protect your information. If something goes wrong that puts you at risk, we will tell you, and we will tell the Information Commissioner’s Office when the law requires it.
privacy-s9-p2 = This is how we protect your information.
privacy-s9-li1 = Posts and messages are encrypted when we store them. This protects them if someone steals a copy of our database. It is not end-to-end encryption: the site can still read them to show them to the people you wrote them for, and moderators can read posts and messages that are reported to them.
privacy-s9-li2 = You can use a made-up display name. Other members never see your email address.
privacy-s9-li3 = We never store your password, only a hash of it.
privacy-s9-li4 = People who run the site can see only what they need for their role, and our server checks every request for private information.
privacy-s9-li5 = We do not track you. There is no advertising, and we do not use analytics tools from other companies.

privacy-s10-title = Cookies
privacy-s10-p1 = Cookies are small files that a website stores in your web browser. We do not use tracking or advertising cookies.
privacy-s10-p2 = We use exactly three cookies. All three are strictly necessary for the site to work, so the law does not require us to ask before using them.
privacy-s10-li1 = A sign-in cookie. It keeps you signed in as you move from page to page. It stops working when you sign out, or after 14 days.
privacy-s10-li2 = A language cookie. It remembers the language you chose for the site.
privacy-s10-li3 = A quick-exit cookie. It remembers that you have seen the tip about the “Exit this page” button, so that we do not show it every time.

privacy-s11-title = If you share a device
privacy-s11-p1 = If someone else uses your phone or computer, our cookies and your browser history can show that you have visited this site. To stop this, you can use a private or incognito window, or delete your cookies and history in your browser settings.
privacy-s11-p2 = If you need to leave this site quickly, select “Exit this page” at any time, or press the Escape key three times. The page is replaced by a weather forecast.

privacy-s12-title = Your rights
privacy-s12-p1 = You have rights over your information. Using them is free. We will normally answer within one month.
privacy-s12-li1 = To see your information and download it. Your account page shows what we hold about you, and you can download it all as a file at any time.
privacy-s12-li2 = To correct it. Ask us to correct anything we hold about you that is wrong. You can change your password yourself on your account page.
privacy-s12-li3 = To delete it. You can delete your account yourself, at any time, on your account page.
privacy-s12-li4 = To restrict it. You can ask us to stop using your information for a while, for example while we check something you have told us is wrong.
privacy-s12-li5 = To object. You can ask us to stop using your information where we rely on legitimate interests.
privacy-s12-li6 = To take back your consent, at any time, for example by leaving a group or deleting your account.
privacy-s12-li7 = To complain to the Information Commissioner’s Office (see below).

privacy-s13-title = How to complain
privacy-s13-p1 = If you are unhappy with how we have used your information, please tell us first, so that we can try to put it right.
privacy-s13-p2 = You also have the right to complain to the Information Commissioner’s Office (ICO). The ICO is the UK’s independent regulator for data protection. Website: ico.org.uk. Telephone: 0303 123 1113.

privacy-s14-title = How to contact us
privacy-s14-p1 = To ask a question, use one of your rights or make a complaint, contact the organisation that runs this Kindred site, using the contact details it gives on this site.
privacy-s14-p2 = You can do many things yourself on your account page without asking anyone: see, download and delete your information, change your password, and sign out everywhere.
privacy-s14-p3 = Before we act on a request, we may need to check that it really comes from you, so that we do not give your information to someone else. We will never ask for your real name if you do not use it here. We can check through your account, for example by sending an email to the address on it.

privacy-s15-title = Changes to this notice
privacy-s15-p1 = We will update this notice when what we do with your information changes. If a change is important, we will tell you on this site before it takes effect.

## Accessibility statement

accessibility-title = Accessibility statement
accessibility-intro = We want as many people as possible to be able to use this Kindred site, whatever their abilities, their device or the language they read. This statement explains how accessible the site is, what does not work well yet, and how to tell us about problems.

accessibility-s1-title = Using this website
accessibility-s1-p1 = We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. These are the international standard for accessible websites.
accessibility-s1-p2 = Pages are small, so they load quickly on a slow connection. We try to keep the words short and simple.
accessibility-s1-p3 = AbilityNet (abilitynet.org.uk) has advice on making your device easier to use if you have a disability.

accessibility-s2-title = What you can do on this site
accessibility-s2-p1 = On this site, you should be able to:
accessibility-s2-li1 = zoom in up to 400% without the text spilling off the screen
accessibility-s2-li2 = use the whole site with a keyboard only, without a mouse
accessibility-s2-li3 = use the site with a screen reader, such as NVDA, JAWS, VoiceOver or TalkBack
accessibility-s2-li4 = change colours, text size and fonts in your browser settings
accessibility-s2-li5 = use every page without JavaScript, except the live meeting room
accessibility-s2-li6 = stop things moving on the screen: if you ask your device to reduce motion, the site does too
accessibility-s2-li7 = read the site in five languages: English, Welsh, Polish, Urdu and Arabic
accessibility-s2-li8 = read Urdu and Arabic pages laid out from right to left

accessibility-s3-title = How accessible this website is
accessibility-s3-p1 = We know that some parts of this site are not fully accessible yet.
accessibility-s3-li1 = Translations other than English are drafts. Native speakers have not yet reviewed them, so they may contain mistakes or wording that is hard to follow. If something is not clear, you can switch to English, and please tell us.
accessibility-s3-li2 = The live meeting room needs JavaScript and an up-to-date web browser. If you cannot use it, ask the group’s facilitator about other ways to take part, such as meeting in person.
accessibility-s3-li3 = Groups write some content themselves, such as group descriptions and posts. We cannot check all of it, so some may not be accessible: for example, a picture without a description. If you find something you cannot use, tell us and we will ask the group to fix it or give it to you in another way.

accessibility-s4-title = Feedback and contact information
accessibility-s4-p1 = If you need information on this site in a different format, such as large print, easy read, audio or braille, contact the organisation that runs this Kindred site, using the contact details it gives on this site. Tell us what you need and how we can reach you.
accessibility-s4-p2 = We will think about your request and reply as soon as we can.

accessibility-s5-title = Reporting accessibility problems with this website
accessibility-s5-p1 = We are always looking to make this site more accessible. If you find a problem that is not listed on this page, or you think we are not meeting accessibility requirements, please contact the organisation that runs this site. Your feedback matters: automated tools find only some problems.
accessibility-s5-p2 = It helps us if you tell us which page it was, what you were trying to do, and what device, browser or assistive technology you were using. You do not have to give your real name.

accessibility-s6-title = Enforcement procedure
accessibility-s6-p1 = If the organisation that runs this site is a public sector body, such as an NHS trust or a council, the Equality and Human Rights Commission (EHRC) enforces the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, known as the accessibility regulations.
accessibility-s6-p2 = If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS). Website: equalityadvisoryservice.com. Telephone: 0808 800 0082.
accessibility-s6-p3 = If you live in Northern Ireland, contact the Equality Commission for Northern Ireland.

accessibility-s7-title = How we test this website
accessibility-s7-p1 = Automated tools can find only some accessibility problems, so we also test with people.
accessibility-s7-p2 = We test the site in three ways:
accessibility-s7-li1 = Automated checks. Every page, in all five languages, is checked with axe, an accessibility testing tool, running in a real web browser. These checks are part of the tests that run whenever the software changes.
accessibility-s7-li2 = Keyboard tests. We check that you can reach and use everything on a page with a keyboard, in a sensible order, and that you can always see where you are.
accessibility-s7-li3 = Checks by hand. People check the things automated tools cannot find, such as whether headings, link text and error messages make sense.

accessibility-s8-title = Preparation of this statement
accessibility-s8-p1 = This statement was prepared in November 2026.
accessibility-s8-p2 = We will review it whenever we make a large change to the site, and at least once a year.

## Crisis help

crisis-title = Crisis help
crisis-intro = A support group is not an emergency service. Members and facilitators may not see your message for hours. If you need help now, contact one of the services below. You do not have to be sure it is an emergency.

# The list of crisis lines is rendered from data, per country. $number is the phone or text
# number; $keyword is the word to text.
crisis-lines-title = Get help now
crisis-samaritans = Samaritans
crisis-samaritans-how = Call { $number } free, any time, day or night. You can talk about anything that is troubling you.
crisis-shout = Shout
crisis-shout-how = Text { $keyword } to { $number } to talk by text with a trained volunteer. It is free, confidential and open any time, day or night.
crisis-nhs111 = NHS 111
crisis-nhs111-how = Call { $number } and choose option 2 if you need urgent help with your mental health, or with someone else’s.
crisis-emergency = Emergency services
crisis-emergency-how = If a life is at risk, or you cannot keep yourself safe, call { $number } or go to your nearest A&E now.

crisis-s1-title = If you are thinking about suicide
crisis-s1-p1 = If you are thinking about ending your life, you are not alone, and you do not have to go through this by yourself. Many people who have felt this way have found that the feelings passed and things got better.
crisis-s1-p2 = Talking to someone can help. The people at the services on this page are there to listen, without judging you. You can contact them as often as you need to.
crisis-s1-p3 = You are welcome to talk about how you feel in your group. But if you need help now, do not wait for a reply: contact one of the services on this page.
crisis-s1-p4 = However you feel right now, help is available, and things can change.

crisis-s2-title = Things that may help right now
crisis-s2-p1 = If you are struggling right now, these small steps may help you stay safe until the worst of the feelings pass:
crisis-s2-li1 = If you feel you might act on your thoughts, or you cannot keep yourself safe, call the emergency services or go to A&E now.
crisis-s2-li2 = Tell someone you trust how you are feeling: a friend, a family member, your GP or someone from your group.
crisis-s2-li3 = Go somewhere you feel safe, or be near other people.
crisis-s2-li4 = If you can, put some distance between yourself and anything you could use to hurt yourself.
crisis-s2-li5 = Try not to drink alcohol or take drugs. They can make feelings stronger and harder to cope with.
crisis-s2-li6 = Focus on getting through the next few minutes or hours, one step at a time.

crisis-s3-title = If you are worried about someone else
crisis-s3-p1 = If someone is in danger right now, call the emergency services. Stay with them if it is safe for you to do so.
crisis-s3-p2 = If it is not an emergency, you can still help. Here are some things you can do:
crisis-s3-li1 = Ask them how they are, and listen. You do not need to have the answers.
crisis-s3-li2 = It is all right to ask them directly whether they are thinking about suicide. Asking will not put the idea in their head. Many people feel relieved to be asked.
crisis-s3-li3 = Encourage them to contact one of the services on this page, or their GP. Offer to help them make the call.
crisis-s3-li4 = If you are worried about something someone wrote on this site, tell the group’s facilitator or a moderator. If a life is at risk, call the emergency services first.
crisis-s3-li5 = Look after yourself too. Supporting someone can be hard. You can call Samaritans to talk about how you feel.

crisis-s4-title = If you are outside the UK
crisis-s4-p1 = The services on this page are for people in the United Kingdom. From other countries, you may not be able to reach them, or a call may cost money.
crisis-s4-p2 = If you are in another country, look for a crisis line or emergency service where you are. If a life is at risk, call your local emergency number. In the European Union, you can call 112. In the Republic of Ireland, Samaritans also answer on 116 123.
crisis-s4-p3 = The organisation that runs this Kindred site can add crisis lines for other countries. If you think lines for your country should be shown here, please tell them.

crisis-s5-title = What happens in Kindred groups if someone is at risk
crisis-s5-p1 = Groups are run by facilitators. Some are volunteers who have been through similar things themselves. Others are professionals, such as nurses, psychologists or social workers. They are there to support the group, not to replace crisis services.
crisis-s5-p2 = If a facilitator thinks someone in their group is at risk, they will:
crisis-s5-li1 = check in with the person kindly, away from the rest of the group if possible
crisis-s5-li2 = share the crisis lines, and encourage the person to contact them
crisis-s5-li3 = tell a moderator or the organisation that runs the group, so that someone follows up
crisis-s5-li4 = contact the emergency services if they believe a life is in danger, even if this means sharing something the person said in confidence

crisis-s6-title = How the site looks out for people in crisis
crisis-s6-p1 = The site looks for words in posts and messages that may mean someone is in crisis. When it finds them, it shows the writer where to get help straight away, and a person from the moderation team looks at it.
crisis-s6-p2 = It never hides what you wrote without telling you. Any decision to contact someone outside the site is made by a person, not by the computer.
crisis-s6-p3 = Our privacy notice explains when and how we may share information to keep someone safe.
