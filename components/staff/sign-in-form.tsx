"use client";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { signInAction } from "@/lib/actions/staff/sign-in";
import type { SignInState } from "@/lib/staff/auth/forms";

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action, pending] = useActionState(signInAction, {
    step: "password",
    email: "",
    next,
  } satisfies SignInState);
  const message = state.message ?? (state.step === "password" ? notice : undefined);
  return (
    <form action={action} className="space-y-5" noValidate={false}>
      {state.next ? <input type="hidden" name="next" value={state.next} /> : null}
      <p
        role="status"
        aria-live="polite"
        className={message ? "rounded-lg border-2 border-warm-700 bg-warm-50 p-3 font-semibold" : "sr-only"}
      >
        {message}
      </p>
      {state.step === "password" ? (
        <>
          <input type="hidden" name="step" value="password" />
          <TextField
            name="email"
            label="Email"
            type="email"
            autoComplete="username"
            defaultValue={state.email}
            maxLength={254}
          />
          <TextField name="password" label="Password" type="password" autoComplete="current-password" maxLength={256} />
          <button type="submit" className="btn-primary w-full sm:w-auto" aria-disabled={pending}>
            {pending ? "Checking…" : "Continue"}
          </button>
        </>
      ) : (
        <CodeStep state={state} pending={pending} />
      )}
    </form>
  );
}

function CodeStep({ state, pending }: { state: SignInState; pending: boolean }) {
  const recovery = state.codeKind === "recovery";
  return (
    <>
      <input type="hidden" name="step" value="code" />
      <input type="hidden" name="email" value={state.email} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Second step: which code do you have?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="codeKind" value="totp" defaultChecked={!recovery} className="size-5" />
          The 6-digit code from my authenticator app
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="codeKind" value="recovery" defaultChecked={recovery} className="size-5" />
          One of my recovery codes
        </label>
      </fieldset>
      <TextField
        name="code"
        label="Code"
        hint={`Signing in as ${state.email}.`}
        inputMode={recovery ? "text" : "numeric"}
        autoComplete="one-time-code"
        autoFocus
        maxLength={32}
      />
      <button type="submit" className="btn-primary w-full sm:w-auto" aria-disabled={pending}>
        {pending ? "Checking…" : "Sign in"}
      </button>
    </>
  );
}
