"use server";

import { submitLead } from "@/lib/leads/submit";
import { echoValues, flattenFieldErrors, readFormData } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { requestCallSchema } from "@/lib/forms/request-call";
import { requestCallBooleanFields, requestCallFields, type RequestCallField } from "@/lib/forms/request-call-fields";

export async function requestCall(
  _previous: FormState<RequestCallField>,
  formData: FormData,
): Promise<FormState<RequestCallField>> {
  const values = echoValues(formData, requestCallFields, requestCallBooleanFields);
  return submitLead({ kind: "call-request", path: "/request-a-call" }, formData, values, async () => {
    const parsed = requestCallSchema.safeParse(readFormData(formData, requestCallFields, requestCallBooleanFields));
    return parsed.success
      ? { ok: true, lead: { kind: "call-request", values: parsed.data }, bestTime: parsed.data.bestTime }
      : { ok: false, fieldErrors: flattenFieldErrors(parsed.error) };
  });
}
