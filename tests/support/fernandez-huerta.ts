/**
 * Spanish readability for the content tests: Fernández-Huerta's adaptation of Flesch,
 * L = 206.84 − 60·(syllables per word) − 1.02·(words per sentence), as textstat and
 * legibilidad compute it (60–70 "normal", 70–80 "fairly easy"). The often-quoted "F =
 * sentences per 100 words" reading would reward long sentences. No well-kept npm package does this (the one Spanish syllable
 * splitter on the registry is a single 2014 release), so the syllable rule is here, tested in
 * tests/unit/i18n/spanish-readability.test.ts.
 */

const STRONG = "aeoáéó";
const ACCENTED_WEAK = "íú";
const VOWELS = "aeiouáéíóúü";

/**
 * Syllables in one Spanish word: one per vowel nucleus. Adjacent vowels share a syllable
 * (a diphthong or triphthong: cuidado, buey) unless two strong vowels meet (le-er, a-ho-ra:
 * h is silent) or a weak vowel carries the accent (dí-a, re-ú-ne). A final y after a vowel
 * is part of it (hoy, muy); y alone is a word of one syllable.
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/h/g, "");
  if (w === "y") return 1;
  let count = 0;
  let previous = "";
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const vowel = VOWELS.includes(c) || (c === "y" && i === w.length - 1 && VOWELS.includes(previous));
    if (!vowel) {
      previous = "";
      continue;
    }
    const hiatus =
      previous !== "" &&
      ((STRONG.includes(previous) && STRONG.includes(c)) ||
        ACCENTED_WEAK.includes(c) ||
        ACCENTED_WEAK.includes(previous));
    if (previous === "" || hiatus) count++;
    previous = c;
  }
  return Math.max(1, count);
}

export function fernandezHuerta({
  words,
  syllables,
  sentences,
}: {
  words: number;
  syllables: number;
  sentences: number;
}) {
  if (words === 0) return 0;
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / Math.max(1, sentences));
}

/** The score of prose blocks; a block without closing punctuation (a heading, a list item) counts as a sentence. */
export function readabilityEs(blocks: string[]): number {
  const text = blocks.map((b) => (/[.!?:]["”’)»]?$/.test(b.trim()) ? b : `${b}.`)).join(" ");
  const tokens = text.match(/[a-záéíóúüñ]+/gi) ?? [];
  return fernandezHuerta({
    words: tokens.length,
    syllables: tokens.reduce((sum, token) => sum + spanishSyllables(token), 0),
    sentences: (text.match(/[.!?:]+["”’)»]?(?=\s|$)/g) ?? []).length,
  });
}
