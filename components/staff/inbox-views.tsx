import Link from "next/link";
import { INBOX_VIEW_ABOUT, INBOX_VIEWS, type InboxFilter } from "@/lib/staff/requests/inbox";

/** The day's views, one tap each: links, so they work without JavaScript and can be bookmarked. */
const TABS = [
  { label: "Open", href: "/staff", current: (f: InboxFilter) => !f.view && f.status === "open" },
  ...Object.entries(INBOX_VIEWS).map(([view, label]) => ({
    label,
    href: `/staff?view=${view}`,
    current: (f: InboxFilter) => f.view === view,
  })),
  { label: "Admitted", href: "/staff?status=admitted", current: (f: InboxFilter) => !f.view && f.status === "admitted" },
  { label: "Lost", href: "/staff?status=lost", current: (f: InboxFilter) => !f.view && f.status === "lost" },
];

export function InboxViews({ filter }: { filter: InboxFilter }) {
  return (
    <nav aria-label="Views" className="space-y-2">
      <ul className="flex flex-wrap gap-2">
        {TABS.map((tab) => {
          const current = tab.current(filter);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className="btn min-h-11 border-2 border-brand-700 bg-white px-4 py-1.5 text-brand-800 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {filter.view ? <p className="text-muted">{INBOX_VIEW_ABOUT[filter.view]}</p> : null}
    </nav>
  );
}
