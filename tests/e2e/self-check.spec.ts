import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { fill, type FormWords } from "@/components/forms/form-words";
import type { SelfCheckWords } from "@/components/self-check/words";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { selfCheckContent } from "@/lib/self-check/localize";
import { word, type Answers, type Audience } from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";
import { buildSummary } from "@/lib/self-check/summary";
import { storedLeadLanguage, storedLeadsMentioning } from "@/tests/support/e2e-leads";
import { stampFormToken } from "@/tests/support/form-token";
import { messagesMentioning, waitForMessage } from "@/tests/support/inbox";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";

// Each test walks a dozen or more steps of a flow; on a busy machine that outgrows the default budget.
test.describe.configure({ timeout: 90_000 });

const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const iopAnswers: Answers = {
  harm: "no",
  medical: "no",
  "suicide-month": "no",
  psychosis: "no",
  withdrawal: "no",
  "daily-use": "no",
  opioids: "no",
  health: "steady",
  impact: "a-lot",
  "past-care": "none",
  home: "supportive",
  time: "maybe",
  readiness: "unsure",
};

/** A message catalogue read as data (Playwright's loader cannot import JSON modules). */
function catalogue<T>(locale: Locale, namespace: string): T {
  return JSON.parse(readFileSync(path.resolve("messages", locale, `${namespace}.json`), "utf8")) as T;
}

/**
 * Drives the self-check through its visible controls, in either language: one question at a
 * time with JavaScript, all at once without. Every step is checked for privacy; axe scans each
 * distinct state once (tests call audit() where a state first appears), since the same state
 * scans the same.
 */
class SelfCheckPage {
  /** The questions and results, and the interface words, as the page shows them in its language. */
  readonly content: (typeof selfCheckContent)[Locale];
  readonly words: SelfCheckWords;
  /** Where the visit began: the only thing the site keeps in the tab (see checkStep). */
  private landing = "";

  constructor(
    readonly page: Page,
    readonly javaScript: boolean,
    /** Where pages captured without JavaScript are scanned (axe needs scripts). */
    readonly sharedContext: BrowserContext,
    readonly locale: Locale = "en",
  ) {
    this.content = selfCheckContent[locale];
    this.words = catalogue<SelfCheckWords>(locale, "selfCheck");
  }

  async open(pagePath: string) {
    this.landing = pagePath;
    await this.page.goto(pagePath);
    await this.checkStep();
  }

  async start(audience: Audience) {
    const { audienceQuestion } = this.content;
    const label = audienceQuestion.options.find((o) => o.value === audience)!.label;
    await this.group(audienceQuestion.prompt).getByRole("radio", { name: label }).check();
    await this.page.getByRole("button", { name: this.words.start, exact: true }).click();
    if (!this.javaScript) await expect(this.page).toHaveURL(new RegExp(`${appPages.selfCheck[this.locale]}$`));
    await this.checkStep();
  }

  /** Answers in order; with JavaScript, stops when the result appears (a safety answer ends the questions). */
  async answer(audience: Audience, answers: Answers) {
    const { questions: asked } = this.content;
    const forward = new RegExp(`^(${this.words.next}|${this.words.seeResult})$`);
    for (const [index, question] of asked.entries()) {
      const prompt = word(question.prompt, audience);
      if (this.javaScript && (await this.resultHeading().isVisible())) return;
      if (this.javaScript) {
        const heading = this.page.getByRole("heading", { name: prompt });
        await expect(heading).toBeFocused();
        await expect(heading).toContainText(this.progress(index + 2));
      }
      const value = answers[question.id];
      const option = question.options.find((o) => o.value === value);
      if (option)
        await this.group(prompt)
          .getByRole("radio", { name: word(option.label, audience), exact: true })
          .check();
      if (this.javaScript) {
        await this.page.getByRole("button", { name: forward }).click();
        await this.checkStep();
      }
    }
    if (!this.javaScript) {
      await this.page.getByRole("button", { name: this.words.seeResult }).click();
      await expect(this.resultHeading()).toBeVisible();
      await this.checkStep();
    }
    await expect(this.resultHeading()).toBeFocused();
  }

  progress(number: number) {
    return fill(this.words.progress, { number, count: this.content.questions.length + 1 });
  }

