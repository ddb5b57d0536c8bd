"use server";

import { fieldTexts } from "@/lib/forms/field-text";
import { optionalNote } from "@/lib/forms/fields";
import { issueFormToken } from "@/lib/leads/guard";
import { nextState, type Prepared, type SelfCheckState } from "@/lib/self-check/flow";
import { selfCheckContent } from "@/lib/self-check/localize";
import { buildSummary } from "@/lib/self-check/summary";

/*
 * Neither action stores, logs or forwards anything: they answer the one request and forget it.
 * Nothing reaches admissions unless the visitor then sends the call-request form.
 */

const noteSchema = optionalNote(fieldTexts.en, "the summary");

/**
 * The self-check without JavaScript: each post returns the next step (questions, result, or
 * the result with a call-request form ready), rendered by the server from the posted answers.
 */
export async function runSelfCheck(_previous: SelfCheckState, formData: FormData): Promise<SelfCheckState> {
  const next = nextState(formData);
  if (next.stage !== "result" || !next.include) return next;
  const content = selfCheckContent[next.locale ?? "en"];
  return { ...next, prepared: await prepareNote(buildSummary(next.audience, next.answers, next.include, content)) };
}

/**
 * With JavaScript: the summary the visitor chose (never the answers themselves) in, a fresh
 * signed form token and the cleaned note out, so the call-request form can open inline.
 */
export async function prepareCallRequest(summary: string): Promise<Prepared> {
  return prepareNote(summary);
}

async function prepareNote(summary: unknown): Promise<Prepared> {
  const parsed = noteSchema.safeParse(typeof summary === "string" ? summary.slice(0, 1000) : "");
  return { token: await issueFormToken("call-request"), summary: parsed.success ? (parsed.data ?? "") : "" };
}
