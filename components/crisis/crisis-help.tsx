import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Every word the site says about getting help in a crisis, and the numbers, in one file so a
 * clinician reviews it in one place: 911 for danger right now, the 988 Suicide & Crisis
 * Lifeline by call, text or chat, and SAMHSA's National Helpline (treatment referral, not a
 * crisis line). Plain markup only: it renders on the server and inside the self-check's client code.
 */
const lines = {
  emergency: { number: "911", call: "tel:911" },
  lifeline: { number: "988", call: "tel:988", text: "sms:988", chat: "https://988lifeline.org/chat/" },
  samhsa: { number: "1-800-662-4357", call: "tel:+18006624357", tty: "1-800-487-4889", ttyCall: "tel:+18004874889" },
} as const;
const crisisHelpPath = "/crisis-help";

type Variant = "notice" | "line" | "bar";

/**
 * The 911 / 988 sentence. `notice`: the red box above the forms, on their confirmations, the
 * error page and the self-check, with `children` for what fits the page. `line`: one quiet
 * sentence, for asides and the footer. `bar`: the band at the top of every page.
 */
export function CrisisNotice({
  variant = "notice",
  className,
  children,
}: {
  variant?: Variant;
  className?: string;
  children?: ReactNode;
}) {
  const { emergency, lifeline } = lines;
  if (variant === "bar") {
    return (
      <aside aria-label="Crisis help" className="no-print bg-brand-900 text-white [&_a:focus-visible]:outline-white">
        <p className="mx-auto max-w-6xl px-4 py-2 text-center text-sm sm:text-base">
          In crisis? Call or text{" "}
          <a href={lifeline.call} className="font-bold underline">
            {lifeline.number}
          </a>
          , or call{" "}
          <a href={emergency.call} className="font-bold underline">
            {emergency.number}
          </a>
          .{" "}
          <Link href={crisisHelpPath} className="underline">
            More crisis help
          </Link>
        </p>
      </aside>
    );
  }
  const links = variant === "line" ? "font-semibold underline" : "underline";
  return (
    <p
      className={
        className ??
        (variant === "notice" ? "rounded-lg border-l-4 border-danger-700 bg-danger-50 p-4 font-semibold" : undefined)
      }
    >
      {variant === "line" ? "In danger now? Call " : "If you or someone else is in danger, call "}
      <a href={emergency.call} className={links}>
        {emergency.number}
      </a>
      , or call or text{" "}
      <a href={lifeline.call} className={links}>
        {lifeline.number}
      </a>
      .{children ? <> {children}</> : null}
    </p>
  );
}

/** For MDX (`<CrisisLines />`): the three services as cards, on the crisis-help page. */
export function CrisisLines() {
  const { emergency, lifeline, samhsa } = lines;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="crisis-911" className="rounded-lg border-2 border-danger-700 bg-white p-4">
        <h3 id="crisis-911" className="mt-0 text-lg font-bold text-danger-700">
          Danger right now: call {emergency.number}
        </h3>
        <p className="mt-1">
          If someone may hurt themselves or others, or has a medical emergency such as an overdose, call{" "}
          <a href={emergency.call} className="font-bold">
            {emergency.number}
          </a>
          .
        </p>
      </section>
      <section aria-labelledby="crisis-988" className="rounded-lg border-2 border-brand-700 bg-white p-4">
        <h3 id="crisis-988" className="mt-0 text-lg font-bold text-brand-900">
          988 Suicide &amp; Crisis Lifeline
        </h3>
        <p className="mt-1">
          Call or text{" "}
          <a href={lifeline.call} className="font-bold">
            {lifeline.number}
          </a>{" "}
          or chat at{" "}
          <a href={lifeline.chat} rel="noopener noreferrer">
            988lifeline.org
          </a>
          , any time. Press 1 for the Veterans Crisis Line. Press 2 for Spanish.
        </p>
      </section>
      <section aria-labelledby="crisis-samhsa" className="rounded-lg border border-line bg-white p-4 sm:col-span-2">
        <h3 id="crisis-samhsa" className="mt-0 text-lg font-bold text-brand-900">
          SAMHSA National Helpline
        </h3>
        <p className="mt-1">
          <a href={samhsa.call} className="font-bold">
            {samhsa.number}
          </a>{" "}
          (TTY <a href={samhsa.ttyCall}>{samhsa.tty}</a>). Free, private, 24/7, in English and Spanish. It helps you
          find treatment and support groups near you. It is not a crisis line. You can also search for treatment at{" "}
          <a href="https://findtreatment.gov" rel="noopener noreferrer">
            findtreatment.gov
          </a>
          .
        </p>
      </section>
    </div>
  );
}

/** SAMHSA's helpline as a link, for pages that point to treatment elsewhere. */
export function SamhsaHelpline() {
  return (
    <>
      SAMHSA’s free National Helpline at <a href={lines.samhsa.call}>{lines.samhsa.number}</a>. It helps people find
      treatment, but it is not a crisis line.
    </>
  );
}

/** The self-check's crisis result: 911 and 988 as large links, first on the page. */
export function CrisisActions({ forSomeoneElse }: { forSomeoneElse: boolean }) {
  const { emergency, lifeline } = lines;
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <a href={emergency.call} className="btn bg-danger-700 text-lg text-white hover:underline">
          Call {emergency.number}
        </a>
        <a href={lifeline.call} className="btn-primary text-lg">
          Call {lifeline.number}
        </a>
        <a href={lifeline.text} className="btn-secondary text-lg">
          Text {lifeline.number}
        </a>
      </div>
      <p>
        <strong>{emergency.number}</strong> is for danger right now, such as an overdose, or someone who may get hurt.{" "}
        <strong>{lifeline.number}</strong> is the Suicide &amp; Crisis Lifeline. It is free and private, day and night,
        and you can call for yourself or for someone else. Press 1 for the Veterans Crisis Line, or 2 for Spanish. You
        can also{" "}
        <a href={lifeline.chat} rel="noopener noreferrer" className="font-semibold text-brand-700 underline">
          chat with 988 online
        </a>
        .
      </p>
      <p>
        {forSomeoneElse
          ? "If it is safe for you, stay with them until help comes."
          : "If you can, stay near someone you trust until help comes."}
      </p>
      <p>
        <Link href={crisisHelpPath} className="font-semibold text-brand-700 underline">
          More crisis help
        </Link>
      </p>
    </div>
  );
}
