import { describe, expect, it } from "vitest";
import en from "@/messages/en/selfCheck.json";
import es from "@/messages/es/selfCheck.json";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { spanishSelfCheck, type SpanishSelfCheck } from "@/lib/self-check/es";
import { localize, selfCheckContent } from "@/lib/self-check/localize";
import { audiences, resultIds, word, type Worded } from "@/lib/self-check/model";
import { checkSelfCheck } from "@/lib/self-check/schema";
import type { SelfCheckContent } from "@/lib/self-check/content";
import { readabilityEs } from "../../support/fernandez-huerta";
import { everyAnswerSet, iopAnswers, outpatientAnswers } from "./answers";

const english = selfCheckContent.en;
const spanish = selfCheckContent.es;

/** Every text a visitor can be shown, as [where, words], from a language's content. */
function textsOf(content: SelfCheckContent): [string, Worded][] {
  return [
    ["audience", content.audienceQuestion.prompt],
    ["audience hint", content.audienceQuestion.hint],
    ...content.audienceQuestion.options.map((o): [string, Worded] => [`audience ${o.value}`, o.label]),
    ...content.questions.flatMap((q): [string, Worded][] => [
      [`${q.id} topic`, q.topic],
      [`${q.id} prompt`, q.prompt],
      ...(q.hint ? [[`${q.id} hint`, q.hint] as [string, Worded]] : []),
      ...q.options.flatMap((o): [string, Worded][] => [
        [`${q.id}=${o.value}`, o.label],
        [`${q.id}=${o.value} summary`, o.summary],
      ]),
    ]),
    ...content.rules.flatMap((r): [string, Worded][] => [
      [`rule ${r.id}`, r.reason],
      ...(r.askFor ? [[`rule ${r.id} askFor`, r.askFor] as [string, Worded]] : []),
    ]),
    ...content.notes.map((n): [string, Worded] => [`note ${n.id}`, n.text]),
    ...resultIds.flatMap((id): [string, Worded][] => [
      [`${id} title`, content.results[id].title],
      [`${id} intro`, content.results[id].intro],
      [`${id} summary`, content.results[id].summary],
    ]),
    ["not a diagnosis", content.notADiagnosis],
    ["what to expect", content.whatToExpect],
    ...Object.entries(content.summary.choices).map(([id, text]): [string, Worded] => [`summary ${id}`, text]),
  ];
}

const spanishTexts = textsOf(spanish);
const spanishWords = spanishTexts.flatMap(([, text]) => audiences.map((a) => word(text, a)));

