/**
 * Form tokens for the bench's posts, made the way the server makes them (same code, same
 * FORM_SECRET), so no post has to wait for a rendered form to age. Run under
 * `tsx --conditions react-server` (bench/run.sh does), which lib/ needs for "server-only".
 *
 * Imported lazily: a lib/ that fails to load breaks only the steps that post forms.
 */
export type FormKind = "call-request" | "insurance-check";

/** The server refuses a token younger than 3 s (a bot's fill time); this one is older. */
const TOKEN_AGE_MS = 3_500;

export async function formToken(kind: FormKind): Promise<string> {
  const { issueFormToken } = await import("../../lib/leads/guard");
  const issuedAt = new Date(Date.now() - TOKEN_AGE_MS);
  return issueFormToken(kind, issuedAt);
}
