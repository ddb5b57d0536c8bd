import { centerConfig } from "@/lib/center/config";
import type { AnswerOption, Question } from "@/lib/self-check/model";

/**
 * The self-check's questions, in the order they are asked, and what each answer signals.
 * Clinical staff: change wording or flags here, and what the flags lead to in rules.ts.
 * Questions whose answers can lead to help now ("get help now", then "a mental health check
 * today") must come first, in that order, so that result can be shown before any other
 * question. Keep the words plain (about a grade 6 to 8 reading level).
 */

/** The first question, asked before the others: it picks the wording of the rest. */
export const audienceQuestion = {
  id: "audience",
  prompt: "Who are you asking about?",
  hint: "We will word the questions to fit.",
  options: [
    { value: "self", label: "Myself" },
    { value: "other", label: "Someone I care about" },
  ],
} as const;

const notSure = (flags: AnswerOption["flags"]): AnswerOption & { value: "not-sure" } => ({
  value: "not-sure",
  label: "I’m not sure",
  flags,
  summary: "not sure",
});

const blockNames = centerConfig.sessionBlocks.map((block) => block.label.toLowerCase());
const someOnline = centerConfig.sessionBlocks.some((block) => block.formats.some((f) => f === "virtual"));
/** "morning, afternoon or evening", from the center's session blocks. */
export const sessionTimes =
  blockNames.length > 1 ? `${blockNames.slice(0, -1).join(", ")} or ${blockNames.at(-1)}` : (blockNames[0] ?? "");
const scheduleHint = `For example, 3 hours a day, 3 or 4 days a week. Groups meet in the ${sessionTimes}${
  someOnline ? ", and some are online" : ""
}.`;