  resultHeading() {
    return this.page.getByRole("heading", { name: new RegExp(`^${this.words.yourResult}`) });
  }

  callRequest() {
    return this.page.getByRole("region", { name: this.words.callHeading });
  }

  group(name: string) {
    return this.page.getByRole("group", { name });
  }

  /**
   * After every step: nothing in the URL, cookies or localStorage. sessionStorage holds at most
   * the tab's visit note (components/layout/visit-capture.tsx, with JavaScript): exactly the
   * page the visit began on and no referrer, so no answer can be in it. Any other key, or an
   * answer written into the note, fails here.
   */
  async checkStep() {
    await this.page.waitForLoadState();
    const url = new URL(this.page.url());
    expect(url.search + url.hash, "answers must never reach the URL").toBe("");
    expect(await this.page.context().cookies()).toEqual([]);
    const stored = await this.page.evaluate(() => ({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
    }));
    const visitNote = { visit: JSON.stringify({ landing: this.landing, referrer: "" }) };
    expect(stored.local, "nothing in localStorage").toEqual({});
    expect(stored.cookie).toBe("");
    expect([{}, ...(this.javaScript ? [visitNote] : [])], "sessionStorage: the visit note at most").toContainEqual(
      stored.session,
    );
  }

  /** No accessibility violations in this state: the whole page, or the self-check's main content. */
  async audit(scope = "main") {
    await expectAccessible(this.page, this.javaScript ? null : this.sharedContext, scope);
  }
}

/**
 * axe needs page scripts to run, so without JavaScript it checks the page exactly as the
 * server sent it, opened (its scripts removed) in a script-enabled context.
 */
async function expectAccessible(page: Page, sharedContext: BrowserContext | null, scope: string) {
  let target = page;
  if (sharedContext) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<\/?noscript>/gi, "");
    target = await sharedContext.newPage();
    await target.route(page.url(), (route) => route.fulfill({ body: html, contentType: "text/html" }));
    await target.goto(page.url());
  }
  try {
    const { violations } = await new AxeBuilder({ page: target })
      .include(scope)
      .withTags(axeTags)
      .setLegacyMode()
      .options({ resultTypes: ["violations"] })
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  } finally {
    if (target !== page) await target.close();
  }
}

