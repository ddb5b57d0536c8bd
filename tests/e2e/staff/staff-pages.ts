import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { expectNoViolations } from "../../support/a11y";

/** A staff member as the spec drives them: set-up link in, TOTP computed here. */
const PASSWORD = "violet harbor ladder 42";

export type StaffUser = {
  email: string;
  name: string;
  secret?: string;
  context: BrowserContext;
  page: Page;
  foreign: string[];
  /** How far the server's clock runs ahead of this one (tests/support/fake-clock.mjs): its codes are that far on. */
  clockAheadSeconds?: number;
};

/**
 * `origins`: the site's own (the spec runs two servers of one site); anything else is foreign.
 * `storageState`: a signed-in browser's cookies, to start from where set-up left them.
 */
export async function newStaffContext(
  browser: Browser,
  origins: string[],
  email: string,
  name: string,
  options: { storageState?: BrowserContextOptions["storageState"]; javaScriptEnabled?: boolean } = {},
): Promise<StaffUser> {
  const context = await browser.newContext({ baseURL: origins[0], viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const foreign: string[] = [];
  const own = new Set(origins.map((o) => new URL(o).origin));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && !own.has(new URL(url).origin)) foreign.push(url);
  });
  return { email, name, context, page, foreign };
}

export function setupLink(cliOutput: string): string {
  const match = /https?:\/\/\S+\/staff\/setup\?token=\S+/.exec(cliOutput);
  if (!match) throw new Error(`no set-up link in: ${cliOutput}`);
  return match[0];
}

/** A code for the window `offsetSeconds` from now: a code is good once, so a second sign-in takes the next window's. */
export function totpCode(secret: string, offsetSeconds = 0): string {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, "")),
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

export async function completeSetup(
  user: StaffUser,
  link: string,
  check?: (page: Page, what: string) => Promise<void>,
): Promise<void> {
  const { page } = user;
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Set up your staff account" })).toBeVisible();
  await page.getByLabel("New password").fill("password1234");
  await page.getByLabel("The same password again").fill("password1234");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That password is on lists attackers try first")).toBeVisible();
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByLabel("The same password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  const secret = await page.getByTestId("totp-secret").textContent();
  expect(secret).toMatch(/^[A-Z2-7 ]{20,}$/);
  user.secret = secret!;
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await check?.(page, "setup");
  await page.getByLabel("The 6-digit code your app shows").fill(totpCode(user.secret, user.clockAheadSeconds));
  await page.getByRole("button", { name: "Finish set-up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
}

/** Both steps, with `code` (by default the next window's, which set-up's code never is). */
export async function signIn(
  user: StaffUser,
  code = totpCode(user.secret!, 30 + (user.clockAheadSeconds ?? 0)),
  path = "/staff",
): Promise<void> {
  const { page } = user;
  await page.goto(path);
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** axe at phone and desktop widths, and a screenshot of each for a person to look at. */
export async function checkPage(page: Page, what: string, screenshots?: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await expectNoViolations(page, `${what}, ${width} px`);
    if (screenshots) await page.screenshot({ path: `${screenshots}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
