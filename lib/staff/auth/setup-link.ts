import "server-only";
import { staffAuth } from "@/lib/staff/auth/auth";
import { userById } from "@/lib/staff/data/accounts";

/** Whose set-up link this is, if it is still valid (unused, under 24 hours old). */
export async function setupLinkUser(token: string): Promise<{ id: string; email: string; name: string } | undefined> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined;
  const context = await (await staffAuth()).$context;
  const verification = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification || new Date(verification.expiresAt).getTime() < Date.now()) return undefined;
  return userById(verification.value);
}
