import "server-only";
import { headers } from "next/headers";

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
