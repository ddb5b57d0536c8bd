/**
 * What a form's Server Action returns to `useActionState`. `values` refills the form after
 * a problem (checkboxes as "on" when ticked); it holds only the form's own fields, never the
 * token or other hidden inputs. Success has no state: the action redirects to the form's
 * confirmation page, so a reload never posts the form twice.
 */
export type FormState<F extends string = string> =
  | { status: "idle" }
  | {
      status: "invalid";
      message: string;
      fieldErrors: Partial<Record<F, string[]>>;
      values: Partial<Record<F, string>>;
    }
  /** Not the visitor's fault (could not store, rate limited, expired page): ask them to call. */
  | { status: "failed"; message: string; values: Partial<Record<F, string>> };

export const idleFormState: FormState = { status: "idle" };
