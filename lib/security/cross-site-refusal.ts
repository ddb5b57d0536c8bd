/**
 * A form post to the staff area from another site. Next.js refuses such a Server Action call
 * too, but as a bare 500 "Internal Server Error"; this answers first, plainly: refused, nothing
 * changed, and where to go. The test is Next's own: the Origin's host against the host the
 * request was sent to (X-Forwarded-Host if a proxy set it).
 */
const PAGE = `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Refused: sent from another site · Staff</title>
</head>
<body>
<main>
<h1>Refused: this came from another website</h1>
<p>A form on another website tried to send a change to the staff inbox, so it was refused. Nothing was changed.</p>
<p>If you were working in the inbox, go back to <a href="/staff">the inbox</a> and make the change there again.</p>
</main>
</body>
</html>
`;

export function crossSiteRefusal(method: string, pathname: string, headers: Headers): Response | undefined {
  if (method !== "POST" || !(pathname === "/staff" || pathname.startsWith("/staff/"))) return undefined;
  const origin = headers.get("origin");
  if (!origin) return undefined;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (origin !== "null" && host && originHost(origin) === host) return undefined;
  return new Response(PAGE, {
    status: 403,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex, nofollow",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
