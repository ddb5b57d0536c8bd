import "server-only";
import { notFound } from "next/navigation";
import { parseReference } from "@/lib/leads/reference";
import { photoBytes } from "@/lib/leads/store";
import { logAs } from "@/lib/staff/access/log";
import { notFoundResponse, pageActor, pollActor, routeActor } from "@/lib/staff/access/gate";
import { can } from "@/lib/staff/access/roles";
import { listStaff } from "@/lib/staff/auth/accounts";
import { listAccess } from "@/lib/staff/data/access-log";
import { pipelineView } from "@/lib/staff/pipeline/pipeline-view";
import { undoableChange } from "@/lib/staff/pipeline/undo";
import { reportFor } from "@/lib/staff/reports/report-page";
import { speedToLead } from "@/lib/staff/reports/speed-report";
import { inboxPage, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { eligibilityOf } from "@/lib/staff/requests/eligibility";
import { requestInFull } from "@/lib/staff/requests/request";

/**
 * Every staff view: each passes the gate (signed in, set up, allowed), loads its view model,
 * and is logged once, after what it shows was found. The inbox's poll is the one view not
 * logged: it refreshes a page whose view was (every few seconds per open tab).
 */
type Params = Record<string, string | string[] | undefined>;

export async function inboxView(params: Params) {
  const { staff, client } = await pageActor({ next: "/staff" });
  const filter = parseInboxFilter(params);
  const now = new Date();
  const [inbox, speed] = await Promise.all([inboxPage(filter, now, undefined, staff.id), speedToLead(now)]);
  await logAs(staff, { action: "view-inbox" }, client);
  return { filter, inbox, speed };
}

/** The poll's answer: the page's order and counts, and only the rows changed since `since`. */
export async function inboxPoll(params: URLSearchParams): Promise<Response> {
  const actor = await pollActor({});
  if (actor instanceof Response) return actor;
  const since = Number(params.get("since"));
  const page = await inboxPage(
    parseInboxFilter(Object.fromEntries(params)),
    new Date(),
    since > 0 ? since : undefined,
    actor.staff.id,
  );
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}

export async function requestView(raw: string) {
  // Signed in first: a stranger learns nothing, not even whether the reference exists.
  const { staff, client } = await pageActor({ next: `/staff/requests/${encodeURIComponent(raw)}`.slice(0, 80) });
  const reference = parseReference(raw);
  const [full, pipeline] = reference ? await Promise.all([requestInFull(reference), pipelineView(reference)]) : [];
  if (!reference || !full || !pipeline) notFound();
  const [members, eligibility] = await Promise.all([listStaff(), eligibilityOf(full.lead, pipeline.vob)]);
  const colleagues = members.filter((m) => m.twoFactor).map(({ id, name }) => ({ id, name }));
  await logAs(staff, { action: "view-request", reference }, client);
  // The payer's answer is health data of its own: its every showing is logged, with the outcome
  // (not the page's refreshes while a check runs, which show none).
  if (eligibility?.latest && eligibility.latest.outcome !== "pending")
    await logAs(staff, { action: "view-eligibility", reference, detail: eligibility.latest.outcome }, client);
  return {
    staff,
    reference,
    full,
    pipeline,
    eligibility,
    colleagues,
    mayReassign: can(staff.role, "reassign-requests"),
    mayPurge: can(staff.role, "purge-request"),
    mayCorrect: can(staff.role, "correct-records"),
    undo: undoableChange(pipeline.changes, staff.id, full.work.version, Date.now()),
  };
}

/** A card photo, or the gate's answer (a stranger is sent to sign in, as for any /staff page). */
export async function cardPhoto(raw: string, side: string) {
  const actor = await routeActor({ permission: "work-requests" });
  if (actor instanceof Response) return actor;
  const reference = parseReference(raw);
  const photo =
    reference && (side === "front" || side === "back")
      ? (await photoBytes(reference)).find((p) => p.side === side)
      : undefined;
  if (!reference || !photo) return notFoundResponse();
  await logAs(actor.staff, { action: "view-photo", reference, detail: photo.side }, actor.client);
  return { reference, photo };
}

/** An admin's copy of one request: every field, the work on it, notes and photos. */
export async function requestExport(raw: string) {
  const actor = await routeActor({ permission: "export-request" });
  if (actor instanceof Response) return actor;
  const reference = parseReference(raw);
  const full = reference ? await requestInFull(reference) : undefined;
  if (!reference || !full) return notFoundResponse();
  await logAs(actor.staff, { action: "export-request", reference, detail: "json" }, actor.client);
  const [photos, pipeline] = await Promise.all([photoBytes(reference), pipelineView(reference)]);
  return { reference, full, photos, pipeline };
}

export async function reportsView(params: Params) {
  const { staff, client } = await pageActor({ permission: "read-reports", next: "/staff/reports" });
  const report = await reportFor(params);
  await logAs(staff, { action: "view-reports", detail: report.period.key }, client);
  return report;
}

export async function reportExport(params: URLSearchParams) {
  const actor = await routeActor({ permission: "read-reports" });
  if (actor instanceof Response) return actor;
  const report = await reportFor(Object.fromEntries(params));
  await logAs(actor.staff, { action: "export-report", detail: report.period.key }, actor.client);
  return report;
}

export async function accessLogView(params: Params) {
  const { staff, client } = await pageActor({ permission: "read-access-log", next: "/staff/log" });
  const reference = typeof params.reference === "string" ? parseReference(params.reference) : undefined;
  const entries = await listAccess({ limit: 500, reference });
  await logAs(staff, { action: "view-access-log" }, client);
  return { reference, entries };
}

export async function teamView() {
  const { staff, client } = await pageActor({ permission: "manage-staff", next: "/staff/team" });
  const members = await listStaff();
  await logAs(staff, { action: "view-team" }, client);
  return { self: staff, members };
}

/** The article review schedule holds no one's data, but the view is logged like every other. */
export async function reviewsView() {
  const { staff, client } = await pageActor({ permission: "read-content-reviews", next: "/staff/reviews" });
  await logAs(staff, { action: "view-reviews" }, client);
}
