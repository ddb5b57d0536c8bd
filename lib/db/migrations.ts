import type { Migration } from "kysely";
import { leadsMigration } from "@/lib/db/migrations/001-leads";
import { staffMigration } from "@/lib/db/migrations/002-staff";
import { pipelineMigration } from "@/lib/db/migrations/003-pipeline";
import { totpStepsMigration } from "@/lib/db/migrations/004-totp-steps";
import { leadLanguageMigration } from "@/lib/db/migrations/005-lead-language";
import { rateLimitsMigration } from "@/lib/db/migrations/006-rate-limits";
import { eligibilityChecksMigration } from "@/lib/db/migrations/007-eligibility-checks";
import { requestOwnerMigration } from "@/lib/db/migrations/008-request-owner";
import { requestChangesMigration } from "@/lib/db/migrations/009-request-changes";
import { lostDetailMigration } from "@/lib/db/migrations/010-lost-detail";
import type { EngineKind } from "@/lib/db/schema";

/**
 * The one list of versioned schema changes (each in lib/db/migrations/), applied in order at
 * start-up (and by `npm run leads -- migrate`). Never edit one that has shipped: add the next.
 * Written for both engines; `bytes` is the one type whose name differs.
 */
export function migrations(engine: EngineKind): Record<string, Migration> {
  return {
    "001_leads": leadsMigration(engine),
    "002_staff": staffMigration(engine),
    "003_pipeline": pipelineMigration(engine),
    "004_totp_steps": totpStepsMigration,
    "005_lead_language": leadLanguageMigration(),
    "006_rate_limits": rateLimitsMigration(engine),
    "007_eligibility_checks": eligibilityChecksMigration(engine),
    "008_request_owner": requestOwnerMigration(),
    "009_request_changes": requestChangesMigration(engine),
    "010_lost_detail": lostDetailMigration(),
  };
}
