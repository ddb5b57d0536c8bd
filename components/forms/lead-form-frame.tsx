import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { FormState } from "@/lib/forms/form-state";
import { fill, useFormWords } from "@/components/forms/form-words";

type LeadFormFrameProps = {
  state: FormState;
  /** Client-side errors after a submit attempt, for the summary. */
  clientErrors: { name: string; message: string }[];
  /** Every field's name, in the order the form shows them: the summary lists problems in that order. */
  fieldOrder: readonly string[];
  children: ReactNode;
};

/** The problems summary above a form: the server's after a post, or the browser's after a failed submit. */
export function LeadFormFrame({ state, clientErrors, fieldOrder, children }: LeadFormFrameProps) {
  const { words } = useFormWords();
  const serverErrors =
    state.status === "invalid"
      ? fieldOrder.flatMap((name) => {
          const message = state.fieldErrors[name]?.[0];
          return message ? [{ name, message }] : [];
        })
      : [];
  return (
    <>
      {state.status === "failed" ? <ErrorSummary message={state.message} errors={[]} /> : null}
      {state.status === "invalid" && clientErrors.length === 0 ? (
        <ErrorSummary message={state.message} errors={serverErrors} />
      ) : null}
      {clientErrors.length > 0 ? (
        <ErrorSummary
          message={clientErrors.length === 1 ? words.fixOne : fill(words.fixMany, { count: clientErrors.length })}
          errors={clientErrors}
          focus={false}
        />
      ) : null}
      {children}
    </>
  );
}
