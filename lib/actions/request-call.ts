"use server";

import { submitLead } from "@/lib/leads/submit";
import { echoValues, flattenFieldErrors, readFormData } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { requestCallSchemaFor } from "@/lib/forms/request-call";
import { formLocale } from "@/lib/i18n/form-locale";
import { requestCallBooleanFields, requestCallFields, type RequestCallField } from "@/lib/forms/request-call-fields";

export async function requestCall(
  _previous: FormState<RequestCallField>,
  formData: FormData,
): Promise<FormState<RequestCallField>> {
  const values = echoValues(formData, requestCallFields, requestCallBooleanFields);
  const locale = formLocale(formData);
  return submitLead({ kind: "call-request", locale }, formData, values, async () => {
    const parsed = requestCallSchemaFor(locale).safeParse(readFormData(formData, requestCallFields, requestCallBooleanFields));
    return parsed.success
      ? { ok: true, lead: { kind: "call-request", values: parsed.data }, bestTime: parsed.data.bestTime }
      : { ok: false, fieldErrors: flattenFieldErrors(parsed.error) };
  });
}
