/**
 * Staff accounts and the access log, for whoever runs the server:
 *   npm run staff -- add EMAIL --role admissions|manager|admin [--name "Full Name"]
 *   npm run staff -- reset EMAIL      (lost phone or password: a new set-up link)
 *   npm run staff -- remove EMAIL
 *   npm run staff -- list
 *   npm run staff -- log [--limit N] [--reference LR-…] [--email EMAIL]
 * Reads the same environment as the site (.env files too), so it sees the same database.
 */
// First: it loads the .env files before any other module is evaluated.
import { printTable, runCommand } from "./operator-command";
import { parseArgs } from "node:util";
import { formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { closeDatabase } from "@/lib/db/connection";
import { addStaffMember, removeStaffMember, resetStaffMember } from "@/lib/staff/access/changes";
import { listAccess } from "@/lib/staff/data/access-log";
import { emailSetupLink } from "@/lib/staff/auth/setup-email";
import { listStaff, StaffExists, type SetupLink } from "@/lib/staff/auth/accounts";
import { isStaffRole, STAFF_ROLES } from "@/lib/staff/access/roles";

const USAGE = `Usage: npm run staff -- <command>

  add EMAIL --role admissions|manager|admin [--name "Full Name"]
                      create an account; prints a one-time set-up link valid 24 hours
                      (and emails it when SMTP_URL is set)
  reset EMAIL         sign them out everywhere, clear password and authenticator,
                      and print a new set-up link
  remove EMAIL        delete the account (its access log entries stay)
  list                every account with its role and last sign-in
  log [--limit N] [--reference REF] [--email EMAIL]
                      the access log, newest first (default 50 entries)

Exit codes: 0 done, 2 bad usage, 3 no such account, 4 account exists.`;

const EXIT = { ok: 0, usage: 2, notFound: 3, exists: 4 } as const;
const OPERATOR = { email: "operator (npm run staff)" };

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      name: { type: "string" },
      limit: { type: "string" },
      reference: { type: "string" },
      email: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, email, ...extra] = positionals;
  if (values.help || command === "help") return print(USAGE, EXIT.ok);
  if (extra.length) return usage(`Unexpected ${extra.join(" ")}`);

  switch (command) {
    case "add": {
      if (!email?.includes("@")) return usage("add needs an email address");
      if (!isStaffRole(values.role)) return usage(`--role must be one of ${STAFF_ROLES.join(", ")}`);
      try {
        const link = await addStaffMember(OPERATOR, { email, role: values.role, name: values.name });
        return printLink(`Added ${email} (${values.role}).`, email, link);
      } catch (error) {
        if (error instanceof StaffExists)
          return print(`${email} already has an account; use reset for a new set-up link.`, EXIT.exists);
        throw error;
      }
    }
    case "reset": {
      if (!email) return usage("reset needs an email address");
      const link = await resetStaffMember(OPERATOR, email);
      if (!link) return print(`No account for ${email}.`, EXIT.notFound);
      return printLink(`Reset ${email}: signed out everywhere; password and authenticator cleared.`, email, link);
    }
    case "remove": {
      if (!email) return usage("remove needs an email address");
      const removed = await removeStaffMember(OPERATOR, email);
      if (!removed) return print(`No account for ${email}.`, EXIT.notFound);
      return print(`Removed ${removed.email}.`, EXIT.ok);
    }
    case "list": {
      if (email) return usage("list takes no arguments");
      const staff = await listStaff();
      if (!staff.length)
        return print("No staff accounts yet. Add one: npm run staff -- add EMAIL --role admin", EXIT.ok);
      printTable(
        ["EMAIL", "NAME", "ROLE", "SET UP", "LAST SIGN-IN"],
        staff.map((m) => [
          m.email,
          m.name,
          m.role,
          m.twoFactor ? "yes" : "no",
          m.lastSignInAt ? when(m.lastSignInAt) : "never",
        ]),
      );
      return EXIT.ok;
    }
    case "log": {
      if (email) return usage("log takes options only");
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) return usage("--limit must be a whole number");
      const entries = await listAccess({ limit, reference: values.reference, actorEmail: values.email });
      if (!entries.length) return print("The access log is empty.", EXIT.ok);
      printTable(
        ["WHEN", "WHO", "WHAT", "ON", "DETAIL", "FROM"],
        entries.map((e) => [
          when(e.at),
          e.actorEmail,
          e.action,
          e.reference ?? e.target ?? "-",
          e.detail ?? "-",
          e.client ?? "-",
        ]),
      );
      return EXIT.ok;
    }
    default:
      return usage(command ? `Unknown command ${command}` : "");
  }
}

async function printLink(message: string, email: string, link: SetupLink): Promise<number> {
  console.log(`${message}\nSet-up link (works once, until ${when(link.expiresAt)}):\n${link.url}`);
  if (await emailSetupLink(email, link)) console.log(`The link was also emailed to ${email}.`);
  return EXIT.ok;
}

function when(date: Date): string {
  return formatInCenterZone(date, center);
}

function print(message: string, code: number): number {
  (code === EXIT.ok ? console.log : console.error)(message);
  return code;
}

function usage(problem: string): number {
  return print(`${problem ? `${problem}\n\n` : ""}${USAGE}`, EXIT.usage);
}

runCommand(main, () => closeDatabase());
