import "server-only";
import { z } from "zod";

/**
 * The 271 answer of the JSON eligibility API that Stedi and Optum (the Change Healthcare
 * format) both publish: POST …/change/medicalnetwork/eligibility/v3, response
 * `EligibilityCheckResponseContent` in Stedi's OpenAPI (github.com/Stedi/openApi,
 * healthcare.json), the same field names as Optum's "Eligibility API v3" response.
 *
 * Only what the parser reads is described, and leniently: Stedi's reference warns on nearly
 * every code that "payers may sometimes return other non-compliant values", so codes are plain
 * strings, a number where a string belongs is taken as its text, and one malformed field or
 * list entry is dropped rather than losing the whole answer.
 */
const text = z.union([z.string(), z.number()]).transform(String).optional().catch(undefined);

function list<T extends z.ZodType>(item: T) {
  return z
    .array(item.nullable().catch(null))
    .optional()
    .catch(undefined)
    .transform((items) => (items ?? []).filter((entry): entry is NonNullable<typeof entry> => entry !== null));
}

const aaaError = z.looseObject({
  code: text,
  description: text,
  followupAction: text,
  location: text,
});

const contact = z.looseObject({ communicationMode: text, communicationNumber: text });

const relatedEntity = z.looseObject({
  entityIdentifier: text,
  entityName: text,
  entityIdentification: text,
  entityIdentificationValue: text,
  contactInformation: z
    .looseObject({ contacts: list(contact) })
    .optional()
    .catch(undefined),
});

const benefit = z.looseObject({
  code: text,
  serviceTypeCodes: list(z.string()),
  coverageLevelCode: text,
  inPlanNetworkIndicatorCode: text,
  timeQualifierCode: text,
  benefitAmount: text,
  benefitPercent: text,
  authOrCertIndicator: text,
  planCoverage: text,
  additionalInformation: list(z.looseObject({ description: text })),
  benefitsRelatedEntities: list(relatedEntity),
  /** Deprecated in favour of the list above; older answers carry only this. */
  benefitsRelatedEntity: relatedEntity.optional().catch(undefined),
});

const member = z.looseObject({
  groupNumber: text,
  groupDescription: text,
  planDescription: text,
  aaaErrors: list(aaaError),
});

export const eligibilityResponseSchema = z.looseObject({
  meta: z.looseObject({ traceId: text }).optional().catch(undefined),
  payer: z
    .looseObject({ name: text, aaaErrors: list(aaaError) })
    .optional()
    .catch(undefined),
  provider: z
    .looseObject({ aaaErrors: list(aaaError) })
    .optional()
    .catch(undefined),
  subscriber: member.optional().catch(undefined),
  dependents: list(member),
  planInformation: z
    .looseObject({ groupNumber: text, groupDescription: text, planDescription: text })
    .optional()
    .catch(undefined),
  /** Single dates are CCYYMMDD; `plan` and `eligibility` may be a range, CCYYMMDD-CCYYMMDD. */
  planDateInformation: z
    .looseObject({
      plan: text,
      planBegin: text,
      planEnd: text,
      eligibility: text,
      eligibilityBegin: text,
      eligibilityEnd: text,
    })
    .optional()
    .catch(undefined),
  /** Change Healthcare's older summary of coverage; Stedi keeps it, deprecated, beside benefitsInformation. */
  planStatus: list(z.looseObject({ statusCode: text, serviceTypeCodes: list(z.string()) })),
  benefitsInformation: list(benefit),
  /** Every AAA error of the payer, provider, subscriber and dependent levels, bubbled up. */
  errors: list(aaaError),
  subscriberTraceNumbers: list(z.looseObject({ traceTypeCode: text, referenceIdentification: text })),
});

export type EligibilityResponse = z.output<typeof eligibilityResponseSchema>;
export type Benefit = EligibilityResponse["benefitsInformation"][number];
export type RelatedEntity = z.output<typeof relatedEntity>;