for (const javaScript of [true, false]) {
  test.describe(`self-check, JavaScript ${javaScript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test("for myself, on its own page: IOP may fit, with reasons, session times and both ways to reach us", async ({
      page,
      foreignRequests,
      sharedContext,
    }) => {
      const posts: string[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST") posts.push(request.url());
      });
      const check = new SelfCheckPage(page, javaScript, sharedContext);
      await check.open("/self-check");
      // With JavaScript this page as it loads is scanned on the walk of the site (pages.spec.ts).
      if (!javaScript) await check.audit("html");
      await expect(page.getByText("Not a diagnosis.", { exact: true })).toBeVisible();
      await check.start("self");
      await check.audit(); // the first question, or all of them without JavaScript
      if (!javaScript) {
        await expect(page.getByRole("heading", { name: /^Question \d+ of 14/ })).toHaveCount(questions.length);
      }
      await check.answer("self", iopAnswers);
      await check.audit();

      await expect(check.resultHeading()).toContainText("IOP may be a good fit to ask about");
      await expect(page.getByText("This is not a diagnosis. A clinician decides with you")).toBeVisible();
      const reasons = page.getByRole("heading", { name: "Why we suggest this" }).locator("xpath=..");
      await expect(reasons).toContainText("It gets in the way of daily life quite a lot.");
      await expect(page.getByText("Time is a concern.")).toBeVisible();
      await expect(page.getByText("9 AM to 12 PM")).toBeVisible();
      await expect(page.getByRole("link", { name: /Call 24\/7/ }).last()).toBeVisible();
      await expect(page.getByRole("button", { name: "Open the call request form" })).toBeVisible();
      // With JavaScript the answers never leave the browser: no request carries them.
      if (javaScript) expect(posts).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    test("for someone I care about, on the candidacy page: the wording follows, and withdrawal risk means more care first", async ({
      page,
      foreignRequests,
      sharedContext,
    }) => {
      const check = new SelfCheckPage(page, javaScript, sharedContext);
      await check.open("/is-iop-right-for-me");
      // With JavaScript this page as it loads is scanned on the walk of the site (pages.spec.ts).
      if (!javaScript) await check.audit("html");
      await check.start("other");
      await expect(page.getByRole("heading", { name: /do you think they might end their life/ })).toBeVisible();
      await expect(page.getByText(/are you having thoughts/)).toHaveCount(0);
      await check.answer("other", { ...iopAnswers, withdrawal: "yes" });
      await check.audit();

      await expect(check.resultHeading()).toContainText("More care may be needed first");
      await expect(page.getByText("This is not a diagnosis. A clinician decides with them")).toBeVisible();
      const askFor = page.getByRole("heading", { name: "What to ask for" }).locator("xpath=..");
      await expect(askFor).toContainText("medical detox");
      await expect(page.getByText(/They are unsure|talk with them about it/).first()).toBeVisible();
      await expect(page).toHaveURL(javaScript ? /\/is-iop-right-for-me$/ : /\/self-check$/);
      expect(foreignRequests).toEqual([]);
    });

    test("a safety answer shows emergency help first", async ({ page, foreignRequests, sharedContext }) => {
      const check = new SelfCheckPage(page, javaScript, sharedContext);
      await check.open("/self-check");
      await check.start("self");
      await check.answer("self", { ...iopAnswers, harm: "yes" });
      await check.audit();

      await expect(check.resultHeading()).toContainText("Please get help now");
      await expect(page.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
      await expect(page.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
      await expect(page.getByRole("link", { name: "Text 988", exact: true })).toHaveAttribute("href", "sms:988");
      // Help comes before any other question, and no form stands between the visitor and it.
      await expect(page.getByRole("heading", { name: /^Question 3 of 14/ })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Open the call request form" })).toHaveCount(0);
      const callFirst = await page.getByRole("link", { name: "Call 911" }).boundingBox();
      const reasons = await page.getByRole("heading", { name: "Why we are showing this" }).boundingBox();
      expect(callFirst!.y).toBeLessThan(reasons!.y);
      expect(foreignRequests).toEqual([]);
    });

    test("voices outside withdrawal lead to a mental health check today, never to IOP", async ({
      page,
      foreignRequests,
      sharedContext,
    }) => {
      const check = new SelfCheckPage(page, javaScript, sharedContext);
      await check.open("/self-check");
      await check.start("other");
      await check.answer("other", { ...iopAnswers, psychosis: "yes", "past-care": "step-down" });
      await check.audit();

      await expect(check.resultHeading()).toContainText("Get a mental health check today");
      await expect(page.getByText("IOP may be a good fit")).toHaveCount(0);
      await expect(page.getByText(/it is safest for them to see a mental health professional today/)).toBeVisible();
      await expect(page.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
      await expect(page.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
      const askFor = page.getByRole("heading", { name: "What to ask for" }).locator("xpath=..");
      await expect(askFor).toContainText("by a psychiatrist or at an emergency room");
      // The questions stop here, and no form stands between the visitor and help.
      await expect(page.getByRole("heading", { name: /^Question 6 of 14/ })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Open the call request form" })).toHaveCount(0);
      expect(foreignRequests).toEqual([]);
    });

    test("fentanyl every day, daily life affected quite a lot: medication and naloxone, not detox first", async ({
      page,
      sharedContext,
    }) => {
      const check = new SelfCheckPage(page, javaScript, sharedContext);
      await check.open("/self-check");
      await check.start("self");
      await check.answer("self", { ...iopAnswers, opioids: "daily", "suicide-month": "thoughts" });
      await check.audit();

      await expect(check.resultHeading()).toContainText("IOP may be a good fit to ask about");
      const reasons = page.getByRole("heading", { name: "Why we suggest this" }).locator("xpath=..");
      await expect(reasons).toContainText("rarely deadly in itself");
      const notes = page.getByRole("heading", { name: "Also keep in mind" }).locator("xpath=..");
      await expect(notes).toContainText("Buprenorphine or methadone can start right away and go on during IOP.");
      await expect(notes).toContainText("Carry naloxone (Narcan).");
      await expect(notes).toContainText("Never use alone.");
      await expect(page.getByText(/detox/i)).toHaveCount(0);
      // Thoughts of suicide in the past month: 988 first, and a word for the assessment.
      const safety = page.getByRole("heading", { name: "For your safety" }).locator("xpath=..");
      await expect(safety).toContainText("Tell the clinician about it at your assessment");
      await expect(safety.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
      await expect(safety.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
      const safetyBox = await safety.boundingBox();
      const reasonsBox = await reasons.boundingBox();
      expect(safetyBox!.y).toBeLessThan(reasonsBox!.y);
    });

    test("a summary sent with a call request: prefilled, nothing sent until the visitor submits, then delivered", async ({
      page,
      foreignRequests,
      sharedContext,
    }) => {
      // Each run asks about someone different, so its summary is its own even with tests running side by side.
      const audience: Audience = javaScript ? "self" : "other";
      const summary = buildSummary(audience, iopAnswers, "answers");
      const ours = summary.split("\n")[1];
      const check = new SelfCheckPage(page, javaScript, sharedContext);
      await check.open("/self-check");
      await check.start(audience);
      await check.answer(audience, iopAnswers);
      const phone = uniquePhone();
      const [leadsBefore, mailBefore] = [storedLeadsMentioning(ours), await messagesMentioning(ours)];

      await page.getByRole("radio", { name: "The next step and my answers" }).check();
      expect(ours).toMatch(/^About: /);
      const prepareBody = javaScript ? page.waitForRequest((r) => r.method() === "POST") : null;
      await page.getByRole("button", { name: "Open the call request form" }).click();
      const form = check.callRequest();
      await expect(page.getByRole("heading", { name: "Your call request" })).toBeFocused();
      await expect(form.getByLabel("Anything you would like us to know?")).toHaveValue(summary);
      // Only the chosen summary travels, never the answers as data.
      if (prepareBody) expect((await prepareBody).postData() ?? "").not.toContain("past-care");
      await check.checkStep();
      await check.audit();

      await form.getByLabel("Your name").fill("Robin Test");
      await form.getByLabel("Phone number").fill(phone);
      await form
        .getByRole("group", { name: "Who is this call about?" })
        .getByLabel(audience === "self" ? "Myself" : "Someone I care about")
        .check();
      if (audience === "other") await form.getByLabel("How do you know them?").selectOption("parent");
      await form.getByRole("group", { name: "Best time to call" }).getByLabel("Evening").check();
      await form.getByRole("group", { name: "May we leave a voicemail?" }).getByLabel("No").check();
      await form.getByRole("group", { name: "May we send a text to this number?" }).getByLabel("No").check();
      await form.getByLabel(/may call me at this number/).check();
      await stampFormToken(form, "call-request");
      expect(storedLeadsMentioning(ours), "nothing is stored before the visitor sends the form").toEqual(leadsBefore);
      expect(await messagesMentioning(ours), "nothing is mailed before the visitor sends the form").toHaveLength(
        mailBefore.length,
      );

      await form.getByRole("button", { name: "Request a call" }).click();
      await expect(page).toHaveURL(/\/request-a-call\/received\?ref=/);
      const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
      const message = await waitForMessage(reference);
      expect(message.text).toContain(phone);
      expect(message.text).toContain("Suggested next step: IOP may fit");
      expect(message.text).toContain("Effect on daily life: quite a lot");
      expect(storedLeadsMentioning(ours)).toContain(reference);
      expect(foreignRequests).toEqual([]);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a call request with a mistake comes back with its problems and the summary kept", async ({
    page,
    sharedContext,
  }) => {
    const check = new SelfCheckPage(page, false, sharedContext);
    await check.open("/self-check");
    await check.start("other");
    await check.answer("other", { ...iopAnswers, impact: "little" });
    await expect(check.resultHeading()).toContainText("Standard outpatient care may be enough for now");
    await page.getByRole("button", { name: "Open the call request form" }).click();
    const form = check.callRequest();
    await stampFormToken(form, "call-request");
    await form.getByRole("button", { name: "Request a call" }).click();

    await expect(page).toHaveURL(/\/self-check$/);
    await expect(page.locator("#form-errors")).toBeFocused();
    await expect(form.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Anything you would like us to know?")).toHaveValue(
      buildSummary("other", { ...iopAnswers, impact: "little" }, "result"),
    );
    await expect(page.getByRole("heading", { name: /Who are you asking about/ })).toBeHidden();
    await check.checkStep();
    await check.audit();
  });
});

test.describe("without JavaScript, questions left blank", () => {
  test.use({ javaScriptEnabled: false });

  test("skipped withdrawal, daily-use and opioid questions add the withdrawal caution and naloxone", async ({
    page,
    sharedContext,
  }) => {
    const check = new SelfCheckPage(page, false, sharedContext);
    await check.open("/self-check");
    await check.start("self");
    const { withdrawal, "daily-use": dailyUse, opioids, ...rest } = iopAnswers;
    expect([withdrawal, dailyUse, opioids]).toEqual(["no", "no", "no"]);
    await check.answer("self", rest);

    await expect(check.resultHeading()).toContainText("IOP may be a good fit to ask about");
    const notes = page.getByRole("heading", { name: "Also keep in mind" }).locator("xpath=..");
    await expect(notes).toContainText("Ask for a withdrawal check at the assessment.");
    await expect(notes).toContainText("talk with a doctor before cutting back or stopping");
    await expect(notes).toContainText("Carry naloxone (Narcan).");
    await expect(page.getByText("You skipped 3 questions, so this result is less certain.")).toBeVisible();
  });

  test("nothing answered: the neutral result, talk with us, never IOP", async ({ page, sharedContext }) => {
    const check = new SelfCheckPage(page, false, sharedContext);
    await check.open("/self-check");
    await check.start("self");
    await check.answer("self", {});
    await check.audit();

    await expect(check.resultHeading()).toContainText("Talk with us about the next step");
    await expect(page.getByText("IOP may be a good fit")).toHaveCount(0);
    await expect(page.getByText("What to expect in IOP")).toHaveCount(0);
    const safety = page.getByRole("heading", { name: "For your safety" }).locator("xpath=..");
    await expect(safety).toContainText("You skipped a safety question.");
    await expect(safety.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
    await expect(page.getByRole("link", { name: "findtreatment.gov" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Open the call request form" })).toBeVisible();
  });
});

test("with JavaScript, Back and Next keep every answer, and a changed answer changes the result", async ({
  page,
  sharedContext,
}) => {
  const check = new SelfCheckPage(page, true, sharedContext);
  await check.open("/self-check");
  await check.start("self");
  await check.answer("self", iopAnswers);
  await page.getByRole("button", { name: "Change my answers" }).click();
  const readiness = word(questions.at(-1)!.prompt, "self");
  await expect(page.getByRole("heading", { name: readiness })).toBeFocused();
  await expect(page.getByRole("radio", { name: "Unsure, but open to talking" })).toBeChecked();
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Quite a lot" })).toBeChecked();
  await page.getByRole("radio", { name: "A little, or not at all" }).check();
  for (let i = 0; i < 5; i++) await page.getByRole("button", { name: /^(Next|See my result)$/ }).click();
  await expect(check.resultHeading()).toContainText("Standard outpatient care may be enough for now");
  await expect(check.resultHeading()).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Your result:" })).toHaveText(
    "Your result: Standard outpatient care may be enough for now.",
  );
  await check.audit();

  // All the way back to the first question, and forward again: nothing is lost.
  await page.getByRole("button", { name: "Change my answers" }).click();
  for (let i = 0; i < questions.length; i++) await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { name: /Who are you asking about/ })).toBeFocused();
  await expect(page.getByRole("radio", { name: "Myself" })).toBeChecked();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  for (let i = 0; i < questions.length; i++) {
    await page.getByRole("button", { name: /^(Next|See my result)$/ }).click();
  }
  await expect(check.resultHeading()).toContainText("Standard outpatient care may be enough for now");

  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("heading", { name: /Who are you asking about/ })).toBeFocused();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please choose" })).toHaveText(
    /Please choose who you are asking about\./,
  );
});

/**
 * The Spanish self-check: the same page object, told the page's language. Three runs cover
 * JavaScript on and off, "para mí" and "para un ser querido", a safety answer, and a summary
 * going to admissions marked Spanish; the rules themselves are the English ones (unit-tested).
 */
test.describe("in Spanish", () => {
  const spanishForms = catalogue<FormWords>("es", "forms");

  test("JavaScript on, para mí: IOP in Spanish, and the summary goes to admissions in the Spanish call form, marked Spanish", async ({
    page,
    foreignRequests,
    sharedContext,
  }) => {
    const check = new SelfCheckPage(page, true, sharedContext, "es");
    const es = check.content;
    await check.open(appPages.selfCheck.es);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await check.start("self");
    await check.audit();
    await check.answer("self", iopAnswers);
    await expect(check.resultHeading()).toContainText(es.results.iop.title);
    await expect(page.getByText(word(es.notADiagnosis, "self"))).toBeVisible();
    const reasons = page.getByRole("heading", { name: check.words.whySuggest }).locator("xpath=..");
    await expect(reasons).toContainText("Complica bastante la vida diaria.");
    await expect(page.getByText("El tiempo le preocupa.")).toBeVisible();

    const summary = buildSummary("self", iopAnswers, "answers", es);
    await page.getByRole("radio", { name: es.summary.choices.answers }).check();
    await page.getByRole("button", { name: check.words.openForm }).click();
    const form = check.callRequest();
    await expect(page.getByRole("heading", { name: check.words.callHeading })).toBeFocused();
    await expect(form.getByLabel(spanishForms.noteLabel)).toHaveValue(summary);
    await check.checkStep();
    await check.audit();

    const phone = uniquePhone();
    await form.getByLabel(spanishForms.nameLabel).fill("Rosa Prueba");
    await form.getByLabel(spanishForms.phoneLabel).fill(phone);
    await form.getByRole("group", { name: spanishForms.aboutLegend }).getByLabel(spanishForms.subjects.self).check();
    await form.getByRole("group", { name: spanishForms.bestTimeLegend }).getByLabel("En la noche").check();
    await form.getByRole("group", { name: spanishForms.voicemailLegend }).getByLabel("No").check();
    await form.getByRole("group", { name: spanishForms.textOkLegend }).getByLabel("No").check();
    await form.getByLabel(/me llame a este número/).check();
    await stampFormToken(form, "call-request");
    await form.getByRole("button", { name: spanishForms.submitCall }).click();

    await expect(page).toHaveURL(/\/es\/solicitar-llamada\/recibida\?ref=/);
    const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
    const message = await waitForMessage(reference);
    expect(message.text).toContain("Prefers Spanish");
    expect(message.text).toContain(`Paso siguiente sugerido: ${es.results.iop.summary}`);
    expect(message.text).toContain("- Cuánto afecta la vida diaria: bastante");
    expect(storedLeadLanguage(reference)).toBe("es");
    expect(foreignRequests).toEqual([]);
  });

  test.describe("JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("para un ser querido, from the Spanish page on who IOP fits: the wording follows, more care first, and the summary prefilled in Spanish", async ({
      page,
      foreignRequests,
      sharedContext,
    }) => {
      const check = new SelfCheckPage(page, false, sharedContext, "es");
      const es = check.content;
      await check.open("/es/es-el-iop-para-mi");
      await expect(page.getByRole("link", { name: "la autoevaluación en su propia página" })).toHaveAttribute(
        "href",
        appPages.selfCheck.es,
      );
      await check.start("other");
      await expect(page.getByRole("heading", { name: /cree que su ser querido podría/ })).toBeVisible();
      await expect(page.getByText(/tiene ideas de quitarse/)).toHaveCount(0);
      await check.answer("other", { ...iopAnswers, withdrawal: "yes" });
      await check.audit();

      await expect(check.resultHeading()).toContainText(es.results["higher-care"].title);
      await expect(page.getByText(word(es.notADiagnosis, "other"))).toBeVisible();
      const askFor = page.getByRole("heading", { name: check.words.askFor }).locator("xpath=..");
      await expect(askFor).toContainText("desintoxicación médica");
      await page.getByRole("button", { name: check.words.openForm }).click();
      await expect(page).toHaveURL(/\/es\/autoevaluacion$/);
      const form = check.callRequest();
      await expect(form.getByLabel(spanishForms.noteLabel)).toHaveValue(
        buildSummary("other", { ...iopAnswers, withdrawal: "yes" }, "result", es),
      );
      await expect(form.locator('input[name="language"]')).toHaveValue("es");
      await expect(form.getByRole("button", { name: spanishForms.submitCall })).toBeVisible();
      await check.checkStep();
      expect(foreignRequests).toEqual([]);
    });
  });

  test.describe("JavaScript off, para mí", () => {
    test.use({ javaScriptEnabled: false });

    test("home not safe and thoughts of suicide this month: 988 with press 2 and AYUDA, the hotline and 211, first", async ({
      page,
      foreignRequests,
      sharedContext,
    }) => {
      const check = new SelfCheckPage(page, false, sharedContext, "es");
      await check.open(appPages.selfCheck.es);
      await check.start("self");
      await check.answer("self", { ...iopAnswers, home: "unsafe", "suicide-month": "thoughts" });
      await check.audit();

      await expect(check.resultHeading()).toContainText(check.content.results["higher-care"].title);
      const safety = page.getByRole("heading", { name: check.words.safetyHeading }).locator("xpath=..");
      await expect(safety).toContainText("Cuénteselas al profesional clínico en su evaluación");
      await expect(safety).toContainText("Línea Directa Nacional de Violencia Doméstica");
      const links = [
        ["Llame al 988 y marque 2", "tel:988"],
        ["Mande AYUDA al 988", "sms:988?&body=AYUDA"],
        ["Chatee en español en línea", "https://988lineadevida.org/"],
        ["Llame a la línea: 1-800-799-7233", "tel:+18007997233"],
        ["Mande START al 88788", "sms:88788?&body=START"],
        ["Llame al 211", "tel:211"],
      ];
      for (const [name, href] of links) await expect(safety.getByRole("link", { name })).toHaveAttribute("href", href);
      await expect(safety.locator('a[href="sms:988"]')).toHaveCount(0);
      expect(foreignRequests).toEqual([]);
    });
  });

  test("JavaScript on, para un ser querido: an attempt this month means a mental health check today, in Spanish", async ({
    page,
    sharedContext,
  }) => {
    const check = new SelfCheckPage(page, true, sharedContext, "es");
    await check.open(appPages.selfCheck.es);
    await check.start("other");
    await check.answer("other", { ...iopAnswers, "suicide-month": "attempt" });
    await check.audit();

    await expect(check.resultHeading()).toContainText("Pida hoy mismo una revisión de salud mental");
    await expect(page.getByText(/llame al 988 y marque 2 para saber adónde ir/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Mande AYUDA al 988" })).toHaveAttribute("href", "sms:988?&body=AYUDA");
    const askFor = page.getByRole("heading", { name: check.words.askFor }).locator("xpath=..");
    await expect(askFor).toContainText("Cuéntele al médico sobre el intento.");
    await expect(page.getByRole("heading", { name: check.progress(5) })).toHaveCount(0);
    await expect(page.getByRole("button", { name: check.words.openForm })).toHaveCount(0);
    await expect(page.getByText(check.words.afterCheck)).toBeVisible();
  });

  test("JavaScript on, para un ser querido: an unsure safety answer shows help in Spanish first", async ({
    page,
    sharedContext,
  }) => {
    const check = new SelfCheckPage(page, true, sharedContext, "es");
    await check.open(appPages.selfCheck.es);
    await check.start("other");
    await check.answer("other", { ...iopAnswers, harm: "not-sure" });
    await check.audit();

    await expect(check.resultHeading()).toContainText(check.content.results.crisis.title);
    await expect(page.getByRole("link", { name: "Llame al 911" })).toHaveAttribute("href", "tel:911");
    await expect(page.getByRole("link", { name: "Llame al 988" })).toHaveAttribute("href", "tel:988");
    await expect(page.getByRole("link", { name: "Mande AYUDA al 988" })).toHaveAttribute("href", "sms:988?&body=AYUDA");
    await expect(page.getByRole("link", { name: "chatear en español en línea" })).toHaveAttribute(
      "href",
      "https://988lineadevida.org/",
    );
    await expect(page.getByText(/No sabe si su ser querido podría hacerse daño/)).toBeVisible();
    await expect(page.getByRole("heading", { name: check.progress(3) })).toHaveCount(0);
    await expect(page.getByRole("button", { name: check.words.openForm })).toHaveCount(0);
    const callFirst = await page.getByRole("link", { name: "Llame al 911" }).boundingBox();
    const reasons = await page.getByRole("heading", { name: check.words.whyShowing }).boundingBox();
    expect(callFirst!.y).toBeLessThan(reasons!.y);
  });
});
