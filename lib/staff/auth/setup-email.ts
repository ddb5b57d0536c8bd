import "server-only";
import { formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { getEnv } from "@/lib/env";
import { closeMailer, sendMessage } from "@/lib/leads/mailer";
import type { SetupLink } from "@/lib/staff/auth/accounts";

/**
 * Mails a new staff member their set-up link when the server's mail is configured; without
 * SMTP_URL nothing is sent (the operator hands the printed link over). Returns whether it went.
 */
export async function emailSetupLink(email: string, link: SetupLink): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  const result = await sendMessage(
    {
      from: env.MAIL_FROM,
      to: email,
      subject: `Your ${center.shortName} admissions inbox account`,
      text: [
        `An account on the ${center.name} admissions inbox was set up for ${email}.`,
        "",
        `Choose your password and connect an authenticator app here (the link works once, until ${formatInCenterZone(link.expiresAt, center)}):`,
        link.url,
        "",
        "If you did not expect this, ignore this email and tell your administrator.",
      ].join("\n"),
    },
    "staff-setup",
    env,
  );
  closeMailer();
  return result.ok;
}
