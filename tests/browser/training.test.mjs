// Facilitator training: the course and its lessons (signed out and signed in), the scenario
// quizzes (passing, not passing yet, an unanswered question), completing all seven modules,
// the "Trained facilitator" badge on a group run by someone whose training is current, and
// the training status on the group's members page. Every page type passes axe-core in every
// language and has no horizontal scroll at 320 px; a quiz can be answered with the keyboard.
// The answers come from the course itself (course.json), so the tests follow its content.
// Run: (cd tests/browser && node --test training.test.mjs)
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, SCREENSHOT_DIR, checkA11y, launchBrowser, logIn, repoRoot,
  focusState, signedInAccount, startServer, submitMainForm, mainText, plain, selectIfOffered, withLang, horizontalOverflow, tabTo, describeFocus,
} from './helpers.mjs';

const COURSE_DIR = path.join(repoRoot, 'crates/kindred-core/data/training/peer-facilitator');
const COURSE_PATH = '/training/peer-facilitator';

let server;
let browser;
/** course.json: { key, title, modules: [{ key, title, file, expires_months, pass_mark, quiz }] }. */
let course;
/** Filled in before() and by the accessibility section: sessions and paths. */
const fixtures = {};

before(async () => {
  course = JSON.parse(await readFile(path.join(COURSE_DIR, 'course.json'), 'utf8'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startServer({}, { admin: true });
  browser = await launchBrowser();
  await withPage({}, async (page) => {
    await logIn(page, server, server.admin);
    fixtures.adminState = await page.context().storageState();
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Runs `fn(page)` in a fresh context (with `storageState` when given), then closes it. Requests
 * anywhere but the test server are refused: no test may reach the internet.
 */
async function withPage(options, fn) {
  const context = await browser.newContext(options);
  try {
    await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

function moduleByKey(key) {
  const found = course.modules.find((m) => m.key === key);
  assert.ok(found, `no module ${key} in course.json`);
  return found;
}

/** The right answers to a module's quiz, with the first `wrong` of them changed to wrong ones. */
function answersFor(module, { wrong = 0 } = {}) {
  return module.quiz.map((q, i) => (i < wrong ? (q.answer + 1) % q.choices.length : q.answer));
}

/** How many right answers a module needs to pass. */
function needed(module) {
  return Math.ceil(module.pass_mark * module.quiz.length - 1e-9);
}

/** A plain sentence from the lesson (no Markdown, no quotes), to find on the page. */
async function lessonSentence(module) {
  const markdown = await readFile(path.join(COURSE_DIR, module.file), 'utf8');
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    if (/^\s*[#>\-*|]/.test(paragraph)) continue;
    for (const sentence of paragraph.replace(/\s+/g, ' ').split(/(?<=\.) /)) {
      if (/^[A-Z][A-Za-z ,]{25,}\.$/.test(sentence)) return sentence;
    }
  }
  throw new Error(`no plain sentence in ${module.file}`);
}

/** The year of the date written just after `phrase` in `text`: { year, date } or null. */
function yearAfter(text, phrase) {
  const at = text.indexOf(phrase);
  if (at < 0) return null;
  const date = text.slice(at + phrase.length, at + phrase.length + 40);
  const year = date.match(/\b(\d{4})\b/);
  return year ? { year: Number(year[1]), date: date.trim() } : null;
}

/** The quiz form on a lesson page. */
const QUIZ_FORM = 'main form[method="post" i]:has(fieldset input[type=radio])';

/**
 * Ticks the given answers (an index per question; null leaves a question unanswered) and
 * presses the quiz's submit button. Returns the response to the POST.
 */
async function answerQuiz(page, answers) {
  for (const [i, answer] of answers.entries()) {
    if (answer !== null) await page.check(`${QUIZ_FORM} input[type=radio][name="q${i}"][value="${answer}"]`);
  }
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator(`${QUIZ_FORM} [type=submit]`).last().click(),
  ]);
  return response;
}

/** Opens a module's lesson (in `lang`) and submits its quiz with `answers`. */
async function takeQuiz(page, module, answers, lang = 'en') {
  const response = await page.goto(withLang(`${server.url}${COURSE_PATH}/${module.key}`, lang));
  assert.equal(response.status(), 200, `opening ${module.key}: ${await mainText(page)}`);
  return answerQuiz(page, answers);
}

/** Passes every module of the course with the right answers, checking each result. */
async function passWholeCourse(page) {
  for (const module of course.modules) {
    const response = await takeQuiz(page, module, answersFor(module));
    const text = await mainText(page);
    assert.equal(response.status(), 200, `submitting ${module.key}: ${text}`);
    assert.match(text, /You passed/, `${module.key} was not passed with every answer right: ${text}`);
  }
}

/** The administrator makes `account` an organiser of the first organisation (through the API). */
async function makeOrganiser(account) {
  await withPage({ storageState: fixtures.adminState }, async (page) => {
    const list = await page.request.get(`${server.url}/api/v1/organisations`);
    assert.equal(list.status(), 200, 'GET /api/v1/organisations');
    const org = (await list.json()).items[0];
    assert.ok(org?.id, 'the demo data has no organisation');
    const made = await page.request.post(`${server.url}/api/v1/organisations/${org.id}/organisers`, {
      data: { email: account.email },
    });
    assert.equal(made.status(), 204, `making ${account.email} an organiser: ${await made.text()}`);
  });
}

/** Lists an online group through /groups/new; the account that lists it becomes its organiser. */
async function createGroup(page, { name, slug }) {
  const response = await page.goto(`${server.url}/groups/new?lang=en`);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('#field-name').count(), 1, `no group form at /groups/new: ${await mainText(page)}`);
  await page.fill('#field-name', name);
  await page.fill('#field-slug', slug);
  await page.fill('#field-summary', 'A group made by the facilitator training browser tests.');
  await selectIfOffered(page, '#field-category', 'mental_health');
  await selectIfOffered(page, '#field-attendance', 'online');
  await page.fill('#field-area', 'Online');
  await selectIfOffered(page, '#field-frequency', 'none');
  await selectIfOffered(page, '#field-joining', 'open');
  await selectIfOffered(page, '#field-status', 'active');
  const saved = await submitMainForm(page, 'main form.group-form');
  assert.equal(saved.status(), 200, `listing ${name}: ${await mainText(page)}`);
  assert.equal(new URL(page.url()).pathname, `/groups/${slug}`, `listing ${name} ended at ${page.url()}`);
}

let groupCounter = 0;
/** A unique group name (with a made-up word to search for) and slug. */
function newGroupNames(word) {
  const n = `${process.pid}-${Date.now().toString(36)}-${++groupCounter}`;
  return { name: `${word} Peer Circle ${groupCounter}`, slug: `${word.toLowerCase()}-${n}`, word };
}

/** A fresh confirmed account that organises a new group of its own: { account, storageState, group }. */
async function organiserWithGroup(label, word) {
  const organiser = await signedInAccount(browser, server, label);
  await makeOrganiser(organiser.account);
  const group = newGroupNames(word);
  await withPage({ storageState: organiser.storageState }, (page) => createGroup(page, group));
  return { ...organiser, group };
}

/** The group's entry in /groups search results for its made-up word (a locator), after loading. */
async function searchResult(page, group, lang = 'en') {
  const response = await page.goto(`${server.url}/groups?q=${encodeURIComponent(group.word)}&lang=${lang}`);
  assert.equal(response.status(), 200);
  const item = page.locator(`main li:has(a[href="/groups/${group.slug}"])`).first();
  assert.equal(await item.count(), 1, `${group.name} is not in /groups?q=${group.word}: ${await mainText(page)}`);
  return item;
}

/** The row of the members page that names `pseudonym`. */
function memberRow(page, pseudonym) {
  return page.locator('main li').filter({ hasText: pseudonym }).last();
}

/** The module list on the course page: [{ href, title, text }] in page order. */
async function moduleList(page) {
  const list = page.locator(`main ol:has(a[href*="${COURSE_PATH}/"])`).first();
  assert.equal(await list.count(), 1, `no ordered list of modules on ${page.url()}`);
  return list.locator(':scope > li').evaluateAll((items) => items.map((li) => {
    const a = li.querySelector('a');
    return {
      href: a ? new URL(a.href).pathname : null,
      title: (a?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      text: li.innerText.replace(/\s+/g, ' ').trim(),
    };
  }));
}

/** The focused element's name, value and checked state. */
function focusedInput(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, type: el?.getAttribute('type'), name: el?.getAttribute('name'), value: el?.value, checked: !!el?.checked };
  });
}

// ---------------------------------------------------------------------------------------------
// The course and its lessons

test('course.json has the seven modules these tests expect, with a right answer for every question', () => {
  assert.equal(course.key, 'peer-facilitator');
  assert.equal(course.title, 'Peer facilitator course');
  assert.equal(course.modules.length, 7);
  for (const module of course.modules) {
    assert.ok(module.quiz.length >= 4, `${module.key} has ${module.quiz.length} questions`);
    for (const q of module.quiz) assert.ok(q.answer >= 0 && q.answer < q.choices.length, `${module.key}: answer ${q.answer}`);
  }
  assert.equal(moduleByKey('safeguarding-basics').expires_months, 12);
});

test('/training names the facilitator training and links to the peer facilitator course', async () => {
  await withPage({}, async (page) => {
    const response = await page.goto(`${server.url}/training?lang=en`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('h1').innerText(), 'Facilitator training');
    const link = page.locator(`main a[href="${COURSE_PATH}"], main a[href^="${COURSE_PATH}?"]`);
    assert.ok(await link.count() >= 1, `no link to ${COURSE_PATH} on /training`);
    assert.match(await link.first().innerText(), /Peer facilitator course/);
  });
});

test('signed out, the course page lists the seven modules in order, each with a status, and asks you to sign in to record progress', async () => {
  await withPage({}, async (page) => {
    const response = await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('h1').innerText(), course.title);
    const modules = await moduleList(page);
    assert.deepEqual(modules.map((m) => m.href), course.modules.map((m) => `${COURSE_PATH}/${m.key}`),
      'the modules are not listed in the course order');
    for (const [i, m] of modules.entries()) {
      assert.equal(plain(m.title), plain(course.modules[i].title), `module ${i + 1}'s link text`);
      assert.ok(m.text.length > m.title.length + 2, `module ${course.modules[i].key} shows no status: "${m.text}"`);
    }
    const text = await mainText(page);
    assert.match(text, /sign in/i, 'signed-out visitors are not told to sign in to record progress');
    assert.ok(await page.locator('main a[href^="/login"]').count() >= 1, 'no sign-in link on the course page');
    assert.doesNotMatch(text, /Completed on/);
  });
});

test('signed out, a lesson can be read: its title, its prose, and its quiz questions', async () => {
  const module = moduleByKey('ground-rules');
  await withPage({}, async (page) => {
    const response = await page.goto(`${server.url}${COURSE_PATH}/${module.key}?lang=en`);
    assert.equal(response.status(), 200);
    assert.equal(plain(await page.locator('h1').innerText()), plain(module.title));
    assert.equal(await page.locator('h1').count(), 1, 'the lesson\'s own "#" heading is shown as a second h1');
    const text = await mainText(page);
    assert.ok(text.includes(await lessonSentence(module)), `the lesson's prose is not on the page: ${text.slice(0, 400)}`);
    assert.ok(text.includes('Key points'), 'the lesson is cut short (no "Key points")');
    assert.match(text, /sign in/i, 'signed-out readers of a lesson are not told to sign in to record progress');
    assert.ok(await page.locator('main a[href^="/login"]').count() >= 1, 'no sign-in link on the lesson');
  });
});

test('signed out, answering a quiz records nothing and leads to signing in', async () => {
  const module = moduleByKey('ground-rules');
  await withPage({}, async (page) => {
    await page.goto(`${server.url}${COURSE_PATH}/${module.key}?lang=en`);
    if (await page.locator(QUIZ_FORM).count() === 0) return; // No form to submit: nothing to record.
    await answerQuiz(page, answersFor(module));
    assert.equal(new URL(page.url()).pathname, '/login', `a signed-out answer ended at ${page.url()}: ${await mainText(page)}`);
    assert.doesNotMatch(await mainText(page), /You passed/);
  });
});

test('a lesson\'s quiz is a POST form: a fieldset per question, its legend the question, four labelled radio buttons q0, q1, ... valued 0-3, and "Check my answers"', async () => {
  const module = moduleByKey('safeguarding-basics');
  const { storageState } = await signedInAccount(browser, server, 'training-form');
  await withPage({ storageState }, async (page) => {
    const response = await page.goto(`${server.url}${COURSE_PATH}/${module.key}?lang=en`);
    assert.equal(response.status(), 200);
    const form = page.locator(QUIZ_FORM);
    assert.equal(await form.count(), 1, 'no quiz form (method post, with radio buttons)');
    const fieldsets = form.locator('fieldset');
    assert.equal(await fieldsets.count(), module.quiz.length);
    for (const [i, q] of module.quiz.entries()) {
      const fieldset = fieldsets.nth(i);
      // The legend is the question, perhaps numbered ("1. ...").
      const legend = plain(await fieldset.locator('legend').innerText());
      assert.equal(legend.replace(new RegExp(`^${i + 1}[.)]\\s*`), ''), plain(q.question), `legend of question ${i + 1}`);
      const radios = await fieldset.locator('input[type=radio]').evaluateAll((inputs) => inputs.map((input) => ({
        name: input.name,
        value: input.value,
        label: [...(input.labels ?? [])].map((l) => l.textContent).join(' ').replace(/\s+/g, ' ').trim(),
      })));
      assert.deepEqual(radios.map((r) => r.name), q.choices.map(() => `q${i}`), `names in question ${i + 1}`);
      assert.deepEqual(radios.map((r) => r.value), q.choices.map((_, v) => String(v)), `values in question ${i + 1}`);
      assert.deepEqual(radios.map((r) => plain(r.label)), q.choices.map(plain), `labels in question ${i + 1}`);
    }
    const button = form.getByRole('button', { name: 'Check my answers' });
    assert.equal(await button.count(), 1, 'no "Check my answers" button');
    assert.equal(await page.locator(`${QUIZ_FORM} input[type=radio]:checked`).count(), 0, 'an answer is ticked before answering');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-lesson.png'), fullPage: true });
  });
});

// ---------------------------------------------------------------------------------------------
// Quizzes

test('every answer right: "You passed", the score, every explanation, and the course page counts the module', async () => {
  const module = moduleByKey('ground-rules');
  const { storageState } = await signedInAccount(browser, server, 'training-pass');
  await withPage({ storageState }, async (page) => {
    await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    const before = await moduleList(page);
    assert.match(await mainText(page), /\b0 of 7\b/, 'the status panel does not say 0 of 7 modules are passed');

    const response = await takeQuiz(page, module, answersFor(module));
    assert.equal(response.status(), 200, await mainText(page));
    assert.match(await page.locator('h1').innerText(), /^Quiz result/);
    const text = await mainText(page);
    assert.match(text, /You passed/);
    assert.match(text, new RegExp(`\\b${module.quiz.length} of ${module.quiz.length} correct\\b`));
    assert.doesNotMatch(text, /Not passed yet/);
    for (const [i, q] of module.quiz.entries()) {
      assert.ok(text.includes(plain(q.explanation)), `question ${i + 1}'s explanation is not shown`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-result-passed.png'), fullPage: true });

    await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    assert.match(await mainText(page), /\b1 of 7\b/, 'the status panel does not say 1 of 7 modules are passed');
    const afterList = await moduleList(page);
    const i = course.modules.indexOf(module);
    assert.notEqual(afterList[i].text, before[i].text, `${module.key}'s status did not change after passing it`);
    assert.match(afterList[i].text, /passed/i);
    assert.doesNotMatch(afterList[i].text, /not passed/i);
    assert.equal(afterList[i + 1].text, before[i + 1].text, 'the next module\'s status changed too');
  });
});

test('too few right answers: "Not passed yet", how many are needed, and every explanation', async () => {
  const module = moduleByKey('running-meetings');
  const wrong = module.quiz.length - needed(module) + 1;
  const right = module.quiz.length - wrong;
  const { storageState } = await signedInAccount(browser, server, 'training-fail');
  await withPage({ storageState }, async (page) => {
    const response = await takeQuiz(page, module, answersFor(module, { wrong }));
    assert.equal(response.status(), 200, await mainText(page));
    assert.match(await page.locator('h1').innerText(), /^Quiz result/);
    const text = await mainText(page);
    assert.match(text, /Not passed yet/);
    assert.doesNotMatch(text, /You passed/);
    assert.match(text, new RegExp(`\\b${right} of ${module.quiz.length}\\b`), `the score (${right} of ${module.quiz.length}) is not shown`);
    assert.match(text, new RegExp(`\\b${needed(module)}\\b`), `how many are needed (${needed(module)}) is not said`);
    for (const [i, q] of module.quiz.entries()) {
      assert.ok(text.includes(plain(q.explanation)), `question ${i + 1}'s explanation is not shown`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-result-not-passed.png'), fullPage: true });

    await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    assert.match(await mainText(page), /\b0 of 7\b/, 'a quiz not passed counts as passed');
  });
});

test('an unanswered question: HTTP 422, an error summary asking to answer every question, and the answers given are kept', async () => {
  const module = moduleByKey('everyone-can-speak');
  const answers = answersFor(module);
  answers[answers.length - 1] = null;
  const { storageState } = await signedInAccount(browser, server, 'training-unanswered');
  await withPage({ storageState }, async (page) => {
    const response = await takeQuiz(page, module, answers);
    assert.equal(response.status(), 422, `answered ${response.status()}: ${await mainText(page)}`);
    const summary = page.locator('main [role=alert], main .error-summary').first();
    assert.equal(await summary.count(), 1, 'no error summary');
    assert.match(plain(await summary.innerText()), /every question|all (of )?the questions|each question/i);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary') || document.activeElement?.getAttribute('role') === 'alert'),
      true, 'keyboard focus does not start on the error summary');
    for (const href of await summary.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.equal(await page.locator(href).count(), 1, `the error summary links to ${href}, which is not on the page`);
    }
    // The unanswered question says so itself, and its fieldset points at the message.
    const unanswered = page.locator(`${QUIZ_FORM} fieldset`).nth(answers.length - 1);
    const describedBy = await unanswered.getAttribute('aria-describedby');
    assert.ok(describedBy, 'the unanswered question has no aria-describedby');
    assert.ok((await page.locator(`#${describedBy.split(/\s+/)[0]}`).innerText()).trim().length > 0, 'its error message is empty');
    assert.equal(await page.locator(QUIZ_FORM).count(), 1, 'the quiz form is not shown again');
    assert.equal(await page.locator(`${QUIZ_FORM} fieldset`).count(), module.quiz.length);
    for (const [i, answer] of answers.entries()) {
      const checked = await page.locator(`${QUIZ_FORM} input[name="q${i}"]:checked`).evaluateAll((els) => els.map((e) => e.value));
      assert.deepEqual(checked, answer === null ? [] : [String(answer)], `question ${i + 1}'s answer was not kept`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-unanswered.png'), fullPage: true });

    await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    assert.match(await mainText(page), /\b0 of 7\b/, 'a refused answer counted');
  });
});

test('the quiz can be answered with the keyboard alone (Tab, arrow keys, Space), with visible focus at every stop', async () => {
  const module = moduleByKey('online-and-hybrid');
  const answers = answersFor(module);
  const { storageState } = await signedInAccount(browser, server, 'training-keyboard');
  await withPage({ storageState }, async (page) => {
    await page.goto(`${server.url}${COURSE_PATH}/${module.key}?lang=en`);
    // From the top of the page, Tab reaches the first question's first choice.
    await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'radio');
    for (const [i, answer] of answers.entries()) {
      if (i > 0) await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'radio', { max: 1 });
      let input = await focusedInput(page);
      assert.deepEqual({ name: input.name, value: input.value }, { name: `q${i}`, value: '0' },
        `Tab did not land on question ${i + 1}'s first choice`);
      if (answer === 0) {
        await page.keyboard.press('Space');
      } else {
        for (let k = 0; k < answer; k++) await page.keyboard.press('ArrowDown');
      }
      input = await focusedInput(page);
      assert.deepEqual({ name: input.name, value: input.value, checked: input.checked },
        { name: `q${i}`, value: String(answer), checked: true }, `question ${i + 1} was not answered with the keyboard`);
      const focus = await focusState(page);
      assert.ok(focus.visible, `no visible focus on question ${i + 1}'s choice ${answer + 1} (outline: ${focus.outline}; box-shadow: ${focus.boxShadow})`);
    }
    const ticked = await page.locator(`${QUIZ_FORM} input[type=radio]:checked`).evaluateAll((els) => els.map((e) => `${e.name}=${e.value}`));
    assert.deepEqual(ticked, answers.map((a, i) => `q${i}=${a}`), 'the answers ticked are not the ones chosen');
    const button = await tabTo(page, (f) => f.tag === 'BUTTON' || (f.tag === 'INPUT' && f.type === 'submit'), { max: 3 });
    assert.equal(button.text, 'Check my answers');
    const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Space')]);
    assert.equal(response.status(), 200, await mainText(page));
    const text = await mainText(page);
    assert.match(text, /You passed/);
    assert.match(text, new RegExp(`\\b${answers.length} of ${answers.length} correct\\b`));
  });
});

// ---------------------------------------------------------------------------------------------
// Completing the course, and the badge

test('an organiser passes all seven modules: the course shows "Completed on" and "current until", and their group gets the "Trained facilitator" badge', async (t) => {
  const { account, storageState, group } = await organiserWithGroup('training-organiser', 'Kestrelmoor');
  const context = await browser.newContext({ storageState });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  const page = await context.newPage();
  t.after(() => context.close());

  await t.test('before training, the group page and the search results show no badge', async () => {
    const response = await page.goto(`${server.url}/groups/${group.slug}?lang=en`);
    assert.equal(response.status(), 200);
    assert.doesNotMatch(await mainText(page), /Trained facilitator/);
    const item = await searchResult(page, group);
    assert.doesNotMatch(await item.innerText(), /Trained facilitator/);
  });

  await t.test('before training, the members page says the organiser has not completed it', async () => {
    const response = await page.goto(`${server.url}/groups/${group.slug}/members?lang=en`);
    assert.equal(response.status(), 200);
    const row = memberRow(page, account.pseudonym);
    assert.equal(await row.count(), 1, `${account.pseudonym} is not on the members page: ${await mainText(page)}`);
    assert.match(await row.innerText(), /not completed/i);
  });

  await t.test('passing six modules is not enough', async () => {
    for (const module of course.modules.slice(0, 6)) {
      const response = await takeQuiz(page, module, answersFor(module));
      assert.equal(response.status(), 200);
      assert.match(await mainText(page), /You passed/, `${module.key}`);
    }
    await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    const text = await mainText(page);
    assert.match(text, /\b6 of 7\b/);
    assert.doesNotMatch(text, /Completed on/);
    await page.goto(`${server.url}/groups/${group.slug}?lang=en`);
    assert.doesNotMatch(await mainText(page), /Trained facilitator/, 'the badge shows before the course is complete');
  });

  await t.test('passing the seventh completes the course, current for 12 months (safeguarding expires)', async () => {
    const last = course.modules[6];
    const response = await takeQuiz(page, last, answersFor(last));
    assert.equal(response.status(), 200);
    await page.goto(`${server.url}${COURSE_PATH}?lang=en`);
    const text = await mainText(page);
    assert.match(text, /Completed on/);
    assert.match(text, /current until/);
    const thisYear = new Date().getUTCFullYear();
    const completed = yearAfter(text, 'Completed on');
    const until = yearAfter(text, 'current until');
    assert.ok(completed && until, `no dates after "Completed on" and "current until": ${text}`);
    assert.equal(completed.year, thisYear, `completed on ${completed.date}`);
    assert.equal(until.year, completed.year + 1, `completed on ${completed.date} but current until ${until.date} (the safeguarding module lasts 12 months)`);
    for (const m of await moduleList(page)) {
      assert.match(m.text, /passed/i, `${m.href}: ${m.text}`);
      assert.doesNotMatch(m.text, /not passed/i, `${m.href}: ${m.text}`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-course-completed.png'), fullPage: true });
  });

  await t.test('the group page and its search result now show "Trained facilitator"', async () => {
    await withPage({}, async (guest) => {
      const response = await guest.goto(`${server.url}/groups/${group.slug}?lang=en`);
      assert.equal(response.status(), 200);
      assert.match(await mainText(guest), /Trained facilitator/, 'no badge on the group page');
      await guest.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-group-badge.png'), fullPage: true });
      const item = await searchResult(guest, group);
      assert.match(await item.innerText(), /Trained facilitator/, 'no badge in the search results');
    });
  });

  await t.test('the members page shows the organiser\'s training as current', async () => {
    const response = await page.goto(`${server.url}/groups/${group.slug}/members?lang=en`);
    assert.equal(response.status(), 200);
    const row = memberRow(page, account.pseudonym);
    assert.match(await row.innerText(), /current until/i);
    assert.doesNotMatch(await row.innerText(), /not completed/i);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'training-members.png'), fullPage: true });
  });
});

test('a group whose organiser is not trained shows no badge, even when another account has completed the course', async () => {
  const { group } = await organiserWithGroup('training-untrained', 'Wrenfield');
  const trained = await signedInAccount(browser, server, 'training-other');
  await withPage({ storageState: trained.storageState }, passWholeCourse);
  await withPage({}, async (page) => {
    await page.goto(`${server.url}/groups/${group.slug}?lang=en`);
    assert.doesNotMatch(await mainText(page), /Trained facilitator/);
  });
});

// ---------------------------------------------------------------------------------------------
// Accessibility: every page type, in every language, and at 320 px

// Page types, once per language.
//   path     where to go (:slug is the accessibility group, made in before())
//   as       'trained' (the group's organiser, course completed) or 'learner' (default: a guest)
//   answers  then submit the quiz with these answers (a module's key, and options for answersFor;
//            unanswered: true leaves the last question unanswered)
//   status   the expected HTTP status (default 200)
//   shows    a selector that must match, so the view checked is the one meant
const PAGES = [
  { name: 'training', path: '/training', shows: `main a[href^="${COURSE_PATH}"]` },
  { name: 'the course, signed out', path: COURSE_PATH, shows: 'main ol a' },
  { name: 'the course, completed', path: COURSE_PATH, as: 'trained', shows: 'main ol a' },
  { name: 'a lesson, signed out', path: `${COURSE_PATH}/ground-rules`, shows: 'main h1' },
  { name: 'a lesson with its quiz, signed in', path: `${COURSE_PATH}/risk-disclosure`, as: 'learner', shows: `${QUIZ_FORM} fieldset legend` },
  { name: 'a quiz result, passed', path: `${COURSE_PATH}/self-care`, as: 'learner', answers: { key: 'self-care' }, shows: 'main h1' },
  { name: 'a quiz result, not passed yet', path: `${COURSE_PATH}/self-care`, as: 'learner', answers: { key: 'self-care', wrong: 3 }, shows: 'main h1' },
  { name: 'a quiz with an unanswered question', path: `${COURSE_PATH}/safeguarding-basics`, as: 'learner', answers: { key: 'safeguarding-basics', unanswered: true }, status: 422, shows: 'main [role=alert], main .error-summary' },
  { name: 'a group with a trained facilitator', path: '/groups/:slug', shows: 'main h1' },
  { name: 'group search results with a trained facilitator', path: '/groups?q=:word', shows: 'main a[href="/groups/:slug"]' },
  { name: 'members and training status', path: '/groups/:slug/members', as: 'trained', shows: 'main li' },
];

describe('accessibility of the training pages', () => {
  before(async () => {
    const learner = await signedInAccount(browser, server, 'training-a11y');
    fixtures.learnerState = learner.storageState;
    const trained = await organiserWithGroup('training-a11y-organiser', 'Larkspurvale');
    fixtures.trainedState = trained.storageState;
    fixtures.group = trained.group;
    await withPage({ storageState: trained.storageState }, passWholeCourse);
  });

  const fill = (s) => s.replace(/:slug/g, fixtures.group.slug).replace(/:word/g, fixtures.group.word);

  for (const spec of PAGES) {
    describe(`page ${spec.name} (${spec.path})`, () => {
      for (const { lang, dir } of LANGUAGES) {
        describe(`in ${lang}`, () => {
          let context;
          let page;
          let label;

          before(async () => {
            const urlPath = withLang(fill(spec.path), lang);
            label = `${spec.name} (${urlPath})`;
            const state = { trained: fixtures.trainedState, learner: fixtures.learnerState }[spec.as];
            context = await browser.newContext(state ? { storageState: state } : {});
            await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
            page = await context.newPage();
            let response = await page.goto(server.url + urlPath);
            if (spec.answers) {
              assert.equal(response.status(), 200, `status of ${urlPath}`);
              const answers = answersFor(moduleByKey(spec.answers.key), spec.answers);
              if (spec.answers.unanswered) answers[answers.length - 1] = null;
              response = await answerQuiz(page, answers);
            }
            assert.equal(response.status(), spec.status ?? 200, `status of ${label}: ${await mainText(page)}`);
          });

          after(() => context?.close());

          test(`shows what it should (${spec.shows})`, async () => {
            assert.ok(await page.locator(fill(spec.shows)).count() > 0, `${label} has nothing matching ${fill(spec.shows)}`);
          });

          test('has no axe-core violations', async () => {
            const violations = await checkA11y(page);
            assert.equal(violations.length, 0, `axe-core violations on ${label} in ${lang}:\n${violations.join('\n')}`);
          });

          test(`declares lang="${lang}" dir="${dir}" and has exactly one h1`, async () => {
            const html = await page.evaluate(() => ({
              lang: document.documentElement.getAttribute('lang'),
              dir: document.documentElement.getAttribute('dir'),
              h1: document.querySelectorAll('h1').length,
            }));
            assert.deepEqual(html, { lang, dir, h1: 1 }, `<html> and h1 of ${label}`);
          });

          test('does not scroll sideways at 320 px wide', async () => {
            await page.setViewportSize({ width: 320, height: 800 });
            const overflow = await horizontalOverflow(page);
            if (overflow && lang === 'en') {
              await page.screenshot({ path: path.join(SCREENSHOT_DIR, `training-320-${spec.name.replace(/\W+/g, '-')}.png`), fullPage: true });
            }
            assert.equal(overflow, null, `${label} scrolls sideways at 320 px: ${JSON.stringify(overflow)}`);
          });
        });
      }
    });
  }
});
