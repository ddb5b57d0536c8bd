import { describe, expect, it } from "vitest";
import { selfCheckModel, type SelfCheckModel } from "@/lib/self-check/evaluate";
import type { Rule } from "@/lib/self-check/model";
import { checkSelfCheck, selfCheckSchema } from "@/lib/self-check/schema";

/** Where the schema failed and why: the field's path and zod's issue code. */
const failures = (model: SelfCheckModel) =>
  selfCheckSchema.safeParse(model).error?.issues.map((issue) => [issue.path.join("."), issue.code]) ?? [];

const problems = (model: SelfCheckModel) => {
  const result = selfCheckSchema.safeParse(model);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("the self-check's questions and rules", () => {
  it("pass their schema", () => {
    expect(problems(selfCheckModel)).toEqual([]);
    expect(() => checkSelfCheck(selfCheckModel)).not.toThrow();
  });

  it("ask 8 to 14 questions, counting who the visitor is asking about", () => {
    expect(selfCheckModel.questions.length + 1).toBeGreaterThanOrEqual(8);
    expect(selfCheckModel.questions.length + 1).toBeLessThanOrEqual(14);
  });

  describe("the schema refuses an edit that would", () => {
    const { rules } = selfCheckModel;
    const withRules = (list: readonly Rule[]): SelfCheckModel => ({ ...selfCheckModel, rules: list });

    it("let a lower result outrank a safety answer", () => {
      const outpatientFirst = rules.find((r) => r.result === "outpatient");
      const reordered = [outpatientFirst!, ...rules.filter((r) => r !== outpatientFirst)];
      expect(problems(withRules(reordered))).toContain(
        "rules must be in precedence order: crisis, then urgent, then higher-care, then iop, then outpatient, then talk",
      );
      expect(() => checkSelfCheck(withRules(reordered))).toThrow(/precedence order/);
    });

    it("leave some answers without a result", () => {
      expect(problems(withRules(rules.slice(0, -1)))).toContain("the last rule must match anything (an empty `when`)");
    });

    it("read a flag no answer raises", () => {
      const [first, ...rest] = rules;
      const dead = { ...first, when: { any: ["harm-thoughts", "home-unsafe"] } } satisfies Rule;
      const model = {
        ...selfCheckModel,
        questions: selfCheckModel.questions.map((q) => ({
          ...q,
          options: q.options.map((o) => ({ ...o, flags: o.flags.filter((f) => f !== "home-unsafe") })),
        })),
        rules: [dead, ...rest],
      };
      expect(problems(model)).toContain('"harm-thoughts" reads the flag "home-unsafe", but no answer raises it');
    });

    it("make its default our own program instead of the neutral result", () => {
      const fallback = rules.at(-1)!;
      const selfServing = [...rules.slice(0, -1), { ...fallback, result: "iop" }] satisfies Rule[];
      expect(problems(withRules(selfServing))).toContain('the last rule must give the neutral result, "talk"');
    });

    describe("ask a question that can lead to help now after one that cannot, or out of order", () => {
      const order = "questions that can lead to help now must come first: crisis, then urgent, then the others";
      const byId = (id: string) => selfCheckModel.questions.find((q) => q.id === id)!;
      const moved = (id: string, before: string) => {
        const rest = selfCheckModel.questions.filter((q) => q.id !== id);
        const at = rest.findIndex((q) => q.id === before);
        return { ...selfCheckModel, questions: [...rest.slice(0, at), byId(id), ...rest.slice(at)] };
      };

      it.each([
        ["medical", "readiness", "a danger-now question asked last"],
        ["psychosis", "home", "a same-day check asked after the others"],
        ["suicide-month", "harm", "a same-day check asked before a danger-now question"],
      ])("%s before %s: %s", (id, before) => {
        expect(problems(selfCheckModel)).toEqual([]);
        expect(problems(moved(id, before))).toContain(order);
      });
    });

    it("repeat an id, or use a form field's name", () => {
      const [first] = selfCheckModel.questions;
      expect(problems({ ...selfCheckModel, questions: [...selfCheckModel.questions.slice(0, 9), first] })).toContain(
        "question ids must differ",
      );
      const renamed = [{ ...first, id: "intent" }, ...selfCheckModel.questions.slice(1)];
      expect(problems({ ...selfCheckModel, questions: renamed })).toContain("this id is reserved for the form");
    });

    it("use a flag or result that does not exist", () => {
      const bad = [{ ...rules[0], result: "hospital" }, ...rules.slice(1)] as unknown as Rule[];
      expect(failures(withRules(bad))).toEqual([["rules.0.result", "invalid_value"]]);
      const badFlag = [{ ...rules[0], when: { any: ["feeling-fine"] } }, ...rules.slice(1)] as unknown as Rule[];
      expect(failures(withRules(badFlag))).toEqual([["rules.0.when.any.0", "invalid_value"]]);
    });
  });
});
