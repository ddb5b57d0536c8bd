import type { Generated } from "kysely";

/**
 * Every table the server keeps, for Kysely's types. Times are milliseconds since the epoch
 * (bigint on PostgreSQL, integer on SQLite) and flags are 0/1 integers, so both engines
 * read back the same values.
 */
type LeadKindColumn = "call-request" | "insurance-check";
type DeliveryStatus = "pending" | "sent";

export type LeadsTable = {
  reference: string;
  kind: LeadKindColumn;
  received_at: number;
  source_page: string;
  /** The validated form values as JSON. */
  values_json: string;
  /** HMAC of the phone number under the server secret: finds requests from one number without storing it twice. */
  phone_key: string;
  /** 1 when an earlier request from the same number was already kept. */
  repeat_caller: Generated<number>;
  delivery_status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: number;
  last_attempt_at: number | null;
  last_error: string | null;
  sent_at: number | null;
  /** 1 when the email went without the card photos (too large for the mail server). */
  photos_omitted: Generated<number>;
  lease_owner: string | null;
  lease_until: number | null;
  /** When the "still unsent after 15 minutes" alert was raised. */
  alerted_at: number | null;
  /** Admissions' work on the request (the staff inbox). */
  status: Generated<string>;
  holder_id: string | null;
  first_action_at: number | null;
  updated_at: number;
  version: Generated<number>;
};

type LeadPhotosTable = {
  reference: string;
  side: "front" | "back";
  filename: string;
  content_type: string;
  size: number;
  bytes: Buffer;
};

/** An identical submission within the window maps to the lead it already made. */
type LeadDedupeTable = {
  key: string;
  reference: string;
  expires_at: number;
};

/** Nonces of form tokens already used, until the token would have expired anyway. */
type FormTokenUsesTable = {
  nonce: string;
  expires_at: number;
};

/** Values every server must agree on, made once (the signing secret). */
type SettingsTable = {
  name: string;
  value: string;
};

export type Database = {
  settings: SettingsTable;
  leads: LeadsTable;
  lead_photos: LeadPhotosTable;
  lead_dedupe: LeadDedupeTable;
  form_token_uses: FormTokenUsesTable;
};
