import { expect, type APIResponse, type Page } from "@playwright/test";

type Policy = Map<string, string[]>;

export function parsePolicy(header: string): Policy {
  return new Map(
    header
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** Only the site itself: 'self', or a nonce or hash for one response's own inline scripts. */
const ownSource = /^('self'|'nonce-[A-Za-z0-9+/=]+'|'sha256-[A-Za-z0-9+/=]+')$/;

/** The headers every response must carry, pages, files and errors alike (see lib/security). */
export function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(csp, `${what}: exactly one Content-Security-Policy`).toHaveLength(1);
  const policy = parsePolicy(csp[0].value);
  expect(policy.get("default-src"), what).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'self'"]);
  expect(policy.get("form-action"), what).toEqual(["'self'"]);
  expect(policy.get("style-src"), `${what}: style sheets only from files`).toEqual(["'self'"]);
  expect(policy.has("style-src-elem"), `${what}: no separate rule for <style>`).toBe(false);
  // Inline style attributes only (see lib/security/content-security-policy.ts).
  expect(policy.get("style-src-attr") ?? ["'unsafe-inline'"], what).toEqual(["'unsafe-inline'"]);
  for (const directive of ["script-src", "style-src", "img-src", "font-src", "connect-src"]) {
    const sources = policy.get(directive) ?? [];
    expect(sources, `${what}: ${directive} starts from 'self'`).toContain("'self'");
    expect(
      sources.filter((source) => !ownSource.test(source)),
      `${what}: ${directive} allows only the site itself`,
    ).toEqual([]);
  }
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    expect(permissions, `${what}: Permissions-Policy denies ${feature}`).toMatch(new RegExp(`(^|, )${feature}=\\(\\)`));
  }
  // The e2e server is a production build, which always sends HSTS (see lib/security/headers.ts).
  const maxAge = Number(/max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1] ?? 0);
  expect(maxAge, `${what}: HSTS for at least a year`).toBeGreaterThanOrEqual(31_536_000);
}

/** Collects every CSP violation the page reports, from the DOM event and from the console. */
export async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  return violations;
}
