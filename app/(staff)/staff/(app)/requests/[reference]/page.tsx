import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AdminRequestActions } from "@/components/staff/admin-request-actions";
import { Notes } from "@/components/staff/notes";
import { CardPhotos, Delivery, LinkedRequests, RequestFields } from "@/components/staff/request-details";
import { WorkPanel } from "@/components/staff/work-panel";
import { center } from "@/lib/center/schema";
import { getEnv } from "@/lib/env";
import { parseReference } from "@/lib/leads/reference";
import { bestTimeLabels } from "@/lib/forms/choices";
import { firstName, leadRows } from "@/lib/leads/summary";
import { formatUsPhone } from "@/lib/phone";
import { recordAccess } from "@/lib/staff/access-log";
import { clientKey } from "@/lib/leads/guard";
import { requestInFull } from "@/lib/staff/request-work";
import { can } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";
import { leadKindLabels } from "@/lib/leads/types";

export const metadata: Metadata = { title: "Request" };

export default async function RequestPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference: raw } = await params;
  // Signed in first: a stranger learns nothing, not even whether the reference exists.
  const staff = await requireStaff({ next: `/staff/requests/${encodeURIComponent(raw)}`.slice(0, 80) });
  const reference = parseReference(raw);
  const full = reference ? await requestInFull(reference) : undefined;
  if (!reference || !full) notFound();
  await recordAccess({ actor: staff, action: "view-request", reference, client: clientKey(await headers()) });
  const { lead, work, notes, linked } = full;
  const rows = leadRows(lead, "full", getEnv().SITE_URL, { photosOmitted: lead.delivery.photosOmitted }).filter(
    (row) => row.label !== "Open in the inbox",
  );
  return (
    <>
      <div className="space-y-5">
        <h1 className="text-3xl font-bold break-words">
          {leadKindLabels[lead.kind]} <span className="font-mono text-2xl">{reference}</span>
        </h1>
        <p className="text-lg">
          Call {firstName(lead.values.name)}:{" "}
          <a href={`tel:${lead.values.phone}`} className="font-semibold text-brand-800 underline">
            {formatUsPhone(lead.values.phone)}
          </a>{" "}
          <span className="text-muted">
            ({bestTimeLabels[lead.values.bestTime].toLowerCase()}, voicemail{" "}
            {lead.values.voicemailOk === "yes" ? "OK" : "not OK"})
          </span>
        </p>
        <div className="grid gap-5 lg:grid-cols-[3fr_2fr] lg:items-start">
          <div className="space-y-5">
            <RequestFields rows={rows} />
            <CardPhotos lead={lead} />
          </div>
          <div className="space-y-5">
            <WorkPanel
              reference={reference}
              staffId={staff.id}
              initial={{
                status: work.status,
                holderId: work.holderId,
                holderName: work.holderName,
                version: work.version,
              }}
            />
            <Notes
              reference={reference}
              timeZone={center.timeZone}
              initial={notes.map((n) => ({ ...n, createdAt: n.createdAt.getTime() }))}
            />
            <LinkedRequests linked={linked} />
            <Delivery lead={lead} />
            {can(staff.role, "purge-request") ? <AdminRequestActions reference={reference} /> : null}
          </div>
        </div>
      </div>
    </>
  );
}
