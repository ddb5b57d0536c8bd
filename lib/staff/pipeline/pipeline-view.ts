import "server-only";
import { workedLead } from "@/lib/leads/work-reads";
import { attemptsOf, type AttemptView } from "@/lib/staff/data/call-attempts";
import { vobOf } from "@/lib/staff/data/vob";
import type { StageTimes } from "@/lib/staff/pipeline/stages";
import type { VobRecord } from "@/lib/staff/pipeline/vob";

/** Everything the request page shows of the pipeline: attempts, VOB, follow-up, stages, lost reason. */
export type PipelineView = {
  attempts: AttemptView[];
  vob?: VobRecord;
  followUpAt?: number;
  referralSource?: string;
  lost?: { at: number; reason: string; partner?: string; referredTo?: string; detail?: string };
  escalatedAt?: number;
  stages: StageTimes;
};

export async function pipelineView(reference: string): Promise<PipelineView | undefined> {
  const [worked, attempts, vob] = await Promise.all([workedLead(reference), attemptsOf(reference), vobOf(reference)]);
  if (!worked) return undefined;
  const { followUpAt, referralSource, lost, escalatedAt, stages } = worked.work;
  return { attempts, vob, followUpAt, referralSource, lost, escalatedAt, stages };
}
