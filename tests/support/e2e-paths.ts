import path from "node:path";

/** Where the e2e server keeps its state, so specs can read the mail it sent and the log it wrote. */
export const e2eRoot = path.resolve(process.cwd(), ".data-e2e");
export const e2eInbox = path.join(e2eRoot, "inbox");
export const e2eDataDir = path.join(e2eRoot, "data");
export const e2eServerLog = path.join(e2eRoot, "server.log");
/** Overridable so two copies of the repo can run their browser suites side by side. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2626);
/** The e2e server's FORM_SECRET, so specs can issue form tokens (tests/support/form-token.ts). Test-only. */
export const e2eFormSecret = "e2e-form-secret-for-tests-only-never-deployed";
/** The staff specs' own servers listen on this port plus 1 to 16, each on its own (tests/support/staff-server.ts). */
export const staffPortBase = Number(process.env.STAFF_E2E_PORT_BASE ?? 3510);
