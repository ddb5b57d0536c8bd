"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { SignInState } from "@/lib/staff/auth/forms";
import { safeNext } from "@/lib/staff/access/session";
import { signOut } from "@/lib/staff/auth/sign-out";
import { signInWithCode, signInWithPassword } from "@/lib/staff/auth/sign-in";

const passwordStep = z.object({ email: z.string().trim().max(254), password: z.string().min(1).max(256) });
const codeStep = z.object({
  email: z.string().trim().max(254),
  code: z.string().trim().min(6).max(32),
  codeKind: z.enum(["totp", "recovery"]),
});

const WRONG = "That email and password don't match a staff account.";

function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many tries. Wait ${minutes} minute${minutes === 1 ? "" : "s"}, then try again.`;
}

export async function signInAction(prev: SignInState, formData: FormData): Promise<SignInState> {
  const next = safeNext(formData.get("next"));
  if (formData.get("step") === "code") {
    const parsed = codeStep.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ...prev, step: "code", next, message: "Enter the 6-digit code from your authenticator app." };
    const { email, code, codeKind } = parsed.data;
    const result = await signInWithCode(code, codeKind);
    if (result.outcome === "signed-in") redirect(next ?? "/staff");
    if (result.outcome === "throttled")
      return { step: "code", email, next, codeKind, message: waitText(result.retryAfterSeconds) };
    if (result.outcome === "reused")
      return {
        step: "code",
        email,
        next,
        codeKind,
        message: "That code was already used. Wait for the next code your app shows, then enter it.",
      };
    if (result.outcome === "expired")
      return { step: "password", email, next, message: "That took too long or had too many tries. Sign in again." };
    return {
      step: "code",
      email,
      next,
      codeKind,
      message:
        codeKind === "totp"
          ? "That code didn't work. Codes change every 30 seconds: enter the current one."
          : "That recovery code didn't work.",
    };
  }
  const parsed = passwordStep.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { step: "password", email: String(formData.get("email") ?? "").slice(0, 254), next, message: WRONG };
  const result = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (result.outcome === "setup") redirect("/staff/setup");
  if (result.outcome === "second-factor") return { step: "code", email: parsed.data.email, next, codeKind: "totp" };
  if (result.outcome === "throttled")
    return { step: "password", email: parsed.data.email, next, message: waitText(result.retryAfterSeconds) };
  return { step: "password", email: parsed.data.email, next, message: WRONG };
}

export async function signOutAction(formData: FormData): Promise<void> {
  await signOut(formData.get("everywhere") === "1");
  redirect("/staff/sign-in?reason=signed-out");
}
