import type { Answers, Audience } from "@/lib/self-check/model";
import { audienceQuestion, questions } from "@/lib/self-check/questions";

/** Carries the answers in the page's own form (never the URL), for the no-JavaScript result actions. */
export function HiddenAnswers({ audience, answers }: { audience: Audience; answers: Answers }) {
  return (
    <>
      <input type="hidden" name={audienceQuestion.id} value={audience} />
      {questions.map((question) => {
        const value = answers[question.id];
        return value ? <input key={question.id} type="hidden" name={question.id} value={value} /> : null;
      })}
    </>
  );
}
