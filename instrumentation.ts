/** Runs once when the server starts: deliver whatever leads a previous run left unsent. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startLeadDelivery } = await import("@/lib/leads");
  startLeadDelivery();
}
