import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { deliverPendingLeads, receiveLead } from "@/lib/leads";
import { startTestSmtp } from "@/tests/support/smtp";
import { callRequestValues, cardBytes, insuranceValues, loggedText, readJson, useTestDataDir } from "./fixtures";

const dataDir = useTestDataDir();
const leadPath = (reference: string, file = "lead.json") => path.join(dataDir.path, "leads", reference, file);

describe("receiveLead", () => {
  it("has the lead and its photos on disk, private, when it resolves", async () => {
    const received = await receiveLead({
      kind: "insurance-check",
      values: insuranceValues(),
      cardPhotos: [{ side: "front", filename: "card.heic", contentType: "image/heic", bytes: cardBytes.heic }],
      sourcePage: "/verify-insurance",
    });
    expect(received.reference).toMatch(/^LR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(received.duplicate).toBe(false);
    const lead = await readJson(leadPath(received.reference));
    expect(lead).toMatchObject({
      reference: received.reference,
      kind: "insurance-check",
      receivedAt: received.receivedAt.toISOString(),
      values: { memberId: "W123-456789", phone: "+15035550177" },
      cardPhotos: [{ side: "front", file: "card-front.heic", contentType: "image/heic", size: cardBytes.heic.length }],
    });
    expect((await fs.readFile(leadPath(received.reference, "card-front.heic"))).equals(cardBytes.heic)).toBe(true);
    expect((await fs.stat(leadPath(received.reference))).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(leadPath(received.reference)))).mode & 0o777).toBe(0o700);
  });

  it("treats the same kind and phone within 10 minutes as the same lead", async () => {
    const now = new Date("2026-11-23T18:00:00Z");
    const first = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" }, { now });
    const again = await receiveLead(
      {
        kind: "call-request",
        values: callRequestValues({ phone: "+1 503 555 0142", note: "second try" }),
        sourcePage: "/",
      },
      { now: new Date(now.getTime() + 9 * 60_000) },
    );
    expect(again).toEqual({ reference: first.reference, duplicate: true, receivedAt: first.receivedAt });
    expect(await fs.readdir(path.join(dataDir.path, "leads"))).toEqual([first.reference]);

    const otherKind = await receiveLead(
      {
        kind: "insurance-check",
        values: insuranceValues({ phone: "(503) 555-0142" }),
        cardPhotos: [],
        sourcePage: "/",
      },
      { now },
    );
    const otherPhone = await receiveLead(
      { kind: "call-request", values: callRequestValues({ phone: "503-555-0199" }), sourcePage: "/" },
      { now },
    );
    const afterWindow = await receiveLead(
      { kind: "call-request", values: callRequestValues(), sourcePage: "/" },
      { now: new Date(now.getTime() + 11 * 60_000) },
    );
    for (const lead of [otherKind, otherPhone, afterWindow]) expect(lead.duplicate).toBe(false);
    expect(await fs.readdir(path.join(dataDir.path, "leads"))).toHaveLength(4);
  });

  it("stores one lead when the same request arrives twice at once", async () => {
    const input = { kind: "call-request", values: callRequestValues(), sourcePage: "/" } as const;
    const [a, b] = await Promise.all([receiveLead(input), receiveLead(input)]);
    expect(a.reference).toBe(b.reference);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
  });

  it("throws, and leaves nothing half-stored, when the lead can't be written", async () => {
    const blocked = path.join(dataDir.path, "not-a-directory");
    await fs.writeFile(blocked, "");
    vi.stubEnv("DATA_DIR", blocked);
    resetEnvForTests();
    await expect(receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" })).rejects.toThrow(
      "The lead could not be stored",
    );
    expect(loggedText()).toMatch(/lead LR-\S+ could not be stored \(ENOTDIR\)/);
  });

  it("keeps only a path on this site as the source page", async () => {
    const cases = [
      ["/programs/iop?x=1", "/programs/iop?x=1", "503-555-0111"],
      ["https://evil.example/", "/", "503-555-0112"],
      ["//evil.example/", "/", "503-555-0113"],
      ["/a\r\nBcc: x@example.com", "/", "503-555-0114"],
    ] as const;
    for (const [given, kept, phone] of cases) {
      const values = callRequestValues({ phone });
      const { reference } = await receiveLead({ kind: "call-request", values, sourcePage: given });
      expect((await readJson(leadPath(reference))).sourcePage).toBe(kept);
    }
  });
});

describe("logs", () => {
  it("never contain what the visitor typed, even when sending fails", async () => {
    const canary = {
      name: "Zebulonqx Canarywood",
      email: "canary.bird@example.com",
      phone: "(971) 555-0123",
      note: "canary-note-7781",
      memberId: "CANARY-99881",
      groupNumber: "GRP-CANARY",
      patientName: "Patientia Canarova",
      patientDob: "1981-07-19",
    };
    const smtp = await startTestSmtp();
    try {
      vi.stubEnv("SMTP_URL", smtp.url);
      resetEnvForTests();
      smtp.rejectWith(550, `5.1.1 <${canary.email}> ${canary.name} unknown`);
      await receiveLead({
        kind: "call-request",
        values: callRequestValues({ name: canary.name, email: canary.email, phone: canary.phone, note: canary.note }),
        sourcePage: "/",
      });
      await receiveLead({
        kind: "insurance-check",
        values: insuranceValues({
          name: canary.name,
          email: canary.email,
          phone: canary.phone,
          memberId: canary.memberId,
          groupNumber: canary.groupNumber,
          patientName: canary.patientName,
          patientDob: canary.patientDob,
        }),
        cardPhotos: [],
        sourcePage: "/",
      });
      await deliverPendingLeads();
      smtp.rejectWith(null);
      await deliverPendingLeads({ force: true });
      expect(smtp.messages).toHaveLength(2);
    } finally {
      await smtp.close();
    }
    const log = loggedText();
    expect(log).toMatch(/lead LR-\S+ stored/);
    expect(log).toMatch(/lead LR-\S+ send failed \(rejected-permanent\), retry in 15s/);
    expect(log).toMatch(/lead LR-\S+ sent/);
    for (const value of [...Object.values(canary), "Zebulonqx", "9715550123", "+19715550123"]) {
      expect(log).not.toContain(value);
    }
  });
});
