import { getMigrations } from "better-auth/db/migration";
import { expect, it } from "vitest";
import { staffAuth } from "@/lib/staff/auth/auth";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

describeStaffOnEachEngine("better-auth's tables", () => {
  it("are exactly what migration 002_staff creates: better-auth finds nothing to add", async () => {
    const auth = await staffAuth();
    const plan = await getMigrations(auth.options, { throwOnUnsafe: false });
    expect(plan.toBeCreated.map((t) => t.table)).toEqual([]);
    expect(plan.toBeAdded.map((t) => `${t.table}: ${Object.keys(t.fields).join(", ")}`)).toEqual([]);
    expect(plan.toBeAddedIndexes.map((i) => i.name)).toEqual([]);
    expect(plan.schemaProblems).toEqual([]);
  });
});