describe("the self-check in Spanish", () => {
  it("has Spanish words for every question, answer, rule, note and result the English has", () => {
    expect(spanishTexts.map(([where]) => where)).toEqual(textsOf(english).map(([where]) => where));
    const englishByPlace = new Map(textsOf(english));
    // Short answers such as "No" are the same word in both languages; anything longer is not.
    const untranslated = spanishTexts.filter(([where, text]) =>
      audiences.some((a) => word(text, a).length > 3 && word(text, a) === word(englishByPlace.get(where)!, a)),
    );
    expect(untranslated.map(([where]) => where)).toEqual([]);
  });

  it("refuses a catalogue with a gap: a missing answer or hint stops the build", () => {
    const missingAnswer = structuredClone(spanishSelfCheck);
    delete (missingAnswer.questions.home.options as Partial<SpanishSelfCheck["questions"]["home"]["options"]>).unsafe;
    expect(() => localize(english, missingAnswer)).toThrow(/no Spanish words for an answer to "home" "unsafe"/);
    const missingHint = structuredClone(spanishSelfCheck);
    delete missingHint.questions.time.hint;
    expect(() => localize(english, missingHint)).toThrow(/the hint of "time"/);
    const missingRule = structuredClone(spanishSelfCheck) as { rules: Partial<SpanishSelfCheck["rules"]> };
    delete missingRule.rules.unclear;
    expect(() => localize(english, missingRule as SpanishSelfCheck)).toThrow(/rule "unclear"/);
  });

  it("follows the same rules as the English: only the words differ", () => {
    expect(() => checkSelfCheck(spanish)).not.toThrow();
    for (const [i, question] of spanish.questions.entries()) {
      expect(question.options.map((o) => [o.value, o.flags])).toEqual(
        english.questions[i].options.map((o) => [o.value, o.flags]),
      );
    }
    let sets = 0;
    for (const answers of everyAnswerSet(english.questions.slice(0, 6))) {
      const full = { ...outpatientAnswers, ...answers };
      expect(evaluate(full, spanish)).toEqual(evaluate(full, english));
      sets++;
    }
    expect(sets).toBeGreaterThan(1000);
  });

  it("words a result for the visitor or for their loved one", () => {
    const outcome = evaluate({ ...iopAnswers, health: "daily-care", readiness: "not-ready" });
    expect(describeOutcome(outcome, "self", spanish).reasons[0]).toMatch(/^Usted dijo que ahora necesita atención/);
    expect(describeOutcome(outcome, "other", spanish).reasons[0]).toMatch(/^Usted dijo que su ser querido necesita/);
    const harm = spanish.questions.find((q) => q.id === "harm")!;
    expect(word(harm.prompt, "self")).toMatch(/^Ahora mismo, ¿tiene ideas/);
    expect(word(harm.prompt, "other")).toMatch(/su ser querido/);
  });

  it("names the loved one in every 'someone else' version, and never in the 'me' version", () => {
    const twoWay = spanishTexts.flatMap(([where, text]) => (typeof text === "string" ? [] : [[where, text] as const]));
    expect(twoWay.length).toBeGreaterThan(20);
    // Spanish third person matches usted, so the other version names the person; short answer labels
    // ("Quiere ayuda", "Tiene dudas") speak of them without a first-person word.
    const lovedOne = /su ser querido|\b(tiene|quiere|necesita|ha)\b|\ble da\b/i;
    expect(twoWay.filter(([, t]) => !lovedOne.test(t.other)).map(([where]) => where)).toEqual([]);
    expect(twoWay.filter(([, t]) => /ser querido/i.test(t.self)).map(([where]) => where)).toEqual([]);
    expect(
      twoWay.filter(([, t]) => /\b(me|mi|mis|yo|tengo|quiero|necesito|he)\b/i.test(t.other)).map(([w]) => w),
    ).toEqual([]);
  });

  it("says usted, never tú", () => {
    const all = [...spanishWords, ...Object.values(es)].join(" ");
    expect(all.match(/\b(tú|tienes|puedes|quieres|necesitas|estás|eres|tu|tus|te)\b/gi) ?? []).toEqual([]);
  });

  it("says it is not a diagnosis, for both audiences and on the page", () => {
    for (const audience of audiences) {
      expect(word(spanish.notADiagnosis, audience)).toMatch(/^Esto no es un diagnóstico\./);
    }
    expect(spanish.summary.heading).toContain("no es un diagnóstico");
    expect(es.notDiagnosisLead).toBe("No es un diagnóstico.");
  });

  it("keeps the interface words in both catalogues, with the same placeholders", () => {
    expect(Object.keys(es)).toEqual(Object.keys(en));
    const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(es[key])).toEqual(placeholders(en[key]));
  });

  it.each(audiences)("reads at Fernández-Huerta 65 or more for %s", (audience) => {
    const blocks = [...spanishTexts.map(([, text]) => word(text, audience)), ...Object.values(es)];
    const score = readabilityEs(blocks);
    expect(score, `Fernández-Huerta ${score.toFixed(1)}`).toBeGreaterThanOrEqual(65);
  });

  it("has no sentence longer than 25 words, and promises no outcome", () => {
    const long = spanishWords.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.split(/\s+/).length > 25);
    expect(long).toEqual([]);
    expect(spanishWords.join(" ")).not.toMatch(
      /\b(garantiza\w*|cura\b|curar\w*|éxito asegurado|se va a recuperar)|100\s?%/i,
    );
  });
});
