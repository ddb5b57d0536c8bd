import type { ReactNode } from "react";
import { inputClass } from "@/components/forms/text-field";
import { ageText, fullTime } from "@/components/staff/relative-time";
import { ChangeHistory } from "@/components/staff/pipeline/change-history";
import { CorrectRecordForm } from "@/components/staff/pipeline/correct-record-form";
import { LostForm } from "@/components/staff/pipeline/lost-form";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { pipelineAction } from "@/lib/actions/staff/pipeline";
import type { Visit } from "@/lib/leads/visit";
import { allowedOutcomes, outcomeLabels, type ContactConsent } from "@/lib/staff/pipeline/attempt-outcomes";
import { availablePresets, followUpState, presetLabels, toLocalInput } from "@/lib/staff/pipeline/follow-up";
import { lostReasonLabel, partnerLabel } from "@/lib/staff/pipeline/lost";
import { PIPELINE_NOTICES, type PipelineNotice } from "@/lib/staff/pipeline/pipeline-forms";
import type { PipelineView } from "@/lib/staff/pipeline/pipeline-view";
import { referralOptions } from "@/lib/staff/pipeline/referral-sources";
import { stageTimeline } from "@/lib/staff/pipeline/stages";
import { correctableStages } from "@/lib/staff/pipeline/undo";
import type { RequestStatus } from "@/lib/staff/requests/statuses";

type Props = {
  reference: string;
  version: number;
  status: RequestStatus;
  /** Who it is assigned to, and whether the person looking may hand a colleague's request on. */
  owner: { id: string | null; name?: string };
  staffId: string;
  mayReassign: boolean;
  pipeline: PipelineView;
  consent: ContactConsent;
  colleagues: Array<{ id: string; name: string }>;
  visit?: Visit;
  notice?: PipelineNotice;
  /** A follow-up time that was refused, back in its box. */
  typedFollowUp?: string;
  now: number;
  /** A manager (or an admin) may correct the stages after the undo window. */
  mayCorrect?: boolean;
};

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A card read now and then, not during the call: closed until opened, so a phone reaches the call's controls first. */
function FoldedCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="rounded-lg bg-white p-4 ring-1 ring-line">
      <details>
        <summary className="cursor-pointer">
          <h2 id={`${id}-heading`} className="inline text-xl font-bold">
            {title}
          </h2>
        </summary>
        <div className="mt-3 space-y-3">{children}</div>
      </details>
    </section>
  );
}

const when = (ms: number) => <time dateTime={new Date(ms).toISOString()}>{fullTime(ms, center.timeZone)}</time>;

