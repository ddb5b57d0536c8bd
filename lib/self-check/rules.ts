import type { Note, Rule } from "@/lib/self-check/model";
import { sessionTimes } from "@/lib/self-check/questions";

/**
 * What the answers lead to. Rules are read top to bottom and the first one that matches
 * decides the result; every other matching rule with that same result adds its reason.
 * Keep them in precedence order (get help now, a mental health check today, more care first,
 * IOP, outpatient): the schema refuses any other order, so a safety answer always wins. The
 * last rule matches anything and gives the neutral result ("talk with us about the next
 * step"), never our own program: a screener's default is neutral. Notes add advice whichever
 * rule decided; a `safety` note shows first, in a box, with its help lines as links.
 * Withdrawal from alcohol and sedatives can kill, so it leads to more care first; opioid
 * withdrawal is rarely deadly in itself, so daily opioid use leads to medication and
 * naloxone (the danger is overdose once tolerance drops), not to "detox first".
 * Clinical staff: this is the file to review. Every rule and note is unit-tested against a
 * hand-written statement of the intent (tests/unit/self-check/evaluate.test.ts) and a table of
 * cases a clinician would try, in both languages (clinical-cases.test.ts).
 */
const detoxCheck =
  "A medical check for withdrawal, and medical detox if it is needed. Please do not stop all at once without a doctor.";

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
    id: "suicide-attempt",
    result: "urgent",
    when: { any: ["suicide-attempt"] },
    reason: {
      self: "You said you tried to end your life in the past month. That calls for a mental health check today, before a program like IOP.",
      other:
        "You said they tried to end their life in the past month. That calls for a mental health check today, before a program like IOP.",
    },
    askFor: {
      self: "A mental health check today. Tell the doctor about the attempt. Ask if a hospital stay or a day program should come before IOP.",
      other:
        "A mental health check for them today. Tell the doctor about the attempt. Ask if a hospital stay or a day program should come before IOP.",
    },
  },
  {
    id: "psychosis",
    result: "urgent",
    when: { any: ["psychosis"] },
    reason: {
      self: "You said that lately you have heard voices, felt sure people were out to get you, or gone days without sleep. Outside of withdrawal, these signs need a mental health check today.",
      other:
        "You said that lately they have heard voices, seemed sure people were out to get them, or gone days without sleep. Outside of withdrawal, these signs need a mental health check today.",
    },
    askFor: {
      self: "A mental health check today, by a psychiatrist or at an emergency room. Ask what care should come next.",
      other:
        "A mental health check for them today, by a psychiatrist or at an emergency room. Ask what care should come next.",
    },
  },
  {
    id: "withdrawal-history",
    result: "higher-care",
    when: { any: ["withdrawal-history"] },
    reason:
      "You said stopping before led to a seizure, bad shakes, confusion, or seeing or hearing things. Withdrawal like that can be dangerous without medical care.",
    askFor: detoxCheck,
  },
  {
    id: "heavy-daily-use",
    result: "higher-care",
    when: { any: ["heavy-daily-use"] },
    reason: "After heavy drinking or sedative use every day, stopping all at once can cause seizures, and can kill.",
    askFor: detoxCheck,
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
    id: "opioid-daily",
    result: "iop",
    when: { any: ["opioid-daily"] },
    reason: {
      self: "You said you use opioids every day or almost. Stopping opioids is hard, but rarely deadly in itself. The danger is an overdose, most of all after a break. IOP can give support a few days a week, alongside medication.",
      other:
        "You said they use opioids every day or almost. Stopping opioids is hard, but rarely deadly in itself. The danger is an overdose, most of all after a break. IOP can give them support a few days a week, alongside medication.",
    },
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
    result: "talk",
    when: {},
    reason: "Your answers do not point clearly to one kind of care, or some were skipped.",
  },
] as const satisfies readonly Rule[];

export const rules: readonly Rule[] = ruleList;
export type RuleId = (typeof ruleList)[number]["id"];

/** Every result but "get help now": what is left after help now comes first. */
const afterHelp = ["urgent", "higher-care", "iop", "outpatient", "talk"] as const;
const planned = ["higher-care", "iop", "outpatient", "talk"] as const;

