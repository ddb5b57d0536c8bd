"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname } from "next/navigation";
import { startTransition, useActionState, useRef } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import type { z } from "zod/mini";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

export type LeadAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * react-hook-form for instant field feedback, the Server Action as the authority. With
 * JavaScript, a valid form is posted through the action in a transition; without it, the
 * <form action> posts natively and the server renders the same errors.
 */
export function useLeadForm<Input extends FieldValues, Output>(
  schema: z.ZodMiniType<Output, Input>,
  action: LeadAction,
  /** Every field's label in form order; the error summary follows it. */
  labels: Record<string, string>,
) {
  // The permalink becomes the no-JavaScript form's action URL; without one React writes
  // action="", which HTML does not allow.
  const [state, formAction, pending] = useActionState(action, idleFormState, usePathname());
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    shouldFocusError: true,
  });
  const serverErrors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "idle" ? {} : state.values;

  const errorFor = (name: string): string | undefined => {
    const clientError = form.formState.errors[name]?.message;
    return typeof clientError === "string" ? clientError : serverErrors[name]?.[0];
  };

  const onSubmit = form.handleSubmit(() => {
    const element = formRef.current;
    if (element) startTransition(() => formAction(new FormData(element)));
  });

  const clientErrors = form.formState.isSubmitted
    ? Object.keys(labels).flatMap((name) => {
        const message = form.formState.errors[name]?.message;
        return typeof message === "string" ? [{ name, message }] : [];
      })
    : [];

  return { state, formAction, pending, formRef, form, errorFor, values, onSubmit, clientErrors };
}
