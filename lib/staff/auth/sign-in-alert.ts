import "server-only";
import { center } from "@/lib/center/schema";
import { getEnv } from "@/lib/env";
import { sendMessage } from "@/lib/leads/mailer";
import { listStaff } from "@/lib/staff/auth/accounts";

/**
 * Tells the admins (and ALERT_EMAIL) that one staff account has had a run of failed or held-back
 * sign-in tries: which account and how many, never what was typed. The account is not locked;
 * this is so a person can ask the account's owner whether it was them.
 */
export async function alertAdminsOfFailures(email: string, failures: number, minutes: number): Promise<void> {
  const env = getEnv();
  const admins = (await listStaff()).filter((member) => member.role === "admin").map((member) => member.email);
  const to = [...new Set([...admins, ...(env.ALERT_EMAIL ? [env.ALERT_EMAIL] : [])])];
  if (!to.length) return;
  await sendMessage(
    {
      from: env.MAIL_FROM,
      to,
      subject: `Staff sign-in: ${failures} failed tries for ${email}`,
      text: [
        `Signing in to the ${center.shortName} admissions inbox as ${email} failed ${failures} times within ${minutes} minutes (a wrong password or code, or a try held back for coming too soon after them).`,
        "",
        "If that was not them, someone may be guessing. The account is not locked: browsers they have signed in with before keep working, every other browser has to wait longer and longer between tries, and a password alone never opens the inbox without the authenticator code.",
        "",
        "Ask them whether it was them. If it wasn't and you think the password is known, reset the account (npm run staff -- reset, or Staff accounts in the inbox), which signs it out everywhere. The access log shows each failed try and when it happened.",
      ].join("\n"),
    },
    `sign-in-alert-${Date.now()}`,
    env,
  );
}
