import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { center } from "@/lib/center/schema";
import type { BestTime } from "@/lib/forms/choices";
import type { FormState } from "@/lib/forms/form-state";
import { clientKey, leadLimit, screenSubmission } from "@/lib/leads/guard";
import { receiveLead } from "@/lib/leads/delivery";
import type { LeadInput, LeadKind } from "@/lib/leads/types";
import { formatUsPhone } from "@/lib/phone";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translate";
import { parseVisit, VISIT_FIELDS } from "@/lib/leads/visit";

/**
 * The path every submission takes, for both forms' Server Actions (lib/actions/): bot screen, the form's own validation,
 * the store with the rate limit (counted only for valid forms, so someone fixing typos is
 * never locked out), then the confirmation page. Nothing is reported as received unless it was stored.
 */
/** What the visitor is told when a form is not taken, in the language they filled it in. */
function refusalsIn(locale: Locale) {
  const t = translator(locale, "formPages.refused");
  const callUs = t("callUs", { phone: formatUsPhone(center.phones.admissions) });
  return {
    "too-fast": t("tooFast"),
    expired: t("expired"),
    "token-used": t("tokenUsed"),
    refused: `${t("refused")} ${callUs}`,
    limited: `${t("limited")} ${callUs}`,
    storage: `${t("storage")} ${callUs}`,
    invalid: t("invalid"),
  };
}

/**
 * Worded once per language: formatting them took a translator and seven ICU messages on every
 * post, refused or not (a millisecond or two of the server's one thread per post in a burst).
 */
const refusalTexts = new Map<Locale, ReturnType<typeof refusalsIn>>();
function refusals(locale: Locale): ReturnType<typeof refusalsIn> {
  let texts = refusalTexts.get(locale);
  if (!texts) {
    texts = refusalsIn(locale);
    refusalTexts.set(locale, texts);
  }
  return texts;
}

/** Each form's confirmation page by language. */
const receivedPaths = {
  "call-request": appPages.requestCallReceived,
  "insurance-check": appPages.verifyInsuranceReceived,
};
const formPaths = { "call-request": appPages.requestCall, "insurance-check": appPages.verifyInsurance };

type Validated<F extends string> =
  | { ok: true; lead: Omit<LeadInput, "sourcePage" | "language" | "tokenNonce" | "tokenExpiresAt">; bestTime: BestTime }
  | { ok: false; fieldErrors: Partial<Record<F, string[]>> };

export async function submitLead<F extends string>(
  form: { kind: LeadKind; locale: Locale },
  formData: FormData,
  values: Partial<Record<F, string>>,
  validate: () => Promise<Validated<F>>,
): Promise<FormState<F>> {
  const messages = refusals(form.locale);
  const failed = (message: string): FormState<F> => ({ status: "failed", message, values });
  const screened = await screenSubmission({
    kind: form.kind,
    token: text(formData, "formToken"),
    honeypot: text(formData, "website"),
  });
  if (!screened.ok) {
    if (screened.reason === "too-fast") return failed(messages["too-fast"]);
    // A person on an old page: the no-JS answer is a fresh page with a new token and their answers.
    if (screened.reason === "expired") return failed(messages.expired);
    return failed(messages.refused);
  }

  const validated = await validate();
  if (!validated.ok)
    return { status: "invalid", message: messages.invalid, fieldErrors: validated.fieldErrors, values };

  const requestHeaders = await headers();
  const lead = {
    ...validated.lead,
    sourcePage: sourcePageOf(formData, formPaths[form.kind][form.locale]),
    language: form.locale,
    visit: parseVisit(
      formData.get(VISIT_FIELDS.landing),
      formData.get(VISIT_FIELDS.referrer),
      requestHeaders.get("host")?.split(":")[0],
    ),
    tokenNonce: screened.token.nonce,
    tokenExpiresAt: screened.token.expiresAt,
  } as LeadInput;
  const confirm = (reference: string, already: boolean) => {
    const query = new URLSearchParams({ ref: reference, time: validated.bestTime });
    if (already) query.set("already", "1");
    return `${receivedPaths[form.kind][form.locale]}?${query}`;
  };

  let destination: string;
  try {
    // Pressing "send" again on a request we already have is not a flood: it is confirmed, not counted.
    const received = await receiveLead(lead, { limit: leadLimit(form.kind, clientKey(requestHeaders)) });
    if (received.outcome === "limited") return failed(messages.limited);
    if (received.outcome === "token-used") return failed(messages["token-used"]);
    destination = confirm(received.reference, received.outcome === "duplicate");
  } catch {
    return failed(messages.storage);
  }
  redirect(destination);
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The site page the visitor came from, for admissions; never an outside address. */
function sourcePageOf(formData: FormData, fallback: string): string {
  const value = formData.get("sourcePage");
  return typeof value === "string" && /^\/[a-z0-9\-/]{0,80}$/.test(value) ? value : fallback;
}
