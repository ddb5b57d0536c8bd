/**
 * For the undo spec: stores a call request that the staff member EMAIL reached and pressed
 * "Admitted" on, by the clock this runs with (the spec moves it back past the undo window with
 * tests/support/fake-clock.mjs). `NAME PHONE EMAIL`; run with tsx --conditions react-server in
 * the server's environment; prints the reference.
 */
import { closeDatabase } from "@/lib/db/connection";
import { storeLead } from "@/lib/leads/store";
import { logAttempt, setStatus } from "@/lib/staff/access/changes";
import { listStaff } from "@/lib/staff/auth/accounts";
import { callRequestValues } from "../unit/leads/fixtures-values";

async function main() {
  const [name, phone, email] = process.argv.slice(2);
  const now = new Date();
  const result = await storeLead(
    {
      kind: "call-request",
      values: callRequestValues({ name, phone }),
      sourcePage: "/request-a-call",
      tokenNonce: `undo-seed-${now.getTime()}-${Math.random()}`,
      tokenExpiresAt: new Date(now.getTime() + 3600_000),
      language: "en",
    },
    now,
  );
  if (result.outcome !== "stored") throw new Error(result.outcome);
  const member = (await listStaff()).find((m) => m.email === email);
  if (!member) throw new Error(`no staff member ${email}`);
  const by = { id: member.id, email: member.email, name: member.name };
  if ((await logAttempt(by, result.reference, "reached", 0, undefined, now.getTime())) !== "saved")
    throw new Error("attempt");
  if ((await setStatus(by, result.reference, "admitted", 1)).outcome !== "saved") throw new Error("status");
  console.log(result.reference);
}

main().finally(() => closeDatabase());
