import type { FormEvent, ReactNode } from "react";
import { CrisisActions, SamhsaHelpline } from "@/components/crisis/crisis-help";
import { deeper, Heading, viewHeadingId, type HeadingLevel } from "@/components/self-check/heading";
import { HelpLines } from "@/components/self-check/help-lines";
import { HiddenAnswers } from "@/components/self-check/hidden-answers";
import { PrepareCallRequest } from "@/components/self-check/prepare-call-request";
import type { SelfCheckLanguage } from "@/components/self-check/words";
import { fill } from "@/components/forms/form-words";
import type { Locale } from "@/lib/i18n/locales";
import { describeOutcome, evaluate, type SafetyNote } from "@/lib/self-check/evaluate";
import { isHelpNow, word, type Answers, type Audience, type ResultId } from "@/lib/self-check/model";
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
  const { result, reasons, askFor, safetyNotes, notes } = describeOutcome(outcome, audience, content);
  const text = content.results[result];
  const sub = deeper(headingLevel);
  const skipped = outcome.unanswered.length;
  const helpNow = isHelpNow(result);
  return (
    <div className="space-y-5">
      <div
        className={`space-y-3 rounded-lg border-l-8 p-4 sm:p-5 ${helpNow ? "border-danger-700 bg-danger-50" : "border-brand-700 bg-brand-50"}`}
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
        {helpNow ? <CrisisActions forSomeoneElse={audience === "other"} locale={locale} /> : null}
      </div>
      <p className="font-semibold">{word(content.notADiagnosis, audience)}</p>
      <SafetyNotes
        level={sub}
        notes={safetyNotes}
        // 988 is already offered above on a help-now result.
        lifelineShown={helpNow}
        locale={locale}
        words={words}
      />
      <List level={sub} title={helpNow ? words.whyShowing : words.whySuggest} items={reasons} />
      <List level={sub} title={words.askFor} items={askFor} />
      <List level={sub} title={words.keepInMind} items={notes} />
      <NextSteps {...props} result={result} level={sub} />
      {skipped > 0 && result !== "crisis" ? (
        <p className="text-muted">{skipped === 1 ? words.skippedOne : fill(words.skippedMany, { count: skipped })}</p>
      ) : null}
      {helpNow ? (
        <div className="space-y-3">
          <p>{result === "crisis" ? words.whenSafe : words.afterCheck}</p>
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

type SafetyNotesProps = {
  level: HeadingLevel;
  notes: SafetyNote[];
  lifelineShown: boolean;
  locale: Locale;
  words: SelfCheckLanguage["words"];
};

/** Safety advice first, each in a box of its own with its help lines to tap. */
function SafetyNotes({ level, notes, lifelineShown, locale, words }: SafetyNotesProps) {
  if (notes.length === 0) return null;
  return (
    <section className="space-y-3">
      <Heading level={level} className="mt-0 text-xl font-bold text-brand-900">
        {words.safetyHeading}
      </Heading>
      {notes.map((note) => (
        <div key={note.id} className="rounded-lg border-l-4 border-danger-700 bg-danger-50 p-4">
          <p className="font-semibold">{note.text}</p>
          <HelpLines
            lines={note.lines.filter((line) => !(lifelineShown && line === "lifeline"))}
            locale={locale}
            words={words}
          />
        </div>
      ))}
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
  if (result === "higher-care" || result === "talk") {
    return (
      <p>
        {result === "talk" ? words.talkBefore : words.higherCareBefore}{" "}
        <a
          href="https://findtreatment.gov"
          rel="noopener noreferrer"
          className="font-semibold text-brand-700 underline"
        >
          findtreatment.gov
        </a>
        {result === "talk" ? words.talkAfter : words.higherCareAfter} <SamhsaHelpline locale={locale} />
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
