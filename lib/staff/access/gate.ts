import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { clientKey } from "@/lib/leads/guard";
import { parseReference } from "@/lib/leads/reference";
import { can, type Permission } from "@/lib/staff/access/roles";
import { lookupStaff, signInPath, type Staff, type StaffLookup } from "@/lib/staff/access/session";

/**
 * Who may go on, for every staff page, route and action: the signed-in staff member with a
 * verified second factor and the permission asked for. `denialOf` is the one answer to
 * everyone else (no session or an idle one: sign in; set-up unfinished: the set-up page; a
 * missing permission: not found, as for a missing page), which each kind of surface delivers
 * in its own form: a redirect, a 303, a 401 the polling page follows.
 */
export type Gate = { permission?: Permission; next?: string; activity?: boolean };

/** A staff member let through a gate, and the client they came from (for the access log). */
export type Actor = { staff: Staff; client: string };

type Denial = { to: "sign-in"; idle: boolean } | { to: "setup" } | { to: "not-found" };

function denialOf(found: StaffLookup, permission?: Permission): Denial | undefined {
  if (found.status === "setup-needed") return { to: "setup" };
  if (found.status !== "ok") return { to: "sign-in", idle: found.status === "idle" };
  if (permission && !can(found.staff.role, permission)) return { to: "not-found" };
  return undefined;
}

function whereTo(denial: Exclude<Denial, { to: "not-found" }>, next?: string, signedOut?: "signed-out"): string {
  if (denial.to === "setup") return "/staff/setup";
  return signInPath(denial.idle ? "idle" : signedOut, next);
}

/** One look-up per request, however many layouts and pages ask (an idle logoff is logged once). */
const lookupOnce = cache((activity: boolean) => lookupStaff({ activity }));

/** For the signed-in frame: who to name in the header, if anyone (the page decides where others go). */
export async function signedInStaff(): Promise<Staff | undefined> {
  const found = await lookupOnce(true);
  return found.status === "ok" ? found.staff : undefined;
}

/** Pages and Server Actions: the actor, or a redirect that says nothing about what was asked for. */
export async function pageActor(gate: Gate): Promise<Actor> {
  const found = await lookupOnce(gate.activity ?? true);
  const denial = denialOf(found, gate.permission);
  if (denial?.to === "not-found") notFound();
  if (denial) redirect(whereTo(denial, gate.next));
  return { staff: (found as Extract<StaffLookup, { status: "ok" }>).staff, client: clientKey(await headers()) };
}

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** Route handlers: the actor, or the same answer as a response (303 to sign in or set up, or 404). */
export async function routeActor(gate: Gate): Promise<Actor | Response> {
  const found = await lookupStaff({ activity: gate.activity ?? true });
  const denial = denialOf(found, gate.permission);
  if (denial?.to === "not-found") return notFoundResponse();
  if (denial) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: whereTo(denial) } });
  return { staff: (found as Extract<StaffLookup, { status: "ok" }>).staff, client: clientKey(await headers()) };
}

/** The inbox's poll, which is not the person's activity: a 401 naming where the page should go. */
export async function pollActor(gate: Gate): Promise<Actor | Response> {
  const found = await lookupStaff({ activity: false });
  const denial = denialOf(found, gate.permission);
  if (denial?.to === "not-found") return notFoundResponse();
  if (denial)
    return Response.json({ signIn: whereTo(denial, undefined, "signed-out") }, { status: 401, headers: NO_STORE });
  return { staff: (found as Extract<StaffLookup, { status: "ok" }>).staff, client: clientKey(await headers()) };
}

export function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * A Server Action behind a gate (next-saas-starter's validatedActionWithUser): the gate runs
 * before anything in the form is looked at, and the body gets the actor.
 */
export function staffAction<Args extends unknown[], Result>(
  gate: (...args: Args) => Gate,
  body: (actor: Actor, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => body(await pageActor(gate(...args)), ...args);
}

/** Work on one request: the permission, and the request's page to come back to after signing in. */
export function requestWorkGate(formData: FormData): Gate {
  const reference = parseReference(String(formData.get("reference") ?? ""));
  return { permission: "work-requests", next: reference ? `/staff/requests/${reference}` : "/staff" };
}

/**
 * The set-up page and action, and sign-out: a session whose set-up is unfinished counts here.
 * Anyone else is sent where the gate would send them.
 */
export async function sessionInSetup(
  activity: boolean,
): Promise<{ status: "ok" | "setup-needed"; actor: Actor } | { status: "none" }> {
  const found = await lookupOnce(activity);
  if (found.status !== "ok" && found.status !== "setup-needed") return { status: "none" };
  return { status: found.status, actor: { staff: found.staff, client: clientKey(await headers()) } };
}
