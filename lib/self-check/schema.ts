import { z } from "zod";
import {
  flags,
  helpLineIds,
  helpNowResults,
  resultIds,
  type Condition,
  type Flag,
  type Question,
  type ResultId,
} from "@/lib/self-check/model";
import type { SelfCheckModel } from "@/lib/self-check/evaluate";

/*
 * Checks the self-check's questions and rules, so an edit that breaks them stops the build
 * (the server component calls this) and the unit tests. Server and tests only: full zod
 * never reaches the browser.
 */

const worded = z.union([z.string().min(2), z.strictObject({ self: z.string().min(2), other: z.string().min(2) })]);
const flag = z.enum(flags);
const slug = z.string().regex(/^[a-z][a-z-]*$/, "use lower-case letters and hyphens");
/** Form field names the self-check uses for itself. */
const reserved = new Set(["audience", "intent", "include", "language"]);

const condition = z.strictObject({
  all: z.array(flag).optional(),
  any: z.array(flag).optional(),
  none: z.array(flag).optional(),
});

const question = z.strictObject({
  id: slug.refine((id) => !reserved.has(id), "this id is reserved for the form"),
  topic: z.string().min(3).max(60),
  prompt: worded,
  hint: worded.optional(),
  options: z
    .array(z.strictObject({ value: slug, label: worded, flags: z.array(flag), summary: z.string().min(2).max(60) }))
    .min(2)
    .refine((options) => unique(options.map((o) => o.value)), "option values must differ"),
  ifUnanswered: z.array(flag).optional(),
});

const rule = z.strictObject({
  id: slug,
  result: z.enum(resultIds),
  when: condition,
  reason: worded,
  askFor: worded.optional(),
});

const note = z.strictObject({
  id: slug,
  when: condition,
  results: z.array(z.enum(resultIds)).min(1),
  text: worded,
  safety: z.boolean().optional(),
  lines: z.array(z.enum(helpLineIds)).min(1).optional(),
});

/** The result a screener gives when nothing points one way: neutral, never our own program. */
const neutralResult: ResultId = "talk";

export const selfCheckSchema = z
  .strictObject({ questions: z.array(question).min(8).max(13), rules: z.array(rule).min(1), notes: z.array(note) })
  .superRefine((model, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", message });
    if (!unique(model.questions.map((q) => q.id))) problem("question ids must differ");
    if (!unique(model.rules.map((r) => r.id))) problem("rule ids must differ");
    if (!unique(model.notes.map((n) => n.id))) problem("note ids must differ");

    const last = model.rules.at(-1);
    if (!last || conditionFlags(last.when).length > 0) problem("the last rule must match anything (an empty `when`)");
    if (last && last.result !== neutralResult)
      problem(`the last rule must give the neutral result, "${neutralResult}"`);
    const ranked = model.rules.slice(0, -1).map((r) => resultIds.indexOf(r.result));
    if (ranked.some((rank, i) => i > 0 && rank < ranked[i - 1])) {
      problem(`rules must be in precedence order: ${resultIds.join(", then ")}`);
    }
    if (model.rules.slice(0, -1).some((r) => conditionFlags(r.when).length === 0)) {
      problem("only the last rule may match anything");
    }

    const raisable = new Set<Flag>(
      model.questions.flatMap((q) => [...q.options.flatMap((o) => o.flags), ...(q.ifUnanswered ?? [])]),
    );
    for (const item of [...model.rules, ...model.notes]) {
      for (const f of conditionFlags(item.when)) {
        if (!raisable.has(f)) problem(`"${item.id}" reads the flag "${f}", but no answer raises it`);
      }
    }

    // Help now must be reachable before any other question is asked (the questions stop when it
    // shows): questions that can lead to "crisis" first, then those that can lead to "urgent".
    const rank = (q: Question) => {
      const leadsTo = (result: ResultId) => {
        const wanted = new Set(model.rules.filter((r) => r.result === result).flatMap((r) => conditionFlags(r.when)));
        return q.options.some((o) => o.flags.some((f) => wanted.has(f)));
      };
      const found = helpNowResults.findIndex(leadsTo);
      return found < 0 ? helpNowResults.length : found;
    };
    const ranks = model.questions.map(rank);
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1])) {
      problem(
        `questions that can lead to help now must come first: ${helpNowResults.join(", then ")}, then the others`,
      );
    }
  });

function conditionFlags(when: Condition): Flag[] {
  return [...(when.all ?? []), ...(when.any ?? []), ...(when.none ?? [])];
}

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

/** The model, or an error that names every problem. */
export function checkSelfCheck<M extends SelfCheckModel>(model: M): M {
  const { questions, rules, notes } = model;
  const result = selfCheckSchema.safeParse({ questions, rules, notes });
  if (result.success) return model;
  const problems = result.error.issues.map((i) => `  - ${[...i.path].join(".") || "(model)"}: ${i.message}`);
  throw new Error(`lib/self-check rules are invalid:\n${problems.join("\n")}`);
}
