"use server";

import { submitLead } from "@/lib/leads/submit";
import { echoValues, flattenFieldErrors, readFormData } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { verifyInsuranceSchemaFor } from "@/lib/forms/verify-insurance";
import { formLocale } from "@/lib/i18n/form-locale";
import {
  verifyInsuranceBooleanFields,
  verifyInsuranceFields,
  type CardPhotoField,
  type VerifyInsuranceField,
} from "@/lib/forms/verify-insurance-fields";
import { validateCardPhotos } from "@/lib/leads/card-photos";

type Field = VerifyInsuranceField | CardPhotoField;

export async function verifyInsurance(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const values = echoValues(formData, verifyInsuranceFields, verifyInsuranceBooleanFields);
  const locale = formLocale(formData);
  return submitLead<Field>({ kind: "insurance-check", locale }, formData, values, async () => {
    // Fields and photos are both checked before answering, so every problem shows at once.
    const parsed = verifyInsuranceSchemaFor(locale).safeParse(
      readFormData(formData, verifyInsuranceFields, verifyInsuranceBooleanFields),
    );
    const photos = await validateCardPhotos(formData);
    if (parsed.success && photos.ok) {
      return {
        ok: true,
        lead: { kind: "insurance-check", values: parsed.data, cardPhotos: photos.photos },
        bestTime: parsed.data.bestTime,
      };
    }
    return {
      ok: false,
      fieldErrors: {
        ...(parsed.success ? {} : flattenFieldErrors<Field>(parsed.error)),
        ...(photos.ok ? {} : photos.fieldErrors),
      },
    };
  });
}
