import { confirmationPaths, notFoundPath } from "@/tests/support/audited-pages";
import { storedLeadsMentioning } from "@/tests/support/e2e-leads";
import { formTokenIssuedAgo } from "@/tests/support/form-token";
import { messagesMentioning, waitForMessage } from "@/tests/support/inbox";
import { expectSecurityHeaders, parsePolicy, watchForViolations } from "@/tests/support/security-headers";
import { contentPaths } from "@/tests/support/site-pages";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";
import { RequestCallPage } from "./pages/request-call-page";

test("every kind of response carries the security headers", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const assets = [...home.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css|woff2))"/g)].map((m) => m[1]);
  expect(assets.length, "the home page links its scripts, styles and font").toBeGreaterThan(2);
  const files = ["js", "css", "woff2"].map((ext) => assets.find((asset) => asset.endsWith(`.${ext}`)) ?? "");
  // Inside a route group, Next.js names the social card with a suffix: take it from the page.
  const socialCard = new URL(/<meta property="og:image" content="([^"]+)"/.exec(home)?.[1] ?? "/missing").pathname;

  const checks: Array<{ path: string; status: number; headers?: Record<string, string> }> = [
    { path: "/", status: 200 },
    { path: contentPaths()[0], status: 200 },
    { path: contentPaths()[0], status: 200, headers: { RSC: "1" } },
    { path: "/request-a-call", status: 200 },
    { path: "/verify-insurance", status: 200 },
    { path: confirmationPaths[0], status: 200 },
    { path: notFoundPath, status: 404 },
    ...files.map((file) => ({ path: file, status: 200 })),
    { path: "/_next/static/chunks/not-there.js", status: 404 },
    { path: "/favicon.ico", status: 200 },
    { path: "/logo.svg", status: 200 },
    { path: socialCard, status: 200 },
    { path: "/manifest.webmanifest", status: 200 },
    { path: "/robots.txt", status: 200 },
    { path: "/sitemap.xml", status: 200 },
  ];
  for (const check of checks) {
    // An RSC request is first redirected to add its cache-busting query; the answer is what counts.
    const response = await request.get(check.path, { headers: check.headers });
    const what = `${check.path}${check.headers ? " (RSC)" : ""}`;
    expect(response.status(), what).toBe(check.status);
    expectSecurityHeaders(response, what);
  }
});

test("static pages allow their own scripts by hash, per-request pages by a fresh nonce", async ({ request }) => {
  const scriptSources = async (pagePath: string) => {
    const header = (await request.get(pagePath)).headers()["content-security-policy"] ?? "";
    return parsePolicy(header).get("script-src") ?? [];
  };
  const home = await scriptSources("/");
  expect(home.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
  expect(
    home.filter((source) => source.startsWith("'nonce-")),
    "a cacheable page repeats no nonce",
  ).toEqual([]);
  const nonces = await Promise.all(
    [1, 2].map(async () => (await scriptSources("/request-a-call")).find((s) => s.startsWith("'nonce-"))),
  );
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
});

// Each page's own run under its policy is checked in pages.spec.ts, on the one walk of the site.
test("a form reached by client-side navigation works under the policy", async ({ page }) => {
  const violations = await watchForViolations(page);
  // From a static page (hash policy) to the form by client-side navigation, then a JavaScript submit.
  await page.goto("/");
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await page.getByRole("banner").getByRole("link", { name: "Request a call" }).click();
  await expect(page).toHaveURL(/\/request-a-call$/);
  expect(await page.evaluate(() => "stillTheSamePage" in window), "navigated without reloading: scripts ran").toBe(
    true,
  );
  const form = new RequestCallPage(page);
  await form.fill({ name: "Ira Castellanos", phone: uniquePhone() });
  await form.submit();
  await expect(page).toHaveURL(/\/request-a-call\/received\?ref=/);
  expect(violations).toEqual([]);
});

test("a script injected into a page is blocked, whether the page is static or rendered per request", async ({
  page,
}) => {
  const violations = await watchForViolations(page);
  for (const pagePath of [contentPaths()[0], "/request-a-call"]) {
    await page.goto(pagePath);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injectedScriptRan = true";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return "injectedScriptRan" in window;
    });
    expect(ran, pagePath).toBe(false);
    await expect
      .poll(() => violations.filter((v) => v.startsWith(`${pagePath}: script-src`)), `${pagePath} reports it`)
      .toHaveLength(1);
  }
});

test.describe("Server Actions refuse posts from other origins", () => {
  test.use({ javaScriptEnabled: false });

  test("a cross-site form post is refused and stores nothing, while the same post from the site is accepted", async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto("/request-a-call");
    const form = new RequestCallPage(page);
    await form.fill({ name: "Mallory Example", phone: uniquePhone() });
    // Exactly what the browser would post without JavaScript, hidden $ACTION_ fields included.
    const fields = Object.fromEntries(
      await page
        .locator("form")
        .evaluate((element: HTMLFormElement) =>
          [...new FormData(element)].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])),
        ),
    ) as Record<string, string>;
    const actionId = (JSON.parse(fields["$ACTION_1:0"] ?? "{}") as { id?: string }).id ?? "";
    expect(actionId, "the page carries the action's id").toMatch(/^[0-9a-f]{40,}$/);
    // Each post its own token: the fill-time guard passes, and a one-time token is never reused.
    const post = async (note: string) => ({
      ...fields,
      note,
      phone: uniquePhone(),
      formToken: await formTokenIssuedAgo("call-request"),
    });

    const marker = `CROSS-ORIGIN-${Date.now()}`;
    const evil = { Origin: "https://evil.example" };
    const attacks = [
      { headers: evil, what: "as a plain form post" },
      { headers: { ...evil, "Next-Action": actionId, Accept: "text/x-component" }, what: "as an action call" },
    ];
    for (const attack of attacks) {
      const response = await request.post("/request-a-call", {
        multipart: await post(marker),
        headers: attack.headers,
        maxRedirects: 0,
      });
      expect(response.status(), attack.what).toBeGreaterThanOrEqual(400);
      expect(response.headers().location, attack.what).toBeUndefined();
      expectSecurityHeaders(response, `refused action, ${attack.what}`);
    }

    // The same post from the site's own origin goes through, so the refusals were the origin check.
    const control = await request.post("/request-a-call", {
      multipart: await post(`SAME-ORIGIN-${Date.now()}`),
      headers: { Origin: new URL(baseURL ?? "").origin },
      maxRedirects: 0,
    });
    expect(control.status()).toBe(303);
    const reference = new URL(control.headers().location ?? "", baseURL).searchParams.get("ref") ?? "";
    await waitForMessage(reference);

    // Leads are mailed in the order they are stored, so by now a refused one would have arrived too.
    expect(await messagesMentioning(marker)).toEqual([]);
    expect(storedLeadsMentioning(marker), "leads stored from the refused posts").toEqual([]);
  });
});
