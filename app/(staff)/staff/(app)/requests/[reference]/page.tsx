import type { Metadata } from "next";
import { AdminRequestActions } from "@/components/staff/admin-request-actions";
import { EligibilityPanel } from "@/components/staff/eligibility/eligibility-panel";
import { Notes } from "@/components/staff/notes";
import { CardPhotos, Delivery, LinkedRequests, RequestFields } from "@/components/staff/request-details";
import { WorkPanel } from "@/components/staff/work-panel";
import { PipelinePanel } from "@/components/staff/pipeline/pipeline-panel";
import { VobForm } from "@/components/staff/pipeline/vob-form";
import { VobSummary } from "@/components/staff/pipeline/vob-summary";
import { UndoBar } from "@/components/staff/pipeline/undo-bar";
import { fullTime } from "@/components/staff/relative-time";
import { isEligibilityNotice } from "@/lib/eligibility/correction";
import { contactConsent } from "@/lib/staff/pipeline/attempt-outcomes";
import { isPipelineNotice } from "@/lib/staff/pipeline/pipeline-forms";
import { vobFormValues } from "@/lib/staff/pipeline/vob";
import { center } from "@/lib/center/schema";
import { getEnv } from "@/lib/env";
import { bestTimeLabels } from "@/lib/forms/choices";
import { carrierName, firstName, leadRows } from "@/lib/leads/summary";
import { formatUsPhone } from "@/lib/phone";
import { requestView } from "@/lib/staff/access/views";
import { leadKindLabels } from "@/lib/leads/types";

export const metadata: Metadata = { title: "Request" };

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reference: raw } = await params;
  const { notice, at, v: noticeVersion, eligibility: eligibilityNotice } = await searchParams;
  const now = new Date();
  const { staff, reference, full, pipeline, eligibility, colleagues, mayReassign, mayPurge, mayCorrect, undo } =
    await requestView(raw);
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
        {pipeline.escalatedAt !== undefined && work.status === "new" && !work.holderId ? (
          <p
            role="alert"
            className="rounded-lg border-2 border-danger-700 bg-danger-50 p-3 font-semibold text-danger-700"
          >
            Past its promised callback and unclaimed: on-call was notified{" "}
            {fullTime(pipeline.escalatedAt, center.timeZone)}.
          </p>
        ) : null}
        <div className="grid gap-5 lg:grid-cols-[3fr_2fr] lg:items-start">
          <div className="space-y-5">
            {undo ? <UndoBar reference={reference} change={undo} timeZone={center.timeZone} /> : null}
            <WorkPanel
              reference={reference}
              staffId={staff.id}
              initial={{
                status: work.status,
                holderId: work.holderId,
                holderName: work.holderName,
                ownerId: work.ownerId,
                ownerName: work.ownerName,
                version: work.version,
              }}
            />
            <PipelinePanel
              reference={reference}
              version={work.version}
              status={work.status}
              owner={{ id: work.ownerId, name: work.ownerName }}
              staffId={staff.id}
              mayReassign={mayReassign}
              pipeline={pipeline}
              consent={contactConsent(lead.kind, lead.values)}
              colleagues={colleagues}
              visit={lead.visit}
              notice={
                // A saved change's notice holds only while the request is still at the version it made.
                isPipelineNotice(notice) && (noticeVersion === undefined || Number(noticeVersion) === work.version)
                  ? notice
                  : undefined
              }
              typedFollowUp={typeof at === "string" ? at.slice(0, 16) : undefined}
              now={now.getTime()}
              mayCorrect={mayCorrect}
            />
            {lead.kind === "insurance-check" ? (
              <div className="space-y-3">
                {eligibility ? (
                  <EligibilityPanel
                    reference={reference}
                    version={work.version}
                    eligibility={eligibility}
                    notice={isEligibilityNotice(eligibilityNotice) ? eligibilityNotice : undefined}
                    timeZone={center.timeZone}
                  />
                ) : null}
                <VobSummary vob={pipeline.vob} timeZone={center.timeZone} />
                <details className="rounded-lg bg-white p-4 ring-1 ring-line">
                  <summary className="cursor-pointer font-semibold text-brand-800 underline">
                    {pipeline.vob ? "Update the verification of benefits" : "Record the verification of benefits"}
                  </summary>
                  <div className="mt-4">
                    <VobForm
                      reference={reference}
                      version={work.version}
                      initial={
                        pipeline.vob || !eligibility?.latest?.formValues
                          ? vobFormValues(pipeline.vob, carrierName(lead.values))
                          : eligibility.latest.formValues
                      }
                    />
                  </div>
                </details>
              </div>
            ) : null}
            <details>
              <summary className="cursor-pointer rounded-lg bg-white p-4 font-semibold text-brand-800 underline ring-1 ring-line">
                Everything they sent
              </summary>
              <div className="mt-5 space-y-5">
                <RequestFields rows={rows} />
                <CardPhotos lead={lead} />
              </div>
            </details>
          </div>
          <div className="space-y-5">
            <Notes
              reference={reference}
              timeZone={center.timeZone}
              initial={notes.map((n) => ({ ...n, createdAt: n.createdAt.getTime() }))}
            />
            <LinkedRequests linked={linked} />
            <Delivery lead={lead} />
            {mayPurge ? <AdminRequestActions reference={reference} /> : null}
          </div>
        </div>
      </div>
    </>
  );
}
