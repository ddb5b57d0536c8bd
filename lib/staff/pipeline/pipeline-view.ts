import "server-only";
import { workedLead } from "@/lib/leads/work-reads";
import { attemptsOf, type AttemptView } from "@/lib/staff/data/call-attempts";
import { changesOf, type RecordedChange } from "@/lib/staff/data/request-changes";
import { vobOf } from "@/lib/staff/data/vob";
import type { StageTimes } from "@/lib/staff/pipeline/stages";
import type { VobRecord } from "@/lib/staff/pipeline/vob";

/** Everything the request page shows of the pipeline: attempts, VOB, follow-up, stages, lost reason, its history of changes. */
export type PipelineView = {
  attempts: AttemptView[];
  vob?: VobRecord;
  followUpAt?: number;
  referralSource?: string;
  lost?: { at: number; reason: string; partner?: string; referredTo?: string; detail?: string };
  escalatedAt?: number;
  stages: StageTimes;
  changes: RecordedChange[];
};

export async function pipelineView(reference: string): Promise<PipelineView | undefined> {
  const [worked, attempts, vob, changes] = await Promise.all([
    workedLead(reference),
    attemptsOf(reference),
    vobOf(reference),
    changesOf(reference),
  ]);
  if (!worked) return undefined;
  const { followUpAt, referralSource, lost, escalatedAt, stages } = worked.work;
  return { attempts, vob, followUpAt, referralSource, lost, escalatedAt, stages, changes };
}
