import { center } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";

/** The config's written words in one language: the English values, or their `es` counterparts. */
export function centerText(locale: Locale) {
  const es = locale === "es";
  return {
    tagline: es ? center.es.tagline : center.tagline,
    description: es ? center.es.description : center.description,
    directions: es ? center.es.directions : center.address.directions,
    licenseAgency: es ? center.es.licenseAgency : center.license.agency,
    accreditations: es ? center.es.accreditations : center.accreditations,
    sessionLabel: (block: { id: string; label: string }) =>
      es ? (center.es.sessionLabels[block.id] ?? block.label) : block.label,
    guidance: (plan: { id: string; guidance: string }) =>
      es ? (center.es.insuranceGuidance[plan.id] ?? plan.guidance) : plan.guidance,
  };
}
