import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import home from "@/messages/es/home.json";
import { fernandezHuerta, readabilityEs, spanishSyllables } from "../../support/fernandez-huerta";

const spanishDir = path.resolve(process.cwd(), "content/es");

/** The prose of an MDX page: frontmatter, JSX tags, links and markdown marks removed; one block per paragraph, heading or list item. */
function proseBlocks(source: string): string[] {
  const body = source.split(/^---$/m).slice(2).join("---");
  const text = body
    .replace(/<[A-Z][^>]*\/>/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[*_`]/g, "");
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) flush();
    else if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line)) {
      flush();
      blocks.push(line.replace(/^(#{1,6}|[-*+]|\d+[.)])\s+/, ""));
    } else paragraph.push(line);
  }
  flush();
  return blocks.filter((block) => /[a-záéíóúñ]/i.test(block));
}

describe("Spanish syllables", () => {
  it.each([
    ["casa", 2],
    ["tratamiento", 4],
    ["cuidado", 3],
    ["evaluación", 4],
    ["desintoxicación", 6],
    ["ambulatorio", 5],
    ["hospitalización", 6],
    ["construir", 2],
    ["Uruguay", 3],
  ])("splits diphthongs as one syllable: %s has %i", (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
  it.each([
    ["día", 2],
    ["país", 2],
    ["leer", 2],
    ["ahora", 3],
    ["aéreo", 4],
    ["reúne", 3],
    ["oído", 3],
  ])("splits strong vowels and accented weak ones: %s has %i", (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
  it("reads y as a vowel only alone or after a vowel", () => {
    expect([
      spanishSyllables("y"),
      spanishSyllables("hoy"),
      spanishSyllables("muy"),
      spanishSyllables("ayuda"),
    ]).toEqual([1, 1, 1, 3]);
  });
});

describe("Fernández-Huerta", () => {
  it("is 206.84 − 60 × syllables per word − 1.02 × words per sentence", () => {
    expect(fernandezHuerta({ words: 100, syllables: 200, sentences: 10 })).toBeCloseTo(206.84 - 120 - 10.2, 5);
    expect(fernandezHuerta({ words: 100, syllables: 200, sentences: 5 })).toBeCloseTo(206.84 - 120 - 20.4, 5);
  });
  it("scores plain short sentences above long technical ones", () => {
    expect(readabilityEs(["Llame hoy. Una persona le contesta. Es gratis."])).toBeGreaterThan(80);
    expect(
      readabilityEs([
        "La implementación multidisciplinaria de intervenciones psicoterapéuticas individualizadas posibilita una rehabilitación psicosocial sostenible.",
      ]),
    ).toBeLessThan(30);
  });
});

/** Legal pages may read a little harder (65 is still the floor); everything else aims at 70. */
const legal = new Set(["privacidad", "no-discriminacion", "accesibilidad", "para-profesionales"]);
/** Every Spanish page and article (content/es/articulos/, named "articulos/<slug>"). */
const pages = ["", "articulos/"].flatMap((folder) =>
  readdirSync(path.join(spanishDir, folder))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => ({
      slug: `${folder}${file.slice(0, -4)}`,
      blocks: proseBlocks(readFileSync(path.join(spanishDir, folder, file), "utf8")),
    })),
);

describe("every Spanish page and article reads easily (Fernández-Huerta)", () => {
  it("has pages and articles to check", () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(pages.filter((page) => page.slug.startsWith("articulos/")).length).toBeGreaterThanOrEqual(6);
  });
  it.each(pages.map((page) => [page.slug, page] as const))(
    "%s scores 65 or more (70 outside legal pages)",
    (slug, page) => {
      expect(readabilityEs(page.blocks)).toBeGreaterThanOrEqual(legal.has(slug) ? 65 : 70);
    },
  );
  it("the home page's words score 70 or more", () => {
    expect(readabilityEs(Object.values(home))).toBeGreaterThanOrEqual(70);
  });
});
