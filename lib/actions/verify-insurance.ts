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
import { verifyInsuranceSchema } from "@/lib/forms/verify-insurance";
import {
  verifyInsuranceBooleanFields,
  verifyInsuranceFields,
  type CardPhotoField,
  type VerifyInsuranceField,
} from "@/lib/forms/verify-insurance-fields";
import { receiveLead, validateCardPhotos } from "@/lib/leads";

const formPath = "/verify-insurance";
type Field = VerifyInsuranceField | CardPhotoField;

export async function verifyInsurance(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const values = echoValues(formData, verifyInsuranceFields, verifyInsuranceBooleanFields);
  const rejected = screen(formData);
  if (rejected) return { ...rejected, values };

  // Fields and photos are both checked before answering, so every problem shows at once.
  const parsed = verifyInsuranceSchema.safeParse(
    readFormData(formData, verifyInsuranceFields, verifyInsuranceBooleanFields),
  );
  const photos = await validateCardPhotos(formData);
  if (!parsed.success || !photos.ok) {
    return {
      status: "invalid",
      message: invalidMessage,
      fieldErrors: {
        ...(parsed.success ? {} : flattenFieldErrors<Field>(parsed.error)),
        ...(photos.ok ? {} : photos.fieldErrors),
      },
      values,
    };
  }
  const limited = await rateLimit("insurance-check");
  if (limited) return { ...limited, values };

  let received;
  try {
    received = await receiveLead({
      kind: "insurance-check",
      values: parsed.data,
      cardPhotos: photos.photos,
      sourcePage: sourcePageOf(formData, formPath),
    });
  } catch {
    return { ...storageFailure, values };
  }
  redirect(confirmationPath(formPath, received, parsed.data.bestTime));
}
