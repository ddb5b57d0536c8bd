import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spanish988Problems } from "../../support/spanish-988";

describe("the Spanish 988 rule", () => {
  it("passes text that gives press 2 and AYUDA, or a component that does, or no 988 at all", () => {
    expect(spanish988Problems("a", "Llame al 988 y marque 2, o mande AYUDA por texto al 988.")).toEqual([]);
    expect(spanish988Problems("b", "Si está en crisis, llame al 988.\n\n<Lifeline988 />")).toEqual([]);
    expect(spanish988Problems("c", "Llame al 988.\n\n<CrisisLines />")).toEqual([]);
    expect(spanish988Problems("d", "Llame al 911.\n\n<Lifeline988 />")).toEqual([]);
  });

  it("names a file that gives 988 without the Spanish route", () => {
    expect(spanish988Problems("content/es/x.mdx", "Llame o mande un texto al 988.")).toEqual([
      'content/es/x.mdx names 988 without "marque 2" and "AYUDA" (or <Lifeline988 /> or <CrisisLines />)',
    ]);
    expect(spanish988Problems("y", "Llame al 988 y marque 2.")).toHaveLength(1);
    expect(spanish988Problems("z", "Mande AYUDA al 988.")).toHaveLength(1);
  });

  it("refuses the English chat and a text link without AYUDA", () => {
    expect(
      spanish988Problems(
        "x",
        "Llame al 988 y marque 2, o mande AYUDA. [Chat](https://988lifeline.org/chat/), [texto](sms:988)",
      ),
    ).toEqual([
      "x links 988lifeline.org: the Spanish chat is Línea de Vida 988 (<Lifeline988 />)",
      "x links a text to 988 without the word AYUDA",
    ]);
    expect(spanish988Problems("x", "Llame al 988 y marque 2, o [mande AYUDA](sms:988?&body=AYUDA).")).toEqual([]);
  });
});

/** Every Spanish text a reader sees: pages, articles, messages, the self-check's Spanish words. */
const spanishTexts = [
  ...["content/es", "content/es/articulos"].flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => `${folder}/${file}`),
  ),
  ...readdirSync("messages/es").map((file) => `messages/es/${file}`),
  "lib/self-check/es.ts",
];

describe("every Spanish text that names 988", () => {
  it("checks the pages, articles and messages", () => {
    expect(spanishTexts.filter((file) => file.startsWith("content/es/articulos/")).length).toBeGreaterThanOrEqual(6);
  });
  it.each(spanishTexts)("%s gives the Spanish route", (file) => {
    expect(spanish988Problems(file, readFileSync(file, "utf8"))).toEqual([]);
  });
});
