import type { Generated } from "kysely";

/**
 * Every table the server keeps, for Kysely's types. Times are milliseconds since the epoch
 * (bigint on PostgreSQL, integer on SQLite) and flags are 0/1 integers, so both engines
 * read back the same values.
 */
/** The two engines the site runs on; migrations and a few queries differ between them. */
export type EngineKind = "sqlite" | "postgres";

type LeadKindColumn = "call-request" | "insurance-check";
type DeliveryStatus = "pending" | "sent";

export type LeadsTable = {
  reference: string;
  kind: LeadKindColumn;
  received_at: number;
  source_page: string;
  /** The language the form was filled in: "en" or "es". */
  language: Generated<string>;
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
  /** Who is on the phone with it now ("I'm calling"); cleared by "I'm done calling". */
  holder_id: string | null;
  /** Who it is assigned to, calling or not. */
  owner_id: string | null;
  /** When the assignee's notice is next due; null when none is waiting. */
  owner_notice_at: number | null;
  first_action_at: number | null;
  updated_at: number;
  version: Generated<number>;
  /** Where the visit came from (first-party only; see lib/leads/visit.ts). */
  landing_page: string | null;
  referrer_host: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  /** Set by staff: "self", "family", "professional", "past-client" or "partner:<id>". */
  referral_source: string | null;
  /** "Try again at": when the next call is due. */
  follow_up_at: number | null;
  /** When each stage was first reached (the inquiry is received_at). */
  contacted_at: number | null;
  assessment_at: number | null;
  insurance_cleared_at: number | null;
  admitted_at: number | null;
  lost_at: number | null;
  /** An id from the config's lost reasons; where the person was referred, if anywhere. */
  lost_reason: string | null;
  /** With the reason "other": a few words on why. */
  lost_detail: string | null;
  referred_partner: string | null;
  referred_to: string | null;
  /** When the on-call notice went out for a request left unclaimed past its callback. */
  escalated_at: number | null;
};

type CallAttemptsTable = {
  id: Generated<number>;
  reference: string;
  at: number;
  staff_id: string;
  staff_name: string;
  outcome: string;
};

/**
 * A change that moved a request (kind "status", "attempt", "lost" or a manager's "correction"):
 * the version it produced and, as JSON, the values of the columns it overwrote, so an undo can
 * put them back. For a correction, from/to are the stages (the furthest reached, the one
 * chosen) and `reason` is the manager's few words (typed: never logged).
 */
export type RequestChangesTable = {
  id: Generated<number>;
  reference: string;
  at: number;
  staff_id: string;
  staff_name: string;
  kind: string;
  from_status: string;
  to_status: string;
  version: number;
  before_json: string;
  attempt_id: number | null;
  replaces_id: number | null;
  reason: string | null;
  undone_at: number | null;
};

/** The verification of benefits for an insurance check; amounts in cents, null when not known. */
type LeadVobTable = {
  reference: string;
  /** "staff" (typed in after a call to the payer); an X12 271 answer would say "x12-271". */
  source: Generated<string>;
  payer: string;
  plan: string | null;
  /** "active", "inactive" or "unknown". */
  coverage: Generated<string>;
  /** "in", "out" or "unknown". */
  network: Generated<string>;
  deductible_cents: number | null;
  deductible_met_cents: number | null;
  oop_max_cents: number | null;
  oop_met_cents: number | null;
  copay_cents: number | null;
  coinsurance_percent: number | null;
  /** "yes", "no" or "unknown". */
  prior_auth: Generated<string>;
  payer_reference: string | null;
  /** An eligibility transaction's trace number and its parsed answer, when one is connected. */
  trace_number: string | null;
  response_json: string | null;
  verified_by_id: string;
  verified_by_name: string;
  verified_at: number;
};

/**
 * One real-time eligibility check of an insurance request (lib/eligibility/queue.ts), a queue
 * row leased like a lead's delivery. `outcome` is "pending" until the check has run, then a
 * fixed word (lib/eligibility/outcome.ts); the raw answer goes with the request.
 */
