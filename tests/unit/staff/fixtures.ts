import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, vi } from "vitest";
import { closeDatabase } from "@/lib/db/connection";
import { resetRateLimitersForTests } from "@/lib/db/rate-limiter";
import { resetServerSecretForTests } from "@/lib/db/server-secret";
import { resetEnvForTests } from "@/lib/env";
import { resetStaffAuthForTests } from "@/lib/staff/auth";

/** A fresh SQLite database under a temporary DATA_DIR for every test in the file. */
export function useTempDatabase(extraEnv: Record<string, string> = {}): { dir: () => string } {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "staff-unit-"));
    vi.stubEnv("DATA_DIR", dir);
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("FORM_SECRET", "");
    vi.stubEnv("SITE_URL", "http://127.0.0.1:3000");
    for (const [name, value] of Object.entries(extraEnv)) vi.stubEnv(name, value);
    resetAll();
  });
  afterEach(async () => {
    await closeDatabase();
    resetAll();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir: () => dir };
}

function resetAll(): void {
  resetEnvForTests();
  resetServerSecretForTests();
  resetRateLimitersForTests();
  resetStaffAuthForTests();
}
