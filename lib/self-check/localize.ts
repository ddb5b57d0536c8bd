import type { Locale } from "@/lib/i18n/locales";
import { englishContent, type SelfCheckContent } from "@/lib/self-check/content";
import { spanishSelfCheck, type SpanishSelfCheck } from "@/lib/self-check/es";
import { audiences, type Worded } from "@/lib/self-check/model";

/**
 * A language's self-check: the English model with every text swapped for that language's
 * words, looked up by the English ids. Flags, conditions and the order of questions and rules
 * are the English ones, so the rules are the same in every language. A missing text throws,
 * and this runs when the self-check's module loads, so a gap stops the build.
 */
export function localize(english: SelfCheckContent, words: SpanishSelfCheck): SelfCheckContent {
  const lookup = <T>(table: Record<string, T>, id: string, what: string): T => {
    const found = table[id];
    if (found === undefined) throw new Error(`lib/self-check: no Spanish words for ${what} "${id}"`);
    return found;
  };
  const sameShape = (from: Worded | undefined, to: Worded | undefined, what: string) => {
    if (Boolean(from) !== Boolean(to)) throw new Error(`lib/self-check: ${what} needs Spanish words, or none`);
    return to;
  };
  return {
    audienceQuestion: {
      prompt: words.audienceQuestion.prompt,
      hint: words.audienceQuestion.hint,
      options: audiences.map((value) => ({ value, label: words.audienceQuestion.options[value] })),
    },
    questions: english.questions.map((question) => {
      const text = lookup<SpanishSelfCheck["questions"][keyof SpanishSelfCheck["questions"]]>(
        words.questions,
        question.id,
        "question",
      );
      const options: Record<string, { label: Worded; summary: string }> = text.options;
      return {
        ...question,
        topic: text.topic,
        prompt: text.prompt,
        hint: sameShape(question.hint, text.hint, `the hint of "${question.id}"`),
        options: question.options.map((option) => ({
          ...option,
          ...lookup(options, option.value, `an answer to "${question.id}"`),
        })),
      };
    }),
    rules: english.rules.map((rule) => {
      const text = lookup(words.rules, rule.id, "rule");
      return { ...rule, reason: text.reason, askFor: sameShape(rule.askFor, text.askFor, `"${rule.id}" askFor`) };
    }),
    notes: english.notes.map((note) => ({ ...note, text: lookup(words.notes, note.id, "note") })),
    results: words.results,
    notADiagnosis: words.notADiagnosis,
    whatToExpect: words.whatToExpect,
    summary: words.summary,
  };
}

/** The self-check in each of the site's languages. */
export const selfCheckContent: Record<Locale, SelfCheckContent> = {
  en: englishContent,
  es: localize(englishContent, spanishSelfCheck),
};
