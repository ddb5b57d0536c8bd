import { CrisisNotice } from "@/components/crisis/crisis-help";
import { center } from "@/lib/center/schema";
import { describeHours } from "@/lib/center/hours";
import { formatUsPhone, telHref } from "@/lib/phone";

/** The crisis line and what will happen, shown above both forms. */
export function BeforeYouStart() {
  return (
    <div className="space-y-4">
      <CrisisNotice>This form is not watched around the clock.</CrisisNotice>
      <WhatHappensNext />
    </div>
  );
}

function WhatHappensNext() {
  return (
    <div className="rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100">
      <h2 className="text-lg font-bold text-brand-900">What happens next</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>
          A member of our admissions team calls you, usually within about {center.callbackMinutes} minutes during our
          hours ({describeHours(center.admissionsHours)}).
        </li>
        <li>The call is free and private. We listen, answer your questions and talk about options.</li>
        <li>There is no pressure and no commitment. You decide what happens next.</li>
      </ol>
      <p className="mt-2">
        Prefer to talk now? Call{" "}
        <a href={telHref(center.phones.admissions)} className="font-semibold text-brand-700 underline">
          {formatUsPhone(center.phones.admissions)}
        </a>
        , any time, day or night.
      </p>
    </div>
  );
}
