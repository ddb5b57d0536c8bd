/**
 * The shapes behind the self-check. The clinical content itself lives in questions.ts (what
 * we ask, and what each answer signals) and rules.ts (what those signals lead to), so staff
 * can review it in two files. This module ships to the browser: no zod here.
 */

/** Who the visitor is asking about; the wording of every question follows this choice. */
export const audiences = ["self", "other"] as const;
export type Audience = (typeof audiences)[number];

/**
 * The possible results, highest precedence first: a safety answer always wins. "talk" is the
 * neutral default, given only when no other rule matches.
 */
export const resultIds = ["crisis", "urgent", "higher-care", "iop", "outpatient", "talk"] as const;
export type ResultId = (typeof resultIds)[number];

/** Results that send the visitor to help at once: the questions stop, and no form stands in the way. */
export const helpNowResults: readonly ResultId[] = ["crisis", "urgent"];
export function isHelpNow(result: ResultId): boolean {
  return helpNowResults.includes(result);
}

/** Help lines a note can offer as links, besides its words (components/self-check/help-lines.tsx). */
export const helpLineIds = ["lifeline", "domestic-violence", "local-help"] as const;
export type HelpLineId = (typeof helpLineIds)[number];

/** What an answer signals. Options raise flags; rules and notes read them. */
export const flags = [
  "harm-thoughts",
  "harm-unsure",
  "medical-emergency",
  "medical-unsure",
  "safety-unanswered",
  "suicide-thoughts",
  "suicide-attempt",
  "suicide-unsure",
  "psychosis",
  "psychosis-unsure",
  "withdrawal-history",
  "withdrawal-unsure",
  "withdrawal-skipped",
  "heavy-daily-use",
  "daily-use-unsure",
  "sedative-prescribed",
  "opioid-daily",
  "opioid-some",
  "opioid-unsure",
  "opioid-skipped",
  "health-stable",
  "health-hard",
  "needs-daily-care",
  "impact-mild",
  "impact-moderate",
  "impact-severe",
  "no-care-yet",
  "tried-weekly",
  "step-down",
  "tried-intensive-before",
  "home-supportive",
  "home-unsupportive",
  "home-unsafe",
  "time-yes",
  "time-maybe",
  "time-no",
  "ready",
  "readiness-unsure",
  "not-ready",
] as const;
export type Flag = (typeof flags)[number];

/** One text for both audiences, or "you" wording and "they" wording. */
export type Worded = string | { self: string; other: string };

export type AnswerOption = {
  value: string;
  label: Worded;
  flags: readonly Flag[];
  /** How the answer reads in the summary a visitor may add to a call request. */
  summary: string;
};

export type Question = {
  id: string;
  /** A short name for the topic, used in the summary. */
  topic: string;
  prompt: Worded;
  hint?: Worded;
  options: readonly AnswerOption[];
  /** Flags raised when the question is left blank (possible only without JavaScript). */
  ifUnanswered?: readonly Flag[];
};

/** Matches when every `all` flag, at least one `any` flag (if listed) and no `none` flag is raised. */
export type Condition = { all?: readonly Flag[]; any?: readonly Flag[]; none?: readonly Flag[] };

export type Rule = {
  id: string;
  result: ResultId;
  when: Condition;
  /** Why, in plain words, shown with the result. */
  reason: Worded;
  /** What to ask a provider for; shown with a higher-care result. */
  askFor?: Worded;
};

/**
 * Extra advice shown with a result, whatever rule decided it. A `safety` note is shown in a
 * box of its own before the reasons; `lines` adds those help lines as links after its words.
 */
export type Note = {
  id: string;
  when: Condition;
  results: readonly ResultId[];
  text: Worded;
  safety?: boolean;
  lines?: readonly HelpLineId[];
};

/** Question id → the chosen option's value. A missing key is an unanswered question. */
export type Answers = Partial<Record<string, string>>;

export function word(text: Worded, audience: Audience): string {
  return typeof text === "string" ? text : text[audience];
}

export function isAudience(value: unknown): value is Audience {
  return audiences.some((audience) => audience === value);
}
