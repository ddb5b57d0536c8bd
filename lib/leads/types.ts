import type { RequestCallValues } from "@/lib/forms/request-call";
import type { VerifyInsuranceValues } from "@/lib/forms/verify-insurance";
import type { Locale } from "@/lib/i18n/locales";
import type { CardPhotoType, ValidatedCardPhoto } from "@/lib/leads/card-photos";
import type { Visit } from "@/lib/leads/visit";

/** The two forms a request can come from, with the names admissions sees. */
export const leadKindLabels = { "call-request": "Call request", "insurance-check": "Insurance check" } as const;
export type LeadKind = keyof typeof leadKindLabels;
export function isLeadKind(value: unknown): value is LeadKind {
  return typeof value === "string" && Object.hasOwn(leadKindLabels, value);
}

/** What the Server Action hands to receiveLead, after the screen, the schema and the card check passed. */
export type LeadInput = (
  | { kind: "call-request"; values: RequestCallValues }
  | { kind: "insurance-check"; values: VerifyInsuranceValues; cardPhotos: ValidatedCardPhoto[] }
) & {
  sourcePage: string;
  /** The language the form was filled in; admissions calls a Spanish speaker back in Spanish. */
  language: Locale;
  /** Where the visit came from (first-party; lib/leads/visit.ts). */
  visit?: Visit;
  /** The form token's one-time nonce, used up when this lead is stored. */
  tokenNonce: string;
  tokenExpiresAt: Date;
};

export type CardPhotoInfo = {
  side: ValidatedCardPhoto["side"];
  filename: string;
  contentType: CardPhotoType;
  size: number;
};

type StoredBase = {
  reference: string;
  receivedAt: Date;
  sourcePage: string;
  language: Locale;
  /** An earlier request from the same phone number is on file: admissions should know. */
  repeatCaller: boolean;
  /** Where the visit came from, when known. */
  visit?: Visit;
};

/** A lead as the store returns it; what the visitor sent never changes after it is stored. */
export type StoredLead =
  | (StoredBase & { kind: "call-request"; values: RequestCallValues })
  | (StoredBase & { kind: "insurance-check"; values: VerifyInsuranceValues; cardPhotos: CardPhotoInfo[] });

/** Why a send failed, in words that can never carry a visitor's data. */
export type FailureCategory =
  | "connection"
  | "timeout"
  | "tls"
  | "auth"
  | "too-large"
  | "rejected-temporary"
  | "rejected-permanent"
  | "protocol"
  | "storage"
  | "unknown";

export type Delivery = {
  status: "pending" | "sent";
  attempts: number;
  lastAttemptAt?: Date;
  lastError?: FailureCategory;
  nextAttemptAt: Date;
  sentAt?: Date;
  photosOmitted: boolean;
  alertedAt?: Date;
};