type EligibilityChecksTable = {
  id: Generated<number>;
  reference: string;
  /** The clearinghouse payer ID asked (the plan's, from the center config at the time). */
  payer_id: string;
  outcome: Generated<string>;
  /** What staff corrected before "check again"; null means the form's own value. */
  corrected_member_id: string | null;
  corrected_dob: string | null;
  requested_at: number;
  attempts: Generated<number>;
  next_attempt_at: number;
  /** Why the last try failed, a fixed word ("timeout", "server-error"), never the clearinghouse's text. */
  last_error: string | null;
  lease_owner: string | null;
  lease_until: number | null;
  completed_at: number | null;
  /** The payer's trace number for this transaction, when it gave one. */
  trace_number: string | null;
  /** The parsed answer: a VOB draft, or the payer's refusal in plain words. */
  result_json: string | null;
  /** The clearinghouse's answer as it came, kept for staff and access requests. */
  response_json: string | null;
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

/**
 * better-auth's tables (migration 002_staff), in its own camelCase column names. Dates are
 * ISO text on SQLite and timestamptz on PostgreSQL, as its Kysely adapter writes them; flags
 * are 0/1 on SQLite and booleans on PostgreSQL. Our code reads them only through better-auth,
 * except the few columns named in lib/staff.
 */
type AuthDate = Date | string;
type AuthFlag = boolean | number;

export type StaffRole = "admissions" | "manager" | "admin";

type UserTable = {
  id: string;
  name: string;
  email: string;
  emailVerified: AuthFlag;
  image: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
  twoFactorEnabled: AuthFlag | null;
  role: StaffRole;
};

type SessionTable = {
  id: string;
  expiresAt: AuthDate;
  token: string;
  createdAt: AuthDate;
  updatedAt: AuthDate;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  /** Milliseconds: the last request the person made (the inbox's polling doesn't count). */
  lastActiveAt: number | null;
};

type AccountTable = {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: AuthDate | null;
  refreshTokenExpiresAt: AuthDate | null;
  scope: string | null;
  password: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
};

type VerificationTable = {
  id: string;
  identifier: string;
  value: string;
  expiresAt: AuthDate;
  createdAt: AuthDate;
  updatedAt: AuthDate;
};

type TwoFactorTable = {
  id: string;
  secret: string;
  backupCodes: string;
  userId: string;
  verified: AuthFlag | null;
  failedVerificationCount: number | null;
  lockedUntil: AuthDate | null;
};

/** Who did what to which request, when; never a value the visitor typed. Kept six years. */
type AccessLogTable = {
  id: Generated<number>;
  at: number;
  /** Null for a failed sign-in by an address that is no account. */
  actor_id: string | null;
  actor_email: string;
  action: string;
  reference: string | null;
  /** The staff account acted on (added, removed, reset), by email. */
  target: string | null;
  /** A fixed word about the change (the new status, "photo front"), never free text. */
  detail: string | null;
  client: string | null;
};

/** The newest authenticator time step (Unix time / 30 s) each account signed in with. */
type StaffTotpStepsTable = {
  user_id: string;
  last_step: number;
};

type LeadNotesTable = {
  id: Generated<number>;
  reference: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: number;
};

/** rate-limiter-flexible's store (lib/db/rate-limiter.ts): points used per key, until `expire` (ms). */
type RateLimitsTable = {
  key: string;
  points: Generated<number>;
  expire: number | null;
};

export type Database = {
  settings: SettingsTable;
  leads: LeadsTable;
  lead_photos: LeadPhotosTable;
  lead_dedupe: LeadDedupeTable;
  form_token_uses: FormTokenUsesTable;
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  verification: VerificationTable;
  twoFactor: TwoFactorTable;
  access_log: AccessLogTable;
  lead_notes: LeadNotesTable;
  call_attempts: CallAttemptsTable;
  request_changes: RequestChangesTable;
  lead_vob: LeadVobTable;
  staff_totp_steps: StaffTotpStepsTable;
  rate_limits: RateLimitsTable;
  eligibility_checks: EligibilityChecksTable;
};
