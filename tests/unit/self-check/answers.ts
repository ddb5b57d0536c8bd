import type { Answers, Question } from "@/lib/self-check/model";
import { questions as allQuestions } from "@/lib/self-check/questions";

/** Every possible set of answers to `questions`, each also left blank (1.6 million sets for all of them). */
export function* everyAnswerSet(questions: readonly Question[] = allQuestions): Generator<Answers> {
  const choices = questions.map((q) => [undefined, ...q.options.map((o) => o.value)]);
  const index = choices.map(() => 0);
  while (true) {
    const answers: Answers = {};
    questions.forEach((q, i) => {
      const value = choices[i][index[i]];
      if (value !== undefined) answers[q.id] = value;
    });
    yield answers;
    let i = 0;
    while (i < index.length && ++index[i] === choices[i].length) index[i++] = 0;
    if (i === index.length) return;
  }
}

/** Answers that on their own point to IOP: a step down, daily life affected, a safe home, time to attend. */
export const iopAnswers: Answers = {
  harm: "no",
  medical: "no",
  withdrawal: "no",
  "daily-use": "no",
  health: "hard",
  impact: "a-lot",
  "past-care": "step-down",
  home: "supportive",
  time: "yes",
  readiness: "ready",
};

export const outpatientAnswers: Answers = {
  ...iopAnswers,
  health: "steady",
  impact: "little",
  "past-care": "none",
};
