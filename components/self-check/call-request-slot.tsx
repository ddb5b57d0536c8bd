import dynamic from "next/dynamic";
import { Heading, type HeadingLevel } from "@/components/self-check/heading";
import type { FormWords } from "@/components/forms/form-words";
import type { LeadAction } from "@/components/forms/use-lead-form";
import type { SelfCheckWords } from "@/components/self-check/words";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";

// Loaded only when a call request is opened, so the self-check itself stays light. No
// `loading` option on purpose: that would add a Suspense boundary, and the server would then
// stream the form in with a script, which never runs without JavaScript. The guide opens the
// form in a transition instead, so the page stays as it was while the code loads.
const RequestCallForm = dynamic(() =>
  import("@/components/forms/request-call-form").then((module) => module.RequestCallForm),
);

export const callRequestHeadingId = "sc-call-request";

type CallRequestSlotProps = {
  /** A prepared token, or the page's own; without either there is no form to show. */
  token?: string;
  note?: string;
  /** True once the visitor opened the form. */
  open: boolean;
  /** Changes when the form must start afresh (a new summary, or starting over). */
  formKey: number;
  headingLevel: HeadingLevel;
  autoFocus: boolean;
  requestCall: LeadAction;
  centerName: string;
  formWords: FormWords;
  timeZoneLabel: string;
  /** The form posts in the page's language, so the lead is stored with it and admissions sees it. */
  locale: Locale;
  words: SelfCheckWords;
};

/**
 * The request-a-call form, inline below the result. Where the page supplies its own token
 * (/self-check), the form is always rendered, hidden until it is opened, so that a post sent
 * without JavaScript that comes back with problems still has a form to show them in: only the
 * form's own state survives that round trip, and CSS reveals the form when it holds errors.
 */
export function CallRequestSlot({
  token,
  note,
  open,
  formKey,
  headingLevel,
  autoFocus,
  requestCall,
  centerName,
  formWords,
  timeZoneLabel,
  locale,
  words,
}: CallRequestSlotProps) {
  if (!token) return null;
  return (
    <section
      aria-labelledby={callRequestHeadingId}
      className={`mt-8 space-y-3 border-t-2 border-brand-100 pt-6 ${open ? "" : "hidden has-[#form-errors]:block"}`}
    >
      <Heading
        key={`heading-${formKey}`}
        id={callRequestHeadingId}
        level={headingLevel}
        tabIndex={-1}
        autoFocus={autoFocus}
        className="mt-0 text-2xl font-bold text-brand-900"
      >
        {words.callHeading}
      </Heading>
      <p>
        {note ? `${words.noteBelow} ` : null}
        {words.nothingSent}
      </p>
      <RequestCallForm
        key={`form-${formKey}`}
        action={requestCall}
        token={token}
        sourcePage={appPages.selfCheck[locale]}
        centerName={centerName}
        words={formWords}
        timeZoneLabel={timeZoneLabel}
        initialNote={note}
        locale={locale}
      />
    </section>
  );
}
