import { afterEach, beforeEach } from "vitest";
import { resetStaffAuthForTests } from "@/lib/staff/auth";
import { useTestStore, type Engine } from "../leads/fixtures";

export { engines } from "../leads/fixtures";

/** The pipeline tests' fresh database per test (SQLite file or a new PostgreSQL database), plus a fresh better-auth on it. */
export function useStaffDatabase(engine: Engine): void {
  useTestStore(engine);
  beforeEach(() => resetStaffAuthForTests());
  afterEach(() => resetStaffAuthForTests());
}
