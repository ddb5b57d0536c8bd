import { describe, expect, it } from "vitest";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { audiences, word, type Worded } from "@/lib/self-check/model";
import { questions } from "@/lib/self-check/questions";
import { resultTexts, notADiagnosis, whatToExpect } from "@/lib/self-check/results";
import { notes, rules } from "@/lib/self-check/rules";
import { iopAnswers } from "./answers";

const question = (id: string) => questions.find((q) => q.id === id)!;

type TwoWay = Exclude<Worded, string>;

/** Every text that has a "you" and a "they" version. */
const twoWay: TwoWay[] = (
  [
    ...questions.flatMap((q) => [q.prompt, q.hint ?? "", ...q.options.map((o) => o.label)]),
    ...rules.flatMap((r) => [r.reason, r.askFor ?? ""]),
    ...notes.map((n) => n.text),
    ...Object.values(resultTexts).map((r) => r.intro),
    notADiagnosis,
    whatToExpect,
  ] satisfies Worded[]
).filter((text): text is TwoWay => typeof text !== "string");

describe("wording for me or for someone I care about", () => {
  it("asks the visitor about themselves, or about the person they are worried about", () => {
    expect(word(question("harm").prompt, "self")).toMatch(/^Right now, are you having thoughts/);
    expect(word(question("harm").prompt, "other")).toMatch(/^Right now, do you think they might/);
    expect(word(question("home").prompt, "other")).toBe(
      "Is their home a safe place for them to live while they get help?",
    );
    const readiness = question("readiness").options.map((o) => word(o.label, "other"));
    expect(readiness).toEqual(["They want help", "They are unsure", "They do not want help right now"]);
  });

  it("says they, them or their in every 'someone else' version, and never in the 'me' version", () => {
    expect(twoWay.length).toBeGreaterThan(20);
    const theyWords = /\b(they|them|their|they’re)\b/i;
    expect(twoWay.filter((t) => !theyWords.test(t.other)).map((t) => t.other)).toEqual([]);
    expect(twoWay.filter((t) => theyWords.test(t.self)).map((t) => t.self)).toEqual([]);
    expect(twoWay.filter((t) => /\b(I|my|me)\b/.test(t.other)).map((t) => t.other)).toEqual([]);
  });

  it("words a result's reasons and notes for the audience", () => {
    const outcome = evaluate({ ...iopAnswers, health: "daily-care", readiness: "not-ready" });
    const self = describeOutcome(outcome, "self");
    const other = describeOutcome(outcome, "other");
    expect(self.reasons[0]).toMatch(/^You said you need care every day/);
    expect(other.reasons[0]).toMatch(/^You said they need care every day/);
    expect(self.notes).toEqual([
      "You do not have to be ready to call. We can just talk, and you decide what happens next.",
    ]);
    expect(other.notes[0]).toMatch(/^Adults choose their own care/);
  });

  it("says it is not a diagnosis for both audiences", () => {
    for (const audience of audiences) expect(word(notADiagnosis, audience)).toMatch(/^This is not a diagnosis\./);
  });
});
