import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetServerSecretForTests } from "@/lib/db/server-secret";
import { resetEnvForTests } from "@/lib/env";
import { checkFormToken } from "@/lib/leads/guard";
import { prepareCallRequest, runSelfCheck } from "@/lib/actions/self-check";
import { nextState, readAnswers, startState } from "@/lib/self-check/flow";
import { selfCheckContent } from "@/lib/self-check/localize";
import { questions } from "@/lib/self-check/questions";
import { buildSummary } from "@/lib/self-check/summary";
import { iopAnswers } from "./answers";

const post = (fields: Record<string, string>) => {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
};

describe("the no-JavaScript steps", () => {
  it("asks who the check is about first, and says so if nobody was chosen", () => {
    expect(nextState(post({ intent: "audience" }))).toEqual({ stage: "audience", missing: true });
    expect(nextState(post({ intent: "audience", audience: "everyone" }))).toEqual({
      stage: "audience",
      missing: true,
    });
    expect(nextState(post({ intent: "audience", audience: "other" }))).toEqual({
      stage: "questions",
      audience: "other",
      answers: {},
    });
  });

  it("shows the result for the posted answers, keeps them for changes, and forgets them on start over", () => {
    const fields = { audience: "self", ...(iopAnswers as Record<string, string>) };
    expect(nextState(post({ ...fields, intent: "result" }))).toEqual({
      stage: "result",
      audience: "self",
      answers: iopAnswers,
    });
    expect(nextState(post({ ...fields, intent: "edit" }))).toEqual({
      stage: "questions",
      audience: "self",
      answers: iopAnswers,
    });
    expect(nextState(post({ ...fields, intent: "restart" }))).toBe(startState);
    expect(nextState(post({ ...fields, intent: "prepare", include: "junk" }))).toMatchObject({ include: "result" });
  });

  it("reads only the questions and answers it offers", () => {
    const answers = readAnswers(
      post({ harm: "no", impact: "<script>", note: "hello", medical: "yes ", home: "unsafe" }),
    );
    expect(answers).toEqual({ harm: "no", home: "unsafe" });
  });
});

describe("the summary a visitor can add to a call request", () => {
  it("holds the next step, and the answers only when asked to", () => {
    const short = buildSummary("other", iopAnswers, "result");
    expect(short).toBe(
      "From the self-check on your website (not a diagnosis):\nAbout: someone I care about\nSuggested next step: IOP may fit",
    );
    const full = buildSummary("self", { ...iopAnswers, home: undefined }, "answers");
    expect(full).toContain("About: me");
    expect(full).toContain("- Thoughts of suicide or harm now: no");
    expect(full).toContain("- Home: skipped");
    expect(full.split("\n")).toHaveLength(3 + questions.length);
    expect(buildSummary("self", iopAnswers, "none")).toBe("");
  });

  it("is written in the self-check's language", () => {
    const spanish = selfCheckContent.es;
    expect(buildSummary("other", iopAnswers, "result", spanish)).toBe(
      "De la autoevaluación de su sitio web (no es un diagnóstico):\nPara quién: para un ser querido\nPaso siguiente sugerido: el IOP puede servir",
    );
    const full = buildSummary("self", { ...iopAnswers, home: undefined }, "answers", spanish);
    expect(full).toContain("- Ideas de suicidio o de hacer daño ahora: no");
    expect(full).toContain("- La casa: sin respuesta");
  });

  it.each(["en", "es"] as const)("always fits the call request's 1,000-character note (%s)", (locale) => {
    const content = selfCheckContent[locale];
    const longest = Object.fromEntries(
      content.questions.map((q) => [q.id, [...q.options].sort((a, b) => b.summary.length - a.summary.length)[0].value]),
    );
    expect(buildSummary("other", longest, "answers", content).length).toBeLessThanOrEqual(1000);
  });
});

describe("the Server Actions", () => {
  beforeEach(() => {
    vi.stubEnv("FORM_SECRET", "a-test-secret-that-is-at-least-32-characters");
    resetServerSecretForTests();
    resetEnvForTests();
  });

  it("open a call request with a fresh signed token and the summary, without JavaScript", async () => {
    const fields = { audience: "self", ...(iopAnswers as Record<string, string>), include: "answers" };
    const state = await runSelfCheck(startState, post({ ...fields, intent: "prepare" }));
    if (state.stage !== "result" || !state.prepared) throw new Error(`expected a prepared result, got ${state.stage}`);
    expect(state.prepared.summary).toBe(buildSummary("self", iopAnswers, "answers"));
    expect(await checkFormToken(state.prepared.token, "call-request")).toEqual({ ok: false, reason: "too-fast" });
    expect((await checkFormToken(state.prepared.token, "call-request", new Date(Date.now() + 5_000))).ok).toBe(true);
  });

  it("prepare the summary in the page's language without JavaScript", async () => {
    const fields = { audience: "other", ...(iopAnswers as Record<string, string>), include: "result", language: "es" };
    const state = await runSelfCheck(startState, post({ ...fields, intent: "prepare" }));
    if (state.stage !== "result" || !state.prepared) throw new Error(`expected a prepared result, got ${state.stage}`);
    expect(state.prepared.summary).toBe(buildSummary("other", iopAnswers, "result", selfCheckContent.es));
    expect(state.prepared.summary).toMatch(/^De la autoevaluación/);
  });

  it("with JavaScript, take only the summary, cleaned and capped", async () => {
    const prepared = await prepareCallRequest(`  Line one\r\nLine\u0007 two\u202E  ${"x".repeat(2000)}`);
    expect(prepared.summary.startsWith("Line one\nLine two")).toBe(true);
    expect(prepared.summary.length).toBeLessThanOrEqual(1000);
    expect((await checkFormToken(prepared.token, "call-request", new Date(Date.now() + 5_000))).ok).toBe(true);
  });

  it("go step by step without JavaScript", async () => {
    expect(await runSelfCheck(startState, post({ intent: "audience", audience: "self" }))).toEqual({
      stage: "questions",
      audience: "self",
      answers: {},
    });
  });
});
