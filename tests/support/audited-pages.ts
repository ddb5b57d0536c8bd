import { standalonePagePaths } from "@/lib/seo/sitemap";
import { publicPaths } from "@/tests/support/site-pages";

/** The pages the quality gates (a11y, privacy, security, HTML validity) check, beyond publicPaths(). */
export const formPaths = ["/request-a-call", "/verify-insurance"];

/** A confirmation shows for any well-formed reference; these need not exist. */
export const confirmationPaths = [
  "/request-a-call/received?ref=QG-TEST-0001",
  "/verify-insurance/received?ref=QG-TEST-0002",
];

export const notFoundPath = "/no-such-page";

/** Every page a visitor can land on: content, forms, confirmations and the 404. */
export function auditedPaths(): string[] {
  return [...publicPaths(), ...standalonePagePaths, ...confirmationPaths, notFoundPath];
}
