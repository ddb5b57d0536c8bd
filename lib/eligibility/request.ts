import "server-only";
import { randomInt } from "node:crypto";
import type { CheckSubject, Person } from "@/lib/eligibility/subject";
import { REQUESTED_SERVICE_TYPES } from "@/lib/eligibility/service-types";

/**
 * The 270 request body of the JSON eligibility API Stedi and Optum (the Change Healthcare
 * format) both publish, POST …/change/medicalnetwork/eligibility/v3 (Stedi's OpenAPI
 * `EligibilityCheckRequestContent`; Optum's "Request Body Parameters"). Only what a payer needs
 * to find the member: Stedi's troubleshooting guide says extra or mistyped demographics are what
 * make a payer miss a member who exists, so no group number, gender, address or SSN.
 */
export type EligibilityRequest = {
  /** Optum requires exactly nine digits; Stedi makes its own when it is left out, and accepts one. */
  controlNumber: string;
  tradingPartnerServiceId: string;
  provider: { organizationName: string; npi: string };
  subscriber: { memberId: string } & WirePerson;
  dependents?: [WirePerson];
  encounter: { serviceTypeCodes: string[] };
};

type WirePerson = { firstName?: string; lastName: string; dateOfBirth: string };

export type Provider = { organizationName: string; npi: string };

export function buildEligibilityRequest(
  payerId: string,
  subject: CheckSubject,
  provider: Provider,
): EligibilityRequest {
  return {
    controlNumber: String(randomInt(1, 1_000_000_000)).padStart(9, "0"),
    tradingPartnerServiceId: payerId,
    provider: { organizationName: provider.organizationName, npi: provider.npi },
    subscriber: { memberId: subject.memberId, ...wire(subject.subscriber) },
    ...(subject.dependent ? { dependents: [wire(subject.dependent)] as [WirePerson] } : {}),
    encounter: { serviceTypeCodes: [...REQUESTED_SERVICE_TYPES] },
  };
}

/** Dates go as CCYYMMDD. */
function wire(person: Person): WirePerson {
  return {
    ...(person.firstName ? { firstName: person.firstName } : {}),
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth.replaceAll("-", ""),
  };
}
