import "server-only";
import { TZDateMini } from "@date-fns/tz";
import { center } from "@/lib/center/schema";
import { latestChecks } from "@/lib/eligibility/queue";
import type { CheckOutcome } from "@/lib/eligibility/types";
import { bestTimeLabels, yesNoLabels } from "@/lib/forms/choices";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { parseReference } from "@/lib/leads/reference";
import { phoneKeyOf } from "@/lib/leads/store";
import { firstName } from "@/lib/leads/summary";
import { isLeadKind, leadKindLabels, type LeadKind } from "@/lib/leads/types";
import { inboxCounts, inboxLeads, type InboxCounts, type InboxWhere, type WorkedLead } from "@/lib/leads/work-reads";
import { normalizeUsPhone, formatUsPhone } from "@/lib/phone";
import { attemptSummaries, type AttemptSummary } from "@/lib/staff/data/call-attempts";
import { userNames } from "@/lib/staff/data/accounts";
import { callbackDueAt, isOverdue } from "@/lib/staff/requests/overdue";
import { contactConsent } from "@/lib/staff/pipeline/attempt-outcomes";
import { searchMatcher } from "@/lib/staff/requests/search";
import { isRequestStatus, statusLabels, type RequestStatus } from "@/lib/staff/requests/statuses";

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
  /** Who it is assigned to, and who is on the phone with it now. */
  owner?: string;
  holder?: string;
  dueAt: number;
  overdue: boolean;
  attempts: number;
  lastAttemptAt?: number;
  followUpAt?: number;
  /** On-call was mailed: unclaimed past the promised callback. */
  escalated: boolean;
  /** An insurance request's latest real-time eligibility check, at a glance. */
  coverage?: CheckOutcome;
};

/** "priority" puts follow-ups that are due first (oldest due first), then the newest requests. */
export const INBOX_SORTS = {
  priority: "Due follow-ups first",
  newest: "Newest first",
  oldest: "Oldest first",
} as const;
type InboxSort = keyof typeof INBOX_SORTS;

/**
 * The day's work in one tap: follow-ups due by the end of the center's day (overdue ones
 * included), and the requests assigned to the person looking (whoever is calling them).
 */
export const INBOX_VIEWS = { "due-today": "Due today", mine: "Mine" } as const;
type InboxView = keyof typeof INBOX_VIEWS;
/** What each view holds, said under the views while it is shown. */
export const INBOX_VIEW_ABOUT: Record<InboxView, string> = {
  "due-today": "Follow-ups due by the end of today, the overdue ones included.",
  mine: "Requests assigned to you, whether or not someone is calling them right now.",
};
const isInboxView = (value: unknown): value is InboxView => typeof value === "string" && Object.hasOwn(INBOX_VIEWS, value);

/** The default view is the open requests (no decision yet); "all" is every status. */
export type InboxFilter = {
  view?: InboxView;
  status: RequestStatus | "open" | "all";
  kind?: LeadKind;
  language?: Locale;
  q?: string;
  sort?: Exclude<InboxSort, "priority">;
  /** 1-based. */
  page: number;
};

