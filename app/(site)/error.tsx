"use client";

import { CrisisNotice } from "@/components/crisis/crisis-help";
import { NoIndex } from "@/components/seo/no-index";
import { centerConfig } from "@/lib/center/config";
import { formatUsPhone, telHref } from "@/lib/phone";

/** Whatever failed, the visitor still leaves with a way to reach a person. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const phone = centerConfig.phones.admissions;
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <NoIndex />
      <h1 className="text-3xl font-bold text-brand-900">Something went wrong on our side</h1>
      <p className="mt-4 text-lg">
        Sorry, this page did not load. If you were sending a form, it may not have reached us. Please call us at{" "}
        <a href={telHref(phone)} className="font-semibold text-brand-700 underline">
          {formatUsPhone(phone)}
        </a>
        , any time, day or night.
      </p>
      <div className="mt-4">
        <CrisisNotice />
      </div>
      <button type="button" onClick={reset} className="btn-secondary mt-6">
        Try again
      </button>
    </div>
  );
}
