import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { audiences, word, type Worded } from "@/lib/self-check/model";
import { audienceQuestion, questions } from "@/lib/self-check/questions";
import { notADiagnosis, resultTexts, summaryWords, whatToExpect } from "@/lib/self-check/results";
import { notes, rules } from "@/lib/self-check/rules";

/** Flesch–Kincaid grade, counted the way the content pages' test counts it. */
function gradeOf(blocks: string[]): number {
  const text = blocks.map((b) => (/[.!?]["”’)]?$/.test(b) ? b : `${b}.`)).join(" ");
  const tokens = text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g) ?? [];
  return fleschKincaid({
    sentence: (text.match(/[.!?]+["”’)]?(?=\s|$)/g) ?? []).length,
    word: tokens.length,
    syllable: tokens.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0),
  });
}

const texts: Worded[] = [
  audienceQuestion.prompt,
  ...questions.flatMap((q) => [q.prompt, q.hint ?? "", ...q.options.map((o) => o.label)]),
  ...rules.flatMap((r) => [r.reason, r.askFor ?? ""]),
  ...notes.map((n) => n.text),
  ...Object.values(resultTexts).flatMap((r) => [r.title, r.intro]),
  notADiagnosis,
  whatToExpect,
  ...Object.values(summaryWords.choices),
];

describe("the self-check's words", () => {
  it.each(audiences)("read at grade 8 or below for %s", (audience) => {
    const blocks = texts.map((t) => word(t, audience)).filter(Boolean);
    const grade = gradeOf(blocks);
    expect(grade, `grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(8);
  });

  it("have no sentence longer than 25 words", () => {
    const sentences = texts
      .flatMap((t) => audiences.map((a) => word(t, a)))
      .flatMap((t) => t.split(/(?<=[.!?])\s+/))
      .filter((s) => s.split(/\s+/).length > 25);
    expect(sentences).toEqual([]);
  });

  it("promise no outcomes", () => {
    const all = texts.flatMap((t) => audiences.map((a) => word(t, a))).join(" ");
    expect(all).not.toMatch(/\b(guarantee[ds]?|cure[ds]?|success rates?|proven to|you will recover)\b|100\s?%/i);
  });
});
