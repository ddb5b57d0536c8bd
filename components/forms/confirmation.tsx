import Link from "next/link";
import { redirect } from "next/navigation";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { CallLink } from "@/components/layout/call-link";
import { center } from "@/lib/center/schema";
import { describeCallback } from "@/lib/center/hours";
import { bestTimeLabels, bestTimes, type BestTime } from "@/lib/forms/choices";
import { timeZoneName } from "@/lib/center/hours";
import { formatUsPhone } from "@/lib/phone";
import { readReference } from "@/lib/leads/reference";

type ConfirmationProps = { reference: string; already: boolean; what: string; bestTime: BestTime };

/** When the call will come: as soon as staff can if that is what they asked for, otherwise in the part of the day they chose. */
function expectedCall(bestTime: BestTime): string {
  if (bestTime === "asap") return `${describeCallback(new Date(), center).text}.`;
  return `in the ${bestTimeLabels[bestTime].toLowerCase()} (${timeZoneName(center.timeZone)}), as you asked.`;
}

function Confirmation({ reference, already, what, bestTime }: ConfirmationProps) {
  return (
    <div className="mx-auto max-w-3xl px-4 pb-8 pt-6 sm:pt-10">
      <div role="status" className="rounded-xl border-2 border-brand-700 bg-white p-6">
        <h1 className="text-3xl font-bold text-brand-900">
          {already ? `We already have your ${what}` : `We received your ${what}`}
        </h1>
        <p className="mt-3 text-lg">
          {already
            ? "You sent this a few minutes ago, so we kept the first one. There is no need to send it again."
            : "Thank you for reaching out. That took courage."}
        </p>
        <p className="mt-4 text-lg">
          Your reference number is{" "}
          <strong className="whitespace-nowrap font-mono text-xl tracking-wider">{reference}</strong>. Have it handy if
          you call us.
        </p>
        <p className="mt-4 text-lg">
          <strong>When to expect our call:</strong> {expectedCall(bestTime)} The call will come from our admissions
          line, <span className="whitespace-nowrap">{formatUsPhone(center.phones.admissions)}</span>.
        </p>
      </div>
      <div className="mt-6 space-y-4">
        <p className="text-lg">Don’t want to wait? Our admissions line is answered 24 hours a day.</p>
        <CallLink />
        <CrisisNotice>Don’t wait for our call.</CrisisNotice>
        <p>
          While you wait, you can read about{" "}
          <Link href="/admissions" className="text-brand-700 underline">
            what happens when you call {center.shortName}
          </Link>
          .
        </p>
      </div>
    </div>
  );
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A form's "received" route: a well-formed reference shows the confirmation, anything else goes back to the form. */
export async function ReceivedRoute({
  searchParams,
  formPath,
  what,
}: {
  searchParams: SearchParams;
  formPath: string;
  what: string;
}) {
  const params = await searchParams;
  const reference = readReference(params.ref);
  if (!reference) redirect(formPath);
  const time = bestTimes.find((option) => option === params.time) ?? "asap";
  return <Confirmation reference={reference} already={params.already === "1"} what={what} bestTime={time} />;
}
