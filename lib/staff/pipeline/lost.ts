import { z } from "zod";
import { center } from "@/lib/center/schema";

/**
 * Closing a request as lost: a reason from the config's list is required; where the person
 * was referred is optional, as a partner program from the config, free text, or both (a
 * partner's specific clinic). Free text is a place name, so it is kept short and on one line.
 */
const REFERRED_TO_MAX = 120;
/** "Other" takes a few words of why (moved away, family decided against it). */
const DETAIL_MAX = 80;
const OTHER = "other";

const reasonIds = center.pipeline.lostReasons.map((r) => r.id);
const partnerIds = center.pipeline.partnerPrograms.map((p) => p.id);

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters.`)
    .refine((v) => !/[\p{Cc}]/u.test(v), "Use one line.");

export const lostSchema = z
  .object({
  reason: z.string({ error: "Choose why this request was lost." }).refine((v) => reasonIds.includes(v), "Choose why this request was lost."),
  partner: z.preprocess(
    blankIsUnset,
    z.string().refine((v) => partnerIds.includes(v), "Choose a program from the list, or leave it empty.").optional(),
  ),
  referredTo: z.preprocess(blankIsUnset, oneLine(REFERRED_TO_MAX).optional()),
  detail: z.preprocess(blankIsUnset, oneLine(DETAIL_MAX).optional()),
  })
  .check((ctx) => {
    if (ctx.value.reason === OTHER && !ctx.value.detail)
      ctx.issues.push({ code: "custom", input: ctx.value.detail, path: ["detail"], message: "Say in a few words why." });
  })
  // A description typed before the reason was changed from "Other" is not kept.
  .transform(({ detail, ...v }): LostClosing => (v.reason === OTHER ? { ...v, detail } : v));
export type LostClosing = { reason: string; partner?: string; referredTo?: string; detail?: string };

export function lostReasonLabel(id: string | null | undefined): string | undefined {
  return id ? (center.pipeline.lostReasons.find((r) => r.id === id)?.label ?? id) : undefined;
}

export function partnerLabel(id: string | null | undefined): string | undefined {
  return id ? (center.pipeline.partnerPrograms.find((p) => p.id === id)?.label ?? id) : undefined;
}
