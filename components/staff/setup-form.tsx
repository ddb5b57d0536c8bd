"use client";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { setupAction } from "@/lib/actions/staff/setup";
import type { SetupState } from "@/lib/staff/auth/forms";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/auth/password-policy";

export function SetupForm({ initial }: { initial: SetupState }) {
  const [state, action, pending] = useActionState(setupAction, initial);
  return (
    <div className="space-y-6">
      <p
        role="status"
        aria-live="polite"
        className={state.message ? "rounded-lg border-2 border-danger-700 bg-danger-50 p-3 font-semibold" : "sr-only"}
      >
        {state.message}
      </p>
      {state.step === "authenticator" ? (
        <Authenticator state={state} action={action} pending={pending} />
      ) : state.token || state.step === "reshow" ? (
        <form action={action} className="space-y-5">
          {state.step === "password" ? (
            <>
              <input type="hidden" name="intent" value="password" />
              <input type="hidden" name="token" value={state.token} />
              <h2 className="text-xl font-bold">1. Choose a password</h2>
              <p>
                For <strong>{state.email}</strong>. At least {MIN_PASSWORD_LENGTH} characters: a few unrelated words,
                like a short sentence only you would write, are strong and easy to remember.
              </p>
              <input type="text" name="username" autoComplete="username" value={state.email} readOnly hidden />
              <TextField
                name="password"
                label="New password"
                type="password"
                autoComplete="new-password"
                minLength={MIN_PASSWORD_LENGTH}
                maxLength={128}
                error={state.fieldErrors?.password}
              />
              <TextField
                name="confirm"
                label="The same password again"
                type="password"
                autoComplete="new-password"
                maxLength={128}
                error={state.fieldErrors?.confirm}
              />
            </>
          ) : (
            <>
              <input type="hidden" name="intent" value="reshow" />
              <h2 className="text-xl font-bold">Finish setting up your authenticator</h2>
              <p>
                Your password is set, but the authenticator app isn&apos;t confirmed yet. Enter your password to see a
                new QR code.
              </p>
              <TextField
                name="password"
                label="Password"
                type="password"
                autoComplete="current-password"
                maxLength={128}
                error={state.fieldErrors?.password}
              />
            </>
          )}
          <button type="submit" className="btn-primary w-full sm:w-auto" aria-disabled={pending}>
            {pending ? "Saving…" : "Continue"}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function Authenticator({
  state,
  action,
  pending,
}: {
  state: SetupState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="setup-app" className="space-y-3">
        <h2 id="setup-app" className="text-xl font-bold">
          2. Add this account to an authenticator app
        </h2>
        <p>
          Scan the code with an authenticator app on your phone (Google Authenticator, Microsoft Authenticator,
          1Password…).
        </p>
        {state.qrSvg ? (
          <div
            role="img"
            aria-label="QR code for your authenticator app"
            className="w-56 rounded-lg bg-white p-2"
            dangerouslySetInnerHTML={{ __html: state.qrSvg }}
          />
        ) : null}
        <p>
          Can&apos;t scan? Type this key into the app instead:{" "}
          <code className="break-all rounded bg-brand-50 px-1.5 py-0.5 font-mono" data-testid="totp-secret">
            {state.secret}
          </code>
        </p>
      </section>
      <section aria-labelledby="setup-codes" className="space-y-3">
        <h2 id="setup-codes" className="text-xl font-bold">
          3. Keep your recovery codes
        </h2>
        <p>
          If you lose your phone, each of these signs you in once. Print them or keep them in a password manager, not on
          the phone.
        </p>
        <ul className="grid max-w-md grid-cols-2 gap-2 font-mono" aria-label="Recovery codes">
          {state.recoveryCodes?.map((code) => (
            <li key={code} className="rounded bg-white px-2 py-1 ring-1 ring-line">
              {code}
            </li>
          ))}
        </ul>
      </section>
      <form action={action} className="space-y-4">
        <input type="hidden" name="intent" value="verify" />
        <h2 className="text-xl font-bold">4. Confirm with a code</h2>
        <TextField
          name="code"
          label="The 6-digit code your app shows"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          error={state.fieldErrors?.code}
        />
        <button type="submit" className="btn-primary w-full sm:w-auto" aria-disabled={pending}>
          {pending ? "Checking…" : "Finish set-up"}
        </button>
      </form>
    </div>
  );
}
