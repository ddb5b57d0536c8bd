import { center } from "@/lib/center/schema";

/**
 * Who sent the person, as staff learn it on the call: the kinds every center sees, plus each
 * partner program in the config ("partner:<id>"). Stored as the value, shown as the label.
 */
const KINDS = [
  { value: "self", label: "Self" },
  { value: "family", label: "Family or friend" },
  { value: "professional", label: "A professional (doctor, therapist, EAP)" },
  { value: "past-client", label: "A past client" },
] as const;

export type ReferralOption = { value: string; label: string };

export function referralOptions(): ReferralOption[] {
  return [...KINDS, ...center.pipeline.partnerPrograms.map((p) => ({ value: `partner:${p.id}`, label: p.label }))];
}

export function isReferralSource(value: unknown): value is string {
  return typeof value === "string" && referralOptions().some((o) => o.value === value);
}

export function referralLabel(value: string | null | undefined): string | undefined {
  return value ? (referralOptions().find((o) => o.value === value)?.label ?? value) : undefined;
}
