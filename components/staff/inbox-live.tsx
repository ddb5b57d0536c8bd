"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ageText, fullTime, shortTime } from "@/components/staff/relative-time";
import { CoverageGlance } from "@/components/staff/eligibility/coverage-glance";
import type { InboxItem, InboxPage } from "@/lib/staff/requests/inbox";
import { followUpState } from "@/lib/staff/pipeline/follow-up";
import { inboxSummary } from "@/lib/staff/requests/inbox-summary";
import { ArrivalAlertControls, useArrivalAlerts } from "@/components/staff/arrival-alerts";

const POLL_MS = 4_000;
/** A request received this long before the page loaded is no arrival, whatever page it moves to. */
const ARRIVAL_MARGIN_MS = 30_000;

type Props = {
  initial: InboxPage;
  query: string;
  pageLinks: { previous: string; next: string };
  pageSize: number;
  /** Anything but the default view (open requests), for what an empty page says. */
  filtered: boolean;
  timeZone: string;
  /** How long a due follow-up may wait before it is flagged overdue: the callback the center promises. */
  graceMinutes: number;
};

/**
 * One page of the inbox, kept current by polling a no-store JSON route (which doesn't count as
 * the person's activity, so an unattended inbox still logs off). Each poll names the time of
 * the last answer and gets back the page's order, the counts and only the rows changed since;
 * a row it has never seen makes the next poll ask for the whole page. New arrivals are
 * announced politely and counted in the tab title.
 */
export function InboxLive({ initial, query, pageLinks, pageSize, filtered, timeZone, graceMinutes }: Props) {
  const [view, setView] = useState({
    items: initial.items,
    counts: initial.counts,
    pages: initial.pages,
    empty: initial.empty,
  });
  const byReference = useRef(new Map(initial.items.map((item) => [item.reference, item])));
  const [now, setNow] = useState(initial.now);
  const [problem, setProblem] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const known = useRef(new Set(initial.order));
  const alerts = useArrivalAlerts();
  const announceArrival = useRef(alerts.announce);
  useEffect(() => {
    announceArrival.current = alerts.announce;
  }, [alerts.announce]);

  useEffect(() => {
    let stopped = false;
    let since: number | undefined = initial.now;
    const poll = async () => {
      try {
        const params = new URLSearchParams(query);
        if (since !== undefined) params.set("since", String(since));
        const response = await fetch(`/staff/api/inbox?${params}`, {
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
        const body = (await response.json()) as InboxPage;
        if (stopped) return;
        const arrived = body.items.filter(
          (i) => !known.current.has(i.reference) && i.receivedAt > initial.now - ARRIVAL_MARGIN_MS,
        );
        for (const reference of body.order) known.current.add(reference);
        if (arrived.length) {
          setAnnouncement(`${arrived.length} new request${arrived.length === 1 ? "" : "s"}`);
          announceArrival.current();
        }
        const changed = new Map(body.items.map((item) => [item.reference, item]));
        const current = new Map<string, InboxItem>();
        for (const reference of body.order) {
          const item = changed.get(reference) ?? byReference.current.get(reference);
          if (item) current.set(reference, item);
        }
        byReference.current = current;
        // A row that moved onto this page unchanged is one this tab never had: ask for the whole page next time.
        since = current.size === body.order.length ? body.now : undefined;
        setView({ items: [...current.values()], counts: body.counts, pages: body.pages, empty: body.empty });
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
  }, [query, initial.now]);

  const { items, counts, pages, empty } = view;
  const page = initial.page;
  useEffect(() => {
    document.title = `${counts.fresh + counts.due ? `(${counts.fresh + counts.due}) ` : ""}Inbox · Staff`;
  }, [counts.fresh, counts.due]);

  const first = (page - 1) * pageSize + 1;
  const [total, ...rest] = inboxSummary(counts);
  return (
    <section aria-labelledby="inbox-list-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="inbox-list-heading" className="text-xl font-bold">
          {total}
          {rest.map((part) => (
            <span key={part} className="font-normal text-muted">
              {" "}
              · {part}
            </span>
          ))}
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
          <p className="font-semibold">
            {empty === "none-yet"
              ? "No requests yet."
              : filtered
                ? "No requests match these filters."
                : "No open requests."}
          </p>
          <p className="text-muted">
            {empty === "none-yet" ? (
              "New call requests and insurance checks appear here within seconds."
            ) : filtered ? (
              <Link href="/staff" prefetch={false} className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              <Link href="/staff?status=all" prefetch={false} className="font-semibold text-brand-700 underline">
                Show every request
              </Link>
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
      {pages > 1 ? (
        <nav aria-label="Pages of requests" className="flex flex-wrap items-center justify-between gap-3">
          <p>
            Showing {Math.min(first, counts.total)}–{Math.min(first + items.length - 1, counts.total)} of {counts.total}
          </p>
          <p className="flex gap-4">
            {page > 1 ? (
              <Link
                href={`/staff?${pageLinks.previous}`}
                prefetch={false}
                className="font-semibold text-brand-700 underline"
              >
                Previous {pageSize}
              </Link>
            ) : null}
            {page < pages ? (
              <Link
                href={`/staff?${pageLinks.next}`}
                prefetch={false}
                className="font-semibold text-brand-700 underline"
              >
                Next {pageSize}
              </Link>
            ) : null}
          </p>
        </nav>
      ) : null}
    </section>
  );
}

function InboxCard({
  item,
  now,
  timeZone,
  graceMinutes,
}: {
  item: InboxItem;
  now: number;
  timeZone: string;
  graceMinutes: number;
}) {
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
          {item.coverage ? <CoverageGlance outcome={item.coverage} /> : null}
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
        <dt className="text-muted">Assigned to</dt>
        <dd>{item.owner ?? "Nobody"}</dd>
        {item.holder ? (
          <>
            <dt className="text-muted">Calling now</dt>
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
