import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { center } from "@/lib/center/schema";
import { database } from "@/lib/db/connection";
import { keyedHash } from "@/lib/db/server-secret";
import { getEnv } from "@/lib/env";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/staff/auth/password-policy";
import { secondFactorLookups } from "@/lib/staff/auth/second-factor";

/**
 * better-auth on the leads database. Its HTTP handler is never mounted: every page and
 * Server Action under /staff calls `auth.api` on the server, so the only ways in are the
 * ones this site renders. Sign-up and password-reset requests are off; accounts come from
 * `npm run staff -- add`, whose set-up link is a better-auth reset token valid 24 hours.
 * Sessions never slide (disableSessionRefresh), so `expiresAt` is the absolute limit; the
 * idle limit is ours (lib/staff/access/session.ts), because the inbox's polling must not count.
 */
export const SETUP_LINK_HOURS = 24;

async function createStaffAuth() {
  const env = getEnv();
  const { db, engine } = await database();
  const https = env.SITE_URL.startsWith("https://");
  return betterAuth({
    appName: `${center.name} staff`,
    baseURL: env.SITE_URL,
    secret: env.BETTER_AUTH_SECRET ?? (await keyedHash("better-auth", "secret")),
    database: { db, type: engine.kind },
    telemetry: { enabled: false, debug: false },
    // Limits live in our shared database (lib/staff/auth/sign-in.ts); better-auth's own would be per process.
    rateLimit: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: SETUP_LINK_HOURS * 3600,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, defaultValue: "admissions", input: false },
      },
    },
    session: {
      expiresIn: Math.round(env.STAFF_SESSION_HOURS * 3600),
      disableSessionRefresh: true,
      additionalFields: {
        lastActiveAt: { type: "number", bigint: true, required: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: { before: async (session) => ({ data: { ...session, lastActiveAt: Date.now() } }) },
      },
    },
    // Set-up tokens and 2FA challenges are stored as hashes, useless to someone reading the database.
    verification: { storeIdentifier: "hashed" },
    advanced: {
      useSecureCookies: https,
      cookiePrefix: "staff",
      defaultCookieAttributes: { sameSite: "strict", httpOnly: true, secure: https, path: "/" },
      ipAddress: { disableIpTracking: true },
    },
    plugins: [
      twoFactor({
        issuer: center.name,
        backupCodeOptions: { amount: 10, length: 10 },
        twoFactorCookieMaxAge: 600,
      }),
      secondFactorLookups(),
      // Last: lets Server Actions set the cookies better-auth returns.
      nextCookies(),
    ],
  });
}

export type StaffAuth = Awaited<ReturnType<typeof createStaffAuth>>;

let instance: Promise<StaffAuth> | undefined;

export function staffAuth(): Promise<StaffAuth> {
  instance ??= createStaffAuth().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/** Tests open a new database per case. */
export function resetStaffAuthForTests(): void {
  instance = undefined;
}
