import sitemap from "@/app/sitemap";
import type { FormKind } from "@/tests/support/form-token";

/** The lead forms, with the kind of token each posts (see tests/support/form-token.ts). */
export const forms: ReadonlyArray<{ path: string; kind: FormKind }> = [
  { path: "/request-a-call", kind: "call-request" },
  { path: "/verify-insurance", kind: "insurance-check" },
  { path: "/es/solicitar-llamada", kind: "call-request" },
  { path: "/es/verificar-seguro", kind: "insurance-check" },
];

/** A confirmation shows for any well-formed reference; these need not exist. */
export const confirmationPaths = [
  "/request-a-call/received?ref=QG-TEST-0001",
  "/verify-insurance/received?ref=QG-TEST-0002",
  "/es/solicitar-llamada/recibida?ref=QG-TEST-0003",
  "/es/verificar-seguro/recibida?ref=QG-TEST-0004",
];

export const notFoundPath = "/no-such-page";

/**
 * Every page the sitemap lists, from the site's own sitemap code: a page added there (a new
 * content page, a translation, an article) is walked by the browser tests without a list to edit.
 */
export function sitemapPaths(): string[] {
  return sitemap().map((entry) => new URL(entry.url).pathname);
}

/** Every page a visitor can land on: the sitemap's, the confirmations and the 404. */
export function auditedPaths(): string[] {
  return [...sitemapPaths(), ...confirmationPaths, notFoundPath];
}
