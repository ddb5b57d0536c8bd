"use client";

import { useState, type ChangeEvent } from "react";
import { describedBy, fieldIds } from "@/components/forms/field-ids";
import { FieldError, FieldHint } from "@/components/forms/field-message";
import { MAX_CARD_PHOTO_BYTES, MAX_CARD_PHOTO_MB } from "@/lib/forms/card-photo-limit";
import { fill, useFormWords, type FormWords } from "@/components/forms/form-words";

const ACCEPT = "image/jpeg,image/png,image/heic,image/heif,application/pdf,.heic,.heif";

/** Early, friendly feedback on the file's size; the server checks the real content either way. */
function problemWith(file: File | undefined, words: FormWords): string | undefined {
  if (!file) return undefined;
  if (file.size > MAX_CARD_PHOTO_BYTES) {
    return fill(words.photoTooBig, { mb: MAX_CARD_PHOTO_MB });
  }
  if (file.size === 0) return words.photoEmpty;
  return undefined;
}

type CardPhotoFieldProps = { name: string; label: string; serverError?: string };

export function CardPhotoField({ name, label, serverError }: CardPhotoFieldProps) {
  const [clientError, setClientError] = useState<string>();
  const error = clientError ?? serverError;
  const ids = fieldIds(name);
  const { words } = useFormWords();
  const hint = fill(words.photoHint, { mb: MAX_CARD_PHOTO_MB });
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const problem = problemWith(event.target.files?.[0], words);
    setClientError(problem);
    if (problem) event.target.value = "";
  };
  return (
    <div>
      <label htmlFor={ids.input} className="block font-semibold">
        {label} <span className="font-normal text-muted">{words.optional}</span>
      </label>
      <FieldHint name={name} hint={hint} />
      <input
        id={ids.input}
        name={name}
        type="file"
        accept={ACCEPT}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, true, Boolean(error))}
        onChange={onChange}
        className="mt-1 block w-full rounded-lg border-2 border-dashed border-muted/60 bg-white p-3 file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:font-semibold file:text-white"
      />
      <FieldError name={name} error={error} />
    </div>
  );
}
