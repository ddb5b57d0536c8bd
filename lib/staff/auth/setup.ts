import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { logEvent } from "@/lib/staff/access/log";
import { sessionInSetup } from "@/lib/staff/access/gate";
import { staffAuth } from "@/lib/staff/auth/auth";
import { clientKey } from "@/lib/leads/guard";
import type { SetupState } from "@/lib/staff/auth/forms";
import { passwordProblem, passwordProblemText } from "@/lib/staff/auth/password-policy";
import { setupLinkUser } from "@/lib/staff/auth/setup-link";
import { firstUseOfCode } from "@/lib/staff/auth/sign-in";

/**
 * First visit from the set-up link: choose a password, then add the authenticator app and
 * confirm it with a code. Until that code is confirmed the account reaches nothing else.
 */
export async function setupStep(prev: SetupState, formData: FormData): Promise<SetupState> {
  const intent = formData.get("intent");
  if (intent === "verify") return verify(prev, String(formData.get("code") ?? ""));
  const password = String(formData.get("password") ?? "");
  if (intent === "reshow") return reshow(password);
  return choosePassword(prev, String(formData.get("token") ?? ""), password, String(formData.get("confirm") ?? ""));
}

async function choosePassword(prev: SetupState, token: string, password: string, confirm: string): Promise<SetupState> {
  const user = await setupLinkUser(token);
  if (!user)
    return {
      step: "password",
      message: "This set-up link has expired or was already used. Ask an admin for a new one.",
    };
  const base: SetupState = { step: "password", token, email: user.email };
  const problem = passwordProblem(password, user.email);
  if (problem) return { ...base, fieldErrors: { password: passwordProblemText[problem] } };
  if (password !== confirm) return { ...base, fieldErrors: { confirm: "The two passwords don't match." } };

  const auth = await staffAuth();
  const requestHeaders = await headers();
  await auth.api.resetPassword({ body: { newPassword: password, token } });
  const signedIn = await auth.api.signInEmail({
    body: { email: user.email, password, rememberMe: true },
    headers: requestHeaders,
    returnHeaders: true,
  });
  await logEvent({
    actor: { id: user.id, email: user.email },
    action: "set-password",
    client: clientKey(requestHeaders),
  });
  // The session cookie is only in the response so far; the next call needs it on its request.
  return authenticatorStep(password, withSetCookies(requestHeaders, signedIn.headers), user.email);
}

async function reshow(password: string): Promise<SetupState> {
  const { staff } = await setupSession();
  try {
    return await authenticatorStep(password, await headers(), staff.email);
  } catch {
    return { step: "reshow", email: staff.email, fieldErrors: { password: "That isn't your password." } };
  }
}

async function authenticatorStep(password: string, requestHeaders: Headers, email: string): Promise<SetupState> {
  const auth = await staffAuth();
  const enabled = await auth.api.enableTwoFactor({ body: { password, method: "totp" }, headers: requestHeaders });
  if (enabled.method !== "totp") throw new Error("Expected an authenticator secret");
  const secret = new URL(enabled.totpURI).searchParams.get("secret") ?? "";
  return {
    step: "authenticator",
    email,
    qrSvg: await QRCode.toString(enabled.totpURI, { type: "svg", margin: 2, errorCorrectionLevel: "M" }),
    secret: secret.replace(/(.{4})/g, "$1 ").trim(),
    recoveryCodes: enabled.backupCodes,
  };
}

async function verify(prev: SetupState, code: string): Promise<SetupState> {
  const { staff, client } = await setupSession();
  const requestHeaders = await headers();
  const auth = await staffAuth();
  const body = { code: code.replace(/\s+/g, "") };
  try {
    if (!(await firstUseOfCode(staff.id, body.code))) throw new Error("code already used");
    await auth.api.verifyTOTP({ body, headers: requestHeaders });
  } catch {
    return {
      ...prev,
      step: "authenticator",
      fieldErrors: { code: "That code didn't work. Enter the 6 digits your app shows now." },
    };
  }
  await logEvent({ actor: staff, action: "set-up-two-factor", client });
  await logEvent({ actor: staff, action: "sign-in", detail: "totp", client });
  redirect("/staff");
}

/** A session whose set-up is unfinished; anyone signed in goes to the inbox, anyone else to sign-in. */
export async function setupSession() {
  const found = await sessionInSetup(true);
  if (found.status === "ok") redirect("/staff");
  if (found.status !== "setup-needed") redirect("/staff/sign-in");
  return found.actor;
}

function withSetCookies(base: Headers, response: Headers): Headers {
  const jar = new Map<string, string>();
  for (const part of (base.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name) jar.set(name, value.join("="));
  }
  for (const line of response.getSetCookie()) {
    const [name, ...value] = line.split(";")[0].split("=");
    jar.set(name.trim(), value.join("="));
  }
  const merged = new Headers(base);
  merged.set("cookie", [...jar].map(([n, v]) => `${n}=${v}`).join("; "));
  return merged;
}
