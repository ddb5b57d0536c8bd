import { describe, expect, it } from "vitest";
import { compareSections, readSections, twinSectionProblems } from "@/lib/sections";

const fixtures = "tests/fixtures/sections";
const pair = (spanish: string) => [{ english: `${fixtures}/en-good.mdx`, spanish: `${fixtures}/${spanish}.mdx` }];
const page = (body: string) => `---\ntitle: "T"\n---\n\n${body}\n`;

describe("reading a file's sections", () => {
  it("finds each <H2 id> and the safety blocks under it, nested ones too, not code or comments", () => {
    const { sections, problems } = readSections(
      "a.mdx",
      page(
        [
          '<Callout title="x">',
          "Text <Lifeline988 /> and <CrisisLines />",
          "</Callout>",
          "",
          '<H2 id="what-to-do">What to do</H2>',
          "",
          "- `<OverdoseSteps />` in code",
          "",
          "{/* <NaloxoneFacts /> */}",
          "",
          '<WithdrawalWarning only="opioids" />',
          "",
          "<OverdoseSteps />",
          "<OverdoseSteps />",
        ].join("\n"),
      ),
    );
    expect(problems).toEqual([]);
    expect(sections).toEqual([
      { id: "", heading: "", blocks: ["<CrisisLines />", "<Lifeline988 />"] },
      {
        id: "what-to-do",
        heading: "What to do",
        blocks: ["<OverdoseSteps />", "<OverdoseSteps />", '<WithdrawalWarning only="opioids" />'],
      },
    ]);
  });

  it("refuses a plain ## heading, naming the file and line and saying to use <H2 id>", () => {
    const { problems } = readSections("content/x.mdx", page("Intro.\n\n## Getting help\n\nText."));
    expect(problems).toEqual([
      'content/x.mdx:7: "## Getting help" is a plain heading; use <H2 id="…">Getting help</H2>',
    ]);
  });

  it("refuses a missing or badly formed id, an id used twice, and an <H2> inside another element", () => {
    const { problems } = readSections(
      "x.mdx",
      page(
        [
          "<H2>No id</H2>",
          '<H2 id="Bad Id">Bad</H2>',
          '<H2 id="same">One</H2>',
          '<H2 id="same">Two</H2>',
          "<Callout>",
          '<H2 id="inside">Inside</H2>',
          "</Callout>",
        ].join("\n\n"),
      ),
    );
    expect(problems).toEqual([
      'x.mdx:5: <H2> "No id" needs an id of lowercase words and hyphens (id="like-this")',
      'x.mdx:7: <H2> "Bad" needs an id of lowercase words and hyphens (id="like-this")',
      'x.mdx:11: the section id "same" is used twice',
      "x.mdx:15: <H2> must stand on its own, not inside another element",
    ]);
  });
});

describe("comparing twins", () => {
  it("passes a twin with the same sections and blocks, in any order", () => {
    expect(twinSectionProblems(pair("es-good"))).toEqual([]);
  });

  it("names the file and id of every missing, extra or drifted section", () => {
    expect(twinSectionProblems(pair("es-drifted"))).toEqual([
      `${fixtures}/es-drifted.mdx, the part before the first <H2>: safety blocks differ from ${fixtures}/en-good.mdx: <Lifeline988 /> 1 in English, 0 in Spanish`,
      `${fixtures}/es-drifted.mdx, section "overdose": safety blocks differ from ${fixtures}/en-good.mdx: <OverdoseSteps /> 1 in English, 0 in Spanish`,
      `${fixtures}/es-drifted.mdx has no section "stopping" (the twin of "Stopping safely" in ${fixtures}/en-good.mdx)`,
      `${fixtures}/es-drifted.mdx has a section "more-help" that ${fixtures}/en-good.mdx does not have`,
    ]);
  });

  it("counts a block shown in part as its own block", () => {
    const english = readSections("en.mdx", page('<H2 id="s">S</H2>\n\n<WithdrawalWarning only="opioids" />'));
    const spanish = readSections("es.mdx", page('<H2 id="s">S</H2>\n\n<WithdrawalWarning />'));
    expect(compareSections(english, spanish)).toEqual([
      'es.mdx, section "s": safety blocks differ from en.mdx: <WithdrawalWarning /> 0 in English, 1 in Spanish; <WithdrawalWarning only="opioids" /> 1 in English, 0 in Spanish',
    ]);
  });

  it("reports a plain heading in a twin with the section it leaves out", () => {
    expect(twinSectionProblems(pair("es-plain-heading"))).toEqual([
      `${fixtures}/es-plain-heading.mdx:10: "## Si alguien tiene una sobredosis" is a plain heading; use <H2 id="…">Si alguien tiene una sobredosis</H2>`,
      `${fixtures}/es-plain-heading.mdx, the part before the first <H2>: safety blocks differ from ${fixtures}/en-good.mdx: <NaloxoneFacts /> 0 in English, 1 in Spanish; <OverdoseSteps /> 0 in English, 1 in Spanish`,
      `${fixtures}/es-plain-heading.mdx has no section "overdose" (the twin of "If someone overdoses" in ${fixtures}/en-good.mdx)`,
    ]);
  });
});
