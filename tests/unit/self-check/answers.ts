import type { Answers, Question } from "@/lib/self-check/model";
import { questions as allQuestions } from "@/lib/self-check/questions";

/**
 * Every possible set of answers to `questions`, each also left blank. For all the questions
 * that is some 200 million sets, too many for one test: pass the ones that matter to it.
 */
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

/** `count` answer sets over all the questions, each question answered or left blank at random; the same every run. */
export function* randomAnswerSets(count: number, questions: readonly Question[] = allQuestions): Generator<Answers> {
  let seed = 21;
  const next = () => {
    // mulberry32: a tiny seeded generator, so a failure can be replayed.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let n = 0; n < count; n++) {
    const answers: Answers = {};
    for (const q of questions) {
      const pick = Math.floor(next() * (q.options.length + 1));
      if (pick < q.options.length) answers[q.id] = q.options[pick].value;
    }
    yield answers;
  }
}

/** Answers that on their own point to IOP: a step down, daily life affected, a safe home, time to attend. */
export const iopAnswers: Answers = {
  harm: "no",
  medical: "no",
  "suicide-month": "no",
  psychosis: "no",
  withdrawal: "no",
  "daily-use": "no",
  opioids: "no",
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
