/**
 * The inbox search box, past an exact reference or phone number: every word of a name in any
 * order, ignoring accents and case ("maria gomez" finds "María José Gómez"), or part of a phone
 * number (4 digits or more, however punctuated) or of a reference (with or without "LR-").
 */
export type Searchable = { name: string; phone: string; reference: string };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en-US");

const MIN_PHONE_DIGITS = 4;
const MIN_REFERENCE_CHARS = 3;

export function searchMatcher(query: string): (item: Searchable) => boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const digits = /^[\d\s().+-]+$/.test(query) ? query.replace(/\D/g, "") : "";
  const code = fold(query).replace(/^lr-?/, "").replace(/[^a-z0-9]/g, "");
  return (item) => {
    if (digits.length >= MIN_PHONE_DIGITS && item.phone.replace(/\D/g, "").includes(digits)) return true;
    if (code.length >= MIN_REFERENCE_CHARS && fold(item.reference).replace(/^lr-/, "").replace(/-/g, "").includes(code))
      return true;
    const name = fold(item.name);
    return words.length > 0 && words.every((word) => name.includes(word));
  };
}
