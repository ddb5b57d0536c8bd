import { audienceQuestion, questions } from "@/lib/self-check/questions";
import { formLocale } from "@/lib/i18n/form-locale";
import type { Locale } from "@/lib/i18n/locales";
import { isAudience, type Answers, type Audience } from "@/lib/self-check/model";
import { isSummaryChoice, type SummaryChoice } from "@/lib/self-check/summary";

/** A fresh request-call token and the note to start the form with. */
export type Prepared = { token: string; summary: string };

/**
 * Where the self-check is, as the server renders it after a post without JavaScript. It
 * lives only in that one response: nothing is stored, and nothing goes in the URL.
 */
export type SelfCheckState =
  /** `answers` are kept when the visitor steps back to the first question (with JavaScript). */
  | { stage: "audience"; audience?: Audience; missing?: boolean; answers?: Answers }
  | { stage: "questions"; audience: Audience; answers: Answers }
  | {
      stage: "result";
      audience: Audience;
      answers: Answers;
      include?: SummaryChoice;
      /** The page's language, for the summary a post without JavaScript prepares. */
      locale?: Locale;
      prepared?: Prepared;
    };

export const startState: SelfCheckState = { stage: "audience" };

/** The audience question's field name; the question itself is worded per language. */
export const audienceField = audienceQuestion.id;

/** Only known questions and their listed options; anything else in a post is ignored. */
export function readAnswers(formData: FormData): Answers {
  const answers: Answers = {};
  for (const question of questions) {
    const option = question.options.find((o) => o.value === formData.get(question.id));
    if (option) answers[question.id] = option.value;
  }
  return answers;
}

function readAudience(formData: FormData): Audience | undefined {
  const value = formData.get(audienceField);
  return isAudience(value) ? value : undefined;
}

function readInclude(formData: FormData): SummaryChoice {
  const value = formData.get("include");
  return isSummaryChoice(value) ? value : "result";
}

/**
 * The next step for a form posted without JavaScript. `intent` is the button pressed. With
 * JavaScript the browser takes the same steps itself, so answers never leave it.
 */
export function nextState(formData: FormData): SelfCheckState {
  const intent = formData.get("intent");
  const audience = readAudience(formData);
  if (intent === "restart") return startState;
  if (!audience) return intent === "audience" ? { stage: "audience", missing: true } : startState;
  const answers = readAnswers(formData);
  if (intent === "audience" || intent === "edit") return { stage: "questions", audience, answers };
  if (intent === "prepare") {
    return { stage: "result", audience, answers, include: readInclude(formData), locale: formLocale(formData) };
  }
  return { stage: "result", audience, answers };
}
