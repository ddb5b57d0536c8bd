"use client";

import { usePathname } from "next/navigation";
import {
  startTransition,
  useActionState,
  useCallback,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type FormEvent,
} from "react";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod/mini";
import type { ClientValidation, LeadFormValidator } from "@/components/forms/lead-form-validator";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

export type LeadAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The form's shared zod schema, imported on demand: `() => import(…).then((m) => m.schema)`. */
export type LeadSchemaLoader = () => Promise<z.ZodMiniType<unknown, FieldValues>>;

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What each field spreads onto its element, like react-hook-form's register(name). */
export type FieldInput = {
  name: string;
  /** Returns a cleanup, which React 19 calls when the element goes away. */
  ref: (element: FieldElement | null) => void | (() => void);
  onChange: (event: ChangeEvent<FieldElement>) => void;
  onBlur: (event: FocusEvent<FieldElement>) => void;
};

/**
 * react-hook-form for instant field feedback, the Server Action as the authority. The form
 * is a plain HTML form that posts natively until its validation code has loaded, which
 * starts when focus first enters it; once loaded, a valid form is posted through the action
 * in a transition. Without JavaScript the server renders the same errors.
 */
export function useLeadForm(
  loadSchema: LeadSchemaLoader,
  action: LeadAction,
  /** Every field's name in form order; the error summary follows it. */
  fieldOrder: readonly string[],
) {
  // The permalink becomes the no-JavaScript form's action URL; without one React writes
  // action="", which HTML does not allow.
  const [state, formAction, pending] = useActionState(action, idleFormState, usePathname());
  const [validation, setValidation] = useState<ClientValidation>({ errors: {}, submitted: false });
  const validator = useRef<LeadFormValidator | null>(null);
  const loading = useRef<Promise<LeadFormValidator> | null>(null);
  const elements = useRef(new Map<string, Set<FieldElement>>());
  const inputs = useRef(new Map<string, FieldInput>());
  /** Fields left before the validator arrived: they count as touched once it does. */
  const leftEarly = useRef(new Set<FieldElement>());

  const loadValidator = useCallback(() => {
    loading.current ??= Promise.all([import("@/components/forms/lead-form-validator"), loadSchema()]).then(
      ([{ createLeadFormValidator }, schema]) => {
        const created = createLeadFormValidator(schema, setValidation);
        for (const [name, set] of elements.current) for (const element of set) created.attach(name, element);
        for (const element of leftEarly.current) void created.blur({ target: element, type: "blur" });
        leftEarly.current.clear();
        validator.current = created;
        return created;
      },
      (error: unknown) => {
        // A failed download can be retried on the next focus or submit.
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  }, [loadSchema]);

  const register = useCallback((name: string): FieldInput => {
    let input = inputs.current.get(name);
    if (!input) {
      input = {
        name,
        ref: (element) => {
          if (!element) return;
          const set = elements.current.get(name) ?? new Set();
          elements.current.set(name, set.add(element));
          validator.current?.attach(name, element);
          return () => void set.delete(element);
        },
        onChange: (event) => void validator.current?.change(event),
        onBlur: (event) => {
          if (validator.current) void validator.current.blur(event);
          else leftEarly.current.add(event.target);
        },
      };
      inputs.current.set(name, input);
    }
    return input;
  }, []);

  const serverErrors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "idle" ? {} : state.values;

  const errorFor = (name: string): string | undefined => validation.errors[name] ?? serverErrors[name]?.[0];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const post = () => startTransition(() => formAction(new FormData(element)));
    // If the validation code cannot load or fails, the server still checks everything.
    loadValidator()
      .then((loaded) => loaded.submit(post))
      .catch(post);
  };

  const clientErrors = validation.submitted
    ? fieldOrder.flatMap((name) => {
        const message = validation.errors[name];
        return message ? [{ name, message }] : [];
      })
    : [];

  return {
    state,
    formAction,
    pending,
    register,
    errorFor,
    values,
    onSubmit,
    onFocus: () => void loadValidator().catch(() => undefined),
    clientErrors,
  };
}
