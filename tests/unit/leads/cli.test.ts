import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeDatabase } from "@/lib/db/connection";
import { getLead, storeLead } from "@/lib/leads/store";
import { callLead, cardBytes, useTestStore, validCallRequest } from "./fixtures";

/** `npm run leads`, as the operator runs it: a separate process with only its own environment. */
function leads(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/leads.ts", ...args], {
    encoding: "utf8",
    // An operator's shell: none of the server's variables unless the .env files hold them.
    env: { NODE_ENV: "test", PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run leads", () => {
  const store = useTestStore("sqlite");

  it("refuses to deliver without the server's mail settings, and leaves the lead unsent", async () => {
    const stored = await storeLead(callLead(), new Date());
    if (stored.outcome !== "stored") throw new Error(stored.outcome);
    await closeDatabase();
    const run = leads(store.dataDir, ["retry"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/SMTP_URL: must be set/);
    expect(run.err).toMatch(/LEAD_EMAIL_DETAIL: must be set/);
    expect((await getLead(stored.reference))?.delivery.status).toBe("pending");
    await expect(fs.readdir(path.join(store.dataDir, "mail"))).rejects.toThrow();

    const status = leads(store.dataDir, ["status"]);
    expect(status.out).toContain("unsent: 1");
    expect(status.code).toBe(0);
  }, 30_000);

  it("moves the old file store in once, then exports and deletes a lead on request", async () => {
    const old = path.join(store.dataDir, "leads", "LR-2345-6789");
    await fs.mkdir(old, { recursive: true });
    await fs.writeFile(
      path.join(old, "lead.json"),
      JSON.stringify({
        version: 1,
        reference: "LR-2345-6789",
        kind: "insurance-check",
        receivedAt: "2026-11-20T10:00:00.000Z",
        sourcePage: "/verify-insurance",
        values: { ...validCallRequest, phone: "+15035550142", carrier: "aetna", memberId: "W1" },
        cardPhotos: [{ side: "front", filename: "front.png", contentType: "image/png", size: cardBytes.png.length, file: "card-front.png" }],
      }),
    );
    await fs.writeFile(path.join(old, "card-front.png"), cardBytes.png);
    await fs.writeFile(path.join(old, "delivery.json"), JSON.stringify({ status: "sent", attempts: 1, sentAt: "2026-11-20T10:00:01.000Z" }));

    const first = leads(store.dataDir, ["import-files"]);
    expect(first.out).toContain("1 imported, 0 already in the database, 0 unreadable");
    expect(leads(store.dataDir, ["import-files"]).out).toContain("0 imported, 1 already in the database");

    const exported = leads(store.dataDir, ["export", "lr 2345 6789"]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.out) as { reference: string; cardPhotos: Array<{ base64: string }> };
    expect(json.reference).toBe("LR-2345-6789");
    expect(Buffer.from(json.cardPhotos[0].base64, "base64").equals(cardBytes.png)).toBe(true);
    expect(exported.err).toContain("Exported LR-2345-6789");

    const deleted = leads(store.dataDir, ["delete", "LR-2345-6789"]);
    expect(deleted.out).toContain("Deleted LR-2345-6789");
    expect(leads(store.dataDir, ["show", "LR-2345-6789"]).code).toBe(3);
  }, 60_000);
});
