/**
 * The config ships with fictional demo values. Published under a real address they would be
 * false statements: a "clinically reviewed by" line naming a person who does not exist, a
 * license that is not one, a phone number nobody answers. These find every such value, so a
 * production server can refuse to start until each is replaced.
 */

const demoMarks: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  // 555-0100 to 555-0199 are the numbers set aside for fiction, in any formatting.
  { pattern: /555\D?01\d\d/, what: "a 555-01xx demo phone number" },
  { pattern: /\bexample\.(org|com|net)\b/i, what: "an example.org demo address" },
  { pattern: /\bEXAMPLE-/, what: "an EXAMPLE- demo license number" },
  { pattern: /\bExample (Avenue|Street)\b/, what: "the demo street address" },
  { pattern: /\(demo\b|\bdemo value|valor de demostración/i, what: "a value marked as a demo" },
];

/** One line per demo value: the field's path in the config and what is wrong with it. */
export function findDemoValues(config: unknown, path = ""): string[] {
  if (typeof config === "string") {
    const mark = demoMarks.find(({ pattern }) => pattern.test(config));
    return mark ? [`${path}: "${config}" is ${mark.what}`] : [];
  }
  if (Array.isArray(config)) return config.flatMap((item, index) => findDemoValues(item, `${path}[${index}]`));
  if (config && typeof config === "object") {
    const record = config as Record<string, unknown>;
    const person = record.demo === true ? [`${path}: ${String(record.name ?? "this person")} is a demo person`] : [];
    return [
      ...person,
      ...Object.entries(record).flatMap(([key, value]) => findDemoValues(value, path ? `${path}.${key}` : key)),
    ];
  }
  return [];
}

/**
 * Whether SITE_URL is where the public will read the site: not this machine, and not a name
 * reserved for examples and tests (RFC 2606, RFC 6761).
 */
export function isPublicAddress(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127\./.test(host)) return false;
  if (/(^|\.)example\.(org|com|net)$/.test(host)) return false;
  return !/\.(test|example|invalid|localhost)$/.test(host);
}

/**
 * Stops a server that would publish demo values under a public address. A local or reserved
 * address, or a local preview (LOCAL_PREVIEW=1), may show them: there they are the point.
 */
export function refuseDemoValuesInPublic(env: { SITE_URL: string; LOCAL_PREVIEW?: string }, config: unknown): void {
  if (env.LOCAL_PREVIEW || !isPublicAddress(env.SITE_URL)) return;
  const found = findDemoValues(config);
  if (found.length === 0) return;
  throw new Error(
    `lib/center/config.ts still has demo values, and SITE_URL (${env.SITE_URL}) is a public address. Replace each one:\n  - ${found.join("\n  - ")}`,
  );
}
