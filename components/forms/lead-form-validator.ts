import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl, type FieldErrors, type FieldValues, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod/mini";

/** What the form shows: each field's first problem, and whether a submit was attempted. */
export type ClientValidation = { errors: Partial<Record<string, string>>; submitted: boolean };

type FieldEvent = { target: { name: string }; type: string };

/**
 * react-hook-form driven by the form's shared zod schema. This module and the schema load
 * only once someone starts filling the form in (see use-lead-form.ts), which keeps both out
 * of the JavaScript a visitor downloads just to read the page.
 */
export function createLeadFormValidator(
  schema: z.ZodMiniType<unknown, FieldValues>,
  report: (validation: ClientValidation) => void,
) {
  const form = createFormControl<FieldValues, unknown, unknown>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    shouldFocusError: true,
  });
  form.subscribe({
    formState: { errors: true, isSubmitted: true },
    callback: ({ errors, isSubmitted }) =>
      report({ errors: firstMessages(errors ?? {}), submitted: Boolean(isSubmitted) }),
  });

  const registered = new Map<string, UseFormRegisterReturn>();
  const field = (name: string) => {
    let input = registered.get(name);
    if (!input) {
      input = form.register(name);
      registered.set(name, input);
    }
    return input;
  };

  return {
    attach: (name: string, element: HTMLElement) => field(name).ref(element),
    change: (event: FieldEvent) => field(event.target.name).onChange(event),
    blur: (event: FieldEvent) => field(event.target.name).onBlur(event),
    /** Validates everything, focuses the first problem, and calls onValid only if there is none. */
    submit: (onValid: () => void) => form.handleSubmit(onValid)(),
  };
}

export type LeadFormValidator = ReturnType<typeof createLeadFormValidator>;

function firstMessages(errors: FieldErrors): ClientValidation["errors"] {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([name, error]) =>
      typeof error?.message === "string" ? [[name, error.message]] : [],
    ),
  );
}
