import {
  word,
  type Answers,
  type Audience,
  type Condition,
  type Flag,
  type HelpLineId,
  type Note,
  type Question,
  type ResultId,
  type Rule,
} from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";
import { notes, rules } from "@/lib/self-check/rules";

/** What a set of answers leads to, as ids: the UI words them for the chosen audience. */
export type Outcome = {
  result: ResultId;
  /** The rule that decided the result first, then every other matching rule with the same result. */
  ruleIds: string[];
  noteIds: string[];
  /** Questions left blank, in the order they are asked. */
  unanswered: string[];
};

/** A safety note: shown in a box of its own before the reasons, with its help lines as links. */
export type SafetyNote = { id: string; text: string; lines: readonly HelpLineId[] };

type DescribedOutcome = {
  result: ResultId;
  reasons: string[];
  /** What to ask a provider for, each said once. */
  askFor: string[];
  safetyNotes: SafetyNote[];
  notes: string[];
};

/** The questions, rules and notes together; tests pass their own to check the engine. */
export type SelfCheckModel = { questions: readonly Question[]; rules: readonly Rule[]; notes: readonly Note[] };
export const selfCheckModel: SelfCheckModel = { questions, rules, notes };
const model = selfCheckModel;

function raisedFlags(answers: Answers, { questions: list } = model): Set<Flag> {
  const raised = new Set<Flag>();
  for (const question of list) {
    const option = question.options.find((o) => o.value === answers[question.id]);
    for (const flag of option ? option.flags : (question.ifUnanswered ?? [])) raised.add(flag);
  }
  return raised;
}

function matches(condition: Condition, raised: ReadonlySet<Flag>): boolean {
  const { all = [], any = [], none = [] } = condition;
  return (
    all.every((flag) => raised.has(flag)) &&
    (any.length === 0 || any.some((flag) => raised.has(flag))) &&
    !none.some((flag) => raised.has(flag))
  );
}

export function evaluate(answers: Answers, selfCheck: SelfCheckModel = model): Outcome {
  const raised = raisedFlags(answers, selfCheck);
  const matched = selfCheck.rules.filter((rule) => matches(rule.when, raised));
  // The schema guarantees a final catch-all rule with the neutral result, so something always
  // matches. That rule speaks only when nothing else did: "your answers do not point clearly".
  const [deciding] = matched;
  const fallback = selfCheck.rules.at(-1);
  const result = deciding?.result ?? "talk";
  return {
    result,
    ruleIds: matched
      .filter((rule) => rule.result === result && (rule !== fallback || rule === deciding))
      .map((rule) => rule.id),
    noteIds: selfCheck.notes
      .filter((note) => note.results.includes(result) && matches(note.when, raised))
      .map((note) => note.id),
    unanswered: selfCheck.questions.filter((q) => !q.options.some((o) => o.value === answers[q.id])).map((q) => q.id),
  };
}

export function describeOutcome(outcome: Outcome, audience: Audience, selfCheck: SelfCheckModel = model) {
  const byId = <T extends { id: string }>(list: readonly T[], ids: string[]) =>
    ids.flatMap((id) => list.filter((item) => item.id === id));
  const matched = byId(selfCheck.rules, outcome.ruleIds);
  const askFor = matched.flatMap((rule) => (rule.askFor ? [word(rule.askFor, audience)] : []));
  const shown = byId(selfCheck.notes, outcome.noteIds);
  return {
    result: outcome.result,
    reasons: matched.map((rule) => word(rule.reason, audience)),
    askFor: [...new Set(askFor)],
    safetyNotes: shown
      .filter((note) => note.safety)
      .map((note) => ({ id: note.id, text: word(note.text, audience), lines: note.lines ?? [] })),
    notes: shown.filter((note) => !note.safety).map((note) => word(note.text, audience)),
  } satisfies DescribedOutcome;
}