export const INBOX_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const one = (name: string) => {
    const value = params[name];
    return typeof value === "string" ? value : undefined;
  };
  const status = one("status");
  const view = one("view");
  const kind = one("kind");
  const language = one("language");
  const q = one("q")?.trim().slice(0, 40);
  const sort = one("sort");
  const page = Number(one("page"));
  return {
    view: isInboxView(view) ? view : undefined,
    status: status === "all" || isRequestStatus(status) ? status : "open",
    kind: isLeadKind(kind) ? kind : undefined,
    language: isLocale(language) ? language : undefined,
    q: q || undefined,
    sort: sort === "newest" || sort === "oldest" ? sort : undefined,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** Anything but the default view: the open requests, in priority order. */
export function isFiltered(filter: InboxFilter): boolean {
  return filter.status !== "open" || Boolean(filter.view || filter.kind || filter.language || filter.q);
}

/**
 * One page of the inbox and the true counts of the whole view. `changedSince` (a poll's last
 * answer time) leaves out the rows unchanged since then, less a margin for a change that
 * committed late or on a server whose clock runs behind; `order` always names the page's rows.
 */
export type InboxPage = {
  items: InboxItem[];
  order: string[];
  counts: InboxCounts;
  page: number;
  pages: number;
  /** Why the page is empty: nothing has arrived at all, or nothing matches this view. */
  empty?: "none-yet" | "none-here";
  now: number;
};

const CHANGE_MARGIN_MS = 30_000;
/** How many recent requests a search by name or part of a number looks through (names are inside the stored form, not a column). */
const NAME_SEARCH_LIMIT = 2000;

/** `staffId`: who is looking, for "Mine" (which, with nobody looking, is empty). */
export async function inboxPage(
  filter: InboxFilter,
  now = new Date(),
  changedSince?: number,
  staffId = "",
): Promise<InboxPage> {
  const t = now.getTime();
  const where: InboxWhere = { status: filter.status, kind: filter.kind, language: filter.language };
  if (filter.view === "due-today") where.followUpBefore = endOfDay(now, center.timeZone).getTime();
  if (filter.view === "mine") where.ownerId = staffId;
  let matches: ReturnType<typeof searchMatcher> | undefined;
  if (filter.q) {
    const reference = parseReference(filter.q);
    const phone = normalizeUsPhone(filter.q);
    if (reference) where.reference = reference;
    else if (phone) where.phoneKey = await phoneKeyOf(phone);
    else matches = searchMatcher(filter.q);
  }
  const order = filter.sort ?? "priority";
  const offset = (filter.page - 1) * INBOX_PAGE_SIZE;
  let leads: WorkedLead[];
  let counts: InboxCounts;
  if (matches) {
    const match = matches;
    const found = (await inboxLeads(where, order, { offset: 0, limit: NAME_SEARCH_LIMIT }, t)).filter((w) =>
      match({ name: w.lead.values.name, phone: w.lead.values.phone, reference: w.lead.reference }),
    );
    leads = found.slice(offset, offset + INBOX_PAGE_SIZE);
    counts = {
      total: found.length,
      fresh: found.filter((w) => w.work.status === "new").length,
      due: found.filter((w) => w.work.followUpAt !== undefined && w.work.followUpAt <= t).length,
    };
  } else {
    [leads, counts] = await Promise.all([
      inboxLeads(where, order, { offset, limit: INBOX_PAGE_SIZE }, t),
      inboxCounts(where, t),
    ]);
  }
  // A check that finished changes the row without changing the request: the poll brings it too.
  const checks = await latestChecks(leads.filter((w) => w.lead.kind === "insurance-check").map((w) => w.lead.reference));
  const changed =
    changedSince === undefined
      ? leads
      : leads.filter(
          (w) =>
            w.work.updatedAt > changedSince - CHANGE_MARGIN_MS ||
            (checks.get(w.lead.reference)?.changedAt ?? 0) > changedSince - CHANGE_MARGIN_MS,
        );
  const [names, attempts] = await Promise.all([
    userNames([...new Set(changed.flatMap((w) => [w.work.holderId, w.work.ownerId].filter((id) => id !== null)))]),
    attemptSummaries(changed.map((w) => w.lead.reference)),
  ]);
  let empty: InboxPage["empty"];
  if (!leads.length)
    empty = counts.total === 0 && (await inboxCounts({ status: "all" }, t)).total === 0 ? "none-yet" : "none-here";
  return {
    items: changed.map((w) => toItem(w, names, attempts.get(w.lead.reference), checks.get(w.lead.reference)?.outcome, now)),
    order: leads.map((w) => w.lead.reference),
    counts,
    page: filter.page,
    pages: Math.max(1, Math.ceil(counts.total / INBOX_PAGE_SIZE)),
    empty,
    now: t,
  };
}

function toItem(
  { lead, work }: WorkedLead,
  names: Map<string, string>,
  attempts: AttemptSummary | undefined,
  coverage: CheckOutcome | undefined,
  now: Date,
): InboxItem {
  const { values } = lead;
  const name = (id: string | null) => (id ? (names.get(id) ?? "a former colleague") : undefined);
  return {
    reference: lead.reference,
    kind: lead.kind,
    kindLabel: leadKindLabels[lead.kind],
    language: lead.language,
    receivedAt: lead.receivedAt.getTime(),
    firstName: firstName(values.name),
    phone: values.phone,
    phoneDisplay: formatUsPhone(values.phone),
    bestTime: bestTimeLabels[values.bestTime],
    voicemail: yesNoLabels[values.voicemailOk],
    texts: lead.kind === "call-request" ? (contactConsent(lead.kind, values).texts ? "Yes" : "No") : undefined,
    status: work.status,
    statusLabel: statusLabels[work.status],
    owner: name(work.ownerId),
    holder: name(work.holderId),
    dueAt: callbackDueAt(lead.receivedAt, center).getTime(),
    overdue: isOverdue({ receivedAt: lead.receivedAt, status: work.status, holderId: work.holderId }, now, center),
    attempts: attempts?.count ?? 0,
    lastAttemptAt: attempts?.lastAt,
    followUpAt: work.followUpAt,
    escalated: work.escalatedAt !== undefined && work.status === "new" && !work.holderId,
    coverage,
  };
}

/** The view as a query string, for the poll to ask for the same page and for the pager's links. */
export function inboxQuery(filter: InboxFilter, page = filter.page): string {
  const params = new URLSearchParams();
  if (filter.view) params.set("view", filter.view);
  if (filter.status !== "open") params.set("status", filter.status);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.language) params.set("language", filter.language);
  if (filter.q) params.set("q", filter.q);
  if (filter.sort) params.set("sort", filter.sort);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

/** Midnight at the end of `now`'s day on the center's clock (a DST day is 23 or 25 hours). */
function endOfDay(now: Date, timeZone: string): Date {
  const local = new TZDateMini(now.getTime(), timeZone);
  return new Date(new TZDateMini(local.getFullYear(), local.getMonth(), local.getDate() + 1, 0, 0, timeZone).getTime());
}
