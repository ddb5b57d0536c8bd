import { lifeline } from "@/components/crisis/lines";
import { fill } from "@/components/forms/form-words";
import type { SelfCheckWords } from "@/components/self-check/words";
import type { Locale } from "@/lib/i18n/locales";
import type { HelpLineId } from "@/lib/self-check/model";

/**
 * The help lines a self-check note can offer (lib/self-check/rules.ts names them). 988 comes
 * from the site's crisis lines, in the page's language (in Spanish: press 2, text AYUDA, the
 * Spanish chat). The National Domestic Violence Hotline (call, or text START to 88788; Spanish
 * spoken) and 211 (housing and local help) are needed only here.
 */
const domesticViolence = { number: "1-800-799-7233", call: "tel:+18007997233", textNumber: "88788" } as const;
const localHelp = { number: "211", call: "tel:211" } as const;

type Link = { href: string; label: string; external?: boolean };

function links(id: HelpLineId, locale: Locale, words: SelfCheckWords): Link[] {
  if (id === "lifeline") {
    const line = lifeline[locale];
    return [
      { href: line.call, label: fill(words.lifelineCall, { number: line.number }) },
      { href: line.text, label: fill(words.lifelineText, { number: line.number }) },
      { href: line.chat, label: words.lifelineChat, external: true },
    ];
  }
  if (id === "domestic-violence") {
    return [
      { href: domesticViolence.call, label: fill(words.hotlineCall, { number: domesticViolence.number }) },
      {
        href: `sms:${domesticViolence.textNumber}?&body=START`,
        label: fill(words.hotlineText, { number: domesticViolence.textNumber }),
      },
    ];
  }
  return [{ href: localHelp.call, label: fill(words.localHelpCall, { number: localHelp.number }) }];
}

/** A note's help lines as links, large enough to tap. */
export function HelpLines({
  lines,
  locale,
  words,
}: {
  lines: readonly HelpLineId[];
  locale: Locale;
  words: SelfCheckWords;
}) {
  if (lines.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {lines.flatMap((id) =>
        links(id, locale, words).map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              rel={link.external ? "noopener noreferrer" : undefined}
              className="btn-secondary px-4 py-2"
            >
              {link.label}
            </a>
          </li>
        )),
      )}
    </ul>
  );
}
