import { describe, expect, it } from "vitest";
import es from "@/messages/es/selfCheck.json";
import { describeOutcome, evaluate } from "@/lib/self-check/evaluate";
import { selfCheckContent } from "@/lib/self-check/localize";
import { audiences, word, type Answers, type Audience, type ResultId } from "@/lib/self-check/model";
import { iopAnswers, outpatientAnswers } from "./answers";

/**
 * Answer sets a licensed addiction clinician would try, and what each must lead to, in both
 * languages: the result, the rules and notes behind it, and the words a visitor must read
 * (and must not). The rules are one set (lib/self-check/rules.ts); the words are per language.
 */
type Words = { en: RegExp[]; es: RegExp[] };
type Case = {
  answers: Answers;
  audience?: Audience;
  result: ResultId;
  /** The rules that give the reasons, in order. */
  rules?: string[];
  notes?: string[];
  notNotes?: string[];
  says?: Words;
  never?: Words;
};

const noDetox: Words = { en: [/detox/i], es: [/desintoxicación/i] };
const noIop: Words = { en: [/IOP may be a good fit/], es: [/Vale la pena preguntar por el IOP/] };
const withoutAnswer = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

const cases: Record<string, Case> = {
  "fentanyl every day, daily life affected quite a lot": {
    answers: { ...iopAnswers, opioids: "daily", health: "steady", "past-care": "none" },
    result: "iop",
    rules: ["opioid-daily", "impact-moderate"],
    notes: ["naloxone", "opioid-medication"],
    notNotes: ["withdrawal-caution", "withdrawal-check"],
    says: {
      en: [
        /buprenorphine/i,
        /methadone/i,
        /extended-release naltrexone/i,
        /start right away and go on during IOP/,
        /naloxone/,
        /without a prescription/,
        /Never use alone/,
        /Fentanyl/,
        /tolerance/,
        /rarely deadly in itself/,
      ],
      es: [
        /buprenorfina/i,
        /metadona/i,
        /naltrexona de acción prolongada/,
        /empezar de inmediato y seguir durante el IOP/,
        /naloxona/,
        /sin receta/,
        /Nunca consuma a solas/,
        /fentanilo/,
        /tolerancia/,
        /casi nunca es mortal en sí/,
      ],
    },
    never: noDetox,
  },
  "fentanyl every day, for a loved one": {
    audience: "other",
    answers: { ...iopAnswers, opioids: "daily" },
    result: "iop",
    notes: ["naloxone", "opioid-medication"],
    says: { en: [/Keep naloxone \(Narcan\) at home/, /Ask them never to use alone/], es: [/Pídale a su ser querido/] },
    never: noDetox,
  },
  "fentanyl every day, daily life only a little affected": {
    answers: { ...outpatientAnswers, opioids: "daily" },
    result: "iop",
    rules: ["opioid-daily"],
    notes: ["naloxone", "opioid-medication"],
    never: noDetox,
  },
  "pain pills not as prescribed, some days": {
    answers: { ...outpatientAnswers, opioids: "some" },
    result: "outpatient",
    notes: ["naloxone", "opioid-medication"],
  },
  "not sure about opioids": {
    answers: { ...outpatientAnswers, opioids: "not-sure" },
    result: "outpatient",
    notes: ["naloxone"],
    notNotes: ["opioid-medication"],
  },
  "heroin and heavy drinking every day: detox for the alcohol, medication for the opioids": {
    answers: { ...iopAnswers, opioids: "daily", "daily-use": "yes" },
    result: "higher-care",
    rules: ["heavy-daily-use"],
    notes: ["naloxone", "opioid-medication"],
    says: { en: [/medical detox/, /seizures/], es: [/desintoxicación médica/, /convulsiones/] },
  },
  "heavy drinking every day, in the morning or to stop the shakes": {
    answers: { ...iopAnswers, "daily-use": "yes" },
    result: "higher-care",
    rules: ["heavy-daily-use"],
    says: { en: [/medical detox/, /can kill/], es: [/desintoxicación médica/, /puede matar/] },
  },
  "a benzo taken every day as prescribed": {
    answers: { ...iopAnswers, "daily-use": "prescribed" },
    result: "iop",
    notes: ["sedative-prescribed"],
    says: { en: [/Do not stop it or cut back on your own/], es: [/No lo deje ni tome menos por su cuenta/] },
  },
  "thoughts of suicide in the past month, none right now": {
    answers: { ...iopAnswers, "suicide-month": "thoughts" },
    result: "iop",
    notes: ["suicide-thoughts"],
    says: {
      en: [/call or text 988/, /at your assessment/],
      es: [/llame al 988 y marque 2/, /mande AYUDA por texto al 988/, /en su evaluación/],
    },
  },
  "not sure about thoughts of suicide in the past month, for a loved one": {
    audience: "other",
    answers: { ...outpatientAnswers, "suicide-month": "not-sure" },
    result: "outpatient",
    notes: ["suicide-thoughts"],
    says: { en: [/you or they can call or text 988/, /their assessment/], es: [/marcar 2/, /AYUDA/] },
  },
  "a suicide attempt in the past month": {
    answers: { ...iopAnswers, "suicide-month": "attempt" },
    result: "urgent",
    rules: ["suicide-attempt"],
    says: {
      en: [/mental health check today/, /Tell the doctor about the attempt/, /hospital stay or a day program/],
      es: [/revisión de salud mental hoy mismo/, /Cuéntele al médico sobre el intento/, /hospitalización parcial/],
    },
    never: noIop,
  },
  "hearing voices, outside withdrawal": {
    answers: { ...iopAnswers, psychosis: "yes" },
    result: "urgent",
    rules: ["psychosis"],
    says: {
      en: [/mental health check today/, /psychiatrist or at an emergency room/, /call 911/],
      es: [/revisión de salud mental hoy mismo/, /psiquiatra o en una sala de emergencias/, /llame al 911/],
    },
    never: noIop,
  },
  "days without sleep, while everything else points to IOP": {
    answers: { ...iopAnswers, psychosis: "yes", opioids: "daily", "past-care": "step-down" },
    result: "urgent",
    rules: ["psychosis"],
    notes: ["naloxone"],
    never: noIop,
  },
  "voices, and seeing things in withdrawal too": {
    answers: { ...iopAnswers, psychosis: "yes", withdrawal: "yes" },
    result: "urgent",
    rules: ["psychosis"],
  },
  "not sure about voices or paranoia": {
    answers: { ...iopAnswers, psychosis: "not-sure" },
    result: "iop",
    notes: ["psychosis-unsure"],
    says: { en: [/mental health check soon/], es: [/Pida pronto una revisión de salud mental/, /marque 2/] },
  },
  "thoughts of suicide right now, and an attempt this month": {
    answers: { ...iopAnswers, harm: "yes", "suicide-month": "attempt" },
    result: "crisis",
    rules: ["harm-thoughts"],
    notes: [],
  },
  "withdrawal question skipped, without JavaScript": {
    answers: withoutAnswer(iopAnswers, "withdrawal"),
    result: "iop",
    notes: ["withdrawal-check"],
    says: {
      en: [/talk with a doctor before cutting back or stopping/i, /Ask for a withdrawal check/],
      es: [/hable con un médico antes de consumir menos/i, /Pida una revisión de la abstinencia/],
    },
  },
  "daily-use question skipped, without JavaScript": {
    answers: withoutAnswer(outpatientAnswers, "daily-use"),
    result: "outpatient",
    notes: ["withdrawal-check"],
  },
  "opioid question skipped, without JavaScript": {
    answers: withoutAnswer(iopAnswers, "opioids"),
    result: "iop",
    notes: ["naloxone", "withdrawal-check"],
  },
  "withdrawal skipped on a more-care result": {
    answers: withoutAnswer({ ...iopAnswers, home: "unsafe" }, "withdrawal"),
    result: "higher-care",
    notes: ["withdrawal-caution"],
    notNotes: ["withdrawal-check"],
    says: { en: [/Talk with a doctor before cutting back/], es: [/Hable con un médico antes de consumir menos/] },
  },
  "not sure about withdrawal, IOP result": {
    answers: { ...iopAnswers, withdrawal: "not-sure" },
    result: "iop",
    notes: ["withdrawal-check"],
  },
  "not sure about daily drinking or sedatives, outpatient result": {
    answers: { ...outpatientAnswers, "daily-use": "not-sure" },
    result: "outpatient",
    notes: ["withdrawal-check"],
  },
  "nothing answered, without JavaScript": {
    answers: {},
    result: "talk",
    rules: ["unclear"],
    notes: ["safety-unanswered", "naloxone", "withdrawal-check"],
    says: { en: [/call or text 988/], es: [/llame al 988 y marque 2/] },
    never: noIop,
  },
  "answers that point no way: the neutral default": {
    answers: withoutAnswer(outpatientAnswers, "impact"),
    result: "talk",
    rules: ["unclear"],
    says: { en: [/Talk with us about the next step/], es: [/Hable con nosotros sobre el paso siguiente/] },
    never: noIop,
  },
  "home not safe": {
    answers: { ...iopAnswers, home: "unsafe" },
    result: "higher-care",
    rules: ["home-unsafe"],
    notes: ["home-unsafe"],
    says: {
      en: [/National Domestic Violence Hotline/, /211/],
      es: [/Línea Directa Nacional de Violencia Doméstica/, /211/],
    },
  },
  "IOP answers with nothing unsafe": {
    answers: iopAnswers,
    result: "iop",
    notNotes: ["safety-unanswered", "suicide-thoughts", "naloxone", "withdrawal-check", "home-unsafe"],
  },
};

