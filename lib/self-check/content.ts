import type { SelfCheckModel } from "@/lib/self-check/evaluate";
import type { Audience, Worded } from "@/lib/self-check/model";
import { audienceQuestion, questions } from "@/lib/self-check/questions";
import {
  notADiagnosis,
  resultTexts,
  summaryWords,
  whatToExpect,
  type ResultText,
  type SummaryWords,
} from "@/lib/self-check/results";
import { notes, rules } from "@/lib/self-check/rules";
import type { ResultId } from "@/lib/self-check/model";

/**
 * Everything the self-check says, in one language: the model (questions, rules and notes,
 * with their flags and conditions) plus the results' words. English is written in
 * questions.ts, rules.ts and results.ts; other languages give only words, keyed by the English
 * ids, and take every flag and condition from the English (lib/self-check/localize.ts), so
 * there is one set of rules. Plain data, so the server can hand it to the client guide.
 */
export type SelfCheckContent = SelfCheckModel & {
  audienceQuestion: { prompt: string; hint: string; options: readonly { value: Audience; label: string }[] };
  results: Record<ResultId, ResultText>;
  notADiagnosis: Worded;
  whatToExpect: Worded;
  summary: SummaryWords;
};

export const englishContent: SelfCheckContent = {
  audienceQuestion,
  questions,
  rules,
  notes,
  results: resultTexts,
  notADiagnosis,
  whatToExpect,
  summary: summaryWords,
};
