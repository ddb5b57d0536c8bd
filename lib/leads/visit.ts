/**
 * Where a visit came from, first-party only: the page the visit landed on, the host of the
 * site that linked to it, and the utm_source/medium/campaign of the landing address. The tab
 * keeps them in sessionStorage (components/forms/visit-fields.tsx) and the form posts them;
 * without JavaScript the form page fills them from its own address and Referer. Nothing here
 * is sent anywhere else. Only the path is kept of the landing page: a query can hold anything.
 */
export type Visit = {
  landingPage?: string;
  referrerHost?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
};

/** The form's hidden fields. */
export const VISIT_FIELDS = { landing: "visitLanding", referrer: "visitReferrer" } as const;

const PATH = /^\/[A-Za-z0-9\-._~/%]{0,200}$/;
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const UTM_MAX = 100;

function utm(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.replace(/[\p{Cc}]+/gu, " ").trim().slice(0, UTM_MAX);
  return value || undefined;
}

/** Reads what a form posted; anything malformed is dropped, never an error for the visitor. */
export function parseVisit(landing: unknown, referrer: unknown, ownHost?: string): Visit {
  const visit: Visit = {};
  if (typeof landing === "string" && landing.startsWith("/") && !landing.startsWith("//") && landing.length <= 1000) {
    const url = new URL(landing, "http://site.invalid");
    if (PATH.test(url.pathname)) visit.landingPage = url.pathname;
    visit.utmSource = utm(url.searchParams, "utm_source");
    visit.utmMedium = utm(url.searchParams, "utm_medium");
    visit.utmCampaign = utm(url.searchParams, "utm_campaign");
  }
  const host = typeof referrer === "string" ? referrer.trim().toLowerCase().replace(/^www\./, "") : "";
  if (HOST.test(host) && host !== ownHost?.replace(/^www\./, "")) visit.referrerHost = host;
  return Object.fromEntries(Object.entries(visit).filter(([, v]) => v !== undefined)) as Visit;
}

/**
 * Without JavaScript: the form page's own address and the Referer it was opened with. A link
 * from outside makes the form page the landing page; a link from this site names the page it
 * came from (the nearest thing to a landing page the server can see).
 */
export function visitFromRequest(
  formPath: string,
  query: Record<string, string | string[] | undefined>,
  referer: string | null,
  host: string | null,
): { landing: string; referrer: string } {
  const params = new URLSearchParams();
  for (const name of ["utm_source", "utm_medium", "utm_campaign"]) {
    const value = query[name];
    if (typeof value === "string") params.set(name, value.slice(0, UTM_MAX));
  }
  const own = `${formPath}${params.size ? `?${params}` : ""}`;
  if (!referer) return { landing: own, referrer: "" };
  try {
    const from = new URL(referer);
    if (host && from.host === host) return { landing: `${from.pathname}${from.search}`, referrer: "" };
    return { landing: own, referrer: from.hostname };
  } catch {
    return { landing: own, referrer: "" };
  }
}