/** Advice added to a result when its flags are raised, whichever rule decided the result. */
const noteList = [
  {
    id: "suicide-thoughts",
    when: { any: ["suicide-thoughts", "suicide-unsure"] },
    results: afterHelp,
    safety: true,
    lines: ["lifeline"],
    text: {
      self: "Thinking of suicide in the past month matters, even if it has passed. If it comes back, call or text 988, day or night. Tell the clinician about it at your assessment, so your care can help keep you safe.",
      other:
        "Thinking of suicide in the past month matters, even if it seems to have passed. If it comes back, you or they can call or text 988, day or night. Make sure the clinician hears about it at their assessment.",
    },
  },
  {
    id: "safety-unanswered",
    when: { any: ["safety-unanswered"] },
    results: planned,
    safety: true,
    lines: ["lifeline"],
    text: "You skipped a safety question. If anyone may be in danger, call 911, or call or text 988, now.",
  },
  {
    id: "psychosis-unsure",
    when: { any: ["psychosis-unsure"] },
    results: planned,
    safety: true,
    lines: ["lifeline"],
    text: {
      self: "Not sure about voices, fears or sleep? Ask for a mental health check soon. If things get worse, call or text 988. If anyone may be in danger, call 911.",
      other:
        "Not sure about those signs? Ask for a mental health check for them soon. If things get worse, call or text 988. If anyone may be in danger, call 911.",
    },
  },
  {
    id: "home-unsafe",
    when: { any: ["home-unsafe"] },
    results: afterHelp,
    safety: true,
    lines: ["domestic-violence", "local-help"],
    text: {
      self: "If someone at home hurts, threatens or controls you, the National Domestic Violence Hotline can help, day or night, in English or Spanish. And 211 can help find a safe place to stay, and other help nearby.",
      other:
        "If someone at home hurts, threatens or controls them, the National Domestic Violence Hotline can help. It helps them or you, day or night, in English or Spanish. And 211 can help find a safe place to stay, and other help nearby.",
    },
  },
  {
    id: "naloxone",
    when: { any: ["opioid-daily", "opioid-some", "opioid-unsure", "opioid-skipped"] },
    results: afterHelp,
    text: {
      self: "Carry naloxone (Narcan). It can reverse an opioid overdose, and stores sell it without a prescription. Fentanyl is in much of the street supply, even in pills. Never use alone. After a break of even a few days, the body loses its tolerance, and the old amount can kill.",
      other:
        "Keep naloxone (Narcan) at home and with you. It can reverse an opioid overdose, and stores sell it without a prescription. Fentanyl is in much of the street supply, even in pills. Ask them never to use alone. After a break of even a few days, their tolerance drops, and the old amount can kill.",
    },
  },
  {
    id: "opioid-medication",
    when: { any: ["opioid-daily", "opioid-some"] },
    results: planned,
    text: "Medication is a first choice of care for opioid use, and it lowers the risk of dying from an overdose. Buprenorphine or methadone can start right away and go on during IOP. Extended-release naltrexone, a monthly shot, can start after a week or more without opioids.",
  },
  {
    id: "withdrawal-caution",
    when: { any: ["withdrawal-unsure", "daily-use-unsure", "withdrawal-skipped"] },
    results: ["urgent", "higher-care"],
    text: "Not sure about withdrawal, or skipped a question about it? Talk with a doctor before cutting back or stopping. After daily use, stopping alcohol or sedatives all at once can cause seizures.",
  },
  {
    id: "withdrawal-check",
    when: { any: ["withdrawal-unsure", "daily-use-unsure", "withdrawal-skipped"] },
    results: ["iop", "outpatient", "talk"],
    text: "Not sure about withdrawal, or skipped a question about it? Ask for a withdrawal check at the assessment. Until then, talk with a doctor before cutting back or stopping. After daily use, stopping alcohol or sedatives all at once can cause seizures.",
  },
  {
    id: "sedative-prescribed",
    when: { any: ["sedative-prescribed"] },
    results: afterHelp,
    text: {
      self: "You take a prescribed sedative every day. Do not stop it or cut back on your own: stopping all at once can cause seizures. Tell the clinician about it at the assessment.",
      other:
        "They take a prescribed sedative every day. They should not stop it or cut back on their own: stopping all at once can cause seizures. Tell the clinician about it at the assessment.",
    },
  },
  {
    id: "home-unsupportive",
    when: { any: ["home-unsupportive"] },
    results: planned,
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
    results: planned,
    text: "Needing care more than once is common. Tell us what helped before, and what did not.",
  },
  {
    id: "readiness-unsure",
    when: { any: ["readiness-unsure"] },
    results: planned,
    text: {
      self: "Feeling unsure is normal. A call is just a talk, with no pressure to start.",
      other: "Many people feel unsure about getting help. We can help you plan how to talk with them about it.",
    },
  },
  {
    id: "not-ready",
    when: { any: ["not-ready"] },
    results: planned,
    text: {
      self: "You do not have to be ready to call. We can just talk, and you decide what happens next.",
      other:
        "Adults choose their own care. You can still call us for advice on how to talk with them, and for support for you.",
    },
  },
] as const satisfies readonly Note[];

export const notes: readonly Note[] = noteList;
export type NoteId = (typeof noteList)[number]["id"];
