import { NextResponse, type NextRequest } from "next/server";
import { isTooLarge, tooLargePath } from "@/lib/forms/body-limits";
import { crossSiteRefusal } from "@/lib/security/cross-site-refusal";
import { contentSecurityPolicy, routeOwnPolicy } from "@/lib/security/content-security-policy";
import { prerenderedPageHashes, staticErrorPageHashes } from "@/lib/security/static-page-scripts";

/**
 * Gives every response its Content-Security-Policy (see lib/security/content-security-policy.ts):
 * a statically generated page gets the hashes of its own inline scripts; anything else a fresh
 * nonce, which Next.js reads from the request's copy of the policy and adds to the scripts of
 * the page it renders. Static pages carry no nonce, so a cached copy repeats none.
 */
export function proxy(request: NextRequest) {
  // Refused by its stated size before anything reads it, with a page that says what to do.
  if (request.method === "POST" && isTooLarge(request.nextUrl.pathname, request.headers.get("content-length"))) {
    return NextResponse.redirect(new URL(tooLargePath(request.nextUrl.pathname), request.url), 303);
  }
  const refused = crossSiteRefusal(request.method, request.nextUrl.pathname, request.headers);
  if (refused) return refused;
  const development = process.env.NODE_ENV === "development";
  // next dev renders every page per request; build output lying around would be stale.
  const pageHashes = development ? undefined : prerenderedPageHashes(request.nextUrl.pathname);
  const policy =
    routeOwnPolicy(request.nextUrl.pathname) ??
    contentSecurityPolicy(
      pageHashes
        ? { scriptHashes: pageHashes }
        : {
            nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64"),
            scriptHashes: development ? [] : staticErrorPageHashes(),
            development,
          },
    );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (request.nextUrl.pathname === "/staff" || request.nextUrl.pathname.startsWith("/staff/")) {
    // The staff inbox holds health information: never kept by a browser or proxy, never indexed.
    response.headers.set("Cache-Control", "no-store");
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
  }
  return response;
}

export const config = {
  // Hashed, immutable build files get their policy from next.config.ts instead.
  matcher: ["/((?!_next/static/).*)"],
};
