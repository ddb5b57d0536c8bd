import type { FormEvent, ReactNode } from "react";
import { Heading, type HeadingLevel } from "@/components/self-check/heading";
import { HiddenAnswers } from "@/components/self-check/hidden-answers";
import type { Answers, Audience } from "@/lib/self-check/model";
import { summaryChoiceLabels, summaryChoices, type SummaryChoice } from "@/lib/self-check/summary";

type PrepareCallRequestProps = {
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
export function PrepareCallRequest({
  audience,
  answers,
  include = "result",
  level,
  preparing,
  prepareError,
  callLink,
  formAction,
  onSubmit,
}: PrepareCallRequestProps) {
  return (
    <section className="space-y-4 rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100 sm:p-5">
      <Heading level={level} className="mt-0 text-xl font-bold text-brand-900">
        Talk with us
      </Heading>
      <p>A real person answers, day or night. The call is free and private, and there is no pressure to start.</p>
      {callLink}
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 border-t border-brand-100 pt-4">
        <HiddenAnswers audience={audience} answers={answers} />
        <p>
          <strong>Or ask us to call you.</strong> We can add a short summary of this self-check to your call request, so
          you do not have to explain it again. You can read it, change it or delete it. Nothing is sent to us until you
          press “Request a call”.
        </p>
        <fieldset>
          <legend className="font-semibold">What should the note include?</legend>
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
                <span>{summaryChoiceLabels[choice]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" name="intent" value="prepare" className="btn-primary" aria-disabled={preparing}>
          {preparing ? "Opening the form…" : "Open the call request form"}
        </button>
        <p role="status" className="sr-only">
          {preparing ? "Opening the call request form" : ""}
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
