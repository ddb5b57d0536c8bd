import "server-only";
import type { VerifyInsuranceValues } from "@/lib/forms/verify-insurance";

/**
 * Who an eligibility check asks about, from the insurance form: the policyholder is the
 * subscriber; a patient who is not the policyholder is their dependent. Names are split into the
 * first and last names payers match on (the form has one field per person), without accents
 * (payers' records are plain ASCII) and without a suffix (Stedi: "Don't include the subscriber's
 * name suffix, such as Jr. or III", in the last name).
 */
export type Person = { firstName?: string; lastName: string; dateOfBirth: string };
export type CheckSubject = { memberId: string; subscriber: Person; dependent?: Person };

/** What a coordinator corrected before "check again"; the patient's date of birth (ISO). */
export type Correction = { memberId?: string; dateOfBirth?: string };

const SUFFIXES = new Set(["JR", "SR", "II", "III", "IV", "V"]);

export function subjectOf(values: VerifyInsuranceValues, correction: Correction = {}): CheckSubject {
  const patientName = values.coverageFor === "self" ? values.name : (values.patientName ?? values.name);
  const patient = { ...splitName(patientName), dateOfBirth: correction.dateOfBirth ?? values.patientDob };
  const memberId = correction.memberId ?? values.memberId;
  if (values.policyholder === "patient" || !values.holderName || !values.holderDob)
    return { memberId, subscriber: patient };
  return {
    memberId,
    subscriber: { ...splitName(values.holderName), dateOfBirth: values.holderDob },
    dependent: patient,
  };
}

/** "María José Gómez" → María / Gómez; "Gómez, María" → María / Gómez; "Lee Jr." → Lee. */
export function splitName(full: string): { firstName?: string; lastName: string } {
  const plain = full.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
  const comma = plain.indexOf(",");
  const words =
    comma >= 0
      ? [
          ...plain
            .slice(comma + 1)
            .trim()
            .split(" "),
          plain.slice(0, comma).trim(),
        ]
      : plain.split(" ");
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1].replace(/\.$/, "").toUpperCase())) words.pop();
  const lastName = words[words.length - 1];
  return words.length > 1 ? { firstName: words[0], lastName } : { lastName };
}
