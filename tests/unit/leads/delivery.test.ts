import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { ALERT_AFTER_MS, deliverDue, purgeExpired, startLeadDelivery } from "@/lib/leads/delivery";
import { getEnv } from "@/lib/env";
import { center } from "@/lib/center/schema";
import { receiveLead } from "@/lib/leads/delivery";
import { getLead, storeLead } from "@/lib/leads/store";
import type { LeadInput } from "@/lib/leads/types";
import { startTestSmtp, type TestSmtp } from "@/tests/support/smtp";
import { callLead, cardBytes, describeEachEngine, insuranceLead, loggedText, restartServer } from "./fixtures";

let smtp: TestSmtp | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

async function useSmtp(env: Record<string, string> = {}): Promise<TestSmtp> {
  smtp = await startTestSmtp();
  vi.stubEnv("SMTP_URL", smtp.url);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  await restartServer();
  return smtp;
}

/** Stored as the action stores it, minus the background kick: each test runs delivery itself. */
async function receive(input: LeadInput, now = new Date()): Promise<string> {
  const result = await storeLead(input, now);
  if (result.outcome === "token-used") throw new Error("token refused");
  return result.reference;
}

const later = (ms: number) => new Date(Date.now() + ms);
const photos = [
  { side: "front" as const, filename: "front.png", contentType: "image/png" as const, bytes: cardBytes.png },
  { side: "back" as const, filename: "back.pdf", contentType: "application/pdf" as const, bytes: cardBytes.pdf },
];

