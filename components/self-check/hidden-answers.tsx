import type { Locale } from "@/lib/i18n/locales";
import { audienceField } from "@/lib/self-check/flow";
import type { Answers, Audience } from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";

type HiddenAnswersProps = { audience: Audience; answers: Answers; locale: Locale };

/**
 * Carries the answers in the page's own form (never the URL), for the no-JavaScript result
 * actions, with the page's language so a summary prepared on the server is in it too.
 */
export function HiddenAnswers({ audience, answers, locale }: HiddenAnswersProps) {
  return (
    <>
      <input type="hidden" name="language" value={locale} />
      <input type="hidden" name={audienceField} value={audience} />
      {questions.map((question) => {
        const value = answers[question.id];
        return value ? <input key={question.id} type="hidden" name={question.id} value={value} /> : null;
      })}
    </>
  );
}
