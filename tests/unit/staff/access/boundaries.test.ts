import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Where each table is queried and where access is checked and logged, read from the source as
 * grep would: a query, a session look-up or a log write that strays from its one home fails here.
 */
const ROOTS = ["lib", "app", "components", "scripts"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const files = ROOTS.flatMap(sources).map((file) => ({ file, text: readFileSync(file, "utf8") }));

function filesMatching(pattern: RegExp): string[] {
  return files
    .filter(({ text }) => pattern.test(text))
    .map(({ file }) => file)
    .sort();
}

/** The modules that query each table; a table not named here must have exactly one. */
const HOMES: Record<string, string[]> = {
  leads: ["lib/leads/store.ts", "lib/leads/work-reads.ts", "lib/leads/work-store.ts"],
  user: ["lib/staff/data/accounts.ts"],
  session: ["lib/staff/data/accounts.ts"],
  account: ["lib/staff/data/accounts.ts"],
  verification: ["lib/staff/data/accounts.ts"],
  twoFactor: ["lib/staff/data/accounts.ts"],
  access_log: ["lib/staff/data/access-log.ts"],
  lead_notes: ["lib/staff/data/notes.ts"],
  call_attempts: ["lib/staff/data/call-attempts.ts"],
  request_changes: ["lib/staff/data/request-changes.ts"],
  lead_vob: ["lib/staff/data/vob.ts"],
};

describe("the staff side's boundaries", () => {
  it("queries each table from its own module", () => {
    const byTable = new Map<string, Set<string>>();
    for (const { file, text } of files) {
      for (const match of text.matchAll(
        /\b(?:selectFrom|updateTable|insertInto|deleteFrom|innerJoin|leftJoin)\(\s*"(\w+)/g,
      )) {
        byTable.set(match[1], (byTable.get(match[1]) ?? new Set()).add(file));
      }
    }
    for (const [table, home] of Object.entries(HOMES))
      expect([...(byTable.get(table) ?? [])].sort(), table).toEqual(home);
    for (const [table, modules] of byTable)
      if (!HOMES[table]) expect(modules.size, `${table}: ${[...modules].join(", ")}`).toBe(1);
  });

  it("checks access and writes the access log only in the access layer", () => {
    const outside = (list: string[], ...homes: string[]) =>
      list.filter((file) => !homes.some((home) => file.startsWith(home)));
    expect(outside(filesMatching(/\b(?:lookupStaff|pageActor|routeActor|pollActor)\(/), "lib/staff/access/")).toEqual(
      [],
    );
    expect(
      outside(filesMatching(/\brecordAccess\(/), "lib/staff/access/log.ts", "lib/staff/data/access-log.ts"),
    ).toEqual([]);
    expect(outside(filesMatching(/\blogAs\(/), "lib/staff/access/")).toEqual([]);
    // Sign-in, set-up and sign-out report their own events: there is no verified staff member to gate.
    expect(outside(filesMatching(/\blogEvent\(/), "lib/staff/access/", "lib/staff/auth/")).toEqual([]);
  });

  it("leaves pages, routes and actions no check or log of their own", () => {
    const surfaces = files.filter(({ file }) => file.startsWith("app/(staff)") || file.startsWith("lib/actions/staff"));
    expect(surfaces.length).toBeGreaterThan(10);
    for (const { file, text } of surfaces) {
      expect(text, file).not.toMatch(
        /\b(?:lookupStaff|pageActor|routeActor|pollActor|recordAccess|logAs|logEvent|can)\(/,
      );
    }
  });
});
