import "server-only";
import { requestDelivery, startLeadDelivery } from "@/lib/leads/delivery";
import { errorCode, logLead, logPipeline } from "@/lib/leads/log";
import { storeLead } from "@/lib/leads/store";
import type { LeadInput } from "@/lib/leads/types";

export type ReceivedLead =
  | { outcome: "stored" | "duplicate"; reference: string; receivedAt: Date }
  | { outcome: "token-used" };

/**
 * Stores a lead durably and only then resolves; delivery starts in the background. Throws
 * if the lead could not be stored, so the visitor is never told "received" for a lead that
 * isn't in the database.
 */
export async function receiveLead(input: LeadInput, options: { now?: Date } = {}): Promise<ReceivedLead> {
  const now = options.now ?? new Date();
  const result = await storeLead(input, now).catch((error: unknown) => {
    logLead("", { event: "store-failed", code: errorCode(error) });
    throw new Error("The lead could not be stored", { cause: error });
  });
  if (result.outcome === "token-used") {
    logPipeline({ event: "token-reused", form: input.kind });
    return result;
  }
  logLead(result.reference, { event: result.outcome === "stored" ? "stored" : "duplicate" });
  startLeadDelivery();
  requestDelivery();
  return result;
}
