import type { FormEvent, ReactNode } from "react";
import { CrisisActions, SamhsaHelpline } from "@/components/crisis/crisis-help";
import { deeper, Heading, viewHeadingId, type HeadingLevel } from "@/components/self-check/heading";
import { HiddenAnswers } from "@/components/self-check/hidden-answers";
import { PrepareCallRequest } from "@/components/self-check/prepare-call-request";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { word, type Answers, type Audience, type ResultId } from "@/lib/self-check/model";
import { notADiagnosis, resultTexts, whatToExpect } from "@/lib/self-check/results";
import type { SummaryChoice } from "@/lib/self-check/summary";

type ResultViewProps = {
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
  const { audience, answers, headingLevel, autoFocus, callLink, formAction, onSubmit } = props;
  const outcome = evaluate(answers);
  const { result, reasons, askFor, notes } = describeOutcome(outcome, audience);
  const text = resultTexts[result];
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
          <span className="mb-1 block text-base font-semibold text-muted">Your result</span>
          {text.title}
        </Heading>
        <p className="text-lg">{word(text.intro, audience)}</p>
        {result === "crisis" ? <CrisisActions forSomeoneElse={audience === "other"} /> : null}
      </div>
      <p className="font-semibold">{word(notADiagnosis, audience)}</p>
      <List
        level={sub}
        title={result === "crisis" ? "Why we are showing this" : "Why we suggest this"}
        items={reasons}
      />
      <List level={sub} title="What to ask for" items={askFor} />
      <NextSteps audience={audience} result={result} level={sub} schedule={props.schedule} />
      <List level={sub} title="Also keep in mind" items={notes} />
      {skipped > 0 && result !== "crisis" ? (
        <p className="text-muted">
          You skipped {skipped === 1 ? "1 question" : `${skipped} questions`}, so this result is less certain.
        </p>
      ) : null}
      {result === "crisis" ? (
        <div className="space-y-3">
          <p>When you are safe, our admissions team is here any time, day or night.</p>
          {callLink}
        </div>
      ) : (
        <PrepareCallRequest
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
        <HiddenAnswers audience={audience} answers={answers} />
        <button type="submit" name="intent" value="edit" className="btn-secondary">
          Change my answers
        </button>
        <button type="submit" name="intent" value="restart" className="btn-secondary">
          Start over
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

type NextStepsProps = { audience: Audience; result: ResultId; level: HeadingLevel; schedule: ReactNode };

function NextSteps({ audience, result, level, schedule }: NextStepsProps) {
  if (result === "iop") {
    return (
      <section className="space-y-3">
        <Heading level={level} className="mt-0 text-xl font-bold text-brand-900">
          What to expect in IOP
        </Heading>
        <p>{word(whatToExpect, audience)}</p>
        <p>Our session times:</p>
        {schedule}
      </section>
    );
  }
  if (result === "higher-care") {
    return (
      <p>
        Our admissions team can help find detox, a day program or residential care. You can also search at{" "}
        <a
          href="https://findtreatment.gov"
          rel="noopener noreferrer"
          className="font-semibold text-brand-700 underline"
        >
          findtreatment.gov
        </a>
        , or call <SamhsaHelpline />
      </p>
    );
  }
  if (result === "outpatient") {
    return (
      <p>
        Outpatient care most often means one or two visits a week with a counselor or therapist. You can find it near
        you at{" "}
        <a
          href="https://findtreatment.gov"
          rel="noopener noreferrer"
          className="font-semibold text-brand-700 underline"
        >
          findtreatment.gov
        </a>
        . We are also glad to talk it through with you.
      </p>
    );
  }
  return null;
}