describeEachEngine("delivery over SMTP", (store) => {
  it("sends a call request once, with everything admissions needs", async () => {
    const server = await useSmtp();
    const reference = await receive(callLead({ note: "Call after <script>alert(1)</script> work" }, "/programs/evening-iop"));
    await deliverDue();
    await deliverDue({ now: later(3_600_000) });

    expect(server.messages).toHaveLength(1);
    const [mail] = server.messages;
    expect(mail.envelope.to).toEqual(["admissions@example.org"]);
    expect(mail.subject).toBe(`Call request: Maria · call morning (voicemail OK) · ${reference}`);
    expect(mail.headers.get("message-id")).toBe(`<${reference}@www.example.org>`);
    expect(mail.headers.get("reply-to")).toBe("Maria Lopez <maria@example.com>");
    expect(mail.html).toContain('<a href="tel:+15035550142">(503) 555-0142</a>');
    expect(mail.text).toContain("https://www.example.org/programs/evening-iop");
    expect(mail.text).toContain(`https://www.example.org/staff/requests/${reference}`);
    expect(mail.text).toContain("<script>alert(1)</script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).not.toContain("<script>");
    expect((await getLead(reference))?.delivery).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("attaches card photos in full mode, and sends only a notice in contact mode", async () => {
    const server = await useSmtp();
    const full = await receive(insuranceLead({}, photos));
    await deliverDue();
    expect(server.messages[0].attachments.map((a) => [a.filename, a.contentType, a.content.length])).toEqual([
      ["front.png", "image/png", cardBytes.png.length],
      ["back.pdf", "application/pdf", cardBytes.pdf.length],
    ]);

    vi.stubEnv("LEAD_EMAIL_DETAIL", "contact");
    await restartServer();
    const notice = await receive(insuranceLead({ memberId: "ZZ-999" }, photos));
    await deliverDue();
    const mail = server.messages[1];
    expect(mail.headers.get("x-lead-reference")).toBe(notice);
    expect(mail.attachments).toEqual([]);
    expect(mail.headers.get("reply-to")).toBeUndefined();
    const everything = mail.raw;
    for (const secret of ["Maria", "Lopez", "Daniel", "555", "ZZ-999", "2001-04-23", "Aetna", "maria@example.com"]) {
      expect(everything).not.toContain(secret);
    }
    expect(mail.text).toContain(`https://www.example.org/staff/requests/${notice}`);
    expect(full).not.toBe(notice);
  });

  it("keeps a lead while the mail server refuses or is down, backs off, and delivers it exactly once", async () => {
    const server = await useSmtp();
    server.rejectWith(451, "Try again later");
    const reference = await receive(callLead());
    const [first] = await deliverDue();
    expect(first).toMatchObject({ outcome: "failed", category: "rejected-temporary", attempts: 1 });
    expect(await deliverDue({ now: later(5_000) })).toEqual([]);
    server.rejectWith(550, "No such user");
    const [second] = await deliverDue({ now: later(16_000) });
    expect(second).toMatchObject({ outcome: "failed", category: "rejected-permanent", attempts: 2 });
    if (second.outcome === "failed") expect(second.nextAttemptAt.getTime() - later(16_000).getTime()).toBeGreaterThan(25_000);

    await server.close();
    const [third] = await deliverDue({ now: later(60_000) });
    expect(third).toMatchObject({ outcome: "failed", category: "connection", attempts: 3 });

    const back = await useSmtp();
    await deliverDue({ now: later(10 * 60_000) });
    await deliverDue({ now: later(60 * 60_000) });
    expect(back.messages.map((m) => m.headers.get("x-lead-reference"))).toEqual([reference]);
    expect((await getLead(reference))?.delivery).toMatchObject({ status: "sent", attempts: 4 });
  });

  it("sends without the photos when the mail server refuses the size (552), and says where they are", async () => {
    const server = await useSmtp();
    server.rejectOnceWith(552, "5.3.4 Message size exceeds fixed limit");
    const reference = await receive(insuranceLead({}, photos));
    const [outcome] = await deliverDue();
    expect(outcome).toEqual({ reference, outcome: "sent", photosOmitted: true });
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0].attachments).toEqual([]);
    expect(server.messages[0].text).toContain("too large for email, kept on the server");
    expect((await getLead(reference))?.delivery).toMatchObject({ status: "sent", photosOmitted: true });
  });

  it("leaves the photos out up front when they would make the email larger than MAIL_MAX_MB", async () => {
    const server = await useSmtp({ MAIL_MAX_MB: "1" });
    const big = Buffer.concat([cardBytes.png, Buffer.alloc(900 * 1024)]);
    const reference = await receive(insuranceLead({}, [{ ...photos[0], bytes: big }]));
    expect(await deliverDue()).toEqual([{ reference, outcome: "sent", photosOmitted: true }]);
    expect(server.messages[0].attachments).toEqual([]);
  });

  it("raises one alert for a lead still unsent after 15 minutes, mailed to ALERT_EMAIL", async () => {
    const server = await useSmtp({ ALERT_EMAIL: "oncall@example.org" });
    server.rejectWith(451, "Try again later");
    const received = new Date();
    const reference = await receive(callLead(), received);
    await deliverDue({ now: new Date(received.getTime() + ALERT_AFTER_MS - 1_000) });
    expect(loggedText()).not.toContain("ALERT");
    server.rejectWith(null);
    // The lead's next try is not due yet, so only the alert goes out now.
    vi.useFakeTimers({ toFake: ["Date"], now: received.getTime() + ALERT_AFTER_MS + 1_000 });
    try {
      await deliverDue({ now: new Date(received.getTime() + ALERT_AFTER_MS + 1_000) });
      await deliverDue({ now: new Date(received.getTime() + ALERT_AFTER_MS + 2_000) });
    } finally {
      vi.useRealTimers();
    }
    expect(loggedText()).toContain(`ALERT lead ${reference} still not delivered to admissions after 15 minutes`);
    const alerts = server.messages.filter((m) => m.envelope.to.includes("oncall@example.org"));
    expect(alerts).toHaveLength(1);
    expect(alerts[0].text).not.toContain("Maria");
  });

  it("sends a lead moments after it is received", async () => {
    const server = await useSmtp();
    const result = await receiveLead(callLead());
    await vi.waitFor(() => expect(server.messages).toHaveLength(1), { timeout: 5_000 });
    if (result.outcome !== "stored") throw new Error(`expected a stored lead, got ${result.outcome}`);
    expect(server.messages[0].headers.get("x-lead-reference")).toBe(result.reference);
  });

  it("delivers from the server's main thread when its delivery thread cannot run", async () => {
    const server = await useSmtp();
    // Under vitest the thread's TypeScript entry cannot load, as a broken build's would not.
    startLeadDelivery({ thread: true });
    const result = await receiveLead(callLead());
    await vi.waitFor(() => expect(server.messages).toHaveLength(1), { timeout: 10_000 });
    if (result.outcome !== "stored") throw new Error(`expected a stored lead, got ${result.outcome}`);
    expect(server.messages[0].headers.get("x-lead-reference")).toBe(result.reference);
    expect(loggedText()).toMatch(/lead delivery thread stopped \([A-Z0-9_]+\); delivering from the server's main thread/);
  });

  it("delivers what a previous process left unsent when a server starts", async () => {
    const reference = await receive(callLead());
    await restartServer();
    const server = await useSmtp();
    startLeadDelivery();
    await vi.waitFor(() => expect(server.messages).toHaveLength(1), { timeout: 5_000 });
    expect(server.messages[0].headers.get("x-lead-reference")).toBe(reference);
  });

  it("writes each email to DATA_DIR/mail/<reference>.eml without SMTP_URL, and purges copies past retention", async () => {
    const reference = await receive(callLead());
    await deliverDue();
    const file = path.join(store.dataDir, "mail", `${reference}.eml`);
    expect(await fs.readFile(file, "utf8")).toContain(`X-Lead-Reference: ${reference}`);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const past = new Date(Date.now() + (center.leadRetentionDays + 1) * 86_400_000);
    const purged = await purgeExpired(getEnv(), past);
    expect(purged).toEqual({ leads: [reference], mailFiles: 1 });
    await expect(fs.stat(file)).rejects.toThrow();
  });

  it("never logs what a visitor typed", async () => {
    const server = await useSmtp();
    server.rejectWith(451, "4.2.0 Mailbox maria@example.com busy");
    await receive(insuranceLead({ memberId: "W999-SECRET" }, photos));
    await deliverDue();
    const log = loggedText();
    for (const secret of ["Maria", "Lopez", "555", "W999-SECRET", "maria@example.com", "Aetna"]) expect(log).not.toContain(secret);
    expect(log).toMatch(/send failed \(rejected-temporary\), retry in 15s/);
  });
});
