import { z } from "zod";
import { flags, resultIds, type Condition, type Flag, type Question } from "@/lib/self-check/model";
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

const note = z.strictObject({ id: slug, when: condition, results: z.array(z.enum(resultIds)).min(1), text: worded });

export const selfCheckSchema = z
  .strictObject({ questions: z.array(question).min(8).max(11), rules: z.array(rule).min(1), notes: z.array(note) })
  .superRefine((model, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", message });
    if (!unique(model.questions.map((q) => q.id))) problem("question ids must differ");
    if (!unique(model.rules.map((r) => r.id))) problem("rule ids must differ");
    if (!unique(model.notes.map((n) => n.id))) problem("note ids must differ");

    const last = model.rules.at(-1);
    if (!last || conditionFlags(last.when).length > 0) problem("the last rule must match anything (an empty `when`)");
    const ranked = model.rules.slice(0, -1).map((r) => resultIds.indexOf(r.result));
    if (ranked.some((rank, i) => i > 0 && rank < ranked[i - 1])) {
      problem("rules must be in precedence order: crisis, then higher-care, then iop, then outpatient");
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

    // "Get help now" must be reachable before any other question is asked.
    const crisisFlags = new Set(
      model.rules.filter((r) => r.result === "crisis").flatMap((r) => conditionFlags(r.when)),
    );
    const isSafety = (q: Question) => q.options.some((o) => o.flags.some((f) => crisisFlags.has(f)));
    const firstOther = model.questions.findIndex((q) => !isSafety(q));
    if (firstOther >= 0 && model.questions.slice(firstOther).some(isSafety)) {
      problem("questions that can lead to 'get help now' must come before all the others");
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
