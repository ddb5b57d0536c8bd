import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as OTPAuth from "otpauth";
import { beforeEach, expect, it, vi } from "vitest";
import { signInAction } from "@/lib/actions/staff/sign-in";
import { addStaff } from "@/lib/staff/auth/accounts";
import { staffAuth } from "@/lib/staff/auth/auth";
import type { SignInState } from "@/lib/staff/auth/forms";
import { ALERT_AFTER_FAILURES, startAttempt, throttleAccount } from "@/lib/staff/auth/sign-in-throttle";
import { listAccess } from "@/lib/staff/data/access-log";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

/**
 * The sign-in action as a browser drives it, each request from a client address and with a
 * cookie jar of the test's choosing (next/headers is the request the action sees, and keeps
 * the cookies the action sets).
 */
type IssuedCookie = { name: string; value: string; options: Record<string, unknown> };
const request = vi.hoisted(() => ({ headers: new Headers(), issued: [] as IssuedCookie[] }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get(name: string) {
      const found = (request.headers.get("cookie") ?? "")
        .split(/;\s*/)
        .map((pair) => pair.split("="))
        .find(([key]) => key === name);
      return found ? { name, value: found.slice(1).join("=") } : undefined;
    },
    set(name: string, value: string, options: Record<string, unknown>) {
      request.issued.push({ name, value, options });
    },
  }),
}));

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

/** A browser at an address of its own, never signed in before. */
const stranger = (i: number): Browser => ({ client: `198.18.0.${i + 1}`, cookie: "" });

/** A complete sign-in (the password step straight through better-auth, the code through the form): the browser keeps the device cookie the site gave it. */
async function signedInBrowser(client: string, email: string, totpCode: string): Promise<Browser> {
  const browser = await challenged(client, email);
  request.issued = [];
  expect(await code(browser, email, totpCode)).toEqual({ redirected: "/staff" });
  expect(request.issued).toHaveLength(1);
  const [device] = request.issued;
  return { client, cookie: `${device.name}=${device.value}` };
}

describeStaffOnEachEngine("staff sign-in", () => {
  beforeEach(() => {
    request.headers = new Headers();
    request.issued = [];
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

  it("gives a guesser who rotates client addresses no fresh tries: strangers share one allowance per account", async () => {
    await staffMember("robin@example.org");
    // Each try from another address: a botnet, or a proxy that passes on a forged X-Forwarded-For.
    for (let i = 0; i < 6; i++) {
      expect(await password(stranger(i), "robin@example.org", WRONG)).toMatchObject({ message: /don't match/ });
    }
    // The sixth failure made every stranger wait, even one with the right password.
    for (const next of [stranger(6), stranger(7)]) {
      expect(await password(next, "robin@example.org", PASSWORD)).toMatchObject({
        step: "password",
        message: /Too many tries\. Wait 1 minute/,
      });
    }
  }, 60_000);

  it("keeps the owner's browser working while strangers are held back; a tampered or borrowed cookie is a stranger's", async () => {
    const robin = await staffMember("robin@example.org");
    const owner = await signedInBrowser("192.0.2.10", "robin@example.org", robin.generate());
    const [cookie] = request.issued.filter((issued) => owner.cookie.startsWith(`${issued.name}=`));
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "strict", secure: true, path: "/staff" });
    expect(cookie.options.maxAge).toBeGreaterThanOrEqual(180 * 86_400);
    expect(cookie.value).not.toContain("robin");

    for (let i = 0; i < 6; i++) await password(stranger(i), "robin@example.org", WRONG);
    expect(await password(stranger(6), "robin@example.org", PASSWORD)).toMatchObject({ message: /Too many tries/ });

    // The owner's browser, today on another network, still goes through both steps.
    const travelling = { ...owner, client: "198.51.100.20" };
    expect(await password(travelling, "robin@example.org", PASSWORD)).toMatchObject({ step: "code" });
    const challenge = await challenged(travelling.client, "robin@example.org");
    expect(
      await code({ ...travelling, cookie: `${challenge.cookie}; ${owner.cookie}` }, "robin@example.org", inTheNextStep(robin)),
    ).toEqual({ redirected: "/staff" });

    const [name, value] = owner.cookie.split("=");
    const tampered = `${name}=${value.slice(0, -1)}${value.endsWith("A") ? "B" : "A"}`;
    expect(await password({ client: "198.51.100.21", cookie: tampered }, "robin@example.org", PASSWORD)).toMatchObject({
      message: /Too many tries/,
    });
    const sam = await staffMember("sam@example.org");
    const samsBrowser = await signedInBrowser("192.0.2.11", "sam@example.org", sam.generate());
    const borrowed = `${name}=${samsBrowser.cookie.split("=")[1]}`;
    expect(await password({ client: "192.0.2.11", cookie: borrowed }, "robin@example.org", PASSWORD)).toMatchObject({
      message: /Too many tries/,
    });

    const log = await listAccess({ actorEmail: "robin@example.org" });
    const held = log.filter((entry) => entry.action === "sign-in-throttled");
    expect(held.map((entry) => entry.detail)).toEqual(["untrusted", "untrusted", "untrusted"]);
    expect(JSON.stringify(log)).not.toMatch(/violet harbor|staff-device|\d{6}"/);
  }, 60_000);

  it("holds back a trusted browser that keeps failing on its own, leaving strangers' allowance as it was", async () => {
    const robin = await staffMember("robin@example.org");
    const owner = await signedInBrowser("192.0.2.10", "robin@example.org", robin.generate());
    for (let i = 0; i < 6; i++) {
      expect(await password(owner, "robin@example.org", WRONG)).toMatchObject({ message: /don't match/ });
    }
    expect(await password(owner, "robin@example.org", PASSWORD)).toMatchObject({ message: /Too many tries/ });
    expect(await password({ ...owner, cookie: "" }, "robin@example.org", PASSWORD)).toMatchObject({ step: "code" });
    const held = (await listAccess({ actorEmail: "robin@example.org" })).filter((entry) => entry.action === "sign-in-throttled");
    expect(held.map((entry) => entry.detail)).toEqual(["device"]);
  }, 60_000);

  it("lets parallel guesses through no faster than one at a time", async () => {
    const account = await throttleAccount("robin@example.org");
    const tries = await Promise.all(Array.from({ length: 20 }, (_, i) => startAttempt(account, { client: stranger(i).client })));
    // Five free failures, then the one try the first wait allows; every other one waits.
    expect(tries.filter((started) => "attempt" in started)).toHaveLength(6);
    expect(new Set(tries.flatMap((started) => ("heldBack" in started ? [started.heldBack.allowance] : [])))).toEqual(new Set(["untrusted"]));
  });

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

  it("tells the admins about a run of failed or held-back tries on one account, once, without what was typed", async () => {
    await addStaff({ email: "lee@example.org", role: "admin" });
    await addStaff({ email: "kim@example.org", role: "admissions" });
    for (let i = 0; i < ALERT_AFTER_FAILURES + 3; i++) await password(stranger(i), "kim@example.org", WRONG);
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
