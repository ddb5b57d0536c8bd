/**
 * A stand-in for one server process in the fault tests, run with tsx like the operator
 * command. `deliver`: runs the delivery loop until killed. `receive N`: receives N call
 * requests as fast as it can, printing "ack <reference>" for each one the visitor would be
 * told about, then keeps delivering until killed. It reads DATA_DIR, DATABASE_URL, SMTP_URL
 * and the other settings from its environment, like the site.
 */
import { callRequestValues } from "../unit/leads/fixtures-values";
import { startLeadDelivery } from "@/lib/leads/delivery";
import { receiveLead } from "@/lib/leads/delivery";

const [mode, count] = process.argv.slice(2);

async function main() {
  if (mode === "deliver") {
    startLeadDelivery();
    console.log("ready");
  } else if (mode === "receive") {
    console.log("ready");
    for (let i = 0; i < Number(count); i++) {
      const phone = `503-555-${String(1000 + i).slice(-4)}`;
      const result = await receiveLead({
        kind: "call-request",
        language: "en",
        values: callRequestValues({ phone, note: `burst ${i}` }),
        sourcePage: "/request-a-call",
        tokenNonce: `burst-${process.pid}-${i}`,
        tokenExpiresAt: new Date(Date.now() + 86_400_000),
      });
      if (result.outcome !== "token-used") console.log(`ack ${result.reference}`);
    }
  } else {
    throw new Error("usage: lead-worker deliver | receive N");
  }
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
