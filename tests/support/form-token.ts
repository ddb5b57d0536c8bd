import type { Locator, Page } from "@playwright/test";
import { issueFormToken } from "@/lib/leads/guard";
import { e2eDataDir, e2eFormSecret } from "@/tests/support/e2e-paths";

export type FormKind = "call-request" | "insurance-check";

// lib/env reads these on first use: the e2e server's values, so the tokens made here verify there.
process.env.FORM_SECRET = e2eFormSecret;
process.env.DATA_DIR = e2eDataDir;

/**
 * A valid token for a `kind` form, issued `ageMs` ago: past the server's fill-time guard
 * (3 s) without the test waiting for it. The site's own code signs it, never a copy here.
 */
export function formTokenIssuedAgo(kind: FormKind, ageMs = 10_000): Promise<string> {
  return issueFormToken(kind, new Date(Date.now() - ageMs));
}

/** Puts a fresh token in the form's hidden `formToken` input; call it just before submitting. */
export async function stampFormToken(scope: Page | Locator, kind: FormKind): Promise<void> {
  await scope
    .locator('input[name="formToken"]')
    .evaluate((input: HTMLInputElement, token) => (input.value = token), await formTokenIssuedAgo(kind));
}
