import type { Note, Rule } from "@/lib/self-check/model";
import { sessionTimes } from "@/lib/self-check/questions";

/**
 * What the answers lead to. Rules are read top to bottom and the first one that matches
 * decides the result; every other matching rule with that same result adds its reason.
 * Keep them in precedence order (get help now, then more care first, then IOP, then
 * outpatient): the schema refuses any other order, so a safety answer always wins. The last
 * rule matches anything, so every set of answers has a result.
 * Clinical staff: this is the file to review. Every path through it is unit-tested.
 */
const ruleList = [
  {
    id: "harm-thoughts",
    result: "crisis",
    when: { any: ["harm-thoughts"] },
    reason: {
      self: "You said you are having thoughts of ending your life, or of hurting yourself or someone else.",
      other: "You said they might end their life, or hurt themselves or someone else.",
    },
  },
  {
    id: "harm-unsure",
    result: "crisis",
    when: { any: ["harm-unsure"] },
    reason: {
      self: "You are not sure if you might hurt yourself or someone else. You do not have to be sure to call 988. Someone there will listen.",
      other:
        "You are not sure if they might hurt themselves or someone else. You can call 988 for advice, even when you are not sure.",
    },
  },
  {
    id: "medical-emergency",
    result: "crisis",
    when: { any: ["medical-emergency", "medical-unsure"] },
    reason: "You said there may be a medical emergency. If you are not sure, it is safer to call 911.",
  },
  {
    id: "withdrawal-history",
    result: "higher-care",
    when: { any: ["withdrawal-history"] },
    reason:
      "You said stopping before led to a seizure, bad shakes, or seeing or hearing things. Withdrawal like that can be dangerous without medical care.",
    askFor:
      "A medical check for withdrawal, and medical detox if it is needed. Please do not stop all at once without a doctor.",
  },
  {
    id: "heavy-daily-use",
    result: "higher-care",
    when: { any: ["heavy-daily-use"] },
    reason: "Heavy drinking or benzo use every day can make stopping risky.",
    askFor:
      "A medical check for withdrawal, and medical detox if it is needed. Please do not stop all at once without a doctor.",
  },
  {
    id: "needs-daily-care",
    result: "higher-care",
    when: { any: ["needs-daily-care"] },
    reason: {
      self: "You said you need care every day right now to stay safe or well. IOP meets only a few hours, a few days a week.",
      other:
        "You said they need care every day right now to stay safe or well. IOP meets only a few hours, a few days a week.",
    },
    askFor: "A day program (partial hospitalization, or PHP), or residential care, where there is care every day.",
  },
  {
    id: "home-unsafe",
    result: "higher-care",
    when: { any: ["home-unsafe"] },
    reason: {
      self: "You said home is not safe, or you have no steady place to live. IOP works best with a safe place to go home to.",
      other:
        "You said their home is not safe, or they have no steady place to live. IOP works best with a safe place to go home to.",
    },
    askFor: "Residential care, or a sober living home, so there is a safe place to stay during treatment.",
  },
  {
    id: "step-down",
    result: "iop",
    when: { any: ["step-down"] },
    reason: "Care that ended lately, or ends soon, is a common time to start IOP. It is often the next step down.",
  },
  {
    id: "impact-severe",
    result: "iop",
    when: { any: ["impact-severe"] },
    reason:
      "It affects almost everything. That calls for more than a weekly visit. At the assessment, a clinician checks if IOP is enough.",
  },
  {
    id: "impact-moderate",
    result: "iop",
    when: { any: ["impact-moderate"] },
    reason: "It gets in the way of daily life quite a lot. IOP gives support a few days a week, while living at home.",
  },
  {
    id: "health-hard",
    result: "iop",
    when: { any: ["health-hard"] },
    reason: "Some days are very hard. IOP gives support 3 or more days a week.",
  },
  {
    id: "weekly-not-enough",
    result: "iop",
    when: { all: ["tried-weekly"], any: ["impact-moderate", "impact-severe"] },
    reason: "Weekly therapy or groups have been tried, and things are still hard. IOP is the next step up.",
  },
  {
    id: "impact-mild",
    result: "outpatient",
    when: { any: ["impact-mild"] },
    reason:
      "It gets in the way of daily life only a little. A weekly visit with a counselor or therapist may be enough.",
  },
  {
    id: "time-no",
    result: "outpatient",
    when: { any: ["time-no"] },
    reason: {
      self: "You said 9 or more hours a week is not possible right now. Outpatient care takes an hour or two a week.",
      other:
        "You said 9 or more hours a week is not possible for them right now. Outpatient care takes an hour or two a week.",
    },
  },
  {
    id: "unclear",
    result: "iop",
    when: {},
    reason: "Your answers do not point clearly one way. A short talk with our team can help sort it out.",
  },
] as const satisfies readonly Rule[];

export const rules: readonly Rule[] = ruleList;
export type RuleId = (typeof ruleList)[number]["id"];

/** Advice added to a result when its flags are raised, whichever rule decided the result. */
const noteList = [
  {
    id: "safety-unanswered",
    when: { any: ["safety-unanswered"] },
    results: ["higher-care", "iop", "outpatient"],
    text: "You skipped a safety question. If anyone may be in danger, call 911, or call or text 988, now.",
  },
  {
    id: "withdrawal-unsure",
    when: { any: ["withdrawal-unsure", "daily-use-unsure"] },
    results: ["higher-care", "iop", "outpatient"],
    text: "Not sure about withdrawal? Talk with a doctor before cutting back or stopping. Some withdrawal can be dangerous.",
  },
  {
    id: "home-unsupportive",
    when: { any: ["home-unsupportive"] },
    results: ["higher-care", "iop", "outpatient"],
    text: "Support at home matters. Ask about family sessions, and about sober living if others at home drink or use.",
  },
  {
    id: "time",
    when: { any: ["time-maybe", "time-no"] },
    results: ["iop"],
    text: `Time is a concern. Ask about groups in the ${sessionTimes}. Many people keep working or going to school during IOP.`,
  },
  {
    id: "tried-intensive-before",
    when: { any: ["tried-intensive-before"] },
    results: ["higher-care", "iop", "outpatient"],
    text: "Needing care more than once is common. Tell us what helped before, and what did not.",
  },
  {
    id: "readiness-unsure",
    when: { any: ["readiness-unsure"] },
    results: ["higher-care", "iop", "outpatient"],
    text: {
      self: "Feeling unsure is normal. A call is just a talk, with no pressure to start.",
      other: "Many people feel unsure about getting help. We can help you plan how to talk with them about it.",
    },
  },
  {
    id: "not-ready",
    when: { any: ["not-ready"] },
    results: ["higher-care", "iop", "outpatient"],
    text: {
      self: "You do not have to be ready to call. We can just talk, and you decide what happens next.",
      other:
        "Adults choose their own care. You can still call us for advice on how to talk with them, and for support for you.",
    },
  },
] as const satisfies readonly Note[];

export const notes: readonly Note[] = noteList;
export type NoteId = (typeof noteList)[number]["id"];
