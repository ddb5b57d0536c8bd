import { describe, expect, it } from "vitest";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { resultIds, type Answers, type ResultId } from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";
import { notes, rules } from "@/lib/self-check/rules";
import { everyAnswerSet, iopAnswers, outpatientAnswers, randomAnswerSets } from "./answers";

/**
 * The clinical intent, written out by hand and independently of rules.ts: the engine must
 * agree with it for every set of answers tried below.
 */
function expectedResult(a: Answers): ResultId {
  if (a.harm === "yes" || a.harm === "not-sure" || a.medical === "yes" || a.medical === "not-sure") return "crisis";
  if (a["suicide-month"] === "attempt" || a.psychosis === "yes") return "urgent";
  if (a.withdrawal === "yes" || a["daily-use"] === "yes" || a.health === "daily-care" || a.home === "unsafe") {
    return "higher-care";
  }
  if (
    a.opioids === "daily" ||
    a["past-care"] === "step-down" ||
    a.impact === "a-lot" ||
    a.impact === "most" ||
    a.health === "hard"
  )
    return "iop";
  if (a.impact === "little" || a.time === "no") return "outpatient";
  return "talk";
}

/** The safety advice each set of answers must carry, whatever else is shown. */
function expectedSafetyNotes(a: Answers, result: ResultId): string[] {
  if (result === "crisis") return [];
  const planned = result !== "urgent";
  const skippedSafety = ["harm", "medical", "suicide-month", "psychosis"].some((id) => !a[id]);
  const withdrawalDoubt =
    !a.withdrawal || a.withdrawal === "not-sure" || !a["daily-use"] || a["daily-use"] === "not-sure" || !a.opioids;
  const expected = [
    ["suicide-thoughts", a["suicide-month"] === "thoughts" || a["suicide-month"] === "not-sure"],
    ["safety-unanswered", planned && skippedSafety],
    ["psychosis-unsure", planned && a.psychosis === "not-sure"],
    ["home-unsafe", a.home === "unsafe"],
    ["naloxone", a.opioids !== "no"],
    ["opioid-medication", planned && (a.opioids === "daily" || a.opioids === "some")],
    ["withdrawal-caution", withdrawalDoubt && (result === "urgent" || result === "higher-care")],
    ["withdrawal-check", withdrawalDoubt && ["iop", "outpatient", "talk"].includes(result)],
    ["sedative-prescribed", a["daily-use"] === "prescribed"],
  ] as const;
  return expected.filter(([, shown]) => shown).map(([id]) => id);
}

const safetyNoteIds = [
  "suicide-thoughts",
  "safety-unanswered",
  "psychosis-unsure",
  "home-unsafe",
  "naloxone",
  "opioid-medication",
  "withdrawal-caution",
  "withdrawal-check",
  "sedative-prescribed",
];

const pick = (ids: string[]) => questions.filter((q) => ids.includes(q.id));
/** What a clinician routes on beyond the safety questions, every answer and blank of each. */
const careQuestions = pick([
  "withdrawal",
  "daily-use",
  "opioids",
  "health",
  "impact",
  "past-care",
  "home",
  "time",
  "readiness",
]);
/** The safety and substance questions, every answer and blank of each. */
const safetyQuestions = pick(["harm", "medical", "suicide-month", "psychosis", "withdrawal", "daily-use", "opioids"]);

/** About 1.1 million answer sets: both blocks exhaustively (against three ways of answering the rest), and a random sample. */
function* answerSetsToCheck(): Generator<Answers> {
  for (const care of everyAnswerSet(careQuestions)) {
    yield care;
    yield { ...care, harm: "no", medical: "no", "suicide-month": "no", psychosis: "no" };
  }
  for (const safety of everyAnswerSet(safetyQuestions)) {
    yield safety;
    yield { ...iopAnswers, ...withBlanks(safety) };
    yield { ...outpatientAnswers, ...withBlanks(safety) };
  }
  yield* randomAnswerSets(200_000);
}

/** `answers` with the questions it leaves blank left blank over any base it is spread onto. */
function withBlanks(answers: Answers): Answers {
  return Object.fromEntries(safetyQuestions.map((q) => [q.id, answers[q.id]]));
}