const questionList = [
  {
    id: "harm",
    topic: "Thoughts of suicide or harm now",
    prompt: {
      self: "Right now, are you having thoughts of ending your life, or of hurting yourself or someone else?",
      other: "Right now, do you think they might end their life, or hurt themselves or someone else?",
    },
    hint: "If so, we will show you how to get help right away.",
    options: [
      { value: "yes", label: "Yes", flags: ["harm-thoughts"], summary: "yes" },
      notSure(["harm-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
    ],
    ifUnanswered: ["safety-unanswered"],
  },
  {
    id: "medical",
    topic: "Medical emergency now",
    prompt: {
      self: "Do you have signs of a medical emergency right now? For example, chest pain, trouble breathing, or signs of an overdose.",
      other:
        "Do they have signs of a medical emergency right now? For example, a seizure, chest pain, trouble breathing, being very hard to wake, or signs of an overdose.",
    },
    options: [
      { value: "yes", label: "Yes", flags: ["medical-emergency"], summary: "yes" },
      notSure(["medical-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
    ],
    ifUnanswered: ["safety-unanswered"],
  },
  {
    id: "suicide-month",
    topic: "Thoughts of suicide or an attempt, past month",
    prompt: {
      self: "In the past month, have you had thoughts of ending your life, or tried to end it?",
      other: "In the past month, have they talked or hinted about ending their life, or tried to end it?",
    },
    hint: "We ask everyone this. It matters even if it has passed.",
    options: [
      {
        value: "thoughts",
        label: { self: "Yes, I had thoughts of it", other: "Yes, they talked or hinted about it" },
        flags: ["suicide-thoughts"],
        summary: "thoughts of suicide",
      },
      {
        value: "attempt",
        label: { self: "Yes, I tried to end my life", other: "Yes, they tried to end their life" },
        flags: ["suicide-attempt"],
        summary: "a suicide attempt",
      },
      notSure(["suicide-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
    ],
    ifUnanswered: ["safety-unanswered"],
  },
  {
    id: "psychosis",
    topic: "Voices, paranoia or days without sleep",
    prompt: {
      self: "Lately, have you heard voices others do not hear, felt sure people were out to get you, or gone days without sleep?",
      other:
        "Lately, have they heard voices others do not hear, seemed sure people were out to get them, or gone days without sleep?",
    },
    hint: {
      self: "Think of the past 2 weeks, but not of times when you were cutting back or stopping drinking or drugs. Days without sleep means not feeling a need for sleep.",
      other:
        "Think of the past 2 weeks, but not of times when they were cutting back or stopping drinking or drugs. Days without sleep means not feeling a need for sleep.",
    },
    options: [
      { value: "yes", label: "Yes", flags: ["psychosis"], summary: "yes" },
      notSure(["psychosis-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
    ],
    ifUnanswered: ["safety-unanswered"],
  },
  {
    id: "withdrawal",
    topic: "Seizure, shakes, confusion or hallucinations when stopping",
    prompt: {
      self: "Think of times you cut back or stopped drinking or using. Did you ever have a seizure or bad shakes, become very confused, or see or hear things that were not there?",
      other:
        "Think of times they cut back or stopped drinking or using. Did they ever have a seizure or bad shakes, become very confused, or see or hear things that were not there?",
    },
    options: [
      { value: "yes", label: "Yes", flags: ["withdrawal-history"], summary: "yes" },
      notSure(["withdrawal-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
      {
        value: "never-stopped",
        label: { self: "I have never tried to stop", other: "They have never tried to stop" },
        flags: [],
        summary: "never tried to stop",
      },
    ],
    ifUnanswered: ["withdrawal-skipped"],
  },
  {
    id: "daily-use",
    topic: "Heavy drinking or sedatives every day",
    prompt: {
      self: "Do you drink heavily every day? Or do you take a sedative every day, more than prescribed or without a prescription?",
      other:
        "Do they drink heavily every day? Or do they take a sedative every day, more than prescribed or without a prescription?",
    },
    hint: {
      self: "Heavily means, for example, drinking in the morning or to stop the shakes. Sedatives are benzos like Xanax, Valium, Klonopin or Ativan, sleeping pills like Ambien (z-drugs), barbiturates, gabapentin and GHB. If a doctor prescribed you one to take daily, do not stop it on your own.",
      other:
        "Heavily means, for example, drinking in the morning or to stop the shakes. Sedatives are benzos like Xanax, Valium, Klonopin or Ativan, sleeping pills like Ambien (z-drugs), barbiturates, gabapentin and GHB. If a doctor prescribed them one to take daily, they should not stop it on their own.",
    },
    options: [
      { value: "yes", label: "Yes", flags: ["heavy-daily-use"], summary: "yes" },
      notSure(["daily-use-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
      {
        value: "prescribed",
        label: {
          self: "Only a sedative my doctor prescribed, taken as prescribed",
          other: "Only a sedative their doctor prescribed, taken as prescribed",
        },
        flags: ["sedative-prescribed"],
        summary: "only a prescribed sedative, as prescribed",
      },
    ],
    ifUnanswered: ["withdrawal-skipped"],
  },
  {
    id: "opioids",
    topic: "Opioids: fentanyl, heroin, pills not as prescribed",
    prompt: {
      self: "Do you use opioids, such as fentanyl, heroin, or pain pills not taken as prescribed?",
      other: "Do they use opioids, such as fentanyl, heroin, or pain pills not taken as prescribed?",
    },
    hint: "Pain pills include oxycodone and hydrocodone. Do not count methadone or buprenorphine taken as prescribed.",
    options: [
      {
        value: "daily",
        label: "Yes, every day or almost every day",
        flags: ["opioid-daily"],
        summary: "every day or almost",
      },
      { value: "some", label: "Yes, but not every day", flags: ["opioid-some"], summary: "yes, not every day" },
      notSure(["opioid-unsure"]),
      { value: "no", label: "No", flags: [], summary: "no" },
    ],
    ifUnanswered: ["withdrawal-skipped", "opioid-skipped"],
  },
  {
    id: "health",
    topic: "Health right now",
    prompt: {
      self: "How is your health right now, in body and mind?",
      other: "How is their health right now, in body and mind?",
    },
    options: [
      { value: "steady", label: "Mostly steady", flags: ["health-stable"], summary: "mostly steady" },
      { value: "hard", label: "Some days are very hard", flags: ["health-hard"], summary: "some days very hard" },
      {
        value: "daily-care",
        label: {
          self: "I need care every day to stay safe or well",
          other: "They need care every day to stay safe or well",
        },
        flags: ["needs-daily-care"],
        summary: "needs care every day",
      },
    ],
  },
  {
    id: "impact",
    topic: "Effect on daily life",
    prompt: {
      self: "How much do drinking, drug use or mental health problems get in the way of your daily life?",
      other: "How much do drinking, drug use or mental health problems get in the way of their daily life?",
    },
    hint: "Think of work, school, family, sleep and money.",
    options: [
      { value: "little", label: "A little, or not at all", flags: ["impact-mild"], summary: "a little" },
      { value: "a-lot", label: "Quite a lot", flags: ["impact-moderate"], summary: "quite a lot" },
      { value: "most", label: "It affects almost everything", flags: ["impact-severe"], summary: "almost everything" },
    ],
  },
  {
    id: "past-care",
    topic: "Care so far",
    prompt: { self: "What help have you had so far?", other: "What help have they had so far?" },
    hint: "Pick the one that fits best.",
    options: [
      { value: "none", label: "None yet", flags: ["no-care-yet"], summary: "none yet" },
      {
        value: "weekly",
        label: "Weekly therapy, counseling or support groups",
        flags: ["tried-weekly"],
        summary: "weekly therapy, counseling or groups",
      },
      {
        value: "step-down",
        label: "A residential, hospital or day program stay that ended in the last month, or ends soon",
        flags: ["step-down"],
        summary: "residential, hospital or day program ending now (step-down)",
      },
      {
        value: "intensive-before",
        label: "IOP, residential care or a day program, more than a month ago",
        flags: ["tried-intensive-before"],
        summary: "IOP, residential or day program, over a month ago",
      },
    ],
  },
  {
    id: "home",
    topic: "Home",
    prompt: {
      self: "Is your home a safe place to live while you get help?",
      other: "Is their home a safe place for them to live while they get help?",
    },
    options: [
      {
        value: "supportive",
        label: { self: "Yes, and someone there is on my side", other: "Yes, and someone there is on their side" },
        flags: ["home-supportive"],
        summary: "safe, with support",
      },
      {
        value: "unsupportive",
        label: "It is safe, but there is little support, or others there drink or use",
        flags: ["home-unsupportive"],
        summary: "safe, but little support or others use",
      },
      {
        value: "unsafe",
        label: {
          self: "No, it is not safe, or I have no steady place to live",
          other: "No, it is not safe, or they have no steady place to live",
        },
        flags: ["home-unsafe"],
        summary: "not safe, or no steady place to live",
      },
    ],
  },
  {
    id: "time",
    topic: "Time for 9 or more hours a week",
    prompt: {
      self: "Could you come to sessions about 9 or more hours a week?",
      other: "Could they come to sessions about 9 or more hours a week?",
    },
    hint: scheduleHint,
    options: [
      { value: "yes", label: "Yes", flags: ["time-yes"], summary: "yes" },
      { value: "maybe", label: "Maybe, with some changes", flags: ["time-maybe"], summary: "maybe" },
      { value: "no", label: "No, not right now", flags: ["time-no"], summary: "not right now" },
    ],
  },
  {
    id: "readiness",
    topic: "Ready for help",
    prompt: {
      self: "How do you feel about getting help now?",
      other: "How do they feel about getting help now?",
    },
    options: [
      {
        value: "ready",
        label: { self: "I want help", other: "They want help" },
        flags: ["ready"],
        summary: "wants help",
      },
      {
        value: "unsure",
        label: { self: "Unsure, but open to talking", other: "They are unsure" },
        flags: ["readiness-unsure"],
        summary: "unsure",
      },
      {
        value: "not-ready",
        label: { self: "Not ready yet", other: "They do not want help right now" },
        flags: ["not-ready"],
        summary: "not ready yet",
      },
    ],
  },
] as const satisfies readonly Question[];

export const questions: readonly Question[] = questionList;

/** The questions' ids and each one's answer values, for catalogues keyed by them (lib/self-check/es.ts). */
export type QuestionId = (typeof questionList)[number]["id"];
export type OptionValue<Id extends QuestionId> = Extract<
  (typeof questionList)[number],
  { id: Id }
>["options"][number]["value"];
