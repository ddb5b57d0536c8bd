import "server-only";
import { contentTwins } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";
import { appPages, localeOfPath } from "@/lib/i18n/paths";

/**
 * The same page in `locale`, for a path in either language: an app page through its table, a
 * content page through its twin. Navigation is written once with English paths and shown in
 * the visitor's language through this. Throws for a path that is neither, so a broken link
 * stops the build.
 */
export function pathIn(path: string, locale: Locale): `/${string}` {
  const [bare, hash] = path.split("#");
  const from = localeOfPath(bare);
  const page = Object.values(appPages).find((paths) => paths[from] === bare);
  const twins = contentTwins();
  let target: `/${string}` | undefined = page?.[locale];
  if (!target) {
    const slug = from === "es" ? bare.slice("/es/".length) : bare.slice(1);
    const english = from === "es" ? twins.toEnglish.get(slug) : twins.toSpanish.has(slug) ? slug : undefined;
    if (english !== undefined) target = locale === "en" ? `/${english}` : `/es/${twins.toSpanish.get(english)}`;
  }
  if (!target) throw new Error(`No page at ${path} to link to in ${locale}`);
  return hash ? `${target}#${hash}` : target;
}
