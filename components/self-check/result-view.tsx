import type { FormEvent, ReactNode } from "react";
import { CrisisActions, SamhsaHelpline } from "@/components/crisis/crisis-help";
import { deeper, Heading, viewHeadingId, type HeadingLevel } from "@/components/self-check/heading";
import { HiddenAnswers } from "@/components/self-check/hidden-answers";
import { PrepareCallRequest } from "@/components/self-check/prepare-call-request";
import type { SelfCheckLanguage } from "@/components/self-check/words";
import { fill } from "@/components/forms/form-words";
import type { Locale } from "@/lib/i18n/locales";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { word, type Answers, type Audience, type ResultId } from "@/lib/self-check/model";
import type { SummaryChoice } from "@/lib/self-check/summary";

type ResultViewProps = SelfCheckLanguage & {
  locale: Locale;
  audience: Audience;
  answers: Answers;
  include?: SummaryChoice;
  headingLevel: HeadingLevel;
  autoFocus: boolean;
  preparing: boolean;
  prepareError?: string;
  callLink: ReactNode;
  schedule: ReactNode;
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

export function ResultView(props: ResultViewProps) {
  const { audience, answers, headingLevel, autoFocus, callLink, formAction, onSubmit, content, words, locale } = props;
  const outcome = evaluate(answers, content);
  const { result, reasons, askFor, notes } = describeOutcome(outcome, audience, content);
  const text = content.results[result];
  const sub = deeper(headingLevel);
  const skipped = outcome.unanswered.length;
  return (
    <div className="space-y-5">
      <div
        className={`space-y-3 rounded-lg border-l-8 p-4 sm:p-5 ${result === "crisis" ? "border-danger-700 bg-danger-50" : "border-brand-700 bg-brand-50"}`}
      >
        <Heading
          id={viewHeadingId}
          level={headingLevel}
          tabIndex={-1}
          autoFocus={autoFocus}
          className="mt-0 text-2xl font-bold leading-tight text-brand-900 sm:text-3xl"
        >
          <span className="mb-1 block text-base font-semibold text-muted">{words.yourResult}</span>
          {text.title}
        </Heading>
        <p className="text-lg">{word(text.intro, audience)}</p>
        {result === "crisis" ? <CrisisActions forSomeoneElse={audience === "other"} locale={locale} /> : null}
      </div>
      <p className="font-semibold">{word(content.notADiagnosis, audience)}</p>
      <List level={sub} title={result === "crisis" ? words.whyShowing : words.whySuggest} items={reasons} />
      <List level={sub} title={words.askFor} items={askFor} />
      <NextSteps {...props} result={result} level={sub} />
      <List level={sub} title={words.keepInMind} items={notes} />
      {skipped > 0 && result !== "crisis" ? (
        <p className="text-muted">{skipped === 1 ? words.skippedOne : fill(words.skippedMany, { count: skipped })}</p>
      ) : null}
      {result === "crisis" ? (
        <div className="space-y-3">
          <p>{words.whenSafe}</p>
          {callLink}
        </div>
      ) : (
        <PrepareCallRequest
          content={content}
          words={words}
          locale={locale}
          audience={audience}
          answers={answers}
          include={props.include}
          level={sub}
          preparing={props.preparing}
          prepareError={props.prepareError}
          callLink={callLink}
          formAction={formAction}
          onSubmit={onSubmit}
        />
      )}
      <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap gap-3 border-t border-line pt-5">
        <HiddenAnswers audience={audience} answers={answers} locale={locale} />
        <button type="submit" name="intent" value="edit" className="btn-secondary">
          {words.changeAnswers}
        </button>
        <button type="submit" name="intent" value="restart" className="btn-secondary">
          {words.startOver}
        </button>
      </form>
    </div>
  );
}

function List({ level, title, items }: { level: HeadingLevel; title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <Heading level={level} className="mt-0 text-xl font-bold text-brand-900">
        {title}
      </Heading>
      <ul className="mt-2 list-disc space-y-1.5 pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

type NextStepsProps = SelfCheckLanguage & {
  audience: Audience;
  result: ResultId;
  level: HeadingLevel;
  schedule: ReactNode;
  locale: Locale;
};

function NextSteps({ audience, result, level, schedule, content, words, locale }: NextStepsProps) {
  if (result === "iop") {
    return (
      <section className="space-y-3">
        <Heading level={level} className="mt-0 text-xl font-bold text-brand-900">
          {words.expectHeading}
        </Heading>
        <p>{word(content.whatToExpect, audience)}</p>
        <p>{words.sessionTimes}</p>
        {schedule}
      </section>
    );
  }
  if (result === "higher-care") {
    return (
      <p>
        {words.higherCareBefore}{" "}
        <a
          href="https://findtreatment.gov"
          rel="noopener noreferrer"
          className="font-semibold text-brand-700 underline"
        >
          findtreatment.gov
        </a>
        {words.higherCareAfter} <SamhsaHelpline locale={locale} />
      </p>
    );
  }
  if (result === "outpatient") {
    return (
      <p>
        {words.outpatientBefore}{" "}
        <a
          href="https://findtreatment.gov"
          rel="noopener noreferrer"
          className="font-semibold text-brand-700 underline"
        >
          findtreatment.gov
        </a>
        {words.outpatientAfter}
      </p>
    );
  }
  return null;
}