/** The request's path to admission: stages, call attempts, follow-up, who has it, where it came from, closing as lost. */
export function PipelinePanel({
  reference,
  version,
  status,
  owner,
  staffId,
  mayReassign,
  pipeline,
  consent,
  colleagues,
  visit,
  notice,
  typedFollowUp,
  now,
  mayCorrect,
}: Props) {
  const hidden = (
    <>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const follow = followUpState(pipeline.followUpAt, now, center.callbackMinutes);
  const lastAttempt = pipeline.attempts.at(-1);
  const problem = ["conflict", "not-allowed", "bad-choice", "undo-expired", "undo-changed", "undo-nothing"].includes(
    notice ?? "",
  );
  const badTime = notice === "bad-time";
  return (
    // Each form is drawn afresh for each version: a select keeps what it first showed otherwise,
    // and "Assign" would post the owner from before "I'm calling".
    <div id="pipeline" className="space-y-5">
      {notice && !badTime ? (
        <p
          role={problem ? "alert" : "status"}
          className={`rounded-lg border-2 p-3 font-semibold ${problem ? "border-danger-700 bg-danger-50 text-danger-700" : "border-brand-600 bg-brand-50"}`}
        >
          {PIPELINE_NOTICES[notice]}
        </p>
      ) : null}

      <Card id="attempts" title="Call attempts">
        <p>
          {pipeline.attempts.length === 0
            ? "No attempts yet."
            : `${pipeline.attempts.length} ${pipeline.attempts.length === 1 ? "attempt" : "attempts"}, the last ${ageText(lastAttempt!.at, now)}.`}
        </p>
        {pipeline.attempts.length ? (
          <ol className="space-y-1 text-sm">
            {pipeline.attempts.map((attempt, i) => (
              <li key={i}>
                {outcomeLabels[attempt.outcome]} · {attempt.staffName} · {when(attempt.at)}
              </li>
            ))}
          </ol>
        ) : null}
        {status !== "admitted" ? (
          <form key={version} action={pipelineAction}>
            {hidden}
            <fieldset>
              <legend className="mb-2 font-semibold">Log a call attempt</legend>
              <div className="flex flex-wrap gap-2">
                {allowedOutcomes(consent).map((outcome) => (
                  <button
                    key={outcome}
                    type="submit"
                    name="outcome"
                    value={outcome}
                    className="btn-secondary min-h-11 px-3 py-1.5 text-sm"
                  >
                    {outcomeLabels[outcome]}
                  </button>
                ))}
              </div>
              <p className="mt-2 text-sm text-muted">
                {consent.voicemail ? "Voicemail allowed." : "No voicemail, as asked."}{" "}
                {consent.texts ? "Texts allowed." : "No texts: not asked for, or no SMS consent."}
              </p>
            </fieldset>
          </form>
        ) : null}
      </Card>

      <Card id="follow-up" title="Follow-up">
        <p className={follow === "overdue" ? "font-semibold text-danger-700" : follow === "due" ? "font-semibold" : ""}>
          {pipeline.followUpAt === undefined ? (
            "No follow-up set."
          ) : (
            <>
              {follow === "overdue" ? "Overdue: " : follow === "due" ? "Due now: " : "Try again "}
              {when(pipeline.followUpAt)}
            </>
          )}
        </p>
        <form key={version} action={pipelineAction} className="space-y-3">
          {hidden}
          <fieldset>
            <legend className="mb-2 font-semibold">Try again</legend>
            <div className="flex flex-wrap gap-2">
              {availablePresets(new Date(now), center.timeZone).map((preset) => (
                <button
                  key={preset}
                  type="submit"
                  name="followUp"
                  value={preset}
                  className="btn-secondary min-h-11 px-3 py-1.5 text-sm"
                >
                  {presetLabels[preset]}
                </button>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="follow-up-at" className="block font-semibold">
              Or at ({timeZoneName(center.timeZone)})
            </label>
            <div className="flex flex-wrap items-end gap-2">
              <input
                id="follow-up-at"
                name="followUpAt"
                type="datetime-local"
                // Only a time someone chose: the refused one typed, else the one set; never a guess.
                defaultValue={
                  typedFollowUp ??
                  (pipeline.followUpAt === undefined ? "" : toLocalInput(new Date(pipeline.followUpAt), center.timeZone))
                }
                aria-invalid={badTime ? true : undefined}
                aria-describedby={badTime ? "follow-up-at-error" : undefined}
                className={`${inputClass} max-w-64`}
              />
              <button
                type="submit"
                name="followUp"
                value="chosen"
                className="btn-secondary min-h-11 px-3 py-1.5 text-sm"
              >
                Set this time
              </button>
              {pipeline.followUpAt !== undefined ? (
                <button
                  type="submit"
                  name="followUp"
                  value="clear"
                  className="btn-secondary min-h-11 px-3 py-1.5 text-sm"
                >
                  Clear follow-up
                </button>
              ) : null}
            </div>
            {badTime ? (
              <p id="follow-up-at-error" role="alert" className="mt-1 font-semibold text-danger-700">
                {PIPELINE_NOTICES["bad-time"]} Nothing was saved.
              </p>
            ) : null}
          </div>
        </form>
      </Card>

      <Card id="assign" title="Assigned to">
        {owner.id && owner.id !== staffId && !mayReassign ? (
          <p>{owner.name}. Only a manager can reassign a colleague&apos;s request.</p>
        ) : (
          <form key={version} action={pipelineAction} className="flex flex-wrap items-end gap-2">
            {hidden}
            <div className="grow">
              <label htmlFor="assignee" className="block font-semibold">
                Colleague
              </label>
              <select id="assignee" name="assignee" defaultValue={owner.id ?? ""} className={inputClass}>
                <option value="">Nobody</option>
                {colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary min-h-11 px-3 py-1.5 text-sm">
              Assign
            </button>
          </form>
        )}
      </Card>

      <FoldedCard id="stages" title="Path to admission">
        <ol className="space-y-1">
          {stageTimeline(pipeline.stages).map((stage) => (
            <li key={stage.stage} className={stage.at === undefined ? "text-muted" : ""}>
              <span className="font-semibold">{stage.label}:</span>{" "}
              {stage.at === undefined ? "not yet" : when(stage.at)}
            </li>
          ))}
          {pipeline.lost ? (
            <li className="font-semibold text-danger-700">
              Closed as lost ({lostReasonLabel(pipeline.lost.reason)}
              {pipeline.lost.detail ? `: ${pipeline.lost.detail}` : ""}): {when(pipeline.lost.at)}
              {pipeline.lost.partner || pipeline.lost.referredTo ? (
                <span className="block font-normal text-ink">
                  Referred to{" "}
                  {[partnerLabel(pipeline.lost.partner), pipeline.lost.referredTo].filter(Boolean).join(", ")}
                </span>
              ) : null}
            </li>
          ) : null}
        </ol>
        <ChangeHistory changes={pipeline.changes} timeZone={center.timeZone} />
        {mayCorrect && correctableStages(pipeline.stages).length > 0 ? (
          <CorrectRecordForm reference={reference} version={version} stages={correctableStages(pipeline.stages)} />
        ) : null}
      </FoldedCard>

      <FoldedCard id="source" title="Where they came from">
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Landing page</dt>
          <dd className="break-words">{visit?.landingPage ?? "Not known"}</dd>
          <dt className="font-semibold">Referring site</dt>
          <dd className="break-words">{visit?.referrerHost ?? "None (typed, bookmarked or not shared)"}</dd>
          <dt className="font-semibold">Campaign</dt>
          <dd className="break-words">
            {[visit?.utmSource, visit?.utmMedium, visit?.utmCampaign].filter(Boolean).join(" / ") || "None"}
          </dd>
        </dl>
        <form key={version} action={pipelineAction} className="flex flex-wrap items-end gap-2">
          {hidden}
          <div className="grow">
            <label htmlFor="referral-source" className="block font-semibold">
              Referral source
            </label>
            <select
              id="referral-source"
              name="referralSource"
              defaultValue={pipeline.referralSource ?? ""}
              className={inputClass}
            >
              <option value="">Not known yet</option>
              {referralOptions().map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary min-h-11 px-3 py-1.5 text-sm">
            Save source
          </button>
        </form>
      </FoldedCard>

      {status !== "lost" ? (
        <Card id="close-lost" title="Close as lost">
          <details>
            <summary className="cursor-pointer font-semibold text-brand-800 underline">
              Close this request as lost…
            </summary>
            <div className="mt-3">
              <LostForm
                reference={reference}
                version={version}
                reasons={[...center.pipeline.lostReasons]}
                partners={[...center.pipeline.partnerPrograms]}
              />
            </div>
          </details>
        </Card>
      ) : null}
    </div>
  );
}
