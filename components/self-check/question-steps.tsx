import type { FormEvent } from "react";
import { AnswerGroup } from "@/components/self-check/answer-group";
import { viewHeadingId, type HeadingLevel } from "@/components/self-check/heading";
import { word, type Answers, type Audience } from "@/lib/self-check/model";
import { audienceQuestion, questionCount, questions } from "@/lib/self-check/questions";

type FormHandlers = {
  /** The Server Action's form action: used when JavaScript is not running. */
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

const progressText = (number: number) => `Question ${number} of ${questionCount}`;

function Progress({ number }: { number: number }) {
  return (
    <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-brand-100">
      <div
        className="h-full rounded-full bg-brand-700 motion-safe:transition-[width]"
        style={{ width: `${Math.round((number / questionCount) * 100)}%` }}
      />
    </div>
  );
}

type AudienceStepProps = FormHandlers & {
  audience?: Audience;
  error?: string;
  headingLevel: HeadingLevel;
  autoFocus: boolean;
};

export function AudienceStep({ audience, error, headingLevel, autoFocus, formAction, onSubmit }: AudienceStepProps) {
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <Progress number={1} />
      <AnswerGroup
        name={audienceQuestion.id}
        prompt={audienceQuestion.prompt}
        progress={progressText(1)}
        hint={audienceQuestion.hint}
        headingLevel={headingLevel}
        options={audienceQuestion.options}
        defaultValue={audience}
        error={error}
        headingId={viewHeadingId}
        autoFocus={autoFocus}
      />
      <button type="submit" name="intent" value="audience" className="btn-primary">
        Start
      </button>
    </form>
  );
}

type StepperProps = {
  audience: Audience;
  answers: Answers;
  index: number;
  error?: string;
  headingLevel: HeadingLevel;
  onAnswer: (questionId: string, value: string) => void;
  onNext: () => void;
  onBack: () => void;
};

/** With JavaScript: one question at a time, answers kept when going back and forth. */
export function QuestionStepper({
  audience,
  answers,
  index,
  error,
  headingLevel,
  onAnswer,
  onNext,
  onBack,
}: StepperProps) {
  const question = questions[index];
  const number = index + 2;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onNext();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <Progress number={number} />
      <AnswerGroup
        key={question.id}
        name={question.id}
        prompt={word(question.prompt, audience)}
        progress={progressText(number)}
        hint={question.hint ? word(question.hint, audience) : undefined}
        headingLevel={headingLevel}
        options={question.options.map((o) => ({ value: o.value, label: word(o.label, audience) }))}
        value={answers[question.id]}
        onChange={(value) => onAnswer(question.id, value)}
        error={error}
        headingId={viewHeadingId}
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="btn-primary">
          {index === questions.length - 1 ? "See my result" : "Next"}
        </button>
      </div>
    </form>
  );
}

type AllQuestionsProps = FormHandlers & {
  audience: Audience;
  answers: Answers;
  headingLevel: HeadingLevel;
  autoFocus: boolean;
};

/** Without JavaScript: every question at once, as one form the server answers. */
export function AllQuestions({ audience, answers, headingLevel, autoFocus, formAction, onSubmit }: AllQuestionsProps) {
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-10">
      <input type="hidden" name={audienceQuestion.id} value={audience} />
      <p className="text-muted">Answer what you can. You may skip any question.</p>
      {questions.map((question, i) => (
        <AnswerGroup
          key={question.id}
          name={question.id}
          prompt={word(question.prompt, audience)}
          progress={progressText(i + 2)}
          hint={question.hint ? word(question.hint, audience) : undefined}
          headingLevel={headingLevel}
          options={question.options.map((o) => ({ value: o.value, label: word(o.label, audience) }))}
          defaultValue={answers[question.id]}
          headingId={i === 0 ? viewHeadingId : undefined}
          autoFocus={autoFocus && i === 0}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="result" className="btn-primary">
          See my result
        </button>
        <button type="submit" name="intent" value="restart" className="btn-secondary">
          Start over
        </button>
      </div>
    </form>
  );
}
