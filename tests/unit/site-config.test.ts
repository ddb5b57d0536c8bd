import { describe, expect, it } from "vitest";
import { centerConfig } from "@/lib/center/config";
import { centerSchema } from "@/lib/center/schema";
import { parsePageMeta } from "@/lib/content-schema";
import { describeHours, endSentence, formatClock, formatDays } from "@/lib/center/hours";
import { formatUsPhone, normalizeUsPhone } from "@/lib/phone";

describe("center config", () => {
  // Checked against the schema, not against the demo values: a center's own numbers must pass.
  it("is valid, and the site uses it as written", () => {
    const result = centerSchema.safeParse(centerConfig);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(centerConfig);
  });

  it("names the field when a value is wrong", () => {
    const broken = { ...centerConfig, timeZone: "Mars/Olympus", phones: { ...centerConfig.phones, admissions: "555" } };
    const result = centerSchema.safeParse(broken);
    // Exactly these two: nothing else is blamed.
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["phones.admissions", "timeZone"]);
  });

  it("gives every aftercare option its Spanish words, so the Spanish page never shows English", () => {
    const [scheduled, unscheduled] = centerConfig.aftercare;
    const broken = {
      ...centerConfig,
      aftercare: [{ ...scheduled, es: undefined }, { ...unscheduled, es: { ...unscheduled.es, when: "Los lunes" } }],
    };
    const result = centerSchema.safeParse(broken);
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["aftercare.0.es", "aftercare.1.es.when"]);
  });
});

describe("content metadata", () => {
  const good = {
    title: "What is IOP?",
    description: "A plain-language guide to intensive outpatient programs and how they work.",
    updated: "2026-11-23",
    section: "program",
    navLabel: "What is IOP",
  };

  it("accepts a complete file and defaults the call to action on", () => {
    expect(parsePageMeta("content/a.mdx", good).cta).toBe(true);
  });

  it("fails with the file and the field named", () => {
    expect(() => parsePageMeta("content/broken.mdx", { ...good, description: "short", section: "nope" })).toThrow(
      /content\/broken\.mdx[\s\S]*description[\s\S]*section/,
    );
  });

  it("rejects unknown fields so typos do not pass silently", () => {
    expect(() => parsePageMeta("content/typo.mdx", { ...good, titel: "x" })).toThrow(/typo\.mdx/);
  });
});

describe("hours", () => {
  it("formats clock times and day ranges for people", () => {
    expect(formatClock("08:00")).toBe("8 AM");
    expect(formatClock("12:30")).toBe("12:30 PM");
    expect(formatClock("00:00")).toBe("12 AM");
    expect(formatDays(["wed", "mon", "tue"])).toBe("Monday to Wednesday");
    expect(formatDays(["sat", "sun"])).toBe("Saturday and Sunday");
    expect(formatDays(["mon", "wed", "fri"])).toBe("Monday, Wednesday and Friday");
  });

  it("describes the admissions hours", () => {
    expect(describeHours([{ days: ["mon", "tue", "wed", "thu", "fri"], open: "08:00", close: "20:00" }])).toBe(
      "Monday to Friday, 8 AM to 8 PM",
    );
  });
});

describe("US phone numbers", () => {
  it.each([
    ["(503) 555-0142", "+15035550142"],
    ["503.555.0142", "+15035550142"],
    ["+1 503 555 0142", "+15035550142"],
    ["1-503-555-0142", "+15035550142"],
  ])("normalizes %s", (input, expected) => {
    expect(normalizeUsPhone(input)).toBe(expected);
  });

  it.each(["555-0142", "123-456-7890", "503-055-0142", "call me", "503555014", "+44 20 7946 0958"])(
    "rejects %s",
    (input) => {
      expect(normalizeUsPhone(input)).toBeNull();
    },
  );

  it("formats for display", () => {
    expect(formatUsPhone("+15035550142")).toBe("(503) 555-0142");
  });
});

describe("the Section 1557 taglines", () => {
  it("count a language's two scripts once, and need 15 languages", () => {
    const taglines = centerConfig.languages.taglines;
    expect(taglines.map((t) => t.lang)).toEqual(expect.arrayContaining(["zh-Hans", "zh-Hant"]));
    const withoutOne = {
      ...centerConfig,
      languages: { ...centerConfig.languages, taglines: taglines.filter((t) => t.lang !== "lo") },
    };
    expect(centerSchema.safeParse(withoutOne).error?.issues.map((i) => i.path.join("."))).toEqual([
      "languages.taglines",
    ]);
  });
});

describe("sentences that end in a time", () => {
  it("get one period, in both languages", () => {
    expect(endSentence(describeHours([{ days: ["mon"], open: "09:00", close: "17:00" }], "es"))).toBe(
      "lunes, de 9 a. m. a 5 p. m.",
    );
    expect(endSentence(describeHours([{ days: ["mon"], open: "09:00", close: "17:00" }]))).toBe(
      "Monday, 9 AM to 5 PM.",
    );
  });
});
