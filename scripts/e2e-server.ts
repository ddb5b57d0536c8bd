/**
 * The site as the browser tests see it: the production build behind `next start`, mailing
 * leads to a real SMTP server on loopback whose messages land as .eml files in e2eInbox.
 * Both stop when Playwright stops this process.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  e2eDataDir,
  e2eFormSecret,
  e2eInbox,
  e2ePort,
  e2eRoot,
  e2eServerLog,
  e2eSmtpPort,
} from "../tests/support/e2e-paths";
import { startTestSmtp } from "../tests/support/smtp";

rmSync(e2eRoot, { recursive: true, force: true });
mkdirSync(e2eInbox, { recursive: true });
mkdirSync(e2eDataDir, { recursive: true });

let received = 0;
const smtp = await startTestSmtp({
  port: e2eSmtpPort,
  onMessage(mail) {
    received += 1;
    writeFileSync(path.join(e2eInbox, `${Date.now()}-${received}.eml`), mail.raw);
  },
});

const log = createWriteStream(e2eServerLog);
const next = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(e2ePort)],
  {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: e2eDataDir,
      SMTP_URL: smtp.url,
      // Known to the specs, which issue form tokens with it instead of waiting out the fill time.
      FORM_SECRET: e2eFormSecret,
      SITE_URL: `http://127.0.0.1:${e2ePort}`,
      ADMISSIONS_EMAIL: "admissions@example.org",
      MAIL_FROM: '"Lumen Ridge Recovery website" <no-reply@example.org>',
      LEAD_EMAIL_DETAIL: "full",
      // Every spec posts from 127.0.0.1; the default limit of 5 is covered by the unit tests.
      LEAD_RATE_LIMIT: "50",
    },
    stdio: ["ignore", "pipe", "pipe"],
  },
);
next.stdout.pipe(log);
next.stderr.pipe(log);
next.stdout.pipe(process.stdout);
next.stderr.pipe(process.stderr);

function stop() {
  next.kill("SIGTERM");
  void smtp.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
next.on("exit", (code) => {
  void smtp.close();
  process.exit(code ?? 1);
});
