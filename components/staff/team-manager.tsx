"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { teamAction, type TeamState } from "@/lib/actions/staff/team";

export type TeamRow = { email: string; name: string; role: string; twoFactor: boolean; lastSignIn: string };

export function TeamManager({ members, self }: { members: TeamRow[]; self: string }) {
  const [state, action, pending] = useActionState(teamAction, {} satisfies TeamState);
  return (
    <div className="space-y-6">
      <div role="status" aria-live="polite">
        {state.message || state.error ? (
          <div
            className={`rounded-lg border-2 p-3 ${state.error ? "border-danger-700 bg-danger-50" : "border-brand-600 bg-brand-50"}`}
          >
            <p className="font-semibold">{state.error ?? state.message}</p>
            {state.link ? <p className="mt-1 break-all font-mono text-sm">{state.link}</p> : null}
          </div>
        ) : null}
      </div>
      <ul className="grid gap-3 md:grid-cols-2">
        {members.map((m) => (
          <li key={m.email} className="rounded-lg bg-white p-4 ring-1 ring-line">
            <p className="font-bold">{m.name}</p>
            <p className="break-all">{m.email}</p>
            <p className="text-sm text-muted">
              {m.role} · {m.twoFactor ? "set up" : "set-up not finished"} · last sign-in {m.lastSignIn}
            </p>
            {m.email === self ? null : (
              <form action={action} className="mt-2 flex flex-wrap gap-2">
                <input type="hidden" name="email" value={m.email} />
                <button
                  type="submit"
                  name="intent"
                  value="reset"
                  className="btn-secondary min-h-10 px-3 py-1.5 text-sm"
                  aria-disabled={pending}
                >
                  New set-up link<span className="sr-only"> for {m.email}</span>
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="remove"
                  className="btn-secondary min-h-10 px-3 py-1.5 text-sm"
                  aria-disabled={pending}
                >
                  Remove<span className="sr-only"> {m.email}</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form
        action={action}
        className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-line sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-end"
      >
        <input type="hidden" name="intent" value="add" />
        <h2 className="text-xl font-bold sm:col-span-4">Add a staff member</h2>
        <div>
          <label htmlFor="team-email" className="block font-semibold">
            Email
          </label>
          <input id="team-email" name="email" type="email" required maxLength={254} className={inputClass} />
        </div>
        <div>
          <label htmlFor="team-name" className="block font-semibold">
            Name
          </label>
          <input id="team-name" name="name" maxLength={80} className={inputClass} />
        </div>
        <div>
          <label htmlFor="team-role" className="block font-semibold">
            Role
          </label>
          <select id="team-role" name="role" defaultValue="admissions" className={inputClass}>
            <option value="admissions">Admissions</option>
            <option value="manager">Manager (reports and the access log)</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          Add
        </button>
      </form>
    </div>
  );
}
