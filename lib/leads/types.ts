import type { RequestCallValues } from "@/lib/forms/request-call";
import type { VerifyInsuranceValues } from "@/lib/forms/verify-insurance";
import type { CardPhotoType, ValidatedCardPhoto } from "@/lib/leads/card-photos";

export type LeadKind = "call-request" | "insurance-check";

/** What the Server Action hands to receiveLead, after the schema (and card check) passed. */
export type LeadInput =
  | { kind: "call-request"; values: RequestCallValues; sourcePage: string }
  | {
      kind: "insurance-check";
      values: VerifyInsuranceValues;
      cardPhotos: ValidatedCardPhoto[];
      sourcePage: string;
    };

/** A card photo as stored: `file` is its name inside the lead's directory. */
export type StoredCardPhoto = {
  side: ValidatedCardPhoto["side"];
  filename: string;
  contentType: CardPhotoType;
  size: number;
  file: string;
};

type StoredBase = { version: 1; reference: string; receivedAt: string; sourcePage: string };

/** DATA_DIR/leads/<reference>/lead.json: written once, never changed. */
export type StoredLead =
  | (StoredBase & { kind: "call-request"; values: RequestCallValues })
  | (StoredBase & { kind: "insurance-check"; values: VerifyInsuranceValues; cardPhotos: StoredCardPhoto[] });

/** Why a send failed, in words that can never carry a visitor's data. */
export type FailureCategory =
  | "connection"
  | "timeout"
  | "tls"
  | "auth"
  | "rejected-temporary"
  | "rejected-permanent"
  | "protocol"
  | "storage"
  | "unknown";

/** DATA_DIR/leads/<reference>/delivery.json; absent until the first attempt. */
export type DeliveryState = {
  status: "pending" | "sent";
  attempts: number;
  lastAttemptAt?: string;
  lastError?: FailureCategory;
  nextAttemptAt?: string;
  sentAt?: string;
};
