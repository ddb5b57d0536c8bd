import type { FormEvent, ReactNode } from "react";
import { Heading, type HeadingLevel } from "@/components/self-check/heading";
import { HiddenAnswers } from "@/components/self-check/hidden-answers";
import type { SelfCheckLanguage } from "@/components/self-check/words";
import type { Locale } from "@/lib/i18n/locales";
import type { Answers, Audience } from "@/lib/self-check/model";
import { summaryChoices, type SummaryChoice } from "@/lib/self-check/summary";

type PrepareCallRequestProps = SelfCheckLanguage & {
  locale: Locale;
  audience: Audience;
  answers: Answers;
  include?: SummaryChoice;
  level: HeadingLevel;
  preparing: boolean;
  prepareError?: string;
  callLink: ReactNode;
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

/** The two ways to reach admissions; the second opens the call-request form with a summary the visitor picks. */
export function PrepareCallRequest(props: PrepareCallRequestProps) {
  const { audience, answers, include = "result", level, preparing, prepareError, callLink, words } = props;
  return (
    <section className="space-y-4 rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100 sm:p-5">
      <Heading level={level} className="mt-0 text-xl font-bold text-brand-900">
        {words.talkHeading}
      </Heading>
      <p>{words.talkText}</p>
      {callLink}
      <form
        action={props.formAction}
        onSubmit={props.onSubmit}
        noValidate
        className="space-y-4 border-t border-brand-100 pt-4"
      >
        <HiddenAnswers audience={audience} answers={answers} locale={props.locale} />
        <p>
          <strong>{words.askUsLead}</strong> {words.askUsText}
        </p>
        <fieldset>
          <legend className="font-semibold">{words.noteLegend}</legend>
          <div className="mt-2 grid gap-2">
            {summaryChoices.map((choice) => (
              <label
                key={choice}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border-2 border-line bg-white px-4 py-2 has-[:checked]:border-brand-700"
              >
                <input
                  type="radio"
                  name="include"
                  value={choice}
                  defaultChecked={choice === include}
                  className="size-5 shrink-0 accent-brand-700"
                />
                <span>{props.content.summary.choices[choice]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" name="intent" value="prepare" className="btn-primary" aria-disabled={preparing}>
          {preparing ? words.opening : words.openForm}
        </button>
        <p role="status" className="sr-only">
          {preparing ? words.openingStatus : ""}
        </p>
        {prepareError ? (
          <p role="alert" className="font-semibold text-danger-700">
            {prepareError}
          </p>
        ) : null}
      </form>
    </section>
  );
}
