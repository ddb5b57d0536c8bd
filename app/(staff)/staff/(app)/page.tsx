import type { Metadata } from "next";
import { InboxFilters } from "@/components/staff/inbox-filters";
import { InboxViews } from "@/components/staff/inbox-views";
import { InboxLive } from "@/components/staff/inbox-live";
import { SpeedToLead } from "@/components/staff/speed-to-lead";
import { center } from "@/lib/center/schema";
import { inboxView } from "@/lib/staff/access/views";
import { inboxQuery, INBOX_PAGE_SIZE, isFiltered } from "@/lib/staff/requests/inbox";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filter, inbox, speed } = await inboxView(await searchParams);
  return (
    <>
      <div className="space-y-5">
        <h1 className="text-3xl font-bold">Inbox</h1>
        <SpeedToLead report={speed} />
        <InboxViews filter={filter} />
        <InboxFilters filter={filter} />
        <InboxLive
          key={inboxQuery(filter)}
          initial={inbox}
          query={inboxQuery(filter)}
          pageLinks={{ previous: inboxQuery(filter, filter.page - 1), next: inboxQuery(filter, filter.page + 1) }}
          pageSize={INBOX_PAGE_SIZE}
          filtered={isFiltered(filter)}
          timeZone={center.timeZone}
          graceMinutes={center.callbackMinutes}
        />
      </div>
    </>
  );
}
