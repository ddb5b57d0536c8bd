"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ageText, fullTime, shortTime } from "@/components/staff/relative-time";
import type { InboxItem } from "@/lib/staff/requests/inbox";
import { followUpState } from "@/lib/staff/pipeline/follow-up";
import { ArrivalAlertControls, useArrivalAlerts } from "@/components/staff/arrival-alerts";

const POLL_MS = 4_000;

type Props = {
  initial: InboxItem[];
  query: string;
  serverNow: number;
  timeZone: string;
  filtered: boolean;
  /** How long a due follow-up may wait before it is flagged overdue: the callback the center promises. */
  graceMinutes: number;
};

/**
 * The inbox list, kept current by polling a no-store JSON route (which doesn't count as the
 * person's activity, so an unattended inbox still logs off). New arrivals are announced
 * politely and counted in the tab title.
 */
export function InboxLive({ initial, query, serverNow, timeZone, filtered, graceMinutes }: Props) {
  const [items, setItems] = useState(initial);
  const [now, setNow] = useState(serverNow);
  const [problem, setProblem] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const known = useRef(new Set(initial.map((i) => i.reference)));
  const alerts = useArrivalAlerts();
  const announceArrival = useRef(alerts.announce);
  useEffect(() => {
    announceArrival.current = alerts.announce;
  }, [alerts.announce]);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/staff/api/inbox${query ? `?${query}` : ""}`, {
          cache: "no-store",
          headers: { accept: "application/json" },
        });
        // Unmounted meanwhile (signed out, moved on): this answer is no longer ours to act on.
        if (stopped) return;
        if (response.status === 401) {
          const { signIn } = (await response.json()) as { signIn: string };
          window.location.assign(signIn);
          return;
        }
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { items: InboxItem[]; now: number };
        if (stopped) return;
        const arrived = body.items.filter((i) => !known.current.has(i.reference));
        for (const item of arrived) known.current.add(item.reference);
        if (arrived.length) {
          setAnnouncement(`${arrived.length} new request${arrived.length === 1 ? "" : "s"}`);
          announceArrival.current();
        }
        setItems(body.items);
        setNow(body.now);
        setProblem(false);
      } catch {
        if (!stopped) setProblem(true);
      }
    };
    const timer = window.setInterval(poll, POLL_MS);
    const tick = window.setInterval(() => setNow((n) => n + 1_000), 1_000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.clearInterval(tick);
    };
  }, [query]);

  const waiting = items.filter((i) => i.status === "new").length;
  const due = items.filter((i) => ["due", "overdue"].includes(followUpState(i.followUpAt, now, graceMinutes))).length;
  useEffect(() => {
    document.title = `${waiting + due ? `(${waiting + due}) ` : ""}Inbox · Staff`;
  }, [waiting, due]);

  return (
    <section aria-labelledby="inbox-list-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="inbox-list-heading" className="text-xl font-bold">
          {items.length} request{items.length === 1 ? "" : "s"}
          {waiting ? <span className="font-normal text-muted"> · {waiting} new</span> : null}
          {due ? <span className="font-normal text-muted"> · {due} follow-up{due === 1 ? "" : "s"} due</span> : null}
        </h2>
        <p className="text-sm text-muted">Updates by itself every few seconds.</p>
      </div>
      <ArrivalAlertControls alerts={alerts} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {problem ? (
        <p
          role="alert"
          className="rounded-lg border-2 border-danger-700 bg-danger-50 p-3 font-semibold text-danger-700"
        >
          Can&apos;t reach the server, so this list may be out of date. Still trying…
        </p>
      ) : null}
      {items.length === 0 ? (
        <div className="rounded-lg border-2 border-dashed border-line p-6 text-center">
          <p className="font-semibold">{filtered ? "No requests match these filters." : "No requests yet."}</p>
          <p className="text-muted">
            {filtered ? (
              <Link href="/staff" prefetch={false} className="font-semibold text-brand-700 underline">
                Show every request
              </Link>
            ) : (
              "New call requests and insurance checks appear here within seconds."
            )}
          </p>
        </div>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {items.map((item) => (
            <InboxCard key={item.reference} item={item} now={now} timeZone={timeZone} graceMinutes={graceMinutes} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InboxCard({ item, now, timeZone, graceMinutes }: { item: InboxItem; now: number; timeZone: string; graceMinutes: number }) {
  const overdue = item.status === "new" && !item.holder && now > item.dueAt;
  const followUp = followUpState(item.followUpAt, now, graceMinutes);
  return (
    <li
      className={`rounded-lg bg-white p-4 ring-1 ${overdue || followUp === "overdue" ? "ring-2 ring-danger-700" : "ring-line"}`}
      data-reference={item.reference}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-bold">
          <Link href={`/staff/requests/${item.reference}`} prefetch={false} className="text-brand-800 underline">
            {item.firstName}
            <span className="sr-only">
              , {item.kindLabel.toLowerCase()} {item.reference}
            </span>
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1.5 text-sm">
          {overdue ? <span className="rounded bg-danger-700 px-2 py-0.5 font-semibold text-white">Overdue</span> : null}
          {item.language === "es" ? (
            <span lang="es" className="rounded bg-warm-50 px-2 py-0.5 font-semibold text-ink ring-1 ring-warm-700">
              Español
            </span>
          ) : null}
          {item.escalated ? (
            <span className="rounded bg-danger-700 px-2 py-0.5 font-semibold text-white">On-call notified</span>
          ) : null}
          {followUp === "due" ? (
            <span className="rounded bg-brand-700 px-2 py-0.5 font-semibold text-white">Follow-up due</span>
          ) : null}
          {followUp === "overdue" ? (
            <span className="rounded bg-danger-700 px-2 py-0.5 font-semibold text-white">Follow-up overdue</span>
          ) : null}
          <span className="rounded bg-brand-50 px-2 py-0.5 font-semibold text-brand-900 ring-1 ring-brand-600">
            {item.statusLabel}
          </span>
        </div>
      </div>
      <p className="text-sm text-muted">
        {item.kindLabel} · <span aria-hidden="true">{item.reference}</span> ·{" "}
        <time dateTime={new Date(item.receivedAt).toISOString()} title={fullTime(item.receivedAt, timeZone)}>
          {ageText(item.receivedAt, now)}
        </time>{" "}
        ({shortTime(item.receivedAt, timeZone)})
      </p>
      <p className="mt-2">
        <a href={`tel:${item.phone}`} className="text-lg font-semibold text-brand-800 underline">
          {item.phoneDisplay}
        </a>
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-muted">Call</dt>
        <dd>{item.bestTime}</dd>
        <dt className="text-muted">Voicemail</dt>
        <dd>{item.voicemail}</dd>
        {item.texts ? (
          <>
            <dt className="text-muted">Texts</dt>
            <dd>{item.texts}</dd>
          </>
        ) : null}
        {item.holder ? (
          <>
            <dt className="text-muted">Calling</dt>
            <dd>{item.holder}</dd>
          </>
        ) : null}
        <dt className="text-muted">Attempts</dt>
        <dd>
          {item.attempts}
          {item.lastAttemptAt !== undefined ? `, last ${ageText(item.lastAttemptAt, now)}` : ""}
        </dd>
        {item.followUpAt !== undefined ? (
          <>
            <dt className="text-muted">Try again</dt>
            <dd>
              <time dateTime={new Date(item.followUpAt).toISOString()}>{shortTime(item.followUpAt, timeZone)}</time>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
