import { describe, expect, it } from "vitest";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { resultIds, type Answers, type ResultId } from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";
import { notes, rules } from "@/lib/self-check/rules";
import { everyAnswerSet, iopAnswers, outpatientAnswers } from "./answers";

/**
 * The clinical intent, written out by hand and independently of rules.ts: the engine must
 * agree with it for every possible set of answers.
 */
function expectedResult(a: Answers): ResultId {
  if (a.harm === "yes" || a.harm === "not-sure" || a.medical === "yes" || a.medical === "not-sure") return "crisis";
  if (a.withdrawal === "yes" || a["daily-use"] === "yes" || a.health === "daily-care" || a.home === "unsafe") {
    return "higher-care";
  }
  if (a["past-care"] === "step-down" || a.impact === "a-lot" || a.impact === "most" || a.health === "hard")
    return "iop";
  if (a.impact === "little" || a.time === "no") return "outpatient";
  return "iop";
}

describe("every path through the rules", () => {
  it("matches the clinical intent for all 1.6 million answer sets, blanks included", () => {
    const results = new Map<ResultId, number>();
    const rulesSeen = new Set<string>();
    const rulesDeciding = new Set<string>();
    const notesSeen = new Set<string>();
    const mismatches: string[] = [];
    for (const answers of everyAnswerSet()) {
      const outcome = evaluate(answers);
      if (outcome.result !== expectedResult(answers) && mismatches.length < 5) {
        mismatches.push(`${JSON.stringify(answers)} gave ${outcome.result}`);
      }
      results.set(outcome.result, (results.get(outcome.result) ?? 0) + 1);
      rulesDeciding.add(outcome.ruleIds[0]);
      outcome.ruleIds.forEach((id) => rulesSeen.add(id));
      outcome.noteIds.forEach((id) => notesSeen.add(id));
      if (outcome.ruleIds.length === 0) mismatches.push(`${JSON.stringify(answers)} gave no reason`);
      if (outcome.ruleIds.includes("unclear") && outcome.ruleIds.length > 1) {
        mismatches.push(`${JSON.stringify(answers)} called clear answers unclear`);
      }
    }
    expect(mismatches).toEqual([]);
    expect([...results.keys()].sort()).toEqual([...resultIds].sort());
    expect([...rulesSeen].sort(), "every rule gives its reason somewhere").toEqual(rules.map((r) => r.id).sort());
    expect([...notesSeen].sort(), "every note shows somewhere").toEqual(notes.map((n) => n.id).sort());
    // One rule only ever adds a reason to IOP: the step up from weekly care.
    expect(rules.filter((r) => !rulesDeciding.has(r.id)).map((r) => r.id)).toEqual(["weekly-not-enough"]);
  }, 60_000);
});

describe("precedence", () => {
  it.each([
    ["harm", "yes"],
    ["harm", "not-sure"],
    ["medical", "yes"],
    ["medical", "not-sure"],
  ])(
    "a safety answer (%s: %s) always means get help now, whatever else is answered",
    (id, value) => {
      let checked = 0;
      const others: Answers[] = [];
      for (const rest of everyAnswerSet(questions.filter((q) => q.id !== id))) {
        checked += 1;
        const answers = { ...rest, [id]: value };
        if (evaluate(answers).result !== "crisis" && others.length < 5) others.push(answers);
      }
      expect(checked).toBeGreaterThan(100_000);
      expect(others).toEqual([]);
    },
    60_000,
  );

  it("get help now shows only its own reasons, never notes about other care", () => {
    const outcome = evaluate({ ...iopAnswers, harm: "yes", withdrawal: "yes", time: "no", home: "unsupportive" });
    expect(outcome).toMatchObject({ result: "crisis", ruleIds: ["harm-thoughts"], noteIds: [] });
  });

  it.each([
    ["withdrawal", "yes", "withdrawal-history"],
    ["daily-use", "yes", "heavy-daily-use"],
    ["health", "daily-care", "needs-daily-care"],
    ["home", "unsafe", "home-unsafe"],
  ])("%s: %s means more care first, even when everything else points to IOP", (id, value, rule) => {
    const outcome = evaluate({ ...iopAnswers, [id]: value });
    expect(outcome.result).toBe("higher-care");
    expect(outcome.ruleIds).toEqual([rule]);
  });

  it("names detox as what to ask for when withdrawal is a risk, once however many answers say so", () => {
    const described = describeOutcome(evaluate({ ...iopAnswers, withdrawal: "yes", "daily-use": "yes" }), "self");
    expect(described.reasons).toHaveLength(2);
    expect(described.askFor).toHaveLength(1);
    expect(described.askFor[0]).toMatch(/medical detox/);
  });

  it("lists every reason for more care, in order", () => {
    const outcome = evaluate({ ...iopAnswers, withdrawal: "yes", health: "daily-care", home: "unsafe" });
    expect(outcome.ruleIds).toEqual(["withdrawal-history", "needs-daily-care", "home-unsafe"]);
    expect(describeOutcome(outcome, "self").askFor).toHaveLength(3);
  });

  it("prefers IOP over outpatient when both have reasons", () => {
    expect(evaluate({ ...outpatientAnswers, "past-care": "step-down" })).toMatchObject({
      result: "iop",
      ruleIds: ["step-down"],
    });
    expect(evaluate({ ...outpatientAnswers, health: "hard" }).result).toBe("iop");
    expect(evaluate({ ...iopAnswers, "past-care": "weekly" }).ruleIds).toEqual([
      "impact-moderate",
      "health-hard",
      "weekly-not-enough",
    ]);
  });

  it("suggests outpatient when daily life is only a little affected, or time is short and nothing points higher", () => {
    expect(evaluate(outpatientAnswers)).toMatchObject({ result: "outpatient", ruleIds: ["impact-mild"] });
    expect(evaluate({ time: "no" })).toMatchObject({ result: "outpatient", ruleIds: ["time-no"] });
    expect(evaluate({ ...iopAnswers, time: "no" })).toMatchObject({ result: "iop", noteIds: ["time"] });
  });
});

describe("unanswered questions", () => {
  it("with no answers at all, point to a talk rather than a guess, and flag the skipped safety questions", () => {
    const outcome = evaluate({});
    expect(outcome).toMatchObject({ result: "iop", ruleIds: ["unclear"], noteIds: ["safety-unanswered"] });
    expect(outcome.unanswered).toEqual(questions.map((q) => q.id));
  });

  it("count only what was left blank, and ignore answers that are not offered", () => {
    const outcome = evaluate({ ...outpatientAnswers, harm: undefined, impact: "sometimes", bogus: "yes" });
    expect(outcome.unanswered).toEqual(["harm", "impact"]);
    expect(outcome.noteIds).toContain("safety-unanswered");
    expect(outcome.result).toBe("iop");
  });

  it("still put safety first when later questions are blank", () => {
    expect(evaluate({ harm: "yes" }).result).toBe("crisis");
    expect(evaluate({ harm: "no", medical: "not-sure" }).result).toBe("crisis");
    expect(evaluate({ harm: "no", medical: "no", withdrawal: "yes" }).result).toBe("higher-care");
  });
});
