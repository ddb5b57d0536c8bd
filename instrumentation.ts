/** Runs once when the server starts (lib/server-start.ts says what it does). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("@/lib/server-start");
  await startServer();
}
