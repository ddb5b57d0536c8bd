/**
 * Admissions' view of the lead store, for whoever runs the server:
 *   npm run leads -- list [--pending|--failed|--all]
 *   npm run leads -- show <reference>
 *   npm run leads -- retry [<reference>]
 * Reads the same environment as the site (DATA_DIR, SMTP_URL, ...); run it from the same
 * directory with the same variables, or it looks at a different store.
 */
import path from "node:path";
import { formatInCenterZone } from "@/lib/callback-window";
import { center } from "@/lib/center";
import { getEnv } from "@/lib/env";
import { deliverPendingLeads, type LeadOutcome } from "@/lib/leads/delivery";
import { mailDirectory } from "@/lib/leads/mailer";
import { parseReference } from "@/lib/leads/reference";
import { renderText } from "@/lib/leads/render";
import { leadDir, listReferences, readDelivery, readLead } from "@/lib/leads/store";
import { firstName, kindName, leadRows } from "@/lib/leads/summary";

const USAGE = `Usage: npm run leads -- <command>

  list [--pending|--failed|--all]   leads with their delivery status (default --all)
                                    --pending: not yet sent; --failed: not sent after an attempt
  show <reference>                  everything about one lead, with its attachment paths
  retry [<reference>]               try to send one lead, or every unsent lead, now

Exit codes: 0 done, 1 something is still unsent or failed, 2 bad usage, 3 no such lead.`;

const EXIT = { ok: 0, unsent: 1, usage: 2, notFound: 3 } as const;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "list" && rest.length <= 1) {
    const filter = rest[0] ?? "--all";
    if (filter === "--all" || filter === "--pending" || filter === "--failed") return list(filter);
  }
  if (command === "show" && rest.length === 1) return show(rest[0]);
  if (command === "retry" && rest.length <= 1) return retry(rest[0]);
  console.error(`Unknown or incomplete command: ${args.join(" ")}\n\n${USAGE}`);
  return EXIT.usage;
}

async function list(filter: "--all" | "--pending" | "--failed"): Promise<number> {
  const { DATA_DIR } = getEnv();
  const rows: string[][] = [];
  const leads = [];
  for (const reference of await listReferences(DATA_DIR)) {
    const lead = await readLead(DATA_DIR, reference);
    if (lead) leads.push({ lead, delivery: await readDelivery(DATA_DIR, reference) });
  }
  leads.sort((a, b) => b.lead.receivedAt.localeCompare(a.lead.receivedAt));
  for (const { lead, delivery } of leads) {
    const failed = delivery.status === "pending" && delivery.attempts > 0;
    if (filter === "--pending" && delivery.status === "sent") continue;
    if (filter === "--failed" && !failed) continue;
    rows.push([
      lead.reference,
      kindName(lead),
      formatInCenterZone(new Date(lead.receivedAt), center),
      failed ? "retrying" : delivery.status,
      String(delivery.attempts),
      delivery.lastError ?? "-",
      firstName(lead.values.name),
    ]);
  }
  if (rows.length === 0) {
    console.log(`No ${filter === "--all" ? "" : `${filter.slice(2)} `}leads in ${DATA_DIR}.`);
    return EXIT.ok;
  }
  printTable(["REFERENCE", "KIND", "RECEIVED", "STATUS", "ATTEMPTS", "LAST ERROR", "FIRST NAME"], rows);
  return EXIT.ok;
}

async function show(input: string): Promise<number> {
  const env = getEnv();
  const reference = parseReference(input);
  const lead = reference ? await readLead(env.DATA_DIR, reference) : undefined;
  if (!reference || !lead) return notFound(input);
  const delivery = await readDelivery(env.DATA_DIR, reference);
  const dir = leadDir(env.DATA_DIR, reference);
  console.log(renderText(`${kindName(lead)} ${reference}`, leadRows(lead, "full", env.SITE_URL)));
  console.log(`Delivery: ${delivery.status}, ${delivery.attempts} attempt(s)`);
  if (delivery.sentAt) console.log(`Sent: ${formatInCenterZone(new Date(delivery.sentAt), center)}`);
  if (delivery.lastError) console.log(`Last error: ${delivery.lastError}`);
  if (delivery.nextAttemptAt && delivery.status === "pending") {
    console.log(`Next attempt: ${formatInCenterZone(new Date(delivery.nextAttemptAt), center)}`);
  }
  console.log(`Stored in: ${dir}`);
  if (lead.kind === "insurance-check") {
    for (const photo of lead.cardPhotos) {
      console.log(`Card ${photo.side}: ${path.join(dir, photo.file)} (${photo.contentType}, ${photo.size} bytes)`);
    }
  }
  if (!env.SMTP_URL) console.log(`Email copy: ${path.join(mailDirectory(env), `${reference}.eml`)}`);
  return EXIT.ok;
}

async function retry(input: string | undefined): Promise<number> {
  const { DATA_DIR } = getEnv();
  let reference: string | undefined;
  if (input !== undefined) {
    reference = parseReference(input);
    if (!reference || !(await readLead(DATA_DIR, reference))) return notFound(input);
  }
  const report = await deliverPendingLeads({ force: true, reference });
  // Asked about one lead, say what happened to it; asked about all, only about the unsent ones.
  const outcomes = report.outcomes.filter(
    (o) => o.outcome !== "not-found" && (reference !== undefined || o.outcome !== "already-sent"),
  );
  if (outcomes.length === 0) console.log("Nothing to send: every lead has been sent.");
  for (const outcome of outcomes) console.log(describe(outcome));
  return outcomes.every((o) => o.outcome === "sent" || o.outcome === "already-sent") ? EXIT.ok : EXIT.unsent;
}

function describe(outcome: LeadOutcome): string {
  switch (outcome.outcome) {
    case "sent":
      return `${outcome.reference}: sent`;
    case "already-sent":
      return `${outcome.reference}: already sent`;
    case "busy":
      return `${outcome.reference}: another process is sending it right now; check again shortly`;
    case "not-found":
      return `${outcome.reference}: not found`;
    case "waiting":
      return `${outcome.reference}: waiting until ${formatInCenterZone(outcome.nextAttemptAt, center)}`;
    case "failed":
      return `${outcome.reference}: failed (${outcome.category}) after ${outcome.attempts} attempt(s); the site retries it at ${formatInCenterZone(outcome.nextAttemptAt, center)}`;
  }
}

function notFound(input: string): number {
  console.error(`No lead with reference "${input}". References look like LR-4K7M-Q9PD; see \`npm run leads -- list\`.`);
  return EXIT.notFound;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    );
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "Unexpected error");
    process.exitCode = 1;
  },
);
