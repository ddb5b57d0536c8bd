/**
 * The operator's view of the leads, for whoever runs the server (`npm run leads -- help`).
 * Loads the same .env files as `next start`, so it reads the same database and mails the
 * same way; it refuses to send anything unless the server's mail settings are all there.
 */
// First: it loads the .env files before any other module is evaluated.
import { printTable, runCommand } from "./operator-command";
import path from "node:path";
import { formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { backupSqlite } from "@/lib/db/backup";
import { closeDatabase, database, SQLITE_FILE } from "@/lib/db/connection";
import { restoreSqlite } from "@/lib/db/restore";
import { BackupRefused } from "@/lib/db/sqlite-file";
import { checksFor } from "@/lib/eligibility/queue";
import { getEnv, requireMailSettings } from "@/lib/env";
import { ALERT_AFTER_MS, deliverDue, purgeExpired, stopLeadDelivery, type LeadOutcome } from "@/lib/leads/delivery";
import { importFileStore } from "@/lib/leads/import-files";
import { mailDirectory, removeMailCopies } from "@/lib/leads/mailer";
import { parseReference } from "@/lib/leads/reference";
import { renderText } from "@/lib/leads/message";
import { deleteLead, deliveryCounts, getLead, listLeads, makeUnsentDue, photoBytes } from "@/lib/leads/store";
import { firstName, kindName, leadRows } from "@/lib/leads/summary";

const USAGE = `Usage: npm run leads -- <command>

  list [--unsent|--failed]   leads, newest first, with their delivery status
  show <reference>           everything one lead holds
  status                     unsent leads, and those past ${ALERT_AFTER_MS / 60_000} minutes (exit 1 if any: for monitors)
  retry [<reference>]        send every unsent lead (or one) now, with the server's mail settings
  export <reference>         one lead as JSON on standard output, card photos and eligibility answers included (an access request)
  delete <reference>         delete one lead, its photos and email copy (a deletion request)
  purge                      delete everything older than ${center.leadRetentionDays} days now (also runs daily)
  migrate                    bring the database schema up to date (the server also does this on start)
  import-files [<dir>]       move leads from the old file store (default DATA_DIR/leads) into the database
  backup <file> [--force]    a consistent copy of the SQLite database, taken while the site runs (--force replaces <file>)
  restore <file> [--force]   put a backup in place of DATA_DIR's database, with the site stopped (--force replaces one there)

Exit codes: 0 done, 1 something is still unsent or overdue, 2 bad usage, 3 no such lead, 4 refused (the reason is printed).`;

const EXIT = { ok: 0, unsent: 1, usage: 2, notFound: 3, refused: 4 } as const;

async function main([command, ...rest]: string[]): Promise<number> {
  const one = rest.length === 1 ? rest[0] : undefined;
  switch (command) {
    case "list":
      if (rest.length <= 1 && [undefined, "--unsent", "--failed"].includes(rest[0])) return list(rest[0]);
      break;
    case "show":
      if (one) return show(one);
      break;
    case "status":
      if (!rest.length) return status();
      break;
    case "retry":
      if (rest.length <= 1) return retry(rest[0]);
      break;
    case "export":
      if (one) return exportLead(one);
      break;
    case "delete":
      if (one) return remove(one);
      break;
    case "purge":
      if (!rest.length) return purge();
      break;
    case "migrate":
      if (!rest.length) return migrate();
      break;
    case "import-files":
      if (rest.length <= 1) return importFiles(rest[0]);
      break;
    case "backup":
    case "restore": {
      const [file, ...flags] = rest;
      const force = flags.length === 1 && flags[0] === "--force";
      if (file && !file.startsWith("--") && (force || !flags.length)) return refusable(() => (command === "backup" ? backup(file, force) : restore(file, force)));
      break;
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
  }
  console.error(`Unknown or incomplete command: ${[command, ...rest].join(" ")}\n\n${USAGE}`);
  return EXIT.usage;
}

async function list(filter: string | undefined): Promise<number> {
  const leads = await listLeads({ unsent: filter === "--unsent", failed: filter === "--failed" });
  if (!leads.length) {
    console.log(filter ? `No ${filter.slice(2)} leads.` : "No leads.");
    return EXIT.ok;
  }
  printTable(
    ["REFERENCE", "KIND", "RECEIVED", "DELIVERY", "ATTEMPTS", "LAST ERROR", "FIRST NAME"],
    leads.map((lead) => [
      lead.reference,
      kindName(lead),
      formatInCenterZone(lead.receivedAt, center),
      lead.delivery.status === "sent" ? "sent" : lead.delivery.attempts ? "retrying" : "pending",
      String(lead.delivery.attempts),
      lead.delivery.lastError ?? "-",
      firstName(lead.values.name),
    ]),
  );
  return EXIT.ok;
}

async function show(input: string): Promise<number> {
  const lead = await findLead(input);
  if (!lead) return notFound(input);
  const { delivery } = lead;
  console.log(renderText(`${kindName(lead)} ${lead.reference}`, leadRows(lead, "full", getEnv().SITE_URL)));
  console.log(`Delivery: ${delivery.status}, ${delivery.attempts} attempt(s)${delivery.photosOmitted ? ", sent without the card photos" : ""}`);
  if (delivery.sentAt) console.log(`Sent: ${formatInCenterZone(delivery.sentAt, center)}`);
  if (delivery.lastError) console.log(`Last error: ${delivery.lastError}`);
  if (delivery.status === "pending") console.log(`Next attempt: ${formatInCenterZone(delivery.nextAttemptAt, center)}`);
  if (lead.kind === "insurance-check") {
    for (const photo of lead.cardPhotos) console.log(`Card ${photo.side}: ${photo.filename} (${photo.contentType}, ${photo.size} bytes; \`export\` writes it out)`);
  }
  return EXIT.ok;
}

async function status(): Promise<number> {
  const counts = await deliveryCounts(new Date(Date.now() - ALERT_AFTER_MS));
  console.log(`unsent: ${counts.unsent}, failing: ${counts.failing}, overdue (over ${ALERT_AFTER_MS / 60_000} minutes): ${counts.overdue}`);
  return counts.overdue ? EXIT.unsent : EXIT.ok;
}

async function retry(input: string | undefined): Promise<number> {
  requireMailSettings();
  const reference = input === undefined ? undefined : (await findLead(input))?.reference;
  if (input !== undefined && !reference) return notFound(input);
  const due = await makeUnsentDue(new Date(), reference);
  if (!due) {
    console.log(reference ? `${reference}: already sent.` : "Nothing to send: every lead has been sent.");
    return EXIT.ok;
  }
  const outcomes = await deliverDue();
  for (const outcome of outcomes) console.log(describe(outcome));
  const left = (await deliveryCounts(new Date())).unsent;
  if (left) console.log(`${left} lead(s) still unsent (another server may be sending them right now).`);
  return left ? EXIT.unsent : EXIT.ok;
}

async function exportLead(input: string): Promise<number> {
  const lead = await findLead(input);
  if (!lead) return notFound(input);
  const photos = (await photoBytes(lead.reference)).map(({ bytes, ...info }) => ({ ...info, base64: bytes.toString("base64") }));
  const eligibilityChecks = await checksFor(lead.reference);
  process.stdout.write(`${JSON.stringify({ ...lead, cardPhotos: photos, eligibilityChecks }, null, 2)}\n`);
  console.error(
    `Exported ${lead.reference}: every field the visitor sent, its delivery record, ${photos.length} card photo(s) and ${eligibilityChecks.length} eligibility check(s) with the payer's answers.`,
  );
  return EXIT.ok;
}

async function remove(input: string): Promise<number> {
  const lead = await findLead(input);
  if (!lead) return notFound(input);
  await deleteLead(lead.reference);
  const copies = await removeMailCopies(getEnv(), { references: [lead.reference] });
  console.log(
    `Deleted ${lead.reference}: the request, its delivery record, card photos and eligibility checks${copies ? `, and ${copies} email copy in ${mailDirectory(getEnv())}` : ""}. Copies already emailed to admissions are not touched: delete them from the mailbox.`,
  );
  return EXIT.ok;
}

async function purge(): Promise<number> {
  const { leads, mailFiles } = await purgeExpired(getEnv(), new Date());
  console.log(`Deleted ${leads.length} lead(s) and ${mailFiles} email copy(ies) older than ${center.leadRetentionDays} days.`);
  return EXIT.ok;
}

async function migrate(): Promise<number> {
  const { engine } = await database();
  console.log(`The ${engine.kind === "postgres" ? "PostgreSQL" : "SQLite"} database is up to date.`);
  return EXIT.ok;
}

async function importFiles(dir: string | undefined): Promise<number> {
  const root = path.resolve(dir ?? path.join(getEnv().DATA_DIR, "leads"));
  const report = await importFileStore(root, new Date());
  console.log(`From ${root}: ${report.imported.length} imported, ${report.alreadyThere.length} already in the database, ${report.unreadable.length} unreadable.`);
  for (const name of report.unreadable) console.log(`  not a lead: ${name}`);
  if (report.imported.length) console.log("Unsent ones are sent by the server (or `npm run leads -- retry`). The folder can be deleted once you have checked them.");
  return report.unreadable.length ? EXIT.unsent : EXIT.ok;
}

async function backup(file: string, force: boolean): Promise<number> {
  const { DATABASE_URL, DATA_DIR } = getEnv();
  if (DATABASE_URL) {
    throw new BackupRefused(
      `The database is PostgreSQL (DATABASE_URL): back it up with PostgreSQL's own tool, consistent while the site runs:\n  pg_dump --format=custom --file=${file} "$DATABASE_URL"\nand keep the file as private as the database (it holds every request).`,
    );
  }
  const report = await backupSqlite(DATA_DIR, file, { force });
  console.log(`Backed up ${path.join(DATA_DIR, SQLITE_FILE)} to ${report.file} (${megabytes(report.bytes)}, schema ${report.schema}); integrity check ok.`);
  return EXIT.ok;
}

async function restore(file: string, force: boolean): Promise<number> {
  const { DATABASE_URL, DATA_DIR } = getEnv();
  if (DATABASE_URL) {
    throw new BackupRefused(
      `The database is PostgreSQL (DATABASE_URL): restore a pg_dump backup with the site stopped:\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" ${file}`,
    );
  }
  const report = await restoreSqlite(DATA_DIR, file, { force });
  // Brings an older backup's schema up to date now rather than when the site next starts.
  await database();
  console.log(`Restored ${report.file} (schema ${report.schema}; integrity check ok) to ${path.join(DATA_DIR, SQLITE_FILE)}. Start the site.`);
  return EXIT.ok;
}

async function refusable(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    console.error(error.message);
    return EXIT.refused;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

async function findLead(input: string) {
  const reference = parseReference(input);
  return reference ? getLead(reference) : undefined;
}

function describe(outcome: LeadOutcome): string {
  return outcome.outcome === "sent"
    ? `${outcome.reference}: sent${outcome.photosOmitted ? " (without the card photos: too large for email)" : ""}`
    : `${outcome.reference}: failed (${outcome.category}) after ${outcome.attempts} attempt(s); the server retries it at ${formatInCenterZone(outcome.nextAttemptAt, center)}`;
}

function notFound(input: string): number {
  console.error(`No lead with reference "${input}". References look like LR-4K7M-Q9PD; see \`npm run leads -- list\`.`);
  return EXIT.notFound;
}

runCommand(main, async () => {
  await stopLeadDelivery();
  await closeDatabase();
});
