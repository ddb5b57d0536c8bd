"use client";

export default function StaffError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">This page couldn&apos;t load</h1>
      <p>
        Nothing you did was lost. Try again; if it keeps failing, call the admissions line and tell the site&apos;s
        operator.
      </p>
      <button type="button" onClick={reset} className="btn-primary">
        Try again
      </button>
    </div>
  );
}
