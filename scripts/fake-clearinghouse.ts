/**
 * The stand-in clearinghouse for a demo: `npm run clearinghouse` in one terminal, then start
 * the site in another with the two variables it prints. Insurance requests for a plan with a
 * payer ID (Aetna, Cigna, UnitedHealthcare in the demo config) are then checked against it;
 * the member ID typed on the form chooses what it answers. It answers after a payer-like
 * delay and listens on 127.0.0.1 only. Ctrl-C stops it.
 */
import { FAKE_MEMBERS, realisticPayerLatency, startFakeClearinghouse } from "../tests/support/fake-clearinghouse";

const port = Number(process.env.FAKE_CLEARINGHOUSE_PORT ?? 4010);
const key = "demo-key-for-the-fake-clearinghouse";
const fake = await startFakeClearinghouse({ key, port, latencyMs: realisticPayerLatency });

console.log(`Fake clearinghouse on ${fake.url}\n`);
console.log("Start the site with:\n");
console.log(`  ELIGIBILITY_API_URL=${fake.url} ELIGIBILITY_API_KEY=${key} npm run site\n`);
console.log("Member IDs to type on the insurance form (any name and date of birth):\n");
for (const [scenario, memberId] of Object.entries(FAKE_MEMBERS)) console.log(`  ${memberId}  ${scenario}`);
console.log("\nAny other member ID: member not found.");

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
