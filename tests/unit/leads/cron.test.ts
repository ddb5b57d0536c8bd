import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/cron/deliver/route";
import { getLead, storeLead } from "@/lib/leads/store";
import { callLead, restartServer, useTestStore } from "./fixtures";

const secret = "a-cron-secret-of-at-least-32-characters";
const call = (authorization?: string) =>
  POST(new Request("http://127.0.0.1/api/cron/deliver", { method: "POST", headers: authorization ? { authorization } : {} }));

describe("POST /api/cron/deliver", () => {
  useTestStore("sqlite");

  it("does not exist without CRON_SECRET, refuses a wrong secret, and runs one delivery pass with the right one", async () => {
    expect((await call(`Bearer ${secret}`)).status).toBe(404);
    vi.stubEnv("CRON_SECRET", secret);
    await restartServer();
    const stored = await storeLead(callLead(), new Date());
    if (stored.outcome !== "stored") throw new Error(stored.outcome);
    expect((await call()).status).toBe(401);
    expect((await call(`Bearer ${secret.slice(0, -1)}x`)).status).toBe(401);
    const response = await call(`Bearer ${secret}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ sent: 1, failed: 0 });
    expect((await getLead(stored.reference))?.delivery.status).toBe("sent");
  });
});
