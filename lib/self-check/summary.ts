import { evaluate } from "@/lib/self-check/evaluate";
import type { Answers, Audience } from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";
import { resultTexts } from "@/lib/self-check/results";

/** What the visitor chose to put in the call request's note. */
export const summaryChoices = ["result", "answers", "none"] as const;
export type SummaryChoice = (typeof summaryChoices)[number];

export const summaryChoiceLabels: Record<SummaryChoice, string> = {
  result: "The suggested next step",
  answers: "The next step and my answers",
  none: "Nothing. I will write my own note, or leave it blank.",
};

export function isSummaryChoice(value: unknown): value is SummaryChoice {
  return summaryChoices.some((choice) => choice === value);
}

/**
 * The plain-text note a visitor can add to a call request: short enough for the form's
 * 1,000-character note, and readable by the visitor before anything is sent.
 */
export function buildSummary(audience: Audience, answers: Answers, include: SummaryChoice): string {
  if (include === "none") return "";
  const { result } = evaluate(answers);
  const lines = [
    "From the self-check on your website (not a diagnosis):",
    `About: ${audience === "self" ? "me" : "someone I care about"}`,
    `Suggested next step: ${resultTexts[result].summary}`,
  ];
  if (include === "answers") {
    for (const question of questions) {
      const option = question.options.find((o) => o.value === answers[question.id]);
      lines.push(`- ${question.topic}: ${option ? option.summary : "skipped"}`);
    }
  }
  return lines.join("\n");
}
