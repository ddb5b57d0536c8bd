import { getMigrations } from "better-auth/db/migration";
import { describe, expect, it } from "vitest";
import { staffAuth } from "@/lib/staff/auth";
import { engines, useStaffDatabase } from "./fixtures";

describe.each(engines)("better-auth's tables on %s", (engine) => {
  useStaffDatabase(engine);

  it("are exactly what migration 002_staff creates: better-auth finds nothing to add", async () => {
    const auth = await staffAuth();
    const plan = await getMigrations(auth.options, { throwOnUnsafe: false });
    expect(plan.toBeCreated.map((t) => t.table)).toEqual([]);
    expect(plan.toBeAdded.map((t) => `${t.table}: ${Object.keys(t.fields).join(", ")}`)).toEqual([]);
    expect(plan.toBeAddedIndexes.map((i) => i.name)).toEqual([]);
    expect(plan.schemaProblems).toEqual([]);
  });
});
