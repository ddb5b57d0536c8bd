import { z } from "zod";
import { center } from "@/lib/center/schema";

/**
 * Closing a request as lost: a reason from the config's list is required; where the person
 * was referred is optional, as a partner program from the config, free text, or both (a
 * partner's specific clinic). Free text is a place name, so it is kept short and on one line.
 */
const REFERRED_TO_MAX = 120;

const reasonIds = center.pipeline.lostReasons.map((r) => r.id);
const partnerIds = center.pipeline.partnerPrograms.map((p) => p.id);

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const lostSchema = z.object({
  reason: z.string({ error: "Choose why this request was lost." }).refine((v) => reasonIds.includes(v), "Choose why this request was lost."),
  partner: z.preprocess(
    blankIsUnset,
    z.string().refine((v) => partnerIds.includes(v), "Choose a program from the list, or leave it empty.").optional(),
  ),
  referredTo: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .max(REFERRED_TO_MAX, `Keep it under ${REFERRED_TO_MAX} characters.`)
      .refine((v) => !/[\p{Cc}]/u.test(v), "Use one line.")
      .optional(),
  ),
});
export type LostClosing = z.infer<typeof lostSchema>;

export function lostReasonLabel(id: string | null | undefined): string | undefined {
  return id ? (center.pipeline.lostReasons.find((r) => r.id === id)?.label ?? id) : undefined;
}

export function partnerLabel(id: string | null | undefined): string | undefined {
  return id ? (center.pipeline.partnerPrograms.find((p) => p.id === id)?.label ?? id) : undefined;
}
