import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const spanishDir = path.resolve(process.cwd(), "content/es");
const messagesDir = path.resolve(process.cwd(), "messages/es");

/** The «No usar» column of content/es/GLOSARIO.md: every variant writers must not use. */
function avoidedTerms(): string[] {
  return readFileSync(path.join(spanishDir, "GLOSARIO.md"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(---|Concepto)/.test(line))
    .flatMap((line) => (line.split("|")[3] ?? "").split(","))
    .map((term) => term.trim().toLowerCase())
    .filter(Boolean);
}

const sources = [
  ...["", "articulos/"].flatMap((folder) =>
    readdirSync(path.join(spanishDir, folder))
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => ({
        name: `content/es/${folder}${file}`,
        text: readFileSync(path.join(spanishDir, folder, file), "utf8"),
      })),
  ),
  // The people's Spanish job titles, bios and credentials, and the topics' Spanish words.
  ...["lib/center/config.ts", "lib/articles/topics.ts"].map((file) => ({
    name: file,
    text: (readFileSync(path.resolve(file), "utf8").match(/es: \{[\s\S]*?\n {0,8}\}/g) ?? []).join("\n"),
  })),
  ...readdirSync(messagesDir).map((file) => ({
    name: `messages/es/${file}`,
    text: readFileSync(path.join(messagesDir, file), "utf8"),
  })),
  { name: "lib/self-check/es.ts", text: readFileSync(path.resolve("lib/self-check/es.ts"), "utf8") },
  {
    name: "lib/forms/field-text.ts",
    // The Spanish messages' strings, not their keys.
    text: (
      readFileSync(path.resolve("lib/forms/field-text.ts"), "utf8")
        .split("const es")[1]
        .match(/"[^"]*"|`[^`]*`/g) ?? []
    ).join("\n"),
  },
];

describe("the Spanish glossary", () => {
  const avoided = avoidedTerms();

  it("lists terms to avoid", () => {
    expect(avoided).toContain("aseguranza");
    expect(avoided.length).toBeGreaterThan(20);
  });

  it.each(sources.map((source) => [source.name, source] as const))(
    "%s uses only the glossary's terms",
    (_name, source) => {
      const text = source.text.toLowerCase();
      const found = avoided.filter((term) => new RegExp(`(^|[^\\p{L}])${term}([^\\p{L}]|$)`, "u").test(text));
      expect(found).toEqual([]);
    },
  );
});
