import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as OTPAuth from "otpauth";
import { beforeEach, expect, it, vi } from "vitest";
import { signInAction } from "@/lib/actions/staff/sign-in";
import { addStaff } from "@/lib/staff/auth/accounts";
import { staffAuth } from "@/lib/staff/auth/auth";
import type { SignInState } from "@/lib/staff/auth/forms";
import { ALERT_AFTER_FAILURES, recordFailure, throttleAccount } from "@/lib/staff/auth/sign-in-throttle";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

/**
 * The sign-in action as a browser drives it, each request from a client address and with a
 * cookie jar of the test's choosing (next/headers is the request the action sees).
 */
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

const PASSWORD = "violet harbor ladder 42";
const WRONG = "violet harbor ladder 43";

type Browser = { client: string; cookie: string };

function as(browser: Browser): void {
  request.headers = new Headers({ "x-forwarded-for": browser.client, cookie: browser.cookie });
}

/** What the action returns, or where it redirected (a completed sign-in). */
async function post(browser: Browser, fields: Record<string, string>): Promise<SignInState | { redirected: string }> {
  as(browser);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  try {
    return await signInAction({ step: "password", email: "" }, form);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { redirected: digest.split(";")[2] };
    throw error;
  }
}

const password = (browser: Browser, email: string, secret = PASSWORD) =>
  post(browser, { step: "password", email, password: secret });
const code = (browser: Browser, email: string, value: string, codeKind = "totp") =>
  post(browser, { step: "code", email, code: value, codeKind });

/** A browser that has passed the password step: it holds better-auth's two-factor challenge. */
async function challenged(client: string, email: string): Promise<Browser> {
  const auth = await staffAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  expect(cookie).toContain("two_factor");
  return { client, cookie };
}

/** A staff member with password and authenticator set, as the set-up page leaves them. */
async function staffMember(email: string, role: "admin" | "admissions" = "admissions"): Promise<OTPAuth.TOTP> {
  const auth = await staffAuth();
  const link = await addStaff({ email, role, name: email.split("@")[0] });
  await auth.api.resetPassword({
    body: { newPassword: PASSWORD, token: new URL(link.url).searchParams.get("token")! },
  });
  const first = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const cookie = first.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const enabled = await auth.api.enableTwoFactor({
    body: { password: PASSWORD, method: "totp" },
    headers: new Headers({ cookie }),
  });
  if (enabled.method !== "totp") throw new Error("expected TOTP");
  const totp = OTPAuth.URI.parse(enabled.totpURI) as OTPAuth.TOTP;
  await auth.api.verifyTOTP({ body: { code: totp.generate() }, headers: new Headers({ cookie }) });
  return totp;
}

const inTheNextStep = (totp: OTPAuth.TOTP) => totp.generate({ timestamp: Date.now() + 30_000 });

describeStaffOnEachEngine("staff sign-in", () => {
  beforeEach(() => {
    request.headers = new Headers();
  });

  it("accepts an authenticator code once: a second browser with the password and the same code is refused", async () => {
    const totp = await staffMember("alex@example.org");
    const used = inTheNextStep(totp);
    const first = await code(await challenged("198.51.100.7", "alex@example.org"), "alex@example.org", used);
    expect(first).toEqual({ redirected: "/staff" });

    const other = await challenged("203.0.113.9", "alex@example.org");
    const replay = await code(other, "alex@example.org", used);
    expect(replay).toMatchObject({ step: "code", message: expect.stringMatching(/already used/) });
    // An older code than the one used is no good either.
    const older = await code(other, "alex@example.org", totp.generate({ timestamp: Date.now() - 30_000 }));
    expect(older).toMatchObject({ step: "code", message: expect.stringMatching(/already used/) });
    // Only the first browser got a session.
    const context = await (await staffAuth()).$context;
    const alex = await context.internalAdapter.findUserByEmail("alex@example.org");
    // The set-up's session and the first sign-in's.
    expect(await context.internalAdapter.listSessions(alex!.user.id)).toHaveLength(2);
  }, 60_000);

  it("failures from elsewhere never keep the owner out; the client that fails waits longer each time", async () => {
    await staffMember("robin@example.org");
    const account = await throttleAccount("robin@example.org");
    // Failures from many places, and five from one (recorded directly: each hash costs time).
    for (let i = 0; i < 20; i++) await recordFailure(account, `198.18.0.${i}`);
    const attacker: Browser = { client: "203.0.113.50", cookie: "" };
    for (let i = 0; i < 5; i++) await recordFailure(account, attacker.client);
    // The sixth, through the form, makes that client wait: even the right password is held back.
    expect(await password(attacker, "robin@example.org", WRONG)).toMatchObject({ message: /don't match/ });
    expect(await password(attacker, "robin@example.org", PASSWORD)).toMatchObject({
      step: "password",
      message: /Too many tries\. Wait 1 minute/,
    });
    const owner: Browser = { client: "192.0.2.10", cookie: "" };
    expect(await password(owner, "robin@example.org", PASSWORD)).toMatchObject({ step: "code" });
  }, 60_000);

  it("throttles the code step on the challenge's account, whatever email the form carries", async () => {
    await staffMember("sam@example.org");
    const holder = await challenged("203.0.113.77", "sam@example.org");
    // Wrong codes, each labelled with another address in the hidden field.
    for (let i = 0; i < 6; i++) await code(holder, `someone${i}@example.org`, "000000");
    expect(await password({ ...holder, cookie: "" }, "sam@example.org")).toMatchObject({
      step: "password",
      message: /Too many tries/,
    });
  }, 60_000);

  it("tells the admins about a run of failures on one account, once, without what was typed", async () => {
    await addStaff({ email: "lee@example.org", role: "admin" });
    await addStaff({ email: "kim@example.org", role: "admissions" });
    await password({ client: "198.18.1.1", cookie: "" }, "kim@example.org", WRONG);
    const account = await throttleAccount("kim@example.org");
    for (let i = 2; i <= ALERT_AFTER_FAILURES + 3; i++) await recordFailure(account, `198.18.1.${i}`);
    const mailDir = path.join(process.env.DATA_DIR!, "mail");
    const alerts = readdirSync(mailDir)
      .filter((file) => file.startsWith("sign-in-alert-"))
      .map((file) => readFileSync(path.join(mailDir, file), "utf8"));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^To: lee@example\.org$/m);
    expect(alerts[0]).toContain(`${ALERT_AFTER_FAILURES} failed tries for kim@example.org`);
    expect(alerts[0]).not.toContain("violet harbor");
  }, 60_000);
});
