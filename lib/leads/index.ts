import "server-only";

/** The lead pipeline's public surface: what Server Actions, instrumentation and the CLI use. */
export { receiveLead, type ReceivedLead } from "@/lib/leads/receive";
export {
  deliverPendingLeads,
  startLeadDelivery,
  stopLeadDelivery,
  type DeliveryReport,
  type LeadOutcome,
  type PassOptions,
} from "@/lib/leads/delivery";
export {
  checkFormToken,
  consumeRateLimit,
  issueFormToken,
  screenSubmission,
  type ScreenInput,
  type ScreenResult,
} from "@/lib/leads/guard";
export {
  MAX_CARD_PHOTO_BYTES,
  validateCardPhotos,
  type CardPhotoResult,
  type ValidatedCardPhoto,
} from "@/lib/leads/card-photos";
export type { DeliveryState, FailureCategory, LeadInput, LeadKind, StoredLead } from "@/lib/leads/types";
