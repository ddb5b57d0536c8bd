import "server-only";
import { center } from "@/lib/center/schema";
import { database } from "@/lib/db/connection";
import { bestTimeLabels, yesNoLabels } from "@/lib/forms/choices";
import { parseReference } from "@/lib/leads/reference";
import { sql, type Selectable } from "kysely";
import type { LeadsTable } from "@/lib/db/schema";
import { phoneKeyOf, toLead } from "@/lib/leads/store";
import { firstName } from "@/lib/leads/summary";
import { normalizeUsPhone, formatUsPhone } from "@/lib/phone";
import { staffNames } from "@/lib/staff/auth/accounts";
import { attemptSummaries } from "@/lib/staff/pipeline/pipeline-work";
import { callbackDueAt, isOverdue } from "@/lib/staff/requests/overdue";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isLeadKind, leadKindLabels, type LeadKind } from "@/lib/leads/types";
import { isRequestStatus, OPEN_STATUSES, statusLabels, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * The inbox's rows: only what a callback needs (first name, phone, when and how to call),
 * never the rest of the form. Plain data, so the same rows render on the server and in the
 * browser when the poll brings new ones.
 */
export type InboxItem = {
  reference: string;
  kind: LeadKind;
  kindLabel: string;
  /** The language the request was made in: staff call a Spanish speaker back in Spanish. */
  language: Locale;
  receivedAt: number;
  firstName: string;
  phone: string;
  phoneDisplay: string;
  bestTime: string;
  voicemail: string;
  texts?: string;
  status: RequestStatus;
  statusLabel: string;
  holder?: string;
  dueAt: number;
  overdue: boolean;
  attempts: number;
  lastAttemptAt?: number;
  followUpAt?: number;
  /** On-call was mailed: unclaimed past the promised callback. */
  escalated: boolean;
};

/** "priority" puts follow-ups that are due first (oldest due first), then the newest requests. */
export const INBOX_SORTS = {
  priority: "Due follow-ups first",
  newest: "Newest first",
  oldest: "Oldest first",
} as const;
type InboxSort = keyof typeof INBOX_SORTS;

export type InboxFilter = {
  status?: RequestStatus | "open";
  kind?: LeadKind;
  language?: Locale;
  q?: string;
  sort?: Exclude<InboxSort, "priority">;
};

const INBOX_LIMIT = 200;

export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const one = (name: string) => {
    const value = params[name];
    return typeof value === "string" ? value : undefined;
  };
  const status = one("status");
  const kind = one("kind");
  const language = one("language");
  const q = one("q")?.trim().slice(0, 40);
  const sort = one("sort");
  return {
    status: status === "open" || isRequestStatus(status) ? status : undefined,
    kind: isLeadKind(kind) ? kind : undefined,
    language: isLocale(language) ? language : undefined,
    q: q || undefined,
    sort: sort === "newest" || sort === "oldest" ? sort : undefined,
  };
}

/** How many recent requests a search by name looks through (names are inside the stored form, not a column). */
const NAME_SEARCH_LIMIT = 2000;

export async function inboxItems(filter: InboxFilter, now = new Date()): Promise<InboxItem[]> {
  const { db } = await database();
  let query = db.selectFrom("leads").selectAll();
  if (filter.sort === "oldest") query = query.orderBy("received_at", "asc");
  else if (filter.sort === "newest") query = query.orderBy("received_at", "desc");
  else {
    const t = now.getTime();
    query = query
      .orderBy(sql`case when follow_up_at is not null and follow_up_at <= ${t} then 0 else 1 end`)
      .orderBy("follow_up_at", "asc")
      .orderBy("received_at", "desc");
  }
  query = query.orderBy("reference");
  if (filter.status === "open") query = query.where("status", "in", OPEN_STATUSES);
  else if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.language) query = query.where("language", "=", filter.language);
  let byName: string | undefined;
  if (filter.q) {
    const reference = parseReference(filter.q);
    const phone = normalizeUsPhone(filter.q);
    if (reference) query = query.where("reference", "=", reference);
    else if (phone) query = query.where("phone_key", "=", await phoneKeyOf(phone));
    else byName = filter.q.toLocaleLowerCase("en-US");
  }
  let rows = await query.limit(byName ? NAME_SEARCH_LIMIT : INBOX_LIMIT).execute();
  if (byName) rows = rows.filter((row) => nameOf(row).includes(byName)).slice(0, INBOX_LIMIT);
  const [holders, attempts] = await Promise.all([
    staffNames([...new Set(rows.map((r) => r.holder_id).filter((id): id is string => !!id))]),
    attemptSummaries(rows.map((r) => r.reference)),
  ]);
  return rows.map((row) => toItem(row, holders, attempts.get(row.reference), now));
}

function nameOf(row: Selectable<LeadsTable>): string {
  const values = JSON.parse(row.values_json) as { name?: unknown };
  return typeof values.name === "string" ? values.name.toLocaleLowerCase("en-US") : "";
}

function toItem(
  row: Selectable<LeadsTable>,
  holders: Map<string, string>,
  attempts: { count: number; lastAt: number } | undefined,
  now: Date,
): InboxItem {
  const lead = toLead(row, []);
  const status: RequestStatus = isRequestStatus(row.status) ? row.status : "new";
  const receivedAt = new Date(row.received_at);
  const { values } = lead;
  return {
    reference: row.reference,
    kind: lead.kind,
    kindLabel: leadKindLabels[lead.kind],
    language: lead.language,
    receivedAt: row.received_at,
    firstName: firstName(values.name),
    phone: values.phone,
    phoneDisplay: formatUsPhone(values.phone),
    bestTime: bestTimeLabels[values.bestTime],
    voicemail: yesNoLabels[values.voicemailOk],
    texts: lead.kind === "call-request" ? yesNoLabels[lead.values.textOk] : undefined,
    status,
    statusLabel: statusLabels[status],
    holder: row.holder_id ? (holders.get(row.holder_id) ?? "a former colleague") : undefined,
    dueAt: callbackDueAt(receivedAt, center).getTime(),
    overdue: isOverdue({ receivedAt, status, holderId: row.holder_id }, now, center),
    attempts: attempts?.count ?? 0,
    lastAttemptAt: attempts?.lastAt,
    followUpAt: row.follow_up_at ?? undefined,
    escalated: row.escalated_at !== null && status === "new" && !row.holder_id,
  };
}

/** The filter as a query string, for the poll to ask for the same view. */
export function inboxQuery(filter: InboxFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.language) params.set("language", filter.language);
  if (filter.q) params.set("q", filter.q);
  if (filter.sort) params.set("sort", filter.sort);
  return params.toString();
}
