import "server-only";
import { headers } from "next/headers";
import { visitFromRequest } from "@/lib/leads/visit";

/** The page on this site that sent the visitor to a form (from the Referer header), for admissions' context. */
export async function referringPage(fallback: string): Promise<string> {
  const list = await headers();
  const referer = list.get("referer");
  const host = list.get("host");
  if (!referer || !host) return fallback;
  try {
    const url = new URL(referer);
    return url.host === host && url.pathname !== fallback ? url.pathname : fallback;
  } catch {
    return fallback;
  }
}

/** Where the visit came from, read from the form page's own request (for visitors without JavaScript). */
export async function formPageVisit(
  formPath: string,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ landing: string; referrer: string }> {
  const list = await headers();
  return visitFromRequest(formPath, await searchParams, list.get("referer"), list.get("host"));
}
