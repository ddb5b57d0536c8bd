import type { FormEvent } from "react";
import { AnswerGroup } from "@/components/self-check/answer-group";
import { viewHeadingId, type HeadingLevel } from "@/components/self-check/heading";
import { audienceField } from "@/lib/self-check/flow";
import { fill } from "@/components/forms/form-words";
import type { SelfCheckLanguage } from "@/components/self-check/words";
import { word, type Answers, type Audience } from "@/lib/self-check/model";

type FormHandlers = SelfCheckLanguage & {
  /** The Server Action's form action: used when JavaScript is not running. */
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

function progressText({ content, words }: SelfCheckLanguage, number: number) {
  return fill(words.progress, { number, count: content.questions.length + 1 });
}

function Progress({ number, count }: { number: number; count: number }) {
  return (
    <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-brand-100">
      <div
        className="h-full rounded-full bg-brand-700 motion-safe:transition-[width]"
        style={{ width: `${Math.round((number / count) * 100)}%` }}
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

export function AudienceStep(props: AudienceStepProps) {
  const { audience, error, headingLevel, autoFocus, formAction, onSubmit, content, words } = props;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <Progress number={1} count={content.questions.length + 1} />
      <AnswerGroup
        name={audienceField}
        prompt={content.audienceQuestion.prompt}
        progress={progressText(props, 1)}
        hint={content.audienceQuestion.hint}
        headingLevel={headingLevel}
        options={content.audienceQuestion.options}
        defaultValue={audience}
        error={error}
        headingId={viewHeadingId}
        autoFocus={autoFocus}
      />
      <button type="submit" name="intent" value="audience" className="btn-primary">
        {words.start}
      </button>
    </form>
  );
}

type StepperProps = SelfCheckLanguage & {
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
export function QuestionStepper(props: StepperProps) {
  const { audience, answers, index, error, headingLevel, onAnswer, onNext, onBack, content, words } = props;
  const { questions } = content;
  const question = questions[index];
  const number = index + 2;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onNext();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <Progress number={number} count={questions.length + 1} />
      <AnswerGroup
        key={question.id}
        name={question.id}
        prompt={word(question.prompt, audience)}
        progress={progressText(props, number)}
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
          {words.back}
        </button>
        <button type="submit" className="btn-primary">
          {index === questions.length - 1 ? words.seeResult : words.next}
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
export function AllQuestions(props: AllQuestionsProps) {
  const { audience, answers, headingLevel, autoFocus, formAction, onSubmit, content, words } = props;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-10">
      <input type="hidden" name={audienceField} value={audience} />
      <p className="text-muted">{words.skipAny}</p>
      {content.questions.map((question, i) => (
        <AnswerGroup
          key={question.id}
          name={question.id}
          prompt={word(question.prompt, audience)}
          progress={progressText(props, i + 2)}
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
          {words.seeResult}
        </button>
        <button type="submit" name="intent" value="restart" className="btn-secondary">
          {words.startOver}
        </button>
      </div>
    </form>
  );
}
