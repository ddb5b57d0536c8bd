import type { Metadata } from "next";
import { headers } from "next/headers";
import { InboxFilters } from "@/components/staff/inbox-filters";
import { InboxLive } from "@/components/staff/inbox-live";
import { SpeedToLead } from "@/components/staff/speed-to-lead";
import { center } from "@/lib/center/schema";
import { recordAccess } from "@/lib/staff/data/access-log";
import { clientKey } from "@/lib/leads/guard";
import { inboxItems, inboxQuery, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { requireStaff } from "@/lib/staff/access/session";
import { speedToLead } from "@/lib/staff/reports/speed-report";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff({ next: "/staff" });
  const filter = parseInboxFilter(await searchParams);
  const now = new Date();
  const [items, speed] = await Promise.all([inboxItems(filter, now), speedToLead(now)]);
  await recordAccess({ actor: staff, action: "view-inbox", client: clientKey(await headers()) });
  return (
    <>
      <div className="space-y-5">
        <h1 className="text-3xl font-bold">Inbox</h1>
        <SpeedToLead report={speed} />
        <InboxFilters filter={filter} />
        <InboxLive
          initial={items}
          query={inboxQuery(filter)}
          serverNow={now.getTime()}
          timeZone={center.timeZone}
          filtered={Boolean(filter.status || filter.kind || filter.q)}
          graceMinutes={center.callbackMinutes}
        />
      </div>
    </>
  );
}
