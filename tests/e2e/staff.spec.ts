import { expect, test, type Page } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { STAFF_IDLE_SECONDS, startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { RequestCallPage } from "./pages/request-call-page";
import { tinyPng, VerifyInsurancePage } from "./pages/verify-insurance-page";
import { checkPage, completeSetup, newStaffContext, setupLink, signIn } from "./staff/staff-pages";

/**
 * The admissions inbox end to end, once on SQLite and once on PostgreSQL, each against its
 * own production server: accounts from the command, set-up with TOTP, sign-in, requests
 * arriving live, a request worked by two colleagues, the access log, idle logoff, and what a
 * stranger gets. One walk per engine with shared contexts keeps it to about a minute.
 */
const ENGINES = [
  { engine: "sqlite", port: staffPortBase + 1, shortIdlePort: staffPortBase + 3 },
  { engine: "postgres", port: staffPortBase + 2, shortIdlePort: staffPortBase + 4 },
] as const;

for (const { engine, port, shortIdlePort } of ENGINES) {
  test.describe(`staff inbox on ${engine}`, () => {
    let server: StaffServer;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      server = await startStaffServer(engine, port, shortIdlePort);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test("accounts, sign-in, live inbox, working a request, access log, idle logoff", async ({ browser }) => {
      test.setTimeout(240_000);
      const base = server.url;
      // The pages are the same on either engine: axe (and screenshots) run on the SQLite walk.
      const a11y = async (page: Page, what: string) => {
        if (engine === "sqlite") await checkPage(page, what, `test-results/staff-${what}`);
      };
      const alex = await newStaffContext(browser, [base, server.shortIdleUrl], "alex@example.org", "Alex Rivera");
      const robin = await newStaffContext(browser, [base, server.shortIdleUrl], "robin@example.org", "Robin Admin");

      await test.step("an admin adds staff with the command", async () => {
        const added = server.staff("add", alex.email, "--role", "admissions", "--name", alex.name);
        expect(added).toContain("works once");
        await completeSetup(alex, setupLink(added), a11y);
        expect(server.staff("list")).toMatch(/alex@example\.org\s+Alex Rivera\s+admissions\s+yes/);
      });

      await test.step("sign out, then sign in with password and a TOTP code", async () => {
        await alex.page.getByRole("button", { name: "Sign out", exact: true }).click();
        await expect(alex.page).toHaveURL(/reason=signed-out/);
        await expect(alex.page.getByText("You're signed out.")).toBeVisible();
        await a11y(alex.page, "sign-in");
        await signIn(alex);
        await expect(alex.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
        await expect(alex.page.getByText("No requests yet.")).toBeVisible();
      });

      const callPhone = uniquePhone();
      const insurancePhone = uniquePhone();
      await test.step("a visitor sends both forms; they appear within 5 s without a reload", async () => {
        await alex.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
        // Two visitors, each in a page of its own: a background tab may not run its scripts.
        const visitor = await browser.newContext({ baseURL: base });
        const otherVisitor = await browser.newContext({ baseURL: base });
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
        await expect(alex.page.locator("[data-reference]")).toHaveCount(2, { timeout: 5_000 });
        expect(Date.now() - arrived).toBeLessThan(5_000);
        expect(await alex.page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
        await expect(alex.page).toHaveTitle(/^\(2\) Inbox/);
        const card = alex.page.locator("[data-reference]").filter({ hasText: "Maria" });
        await expect(card.getByRole("link", { name: /\(\d{3}\) 555-01\d\d/ })).toHaveAttribute(
          "href",
          /^tel:\+1\d{10}$/,
        );
        await expect(card).toContainText("Evening");
        await expect(card).toContainText("New");
        await visitor.close();
        await otherVisitor.close();
        await a11y(alex.page, "inbox");
      });

      let reference = "";
      await test.step("filters and search", async () => {
        await alex.page.getByLabel("Kind").selectOption("insurance-check");
        await alex.page.getByRole("button", { name: "Show" }).click();
        await expect(alex.page.locator("[data-reference]")).toHaveCount(1);
        reference = (await alex.page.locator("[data-reference]").getAttribute("data-reference"))!;
        await alex.page.goto(`/staff?q=${encodeURIComponent(callPhone)}`);
        await expect(alex.page.locator("[data-reference]")).toHaveCount(1);
        await expect(alex.page.locator("[data-reference]")).toContainText("Maria");
      });

      await test.step("open the insurance check, view its card photo, set a status and a note", async () => {
        await alex.page.goto(`/staff?q=${reference}`);
        await alex.page.locator("[data-reference]").getByRole("link").first().click();
        await expect(alex.page.getByRole("heading", { level: 1 })).toContainText(reference);
        await expect(alex.page.getByText("W123456789")).toBeVisible();
        const photo = alex.page.getByRole("img", { name: "Insurance card, front" });
        await expect(photo).toBeVisible();
        expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
        const response = await alex.page.request.get(`/staff/requests/${reference}/photos/front`);
        expect(response.headers()).toMatchObject({
          "content-type": "image/png",
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        });
        expect(response.headers()["content-disposition"]).toMatch(/^inline/);

        await alex.page.getByRole("button", { name: "Tried to reach" }).click();
        await expect(alex.page.getByText("Saved: Tried to reach.")).toBeVisible();
        await expect(alex.page.getByRole("button", { name: "Tried to reach" })).toHaveAttribute("aria-pressed", "true");
        await alex.page.getByLabel("Add a note").fill("Left no voicemail, as asked. Try again after 6.");
        await alex.page.getByRole("button", { name: "Add note" }).click();
        await expect(alex.page.getByText("Left no voicemail, as asked.")).toBeVisible();
        await expect(alex.page.getByRole("listitem").filter({ hasText: "Left no voicemail" })).toContainText(
          "Alex Rivera",
        );
        await a11y(alex.page, "request");
      });

      await test.step("a colleague's session sees the change; a conflicting click is shown, not saved", async () => {
        // Set up now, not first: the spec's short idle limit would have signed them out by here.
        await completeSetup(
          robin,
          setupLink(server.staff("add", robin.email, "--role", "admin", "--name", robin.name)),
        );
        await robin.page.goto(`/staff/requests/${reference}`);
        await expect(robin.page.getByRole("button", { name: "Tried to reach" })).toHaveAttribute(
          "aria-pressed",
          "true",
        );
        await expect(robin.page.getByText("Left no voicemail, as asked.")).toBeVisible();
        await robin.page.getByRole("region", { name: "Work on it" }).getByRole("button", { name: "Reached", exact: true }).click();
        await expect(robin.page.getByText("Saved: Reached.")).toBeVisible();
        // Alex's page still shows the older version.
        await alex.page.getByRole("button", { name: "Assessment booked" }).click();
        await expect(alex.page.getByRole("alert").filter({ hasText: "changed this request" })).toContainText(
          "Robin Admin changed this request",
        );
        await expect(alex.page.getByRole("region", { name: "Work on it" }).getByRole("button", { name: "Reached", exact: true })).toHaveAttribute(
          "aria-pressed",
          "true",
        );
        await robin.page.reload();
        await expect(robin.page.getByRole("region", { name: "Work on it" }).getByRole("button", { name: "Reached", exact: true })).toHaveAttribute(
          "aria-pressed",
          "true",
        );
      });

      await test.step("markup in every field renders as text", async () => {
        const seeded = server.seed("script-everywhere");
        await robin.page.goto(`/staff/requests/${seeded}`);
        await expect(
          robin.page.getByText('<script>window.__xss="note"</script>', { exact: false }).first(),
        ).toBeVisible();
        await robin.page.goto("/staff");
        await expect(robin.page.locator(`[data-reference="${seeded}"]`)).toContainText("<script>window.__xss");
        expect(await robin.page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
      });

      await test.step("admins read the access log in the inbox and with the command", async () => {
        await robin.page.getByRole("link", { name: "Access log" }).click();
        const log = robin.page.getByRole("table");
        for (const action of ["view-request", "view-photo", "change-status", "add-note", "sign-in", "staff-added"]) {
          await expect(log.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
        }
        await expect(log).not.toContainText("Left no voicemail");
        await a11y(robin.page, "access-log");
        await robin.page.getByRole("link", { name: "Staff accounts" }).click();
        await expect(robin.page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
        await expect(robin.page.getByRole("listitem").filter({ hasText: "alex@example.org" })).toContainText(
          "admissions",
        );
        await a11y(robin.page, "team");
        const cli = server.staff("log", "--reference", reference);
        for (const action of ["view-request", "view-photo", "change-status", "add-note"]) expect(cli).toContain(action);
        expect(cli).not.toContain("Left no voicemail");
        expect(cli).not.toContain("Maria");
      });

      await test.step("a stranger gets the sign-in page and nothing else", async () => {
        const stranger = await browser.newContext({ baseURL: base });
        const known = await stranger.request.get(`/staff/requests/${reference}`, { maxRedirects: 0 });
        const unknown = await stranger.request.get("/staff/requests/LR-ZZZZ-ZZZZ", { maxRedirects: 0 });
        expect(known.status()).toBe(307);
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
      });

      await test.step("idle logoff: the polling inbox alone doesn't keep a session", async () => {
        // Active now (a page view on the usual server), then the same session on the one
        // whose idle limit is seconds long.
        await alex.page.goto(`${server.url}/staff`);
        await expect(alex.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
        await alex.page.goto(`${server.shortIdleUrl}/staff`);
        await expect(alex.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
        await expect(alex.page).toHaveURL(/reason=idle/, { timeout: (STAFF_IDLE_SECONDS + 10) * 1000 });
        await expect(alex.page.getByText("You were signed out after a while without activity")).toBeVisible();
        await alex.page.goto(`${server.url}/staff`);
        await expect(alex.page).toHaveURL(/\/staff\/sign-in/);
        expect(server.staff("log", "--email", alex.email, "--limit", "5")).toContain("idle-logoff");
      });

      expect([...alex.foreign, ...robin.foreign]).toEqual([]);
      await alex.context.close();
      await robin.context.close();
    });
  });
}
