/**
 * The site's Content Security Policy. Everything comes from the site's own origin; nothing
 * may frame it, and forms post only to it.
 *
 * Scripts: the App Router writes a few inline scripts into every page (the RSC payload,
 * `self.__next_f.push(…)`, and Turbopack's chunk list). 'unsafe-inline' would let any injected
 * script run too, so each response instead allows exactly its own inline scripts:
 * - statically generated pages by the SHA-256 hashes of the scripts in their prerendered HTML
 *   (read once at start-up, see static-page-scripts.ts), so they stay static and cacheable;
 * - pages rendered per request (the forms and their confirmations) by a fresh nonce, which
 *   Next.js adds to every script it renders when the request carries this policy.
 * 'self' still allows the framework's own chunk files. 'strict-dynamic' is not used: a static
 * page's <script src> tags carry no nonce, so it would block them. (Next's experimental.sri
 * only adds integrity attributes to those tags; the inline scripts would still need this.)
 *
 * Styles: Tailwind's stylesheet and the self-hosted font are files, and Next.js writes no
 * <style> elements into built pages, so <style> stays limited to 'self'. style="" attributes
 * are allowed (style-src-attr): components set computed sizes that way (the self-check's
 * progress bar), React writes them into server-rendered HTML, and a nonce cannot cover them.
 * An attribute can restyle the element it sits on but load nothing from elsewhere (img-src and
 * font-src stay 'self'). In development Turbopack injects <style> elements and React evaluates
 * server stacks, hence the extras there.
 */
export type PolicyOptions = {
  nonce?: string;
  /** "sha256-…" values of the inline scripts a prerendered page contains. */
  scriptHashes?: readonly string[];
  development?: boolean;
};

export function contentSecurityPolicy({ nonce, scriptHashes = [], development = false }: PolicyOptions = {}): string {
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    [
      "script-src",
      [
        "'self'",
        ...(nonce ? [`'nonce-${nonce}'`] : []),
        ...scriptHashes.map((hash) => `'${hash}'`),
        ...(development ? ["'unsafe-eval'"] : []),
      ],
    ],
    ["style-src", development ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ["style-src-attr", ["'unsafe-inline'"]],
    ["img-src", ["'self'"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}

/**
 * A staff member's view of a visitor's card photo is a document of its own: nothing in it may
 * run, load or be framed, whatever the file turns out to hold. The proxy gives these paths this
 * policy instead of the page policy, which would otherwise replace the route's own.
 */
export const CARD_PHOTO_POLICY = "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox";
const CARD_PHOTO_PATH = /^\/staff\/requests\/[^/]+\/photos\/[^/]+$/;

/** The fixed policy a route keeps for itself, if `pathname` is one of those. */
export function routeOwnPolicy(pathname: string): string | undefined {
  return CARD_PHOTO_PATH.test(pathname) ? CARD_PHOTO_POLICY : undefined;
}
