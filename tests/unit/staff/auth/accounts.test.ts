import * as OTPAuth from "otpauth";
import { expect, it } from "vitest";
import { addStaff, listStaff, removeStaff, resetStaff, StaffExists } from "@/lib/staff/auth/accounts";
import { staffAuth } from "@/lib/staff/auth/auth";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

const PASSWORD = "violet harbor ladder 42";

/** Cookies a browser would keep from better-auth's Set-Cookie headers, as a request header. */
class Jar {
  private cookies = new Map<string, string>();
  take(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...value] = pair.split("=");
      const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim()));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
  }
  headers(): Headers {
    return new Headers({ cookie: [...this.cookies].map(([n, v]) => `${n}=${v}`).join("; ") });
  }
}

const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

describeStaffOnEachEngine("staff accounts on better-auth", () => {
  it("adds staff with a one-time set-up link, then password, TOTP and a two-step sign-in", async () => {
    const auth = await staffAuth();
    const link = await addStaff({ email: "Jordan@Example.org", role: "admissions", name: "Jordan" });
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    await expect(addStaff({ email: "jordan@example.org", role: "admin" })).rejects.toBeInstanceOf(StaffExists);

    // Sign-up is closed to everyone, whatever they call.
    await expect(
      auth.api.signUpEmail({ body: { email: "x@example.org", password: PASSWORD, name: "X" } }),
    ).rejects.toThrow();
    // No password yet: signing in fails.
    await expect(auth.api.signInEmail({ body: { email: "jordan@example.org", password: PASSWORD } })).rejects.toThrow();

    await auth.api.resetPassword({ body: { newPassword: PASSWORD, token: tokenOf(link.url) } });
    await expect(
      auth.api.resetPassword({ body: { newPassword: PASSWORD, token: tokenOf(link.url) } }),
    ).rejects.toThrow();

    const jar = new Jar();
    const first = await auth.api.signInEmail({
      body: { email: "jordan@example.org", password: PASSWORD },
      returnHeaders: true,
    });
    jar.take(first.headers);
    const enabled = await auth.api.enableTwoFactor({
      body: { password: PASSWORD, method: "totp" },
      headers: jar.headers(),
    });
    if (enabled.method !== "totp") throw new Error("expected TOTP");
    expect(enabled.backupCodes).toHaveLength(10);
    const totp = OTPAuth.URI.parse(enabled.totpURI) as OTPAuth.TOTP;
    const verified = await auth.api.verifyTOTP({
      body: { code: totp.generate() },
      headers: jar.headers(),
      returnHeaders: true,
    });
    jar.take(verified.headers);
    const session = await auth.api.getSession({ headers: jar.headers() });
    expect(session?.user).toMatchObject({ email: "jordan@example.org", role: "admissions", twoFactorEnabled: true });
    expect(session?.session.lastActiveAt).toBeGreaterThan(Date.now() - 60_000);

    // Next time, the password alone gives no session, only the second-factor challenge.
    const fresh = new Jar();
    const step1 = await auth.api.signInEmail({
      body: { email: "jordan@example.org", password: PASSWORD },
      returnHeaders: true,
    });
    expect(step1.response).toMatchObject({ twoFactorRedirect: true });
    fresh.take(step1.headers);
    expect(await auth.api.getSession({ headers: fresh.headers() })).toBeNull();
    await expect(auth.api.verifyTOTP({ body: { code: "000000" }, headers: fresh.headers() })).rejects.toThrow();
    const step2 = await auth.api.verifyBackupCode({
      body: { code: enabled.backupCodes[0] },
      headers: fresh.headers(),
      returnHeaders: true,
    });
    fresh.take(step2.headers);
    expect((await auth.api.getSession({ headers: fresh.headers() }))?.user.email).toBe("jordan@example.org");

    expect((await listStaff()).map((m) => [m.email, m.role, m.twoFactor])).toEqual([
      ["jordan@example.org", "admissions", true],
    ]);
  });

  it("resets a lost phone: sessions, password and authenticator go, a new link works", async () => {
    const auth = await staffAuth();
    const link = await addStaff({ email: "sam@example.org", role: "admin" });
    await auth.api.resetPassword({ body: { newPassword: PASSWORD, token: tokenOf(link.url) } });
    const jar = new Jar();
    jar.take(
      (await auth.api.signInEmail({ body: { email: "sam@example.org", password: PASSWORD }, returnHeaders: true }))
        .headers,
    );

    const again = await resetStaff("sam@example.org");
    expect(again).toBeDefined();
    expect(await auth.api.getSession({ headers: jar.headers() })).toBeNull();
    await expect(auth.api.signInEmail({ body: { email: "sam@example.org", password: PASSWORD } })).rejects.toThrow();
    await auth.api.resetPassword({ body: { newPassword: PASSWORD, token: tokenOf(again!.url) } });
    expect(await removeStaff("sam@example.org")).toMatchObject({ email: "sam@example.org" });
    expect(await listStaff()).toEqual([]);
    expect(await resetStaff("sam@example.org")).toBeUndefined();
  });
});
