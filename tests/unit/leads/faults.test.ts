import { afterEach, expect, it, vi } from "vitest";
import { closeDatabase } from "@/lib/db/connection";
import { getLead, listLeads, storeLead } from "@/lib/leads/store";
import { startTestSmtp, type TestSmtp } from "@/tests/support/smtp";
import { callLead, describeOnEngine, restartServer } from "./fixtures";
import { useLeadWorkers } from "./workers";

/**
 * Real processes killed with SIGKILL, against a real mail server that refuses and then
 * accepts: every lead a visitor was told about reaches admissions, and none twice (by its
 * Message-ID; a process killed between the server's "250 OK" and recording it may cause one
 * repeat of that one message, which mail clients fold by Message-ID).
 */
let smtp: TestSmtp | undefined;

afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});
// After the hook above, so the workers are killed (hooks run in reverse) before the mail server closes.
const startWorker = useLeadWorkers();

const referencesAtSink = (server: TestSmtp) => server.messages.map((m) => m.headers.get("x-lead-reference") ?? "?");

function expectEachOnce(server: TestSmtp, expected: string[]): void {
  const seen = referencesAtSink(server);
  expect(new Set(seen)).toEqual(new Set(expected));
  expect(seen.length - expected.length).toBeLessThanOrEqual(1);
}

describeOnEngine("postgres", "two servers on one PostgreSQL database", () => {
  it("deliver 200 leads through refusals and a SIGKILL mid-send, each exactly once", async () => {
    smtp = await startTestSmtp({ delayMs: 3 });
    smtp.rejectOnceWith(451, "Try again later", 30);
    vi.stubEnv("SMTP_URL", smtp.url);
    await restartServer();
    const references = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const result = await storeLead(callLead({ phone: `503-555-${String(1000 + i).slice(-4)}` }), new Date());
        if (result.outcome !== "stored") throw new Error(result.outcome);
        return result.reference;
      }),
    );
    await closeDatabase();

    const [first] = await Promise.all([startWorker(["deliver"]), startWorker(["deliver"])]);
    const server = smtp;
    await vi.waitFor(() => expect(server.messages.length).toBeGreaterThanOrEqual(40), { timeout: 30_000, interval: 5 });
    first.kill("SIGKILL");
    await vi.waitFor(() => expect(new Set(referencesAtSink(server)).size).toBe(200), { timeout: 60_000, interval: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expectEachOnce(server, references);
    const leads = await listLeads();
    expect(leads.filter((lead) => lead.delivery.status === "sent")).toHaveLength(200);
  }, 120_000);
});

describeOnEngine("sqlite", "one server on SQLite", () => {
  it("keeps every lead it acknowledged when killed mid-burst, and sends each once after restart", async () => {
    smtp = await startTestSmtp({ delayMs: 5 });
    vi.stubEnv("SMTP_URL", smtp.url);
    await restartServer();
    const acknowledged: string[] = [];
    const receiver = await startWorker(["receive", "400"], (line) => {
      if (line.startsWith("ack ")) acknowledged.push(line.slice(4));
    });
    await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(60), { timeout: 30_000, interval: 2 });
    receiver.kill("SIGKILL");
    await new Promise((resolve) => receiver.once("exit", resolve));
    expect(acknowledged.length).toBeLessThan(400);

    for (const reference of acknowledged) expect(await getLead(reference), reference).toBeDefined();
    await closeDatabase();
    await startWorker(["deliver"]);
    const server = smtp;
    const stored = (await listLeads()).map((lead) => lead.reference);
    await vi.waitFor(() => expect(new Set(referencesAtSink(server)).size).toBe(stored.length), { timeout: 30_000, interval: 50 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(stored).toEqual(expect.arrayContaining(acknowledged));
    expectEachOnce(server, stored);
  }, 90_000);
});
