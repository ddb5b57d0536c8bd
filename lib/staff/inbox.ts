import "server-only";
import { center } from "@/lib/center/schema";
import { database } from "@/lib/db/connection";
import { bestTimeLabels, yesNoLabels } from "@/lib/forms/choices";
import { parseReference } from "@/lib/leads/reference";
import type { Selectable } from "kysely";
import type { LeadsTable } from "@/lib/db/schema";
import { phoneKeyOf, toLead } from "@/lib/leads/store";
import { firstName } from "@/lib/leads/summary";
import { normalizeUsPhone, formatUsPhone } from "@/lib/phone";
import { staffNames } from "@/lib/staff/accounts";
import { callbackDueAt, isOverdue } from "@/lib/staff/overdue";
import { isLeadKind, leadKindLabels, type LeadKind } from "@/lib/leads/types";
import { isRequestStatus, OPEN_STATUSES, statusLabels, type RequestStatus } from "@/lib/staff/statuses";

/**
 * The inbox's rows: only what a callback needs (first name, phone, when and how to call),
 * never the rest of the form. Plain data, so the same rows render on the server and in the
 * browser when the poll brings new ones.
 */
export type InboxItem = {
  reference: string;
  kind: LeadKind;
  kindLabel: string;
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
};

export type InboxFilter = { status?: RequestStatus | "open"; kind?: LeadKind; q?: string };

const INBOX_LIMIT = 200;

export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const one = (name: string) => {
    const value = params[name];
    return typeof value === "string" ? value : undefined;
  };
  const status = one("status");
  const kind = one("kind");
  const q = one("q")?.trim().slice(0, 40);
  return {
    status: status === "open" || isRequestStatus(status) ? status : undefined,
    kind: isLeadKind(kind) ? kind : undefined,
    q: q || undefined,
  };
}

export async function inboxItems(filter: InboxFilter, now = new Date()): Promise<InboxItem[]> {
  const { db } = await database();
  let query = db.selectFrom("leads").selectAll().orderBy("received_at", "desc").orderBy("reference").limit(INBOX_LIMIT);
  if (filter.status === "open") query = query.where("status", "in", OPEN_STATUSES);
  else if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.q) {
    const reference = parseReference(filter.q);
    const phone = normalizeUsPhone(filter.q);
    if (!reference && !phone) return [];
    query = reference
      ? query.where("reference", "=", reference)
      : query.where("phone_key", "=", await phoneKeyOf(phone!));
  }
  const rows = await query.execute();
  const holders = await staffNames([...new Set(rows.map((r) => r.holder_id).filter((id): id is string => !!id))]);
  return rows.map((row) => toItem(row, holders, now));
}

function toItem(row: Selectable<LeadsTable>, holders: Map<string, string>, now: Date): InboxItem {
  const lead = toLead(row, []);
  const status: RequestStatus = isRequestStatus(row.status) ? row.status : "new";
  const receivedAt = new Date(row.received_at);
  const { values } = lead;
  return {
    reference: row.reference,
    kind: lead.kind,
    kindLabel: leadKindLabels[lead.kind],
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
  };
}

/** The filter as a query string, for the poll to ask for the same view. */
export function inboxQuery(filter: InboxFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.q) params.set("q", filter.q);
  return params.toString();
}
