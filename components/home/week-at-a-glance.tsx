import Link from "next/link";
import { SessionBlocks } from "@/components/mdx/session-blocks";

export function WeekAtAGlance() {
  return (
    <section aria-labelledby="week-title" className="bg-white py-12">
      <div className="mx-auto max-w-6xl px-4">
        <h2 id="week-title" className="text-3xl font-bold text-brand-900">
          What a week looks like
        </h2>
        <p className="mt-3 max-w-prose text-lg">
          Most people come three or four days a week for about three hours, which adds up to nine or more hours of care.
          Each session starts with group therapy, then moves to skills practice or one-on-one time. You go home the same
          day.
        </p>
        <div className="mt-6">
          <SessionBlocks />
        </div>
        <p className="mt-4">
          <Link href="/a-day-in-iop" className="font-semibold text-brand-700 underline">
            Walk through a typical day in IOP
          </Link>
        </p>
      </div>
    </section>
  );
}
