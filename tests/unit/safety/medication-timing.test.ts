import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/safety.json";
import es from "@/messages/es/safety.json";

// Extended-release naltrexone needs 7 to 10 days without opioids first (it would bring on
// withdrawal); only buprenorphine and methadone can begin at once.
describe("when each medication for opioid use disorder can start", () => {
  it.each([
    [
      "en",
      en.medications.items.start,
      /naltrexone starts only after 7 to 10 days without opioids/i,
      /buprenorphine or methadone can often start right away/i,
    ],
    [
      "es",
      es.medications.items.start,
      /naltrexona se empieza solo después de 7 a 10 días sin opioides/i,
      /buprenorfina o la metadona muchas veces se pueden empezar enseguida/i,
    ],
  ])("%s: naltrexone waits, buprenorphine and methadone need not", (_locale, text, naltrexone, atOnce) => {
    expect(text).toMatch(naltrexone);
    expect(text).toMatch(atOnce);
  });
});

describe("no page says naltrexone can start at once", () => {
  const sources = [
    ...readdirSync("content", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => `content/${file}`),
    "lib/self-check/rules.ts",
    "lib/self-check/es.ts",
  ];
  it.each(sources)("%s", (file) => {
    const claims = readFileSync(file, "utf8")
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => /naltrex/i.test(sentence) && /right away|at once|enseguida|de inmediato/i.test(sentence))
      .filter((sentence) => !/7 to 10|7 a 10|a week|una semana/i.test(sentence));
    expect(claims).toEqual([]);
  });
});
