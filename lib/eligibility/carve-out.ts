import "server-only";
import type { Benefit, RelatedEntity } from "@/lib/eligibility/response";
import { isBehavioralHealth } from "@/lib/eligibility/service-types";
import type { VobDraft } from "@/lib/eligibility/types";

/**
 * A behavioral-health carve-out, as Stedi's guide "Why you're missing carveout benefits in
 * eligibility checks" describes it: a `benefitsInformation` entry for a behavioral-health STC
 * with code U (contact following entity) or 1 (active coverage) whose `benefitsRelatedEntities`
 * names another organization (e.g. a BCBS plan carving mental health out to a behavioral health
 * manager), its phone in `contactInformation`, and the member's ID there in
 * `entityIdentificationValue` when `entityIdentification` is MI.
 */
const CARVE_OUT_CODES = new Set(["U", "1"]);

/** Entity roles that manage benefits; a PCP, the subscriber or a secondary payer is not a carve-out. */
const MANAGING_ROLES = new Set([
  "Payer",
  "Third-Party Administrator",
  "Vendor",
  "Utilization Management Organization",
  "Managed Care Organization",
  "Contracted Service Provider",
]);

export function carveOutOf(benefits: readonly Benefit[], payerName: string | undefined): VobDraft["carveOut"] {
  for (const benefit of benefits) {
    if (!CARVE_OUT_CODES.has(benefit.code ?? "") || !isBehavioralHealth(benefit.serviceTypeCodes)) continue;
    const entities = benefit.benefitsRelatedEntities.length
      ? benefit.benefitsRelatedEntities
      : benefit.benefitsRelatedEntity
        ? [benefit.benefitsRelatedEntity]
        : [];
    const manager = entities.find((e) => isManager(e, payerName));
    if (manager?.entityName) {
      return {
        name: manager.entityName,
        phone: manager.contactInformation?.contacts.find((c) => /^(Telephone|TE)$/i.test(c.communicationMode ?? ""))
          ?.communicationNumber,
        memberId: manager.entityIdentification === "MI" ? manager.entityIdentificationValue : undefined,
      };
    }
  }
  return undefined;
}

function isManager(entity: RelatedEntity, payerName: string | undefined): boolean {
  if (!entity.entityName || !MANAGING_ROLES.has(entity.entityIdentifier ?? "")) return false;
  const manager = normalize(entity.entityName);
  const payer = normalize(payerName ?? "");
  // "AETNA" and "AETNA INC" are the payer itself.
  return !payer || !(manager.includes(payer) || payer.includes(manager));
}

function normalize(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
