import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { deliverPendingLeads, receiveLead } from "@/lib/leads";
import { startTestSmtp, type TestSmtp } from "@/tests/support/smtp";
import { callRequestValues, cardBytes, insuranceValues, readJson, useTestDataDir } from "./fixtures";

const dataDir = useTestDataDir();
let smtp: TestSmtp | undefined;

afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

async function useSmtp(server: TestSmtp): Promise<TestSmtp> {
  smtp = server;
  vi.stubEnv("SMTP_URL", server.url);
  resetEnvForTests();
  return server;
}

const delivery = (reference: string) => readJson(path.join(dataDir.path, "leads", reference, "delivery.json"));
const later = (ms: number) => new Date(Date.now() + ms);

describe("delivery over SMTP", () => {
  it("sends a call request once, with everything admissions needs", async () => {
    const server = await useSmtp(await startTestSmtp());
    const received = await receiveLead({
      kind: "call-request",
      values: callRequestValues({ note: "Call after <script>alert(1)</script> work" }),
      sourcePage: "/programs/evening-iop",
    });
    await deliverPendingLeads();
    await deliverPendingLeads({ now: later(3_600_000), force: true });

    expect(server.messages).toHaveLength(1);
    const [mail] = server.messages;
    expect(mail.envelope.to).toEqual(["admissions@example.org"]);
    expect(mail.subject).toBe(`Call request: Maria · call morning (voicemail OK) · ${received.reference}`);
    expect(mail.headers.get("message-id")).toBe(`<${received.reference}@www.example.org>`);
    expect(mail.headers.get("reply-to")).toBe("Maria Lopez <maria@example.com>");
    expect(mail.headers.get("from")).toBe("Lumen Ridge Recovery website <no-reply@example.org>");
    expect(mail.html).toContain('<a href="tel:+15035550142">(503) 555-0142</a>');
    expect(mail.text).toContain("tel:+15035550142");
    expect(mail.text).toMatch(/Received: \w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}(:\d{2})? [AP]M P[DS]T/);
    expect(mail.text).toMatch(/We said we'd call: (within about 15 minutes|after .+ \(Pacific Time\))/);
    expect(mail.text).toContain("https://www.example.org/programs/evening-iop");
    expect(mail.text).toContain("<script>alert(1)</script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).not.toContain("<script>");
    expect(await delivery(received.reference)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("attaches card photos in full mode", async () => {
    const server = await useSmtp(await startTestSmtp());
    const received = await receiveLead({
      kind: "insurance-check",
      values: insuranceValues(),
      cardPhotos: [
        { side: "front", filename: "front.png", contentType: "image/png", bytes: cardBytes.png },
        { side: "back", filename: "back.pdf", contentType: "application/pdf", bytes: cardBytes.pdf },
      ],
      sourcePage: "/verify-insurance",
    });
    await deliverPendingLeads();

    expect(server.messages).toHaveLength(1);
    const [mail] = server.messages;
    expect(mail.subject).toBe(`Insurance check: Maria · Aetna · ${received.reference}`);
    expect(mail.text).toContain("Member ID: W123-456789");
    expect(mail.text).toContain("Patient's date of birth: 2001-04-23");
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["front.png", "image/png"],
      ["back.pdf", "application/pdf"],
    ]);
    expect(mail.attachments[0].content.equals(cardBytes.png)).toBe(true);
  });

  it("sends only contact details in contact mode", async () => {
    vi.stubEnv("LEAD_EMAIL_DETAIL", "contact");
    const server = await useSmtp(await startTestSmtp());
    const call = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" });
    const check = await receiveLead({
      kind: "insurance-check",
      values: insuranceValues(),
      cardPhotos: [{ side: "front", filename: "front.png", contentType: "image/png", bytes: cardBytes.png }],
      sourcePage: "/verify-insurance",
    });
    await deliverPendingLeads();

    expect(server.messages).toHaveLength(2);
    for (const mail of server.messages) {
      const everything = `${mail.subject}\n${mail.text}\n${mail.html}`;
      for (const secret of [
        "2001-04-23",
        "1970-02-11",
        "W123-456789",
        "G-100",
        "Aetna",
        "Daniel",
        "Lopez",
        "prefers evenings",
        "maria@example.com",
        "Parent",
        "parent",
      ]) {
        expect(everything).not.toContain(secret);
      }
      expect(mail.attachments).toEqual([]);
      expect(mail.headers.has("reply-to")).toBe(false);
      expect(mail.text).toContain("First name: Maria");
      expect(mail.text).toContain("Voicemail OK:");
    }
    const byRef = (ref: string) => server.messages.find((m) => m.subject.endsWith(ref));
    expect(byRef(call.reference)?.text).toContain(`npm run leads -- show ${call.reference}`);
    expect(byRef(check.reference)?.subject).toBe(
      `Insurance check: Maria · call afternoon (no voicemail) · ${check.reference}`,
    );
    expect(byRef(check.reference)?.text).toContain("tel:+15035550177");
  });
});

describe("when mail can't be sent", () => {
  it("keeps a lead queued while the server is down, then delivers it exactly once", async () => {
    const probe = await startTestSmtp();
    const port = probe.port;
    await probe.close();
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    resetEnvForTests();

    const { reference } = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" });
    await deliverPendingLeads();
    expect(await delivery(reference)).toMatchObject({ status: "pending", attempts: 1, lastError: "connection" });

    await useSmtp(await startTestSmtp({ port }));
    const report = await deliverPendingLeads({ now: later(20_000) });
    expect(report.outcomes).toEqual([{ reference, outcome: "sent" }]);
    await deliverPendingLeads({ now: later(3_600_000), force: true });
    expect(smtp?.messages).toHaveLength(1);
    expect(await delivery(reference)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("records refusals (4xx, 5xx), backs off, and never drops the lead", async () => {
    const server = await useSmtp(await startTestSmtp());
    server.rejectWith(451, "Try again later");
    const { reference } = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" });
    await deliverPendingLeads();
    expect(await delivery(reference)).toMatchObject({ attempts: 1, lastError: "rejected-temporary" });

    const notYet = await deliverPendingLeads({ now: later(5_000) });
    expect(notYet.outcomes[0]).toMatchObject({ outcome: "waiting" });

    server.rejectWith(550, "No such user here");
    const refused = await deliverPendingLeads({ now: later(16_000) });
    expect(refused.outcomes[0]).toMatchObject({ outcome: "failed", category: "rejected-permanent", attempts: 2 });
    const state = await delivery(reference);
    expect(Date.parse(String(state.nextAttemptAt)) - Date.parse(String(state.lastAttemptAt))).toBe(30_000);

    server.rejectWith(null);
    await deliverPendingLeads({ now: later(60_000) });
    await deliverPendingLeads({ now: later(3_600_000), force: true });
    expect(server.messages).toHaveLength(1);
    expect(await delivery(reference)).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("delivers leads a previous process left unsent when a new loop starts", async () => {
    const probe = await startTestSmtp();
    const port = probe.port;
    await probe.close();
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    resetEnvForTests();
    const first = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" });
    const second = await receiveLead({
      kind: "insurance-check",
      values: insuranceValues(),
      cardPhotos: [],
      sourcePage: "/",
    });
    await deliverPendingLeads();

    // The "old process" goes away: its loop, its in-memory state and its module instances.
    const old = await import("@/lib/leads");
    await old.stopLeadDelivery();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("lead-delivery.runtime")];
    vi.resetModules();
    await useSmtp(await startTestSmtp({ port }));

    const fresh = await import("@/lib/leads");
    fresh.startLeadDelivery();
    await fresh.deliverPendingLeads();
    await fresh.stopLeadDelivery();
    expect(smtp?.messages.map((m) => m.headers.get("message-id")).sort()).toEqual(
      [`<${first.reference}@www.example.org>`, `<${second.reference}@www.example.org>`].sort(),
    );
  });

  it("leaves a lead alone while another live process holds its lock, and takes over a stale lock", async () => {
    const server = await useSmtp(await startTestSmtp());
    server.rejectWith(451);
    const { reference } = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" });
    await deliverPendingLeads();
    server.rejectWith(null);

    const lock = path.join(dataDir.path, "leads", reference, "delivery.lock");
    await fs.writeFile(lock, `${process.ppid}\n`);
    const busy = await deliverPendingLeads({ force: true });
    expect(busy.outcomes).toEqual([{ reference, outcome: "busy" }]);
    expect(server.messages).toHaveLength(0);

    const longAgo = new Date(Date.now() - 6 * 60_000);
    await fs.utimes(lock, longAgo, longAgo);
    await deliverPendingLeads({ force: true });
    expect(server.messages).toHaveLength(1);
    await expect(fs.access(lock)).rejects.toThrow();
  });
});

describe("without SMTP_URL", () => {
  it("writes each email to DATA_DIR/mail/<reference>.eml and says where once", async () => {
    const { reference } = await receiveLead({ kind: "call-request", values: callRequestValues(), sourcePage: "/" });
    await deliverPendingLeads();
    const eml = await fs.readFile(path.join(dataDir.path, "mail", `${reference}.eml`), "utf8");
    expect(eml).toContain(`Message-ID: <${reference}@www.example.org>`);
    expect(eml).toContain("Content-Type: text/html");
    const notices = vi.mocked(console.warn).mock.calls.filter(([line]) => String(line).startsWith("No SMTP_URL set"));
    expect(notices).toEqual([[`No SMTP_URL set: lead emails are written to ${path.join(dataDir.path, "mail")}`]]);
  });
});
