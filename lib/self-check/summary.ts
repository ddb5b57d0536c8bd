import { englishContent, type SelfCheckContent } from "@/lib/self-check/content";
import { evaluate } from "@/lib/self-check/evaluate";
import type { Answers, Audience } from "@/lib/self-check/model";

/** What the visitor chose to put in the call request's note. */
export const summaryChoices = ["result", "answers", "none"] as const;
export type SummaryChoice = (typeof summaryChoices)[number];

export function isSummaryChoice(value: unknown): value is SummaryChoice {
  return summaryChoices.some((choice) => choice === value);
}

/**
 * The plain-text note a visitor can add to a call request, in the self-check's language:
 * short enough for the form's 1,000-character note, and readable by the visitor before
 * anything is sent.
 */
export function buildSummary(
  audience: Audience,
  answers: Answers,
  include: SummaryChoice,
  content: SelfCheckContent = englishContent,
): string {
  if (include === "none") return "";
  const { result } = evaluate(answers, content);
  const words = content.summary;
  const lines = [
    words.heading,
    `${words.about.label}: ${words.about[audience]}`,
    `${words.nextStep}: ${content.results[result].summary}`,
  ];
  if (include === "answers") {
    for (const question of content.questions) {
      const option = question.options.find((o) => o.value === answers[question.id]);
      lines.push(`- ${question.topic}: ${option ? option.summary : words.skipped}`);
    }
  }
  return lines.join("\n");
}
