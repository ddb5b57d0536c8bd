/**
 * The Spanish 988 rule: a Spanish text that names 988 says how to reach a Spanish-speaking
 * counselor (call and press 2, or text the word AYUDA: a text without it reaches an English-
 * speaking counselor) or shows a component that says so, and never sends Spanish readers to the
 * English chat or a bare text link.
 */

/** MDX components that give the Spanish 988 route themselves. */
const routeComponents = /<(CrisisLines|Lifeline988)\b/;

export function spanish988Problems(name: string, text: string): string[] {
  if (!/(?<![A-Za-z])988/.test(text)) return [];
  const problems: string[] = [];
  const saysRoute = /marque (el )?2/i.test(text) && /\bAYUDA\b/.test(text);
  if (!saysRoute && !routeComponents.test(text))
    problems.push(`${name} names 988 without "marque 2" and "AYUDA" (or <Lifeline988 /> or <CrisisLines />)`);
  if (/988lifeline\.org/.test(text))
    problems.push(`${name} links 988lifeline.org: the Spanish chat is Línea de Vida 988 (<Lifeline988 />)`);
  if (/sms:988(?!\?&body=AYUDA)/.test(text)) problems.push(`${name} links a text to 988 without the word AYUDA`);
  return problems;
}
