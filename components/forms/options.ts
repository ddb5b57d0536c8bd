import type { Option } from "@/components/forms/select-field";

/** Turns a choices list and its labels (lib/forms/choices.ts) into select or radio options. */
export function toOptions<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