describe("every path through the rules", () => {
  it("matches the clinical intent, results and safety notes, for about a million answer sets, blanks included", () => {
    const results = new Map<ResultId, number>();
    const rulesSeen = new Set<string>();
    const rulesDeciding = new Set<string>();
    const notesSeen = new Set<string>();
    const mismatches: string[] = [];
    let checked = 0;
    for (const answers of answerSetsToCheck()) {
      checked += 1;
      const outcome = evaluate(answers);
      const safety = outcome.noteIds.filter((id) => safetyNoteIds.includes(id));
      const expected = expectedResult(answers);
      if (mismatches.length < 5 && outcome.result !== expected) {
        mismatches.push(`${JSON.stringify(answers)} gave ${outcome.result}, not ${expected}`);
      }
      if (mismatches.length < 5 && safety.join() !== expectedSafetyNotes(answers, outcome.result).join()) {
        mismatches.push(`${JSON.stringify(answers)} gave the safety notes ${safety.join()}`);
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
    expect(checked).toBeGreaterThan(1_000_000);
    expect(mismatches).toEqual([]);
    expect([...results.keys()].sort()).toEqual([...resultIds].sort());
    expect([...rulesSeen].sort(), "every rule gives its reason somewhere").toEqual(rules.map((r) => r.id).sort());
    expect([...notesSeen].sort(), "every note shows somewhere").toEqual(notes.map((n) => n.id).sort());
    // One rule only ever adds a reason to IOP: the step up from weekly care.
    expect(rules.filter((r) => !rulesDeciding.has(r.id)).map((r) => r.id)).toEqual(["weekly-not-enough"]);
  }, 120_000);
});

describe("precedence", () => {
  it.each([
    ["harm", "yes", "crisis"],
    ["harm", "not-sure", "crisis"],
    ["medical", "yes", "crisis"],
    ["medical", "not-sure", "crisis"],
    ["suicide-month", "attempt", "urgent"],
    ["psychosis", "yes", "urgent"],
  ])(
    "a safety answer (%s: %s) always means %s, or get help now, whatever else is answered",
    (id, value, result) => {
      const others: Answers[] = [];
      let checked = 0;
      for (const rest of randomAnswerSets(100_000)) {
        checked += 1;
        const answers = { ...rest, [id]: value };
        const expected = result === "urgent" && expectedResult(answers) === "crisis" ? "crisis" : result;
        if (evaluate(answers).result !== expected && others.length < 5) others.push(answers);
      }
      expect(checked).toBe(100_000);
      expect(others).toEqual([]);
    },
    60_000,
  );

  it("get help now shows only its own reasons, never notes about other care", () => {
    const outcome = evaluate({ ...iopAnswers, harm: "yes", withdrawal: "yes", time: "no", home: "unsupportive" });
    expect(outcome).toMatchObject({ result: "crisis", ruleIds: ["harm-thoughts"], noteIds: [] });
  });

  it("a mental health check today shows its reasons and safety advice, not notes about planning care", () => {
    const outcome = evaluate({ ...iopAnswers, psychosis: "yes", opioids: "daily", time: "no", readiness: "unsure" });
    expect(outcome).toMatchObject({ result: "urgent", ruleIds: ["psychosis"], noteIds: ["naloxone"] });
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
    expect(evaluate({ ...outpatientAnswers, impact: undefined, time: "no" })).toMatchObject({
      result: "outpatient",
      ruleIds: ["time-no"],
    });
    expect(evaluate({ ...iopAnswers, time: "no" })).toMatchObject({ result: "iop", noteIds: ["time"] });
  });
});

describe("unanswered questions", () => {
  it("with no answers at all, point to a talk rather than a guess, and flag the skipped safety and withdrawal questions", () => {
    const outcome = evaluate({});
    expect(outcome).toMatchObject({
      result: "talk",
      ruleIds: ["unclear"],
      noteIds: ["safety-unanswered", "naloxone", "withdrawal-check"],
    });
    expect(outcome.unanswered).toEqual(questions.map((q) => q.id));
  });

  it("count only what was left blank, and ignore answers that are not offered", () => {
    const outcome = evaluate({ ...outpatientAnswers, harm: undefined, impact: "sometimes", bogus: "yes" });
    expect(outcome.unanswered).toEqual(["harm", "impact"]);
    expect(outcome.noteIds).toContain("safety-unanswered");
    expect(outcome.result).toBe("talk");
  });

  it("still put safety first when later questions are blank", () => {
    expect(evaluate({ harm: "yes" }).result).toBe("crisis");
    expect(evaluate({ harm: "no", medical: "not-sure" }).result).toBe("crisis");
    expect(evaluate({ harm: "no", medical: "no", "suicide-month": "attempt" }).result).toBe("urgent");
    expect(evaluate({ harm: "no", medical: "no", psychosis: "yes" }).result).toBe("urgent");
    expect(evaluate({ harm: "no", medical: "no", withdrawal: "yes" }).result).toBe("higher-care");
  });
});
