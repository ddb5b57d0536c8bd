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
    /**
     * Takes over fields the visitor may already have filled in: react-hook-form would reset a
     * radio group to what its first registered option said, so what was entered is put back
     * and read in once every option is attached.
     */
    adopt(fields: ReadonlyMap<string, ReadonlySet<HTMLElement>>) {
      for (const [name, set] of fields) {
        const elements = [...set].filter(isField);
        const entered = elements.map((el) => (isToggle(el) ? el.checked : el.value));
        for (const element of elements) field(name).ref(element);
        elements.forEach((element, i) => {
          const value = entered[i];
          if (typeof value === "boolean" && isToggle(element)) element.checked = value;
          else if (typeof value === "string") element.value = value;
        });
        if (elements[0]) void field(name).onChange({ target: elements[0], type: "change" });
      }
    },
    change: (event: FieldEvent) => field(event.target.name).onChange(event),
    blur: (event: FieldEvent) => field(event.target.name).onBlur(event),
    /** Validates everything, focuses the first problem, and calls onValid only if there is none. */
    submit: (onValid: () => void) => form.handleSubmit(onValid)(),
  };
}

export type LeadFormValidator = ReturnType<typeof createLeadFormValidator>;

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(element: HTMLElement): element is FieldElement {
  return "value" in element && "name" in element;
}

function isToggle(element: FieldElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox");
}

function firstMessages(errors: FieldErrors): ClientValidation["errors"] {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([name, error]) =>
      typeof error?.message === "string" ? [[name, error.message]] : [],
    ),
  );
}
