/**
 * Stores one request straight into the store for the pipeline spec: `call NAME` or
 * `insurance NAME`. Run with tsx --conditions react-server in the server's environment;
 * prints the reference.
 */
import { closeDatabase } from "@/lib/db/connection";
import { storeLead } from "@/lib/leads/store";
import type { LeadInput } from "@/lib/leads/types";
import { callRequestValues, insuranceValues } from "../unit/leads/fixtures-values";

async function main() {
  const [kind, name, phone] = process.argv.slice(2);
  const now = new Date();
  const token = {
    tokenNonce: `seed-${now.getTime()}-${Math.random()}`,
    tokenExpiresAt: new Date(now.getTime() + 3600_000),
    language: "en" as const,
  };
  const input: LeadInput =
    kind === "insurance"
      ? {
          kind: "insurance-check",
          values: insuranceValues({ name, phone }),
          cardPhotos: [],
          sourcePage: "/verify-insurance",
          ...token,
        }
      : { kind: "call-request", values: callRequestValues({ name, phone }), sourcePage: "/request-a-call", ...token };
  const result = await storeLead(input, now);
  if (result.outcome === "token-used") throw new Error("token used");
  console.log(result.reference);
}

main().finally(() => closeDatabase());
