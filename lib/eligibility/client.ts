import "server-only";
import { setTimeout } from "node:timers/promises";
import type { EligibilityRequest } from "@/lib/eligibility/request";

/**
 * One eligibility request to the configured clearinghouse over Node's fetch. A timeout, a
 * dropped connection, a 5xx or a 429 (Stedi's troubleshooting guide: "You exceeded your Stedi
 * concurrency limit. Retry") is tried again with backoff; an answer carrying the payer's AAA
 * errors is an answer, never retried (Stedi returns them with 200, and with 400 for some
 * provider errors); any other refusal (a wrong key, a request the API rejects) is not retried.
 * Redirects are refused: the data goes to the configured address or nowhere. An aborted
 * request (the server stopping) throws, so the caller records no attempt.
 */
export type Settings = { url: string; key: string };

type FailureCategory = "timeout" | "connection" | "tls" | "server-error" | "throttled" | "refused" | "unreadable";

export type ClientResult =
  | { kind: "answer"; body: unknown; raw: string; ms: number }
  | { kind: "failure"; category: FailureCategory; retryable: boolean; status?: number; ms: number };

export type ClientOptions = {
  timeoutMs: number;
  /** Aborts the request and any wait between tries (a server stopping). */
  signal?: AbortSignal;
  /** Tries after the first; each waits backoffMs, doubling, with up to half again of jitter. */
  retries?: number;
  backoffMs?: number;
};

const DEFAULT_RETRIES = 2;
const DEFAULT_BACKOFF_MS = 1_000;

export async function postEligibility(
  request: EligibilityRequest,
  settings: Settings,
  options: ClientOptions,
): Promise<ClientResult> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const result = await postOnce(request, settings, options);
    if (result.kind === "answer" || !result.retryable || attempt >= retries)
      return { ...result, ms: Date.now() - started };
    const delay = backoffMs * 2 ** attempt;
    await setTimeout(delay + Math.random() * (delay / 2), undefined, { signal: options.signal });
  }
}

type Outcome =
  | { kind: "answer"; body: unknown; raw: string }
  | { kind: "failure"; category: FailureCategory; retryable: boolean; status?: number };

async function postOnce(request: EligibilityRequest, settings: Settings, options: ClientOptions): Promise<Outcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  let status: number;
  let raw: string;
  try {
    const response = await fetch(settings.url, {
      method: "POST",
      headers: { Authorization: settings.key, "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(request),
      redirect: "error",
      signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
    });
    status = response.status;
    raw = await response.text();
  } catch (error) {
    // Stopped on purpose: nothing to classify, the caller leaves the check for later.
    if (options.signal?.aborted) throw error;
    return { kind: "failure", ...networkFailure(error) };
  }
  if (status >= 500) return { kind: "failure", category: "server-error", retryable: true, status };
  if (status === 429) return { kind: "failure", category: "throttled", retryable: true, status };
  const body = jsonOrUndefined(raw);
  if (body !== undefined && (status < 300 || hasAaaErrors(body))) return { kind: "answer", body, raw };
  return { kind: "failure", category: status < 300 ? "unreadable" : "refused", retryable: false, status };
}

function networkFailure(error: unknown): { category: FailureCategory; retryable: boolean } {
  if (error instanceof DOMException && error.name === "TimeoutError") return { category: "timeout", retryable: true };
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && "code" in cause && typeof cause.code === "string" ? cause.code : "";
  // A certificate the clearinghouse's name does not match will not fix itself by retrying.
  if (/CERT|SSL|TLS|SELF_SIGNED/.test(code)) return { category: "tls", retryable: false };
  // Undici's words for a redirect refused by `redirect: "error"`: the address is wrong, not down.
  if (cause?.message === "unexpected redirect") return { category: "refused", retryable: false };
  return { category: "connection", retryable: true };
}

function jsonOrUndefined(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Stedi bubbles every level's AAA errors up to `errors`; an AAA error anywhere is the payer's answer. */
function hasAaaErrors(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const { errors } = body as { errors?: unknown };
  return (
    Array.isArray(errors) &&
    errors.some(
      (e) =>
        typeof e === "object" && e !== null && ("followupAction" in e || (e as { field?: unknown }).field === "AAA"),
    )
  );
}