describe.each(["en", "es"] as const)("what a clinician would try, in %s", (locale) => {
  const content = selfCheckContent[locale];
  it.each(Object.entries(cases))("%s", (_name, c) => {
    const audience = c.audience ?? "self";
    const outcome = evaluate(c.answers, content);
    expect(outcome.result).toBe(c.result);
    if (c.rules) expect(outcome.ruleIds).toEqual(c.rules);
    if (c.notes?.length === 0) expect(outcome.noteIds).toEqual([]);
    for (const note of c.notes ?? []) expect(outcome.noteIds).toContain(note);
    for (const note of c.notNotes ?? []) expect(outcome.noteIds).not.toContain(note);

    const described = describeOutcome(outcome, audience, content);
    const text = content.results[outcome.result];
    const shown = [
      text.title,
      word(text.intro, audience),
      ...described.reasons,
      ...described.askFor,
      ...described.safetyNotes.map((n) => n.text),
      ...described.notes,
    ].join("\n");
    for (const pattern of c.says?.[locale] ?? []) expect(shown).toMatch(pattern);
    for (const pattern of c.never?.[locale] ?? []) expect(shown).not.toMatch(pattern);
  });

  it("offers the help lines as links with the notes that name them", () => {
    const lines = (answers: Answers) =>
      describeOutcome(evaluate(answers, content), "self", content).safetyNotes.map((n) => [n.id, n.lines]);
    expect(lines({ ...iopAnswers, "suicide-month": "thoughts" })).toEqual([["suicide-thoughts", ["lifeline"]]]);
    expect(lines({ ...iopAnswers, home: "unsafe" })).toEqual([["home-unsafe", ["domestic-violence", "local-help"]]]);
  });
});

describe("the Spanish crisis routes in the self-check", () => {
  it("say press 2, or text AYUDA, wherever they name 988", () => {
    const spanish = selfCheckContent.es;
    const texts = [
      ...spanish.rules.flatMap((r) => [r.reason, r.askFor ?? ""]),
      ...spanish.notes.map((n) => n.text),
      ...Object.values(spanish.results).flatMap((r) => [r.title, r.intro, r.summary]),
      ...spanish.questions.flatMap((q) => [q.prompt, q.hint ?? ""]),
    ].flatMap((t) => audiences.map((a) => word(t, a)));
    const sentences = [...texts, ...Object.values(es)].flatMap((t) => t.split(/(?<=[.!?])\s+/));
    const with988 = sentences.filter((s) => /\b988\b/.test(s));
    expect(with988.length).toBeGreaterThan(5);
    expect(with988.filter((s) => !/marque 2|marcar 2|AYUDA/.test(s))).toEqual([]);
  });
});
