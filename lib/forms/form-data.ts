import * as z from "zod/mini";

/** Long enough for any field the forms accept; keeps a hostile post from being echoed whole. */
const MAX_ECHO_LENGTH = 2000;
const TICKED = new Set(["on", "true", "yes", "1"]);

/**
 * The plain object a form schema expects, read from a posted FormData: text trimmed,
 * checkboxes true when ticked and false when absent, File entries and fields the form
 * doesn't declare left out.
 */
export function readFormData<F extends string>(
  formData: FormData,
  fields: readonly F[],
  booleanFields: readonly F[],
): Partial<Record<F, string | boolean>> {
  const values: Partial<Record<F, string | boolean>> = {};
  for (const field of fields) {
    const entry = formData.get(field);
    const text = typeof entry === "string" ? entry.trim() : undefined;
    if (booleanFields.includes(field)) values[field] = text !== undefined && TICKED.has(text.toLowerCase());
    else if (text !== undefined) values[field] = text;
  }
  return values;
}

/** The submitted values as `FormState.values`, so the form refills after a problem. */
export function echoValues<F extends string>(
  formData: FormData,
  fields: readonly F[],
  booleanFields: readonly F[],
): Partial<Record<F, string>> {
  const echoed: Partial<Record<F, string>> = {};
  for (const [field, value] of Object.entries(readFormData(formData, fields, booleanFields)) as [
    F,
    string | boolean,
  ][]) {
    if (value === true) echoed[field] = "on";
    else if (typeof value === "string" && value !== "") echoed[field] = value.slice(0, MAX_ECHO_LENGTH);
  }
  return echoed;
}

/**
 * Field name → messages, for `FormState.fieldErrors`. Form-level errors are left out: they
 * only arise when the input isn't an object, which readFormData never produces.
 */
export function flattenFieldErrors<F extends string>(error: z.core.$ZodError): Partial<Record<F, string[]>> {
  const fieldErrors: Partial<Record<F, string[]>> = {};
  for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors) as [F, string[] | undefined][]) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  return fieldErrors;
}
