import "server-only";
import { createHmac } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { z } from "zod";

/** better-auth's TOTP settings: 6 digits, 30-second steps, one step either side accepted. */
const PERIOD_MS = 30_000;
const DIGITS = 6;
const WINDOW = 1;

/**
 * Two server-side look-ups better-auth's twoFactor plugin keeps to itself: whose sign-in a
 * second-factor challenge (its signed cookie) belongs to, so the code step is throttled on
 * that account rather than on a form field; and which time step a TOTP code belongs to, so a
 * code is refused once used (RFC 6238 §5.2). Neither is reachable over HTTP: the handler is
 * never mounted and both are server-only endpoints.
 */
export function secondFactorLookups() {
  return {
    id: "staff-second-factor",
    endpoints: {
      secondFactorChallenge: createAuthEndpoint.serverOnly({ method: "POST" }, async (ctx) => {
        const cookie = ctx.context.createAuthCookie("two_factor");
        const challenge = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
        if (!challenge) return { account: null };
        const verification = await ctx.context.internalAdapter.findVerificationValue(challenge);
        if (!verification || new Date(verification.expiresAt).getTime() <= Date.now()) return { account: null };
        const user = await ctx.context.internalAdapter.findUserById(verification.value);
        return { account: user ? { id: user.id, email: user.email } : null };
      }),
      totpTimeStep: createAuthEndpoint.serverOnly(
        { method: "POST", body: z.object({ userId: z.string(), code: z.string() }) },
        async (ctx) => {
          const row = await ctx.context.adapter.findOne<{ secret: string }>({
            model: "twoFactor",
            where: [{ field: "userId", value: ctx.body.userId }],
          });
          if (!row) return { step: null };
          const secret = await symmetricDecrypt({ key: ctx.context.secretConfig, data: row.secret });
          return { step: matchingStep(secret, ctx.body.code, Date.now()) };
        },
      ),
    },
  } satisfies BetterAuthPlugin;
}

/** The newest time step around `now` whose code is `code`, or null. */
function matchingStep(secret: string, code: string, now: number): number | null {
  const current = Math.floor(now / PERIOD_MS);
  for (let step = current + WINDOW; step >= current - WINDOW; step--) {
    if (hotp(secret, step) === code) return step;
  }
  return null;
}

/** RFC 4226 with HMAC-SHA-1 over the secret's bytes, as better-auth computes it. */
function hotp(secret: string, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", secret).update(message).digest();
  const offset = digest[digest.length - 1] & 15;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS).padStart(DIGITS, "0");
}
