import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { STAFF_IDLE_SECONDS, startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { RequestCallPage } from "./pages/request-call-page";
import { tinyPng, VerifyInsurancePage } from "./pages/verify-insurance-page";
import {
  checkPage,
  completeSetup,
  newStaffContext,
  setupLink,
  signIn,
  totpCode,
  type StaffUser,
} from "./staff/staff-pages";

/**
 * The admissions inbox end to end, on SQLite and on PostgreSQL, each against its own
 * production server. Two colleagues are added with the command and set up once per engine;
 * each test then starts from their signed-in browsers (one shared state) and checks one
 * thing: signing in, requests arriving live, search, working a request, notes, a colleague's
 * conflicting change, the access log, strangers, idle logoff. Tests of one engine run in
 * order in one worker, since later ones read the requests earlier ones sent. What doesn't
 * depend on the database (markup shown as text, what strangers get, axe) runs on SQLite only.
 */
const ENGINES = [
  { engine: "sqlite", port: staffPortBase + 1, shortIdlePort: staffPortBase + 3 },
  { engine: "postgres", port: staffPortBase + 2, shortIdlePort: staffPortBase + 4 },
] as const;

type Account = { email: string; name: string; secret: string; state: BrowserContextOptions["storageState"] };

for (const { engine, port, shortIdlePort } of ENGINES) {
  test.describe(`staff inbox on ${engine}`, () => {
    test.describe.configure({ mode: "default" });
    const onPostgres = engine === "postgres";
    let server: StaffServer;
    let alex: Account;
    let robin: Account;
    const callPhone = uniquePhone();
    const insurancePhone = uniquePhone();
    let reference = "";
    let users: StaffUser[] = [];

    // The pages are the same on either engine: axe (and screenshots) run on the SQLite server.
    const a11y = async (page: Page, what: string) => {
      if (engine === "sqlite") await checkPage(page, what, `test-results/staff-${what}`);
    };
    const origins = () => server.origins;
    /** A browser signed in as `account`, from the state set-up left. */
    const as = async (browser: Browser, account: Account, options: { javaScriptEnabled?: boolean } = {}) => {
      const user = await newStaffContext(browser, origins(), account.email, account.name, {
        storageState: account.state,
        ...options,
      });
      users.push(user);
      user.secret = account.secret;
      return user;
    };

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(180_000);
      server = await startStaffServer(engine, port, { shortIdlePort });
      const added = await Promise.all([
        server.staffAsync("add", "alex@example.org", "--role", "admissions", "--name", "Alex Rivera"),
        server.staffAsync("add", "robin@example.org", "--role", "admin", "--name", "Robin Admin"),
      ]);
      for (const output of added) expect(output).toContain("works once");
      const accounts = await Promise.all(
        [
          { email: "alex@example.org", name: "Alex Rivera", link: setupLink(added[0]), check: a11y },
          { email: "robin@example.org", name: "Robin Admin", link: setupLink(added[1]) },
        ].map(async ({ email, name, link, check }) => {
          const user = await newStaffContext(browser, origins(), email, name);
          await completeSetup(user, link, check);
          const account = { email, name, secret: user.secret!, state: await user.context.storageState() };
          expect(user.foreign).toEqual([]);
          await user.context.close();
          return account;
        }),
      );
      [alex, robin] = accounts;
      expect(server.staff("list")).toMatch(/alex@example\.org\s+Alex Rivera\s+admissions\s+yes/);
    });

    // axe at two widths on a busy 2-core machine takes more than the default 30 s.
    test.beforeEach(() => test.setTimeout(90_000));

    test.afterEach(async () => {
      const foreign = users.flatMap((user) => user.foreign);
      for (const user of users) await user.context.close();
      users = [];
      expect(foreign, "requests to anywhere but the site").toEqual([]);
    });

    test.afterAll(async () => {
      await server?.stop();
    });

    test("sign-in takes the password and a TOTP code; the same code in another browser is refused", async ({
      browser,
    }) => {
      const fresh = await newStaffContext(browser, origins(), alex.email, alex.name);
      users.push(fresh);
      fresh.secret = alex.secret;
      const code = totpCode(alex.secret, 30);
      await signIn(fresh, code);
      await expect(fresh.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
      // The browser is now trusted for this account (its own sign-in allowance), by a cookie scripts can't read.
      const device = (await fresh.context.cookies()).filter((cookie) => cookie.name.startsWith("staff-device-"));
      expect(device).toMatchObject([{ httpOnly: true, sameSite: "Strict", path: "/staff" }]);
      expect(device[0].expires * 1000 - Date.now()).toBeGreaterThan(300 * 86_400_000);

      // RFC 6238 §5.2: someone who saw the password and the code gets nothing from either.
      const other = await newStaffContext(browser, origins(), alex.email, alex.name);
      users.push(other);
      other.secret = alex.secret;
      await signIn(other, code);
      await expect(other.page.getByText("That code was already used.")).toBeVisible();
      await expect(other.page).toHaveURL(/\/staff\/sign-in/);

      await fresh.page.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(fresh.page).toHaveURL(/reason=signed-out/);
      await expect(fresh.page.getByText("You're signed out.")).toBeVisible();
      await a11y(fresh.page, "sign-in");
    });

    test("requests from both forms appear in the inbox within 5 s, without a reload", async ({ browser }) => {
      const { page } = await as(browser, alex);
      await page.goto("/staff");
      await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
      await expect(page.getByText("No requests yet.")).toBeVisible();
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      // Two visitors, each in a page of its own: a background tab may not run its scripts.
      const visitor = await browser.newContext({ baseURL: server.url });
      const otherVisitor = await browser.newContext({ baseURL: server.url });
      const call = new RequestCallPage(await visitor.newPage());
      const insurance = new VerifyInsurancePage(await otherVisitor.newPage());
      const openedAt = Date.now();
      await Promise.all([call.open(), insurance.open()]);
      await call.fill({ name: "Maria Lopez", phone: callPhone, note: "Evenings are best" });
      await insurance.fillValid(insurancePhone, "W123456789");
      await insurance.page
        .getByLabel("Photo of the front of the card")
        .setInputFiles({ name: "front.png", mimeType: "image/png", buffer: tinyPng });
      // A person's pace: the server refuses a form sent within 3 s of rendering.
      await call.page.waitForTimeout(Math.max(0, openedAt + 3_500 - Date.now()));
      await Promise.all([
        call.page.getByRole("button", { name: "Request a call" }).click(),
        insurance.page.getByRole("button", { name: "Check my insurance" }).click(),
      ]);
      await Promise.all([
        expect(call.page.getByRole("heading", { level: 1 })).toContainText(/received|thank/i, { timeout: 15_000 }),
        expect(insurance.page.getByRole("heading", { level: 1 })).toContainText(/received|thank/i, {
          timeout: 15_000,
        }),
      ]);
      const arrived = Date.now();
      await expect(page.locator("[data-reference]")).toHaveCount(2, { timeout: 5_000 });
      expect(Date.now() - arrived).toBeLessThan(5_000);
      expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await expect(page).toHaveTitle(/^\(2\) Inbox/);
      const card = page.locator("[data-reference]").filter({ hasText: "Maria" });
      await expect(card.getByRole("link", { name: /\(\d{3}\) 555-01\d\d/ })).toHaveAttribute("href", /^tel:\+1\d{10}$/);
      await expect(card).toContainText("Evening");
      await expect(card).toContainText("New");
      await visitor.close();
      await otherVisitor.close();
      await a11y(page, "inbox");
    });

    test("filters and search find a request", async ({ browser }) => {
      const { page } = await as(browser, alex);
      await page.goto("/staff");
      await page.getByLabel("Kind").selectOption("insurance-check");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page.locator("[data-reference]")).toHaveCount(1);
      reference = (await page.locator("[data-reference]").getAttribute("data-reference"))!;
      await page.goto(`/staff?q=${encodeURIComponent(callPhone)}`);
      await expect(page.locator("[data-reference]")).toHaveCount(1);
      await expect(page.locator("[data-reference]")).toContainText("Maria");
    });

    test("an insurance check: its card photo in a sandbox, a status and a note", async ({ browser }) => {
      const { page } = await as(browser, alex);
      await page.goto(`/staff?q=${reference}`);
      await page.locator("[data-reference]").getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
      // The copy of the form is folded below the call on the request page.
      await page.getByText("Everything they sent").click();
      await expect(page.getByText("W123456789")).toBeVisible();
      const photo = page.getByRole("img", { name: "Insurance card, front" });
      await expect(photo).toBeVisible();
      expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
      const response = await page.request.get(`/staff/requests/${reference}/photos/front`);
      expect(response.headers()).toMatchObject({
        "content-type": "image/png",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        // The route's own policy, not the page policy the proxy gives everything else.
        "content-security-policy": "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox",
      });
      expect(response.headers()["content-disposition"]).toMatch(/^inline/);

      // A try is a call attempt (the one way a reach, or not, is recorded).
      await page.getByRole("group", { name: "Log a call attempt" }).getByRole("button", { name: "No answer" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Call attempt saved." })).toBeVisible();
      await expect(page.getByRole("region", { name: "Work on it" }).getByRole("group")).toContainText("Status: Tried to reach");
      await page.getByLabel("Add a note").fill("Left no voicemail, as asked. Try again after 6.");
      await expect(page.getByText("47 of 2,000 characters")).toBeVisible();
      await page.getByRole("button", { name: "Add note" }).click();
      await expect(page.getByText("Left no voicemail, as asked.")).toBeVisible();
      await expect(page.getByRole("listitem").filter({ hasText: "Left no voicemail" })).toContainText("Alex Rivera");
      await a11y(page, "request");
    });

    test("a pasted note is never cut: too long is held back, saying by how much, with or without JavaScript", async ({
      browser,
    }) => {
      const long = `${"Called twice, no answer; will try the evening number next. ".repeat(42)}End.`;
      expect(long.length).toBeGreaterThan(2_000);
      const over = (long.length - 2_000).toLocaleString("en-US");
      const { page } = await as(browser, alex);
      await page.goto(`/staff/requests/${reference}`);
      const note = page.getByLabel("Add a note");
      await note.fill(long);
      expect(await note.inputValue()).toBe(long);
      await expect(page.getByText(`${long.length.toLocaleString("en-US")} of 2,000 characters`)).toBeVisible();
      await page.getByRole("button", { name: "Add note" }).click();
      await expect(page.getByRole("alert").filter({ hasText: `Shorten it by ${over}` })).toBeVisible();
      await expect(note).toBeFocused();
      expect(await note.inputValue()).toBe(long);

      const plain = await as(browser, alex, { javaScriptEnabled: false });
      await plain.page.goto(`/staff/requests/${reference}`);
      await plain.page.getByLabel("Add a note").fill(long);
      await plain.page.getByRole("button", { name: "Add note" }).click();
      await expect(plain.page.getByText(`Shorten it by ${over}`)).toBeVisible();
      expect(await plain.page.getByLabel("Add a note").inputValue()).toBe(long);
      await expect(plain.page.getByRole("listitem").filter({ hasText: "Called twice" })).toHaveCount(0);
    });

    test("a colleague sees the change; a conflicting click is shown, not saved", async ({ browser }) => {
      const [alexUser, robinUser] = [await as(browser, alex), await as(browser, robin)];
      await alexUser.page.goto(`/staff/requests/${reference}`);
      await robinUser.page.goto(`/staff/requests/${reference}`);
      const status = (user: typeof alexUser) => user.page.getByRole("region", { name: "Work on it" }).getByRole("group");
      await expect(status(robinUser)).toContainText("Status: Tried to reach");
      await expect(robinUser.page.getByText("Left no voicemail, as asked.")).toBeVisible();
      await robinUser.page.getByRole("group", { name: "Log a call attempt" }).getByRole("button", { name: "Reached" }).click();
      await expect(robinUser.page.getByRole("status").filter({ hasText: "Call attempt saved." })).toBeVisible();
      // Alex's page still shows the older version: the alert says who changed what.
      await alexUser.page.getByRole("button", { name: "Assessment booked" }).click();
      await expect(alexUser.page.getByRole("alert").filter({ hasText: "while you had it open" })).toContainText(
        "Robin Admin logged a call attempt",
      );
      await expect(status(alexUser)).toContainText("Status: Reached");
      await robinUser.page.reload();
      await expect(status(robinUser)).toContainText("Status: Reached");
    });

    test("markup in every field renders as text", async ({ browser }) => {
      test.skip(onPostgres, "rendering is the same on either engine");
      const { page } = await as(browser, robin);
      const seeded = server.seed("script-everywhere");
      await page.goto(`/staff/requests/${seeded}`);
      await page.getByText("Everything they sent").click();
      await expect(page.getByText('<script>window.__xss="note"</script>', { exact: false }).first()).toBeVisible();
      await page.goto("/staff");
      await expect(page.locator(`[data-reference="${seeded}"]`)).toContainText("<script>window.__xss");
      expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    });

    test("admins read the access log in the inbox and with the command", async ({ browser }) => {
      const { page } = await as(browser, robin);
      const cli = server.staffAsync("log", "--reference", reference);
      await page.goto("/staff");
      await page.getByRole("link", { name: "Access log" }).click();
      const log = page.getByRole("table");
      for (const action of ["view-request", "view-photo", "log-attempt", "add-note", "sign-in", "staff-added"]) {
        await expect(log.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
      }
      await expect(log).not.toContainText("Left no voicemail");
      await a11y(page, "access-log");
      await page.getByRole("link", { name: "Staff accounts" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
      await expect(page.getByRole("listitem").filter({ hasText: "alex@example.org" })).toContainText("admissions");
      await a11y(page, "team");
      const printed = await cli;
      for (const action of ["view-request", "view-photo", "log-attempt", "add-note"])
        expect(printed).toContain(action);
      expect(printed).not.toContain("Left no voicemail");
      expect(printed).not.toContain("Maria");
    });

    test("a stranger gets the sign-in page and nothing else; a post from another site is refused plainly", async ({
      browser,
    }) => {
      test.skip(onPostgres, "no session, no database: the same on either engine");
      const stranger = await browser.newContext({ baseURL: server.url });
      const known = await stranger.request.get(`/staff/requests/${reference}`, { maxRedirects: 0 });
      const unknown = await stranger.request.get("/staff/requests/LR-ZZZZ-ZZZZ", { maxRedirects: 0 });
      expect(known.status(), `${reference} → ${known.headers().location}`).toBe(307);
      expect(unknown.status()).toBe(307);
      expect(known.headers().location).toMatch(/^\/staff\/sign-in/);
      expect(await known.text()).not.toContain("Maria");
      for (const path of [
        `/staff/requests/${reference}/photos/front`,
        `/staff/requests/${reference}/export`,
        "/staff/api/inbox",
      ]) {
        const response = await stranger.request.get(path, { maxRedirects: 0 });
        expect([303, 401], path).toContain(response.status());
        expect(await response.text(), path).not.toMatch(/Maria|W123456789|PNG/);
        expect(response.headers()["cache-control"], path).toBe("no-store");
      }
      const page = await stranger.newPage();
      const response = await page.goto("/staff");
      await expect(page).toHaveURL(/\/staff\/sign-in$/);
      const headers = response!.headers();
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["x-robots-tag"]).toContain("noindex");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      await stranger.close();

      // A signed-in colleague's browser posting the note form, exactly as rendered, from another site.
      const { page: signedIn } = await as(browser, alex, { javaScriptEnabled: false });
      await signedIn.goto(`/staff/requests/${reference}`);
      const fields = Object.fromEntries(
        await signedIn
          .locator("form")
          .filter({ has: signedIn.getByLabel("Add a note") })
          .evaluate((form: HTMLFormElement) =>
            [...new FormData(form)].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])),
          ),
      ) as Record<string, string>;
      expect(
        Object.keys(fields).some((name) => name.startsWith("$ACTION")),
        "the form names its action",
      ).toBe(true);
      const refused = await signedIn.request.post(`/staff/requests/${reference}`, {
        multipart: { ...fields, note: "CROSS-SITE NOTE" },
        headers: { Origin: "https://evil.example" },
        maxRedirects: 0,
      });
      expect(refused.status()).toBe(403);
      expect(refused.headers()["content-type"]).toMatch(/^text\/html/);
      expect(await refused.text()).toMatch(/Refused: this came from another website[\s\S]*Nothing was changed/);
      await signedIn.reload();
      await expect(signedIn.getByRole("heading", { level: 1 })).toContainText(reference);
      await expect(signedIn.getByText("CROSS-SITE NOTE")).toHaveCount(0);
    });

    // Last: logging off idle ends the shared session.
    test("idle logoff: the polling inbox alone doesn't keep a session", async ({ browser }) => {
      const user = await as(browser, alex);
      // Active now (a page view on the usual server), then the same session on the one
      // whose idle limit is seconds long.
      await user.page.goto(`${server.url}/staff`);
      await expect(user.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
      await user.page.goto(`${server.shortIdleUrl}/staff`);
      await expect(user.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
      await expect(user.page).toHaveURL(/reason=idle/, { timeout: (STAFF_IDLE_SECONDS + 10) * 1000 });
      await expect(user.page.getByText("You were signed out after a while without activity")).toBeVisible();
      await user.page.goto(`${server.url}/staff`);
      await expect(user.page).toHaveURL(/\/staff\/sign-in/);
      expect(server.staff("log", "--email", alex.email, "--limit", "5")).toContain("idle-logoff");
    });
  });
}
