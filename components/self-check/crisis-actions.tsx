import Link from "next/link";
import type { Audience } from "@/lib/self-check/model";

/** 911 and 988 as large links, first on the page when a safety answer calls for them. */
export function CrisisActions({ audience }: { audience: Audience }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <a href="tel:911" className="btn bg-danger-700 text-lg text-white hover:underline">
          Call 911
        </a>
        <a href="tel:988" className="btn-primary text-lg">
          Call 988
        </a>
        <a href="sms:988" className="btn-secondary text-lg">
          Text 988
        </a>
      </div>
      <p>
        <strong>911</strong> is for danger right now, such as an overdose, or someone who may get hurt.{" "}
        <strong>988</strong> is the Suicide &amp; Crisis Lifeline. It is free and private, day and night, and you can
        call for yourself or for someone else. Press 1 for the Veterans Crisis Line, or 2 for Spanish. You can also{" "}
        <a
          href="https://988lifeline.org/chat/"
          rel="noopener noreferrer"
          className="font-semibold text-brand-700 underline"
        >
          chat with 988 online
        </a>
        .
      </p>
      {audience === "other" ? (
        <p>If it is safe for you, stay with them until help comes.</p>
      ) : (
        <p>If you can, stay near someone you trust until help comes.</p>
      )}
      <p>
        <Link href="/crisis-help" className="font-semibold text-brand-700 underline">
          More crisis help
        </Link>
      </p>
    </div>
  );
}
