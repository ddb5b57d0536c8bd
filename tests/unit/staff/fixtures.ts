import { afterEach, beforeEach } from "vitest";
import { resetStaffAuthForTests } from "@/lib/staff/auth/auth";
import { describeEachEngine } from "@/tests/unit/leads/fixtures";

/**
 * The pipeline tests' fresh database per test (a SQLite file, or a new PostgreSQL database),
 * on both engines, with a fresh better-auth bound to it.
 */
export function describeStaffOnEachEngine(name: string, body: () => void): void {
  describeEachEngine(name, () => {
    beforeEach(() => resetStaffAuthForTests());
    afterEach(() => resetStaffAuthForTests());
    body();
  });
}
