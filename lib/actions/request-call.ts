"use server";

import { redirect } from "next/navigation";
import {
  confirmationPath,
  invalidMessage,
  rateLimit,
  screen,
  sourcePageOf,
  storageFailure,
} from "@/lib/actions/lead-submission";
import { echoValues, flattenFieldErrors, readFormData } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { requestCallSchema } from "@/lib/forms/request-call";
import { requestCallBooleanFields, requestCallFields, type RequestCallField } from "@/lib/forms/request-call-fields";
import { receiveLead } from "@/lib/leads";

const formPath = "/request-a-call";

export async function requestCall(
  _previous: FormState<RequestCallField>,
  formData: FormData,
): Promise<FormState<RequestCallField>> {
  const values = echoValues(formData, requestCallFields, requestCallBooleanFields);
  const rejected = screen(formData);
  if (rejected) return { ...rejected, values };

  const parsed = requestCallSchema.safeParse(readFormData(formData, requestCallFields, requestCallBooleanFields));
  if (!parsed.success) {
    return { status: "invalid", message: invalidMessage, fieldErrors: flattenFieldErrors(parsed.error), values };
  }
  const limited = await rateLimit("call-request");
  if (limited) return { ...limited, values };

  let received;
  try {
    received = await receiveLead({
      kind: "call-request",
      values: parsed.data,
      sourcePage: sourcePageOf(formData, formPath),
    });
  } catch {
    return { ...storageFailure, values };
  }
  redirect(confirmationPath(formPath, received, parsed.data.bestTime));
}
