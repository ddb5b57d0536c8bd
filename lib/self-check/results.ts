import type { Audience, ResultId, Worded } from "@/lib/self-check/model";

export type ResultText = {
  title: string;
  intro: Worded;
  /** The result as the call-request summary names it. */
  summary: string;
};

/** The results' headings and opening words; their reasons come from rules.ts. */
export const resultTexts: Record<ResultId, ResultText> = {
  crisis: {
    title: "Please get help now",
    intro: {
      self: "Your safety comes first. Please reach out now, before anything else. You do not have to go through this alone.",
      other:
        "Their safety comes first. Please reach out now, before anything else. You do not have to handle this alone.",
    },
    summary: "get help now (911 or 988)",
  },
  urgent: {
    title: "Get a mental health check today",
    intro: {
      self: "From your answers, it is safest to see a mental health professional today, before you start a program like IOP. Go to an emergency room, or call 988 to ask where to go. If anyone may be in danger, call 911.",
      other:
        "From your answers, it is safest for them to see a mental health professional today, before they start a program like IOP. Go to an emergency room, or call 988 to ask where to go. If anyone may be in danger, call 911.",
    },
    summary: "a mental health check today (988, or 911 if in danger)",
  },
  "higher-care": {
    title: "More care may be needed first",
    intro: {
      self: "From your answers, it may be safest to start with more care than IOP gives. After that, IOP is often the next step.",
      other:
        "From your answers, it may be safest for them to start with more care than IOP gives. After that, IOP is often the next step.",
    },
    summary: "more care first, such as detox, a day program or residential care",
  },
  iop: {
    title: "IOP may be a good fit to ask about",
    intro: {
      self: "From your answers, an intensive outpatient program (IOP) may fit you.",
      other: "From your answers, an intensive outpatient program (IOP) may fit them.",
    },
    summary: "IOP may fit",
  },
  outpatient: {
    title: "Standard outpatient care may be enough for now",
    intro: {
      self: "From your answers, a weekly visit with a counselor or therapist may be enough for now. If things get harder, IOP is the next step up.",
      other:
        "From your answers, a weekly visit with a counselor or therapist may be enough for them for now. If things get harder, IOP is the next step up.",
    },
    summary: "standard outpatient care may be enough",
  },
  talk: {
    title: "Talk with us about the next step",
    intro: {
      self: "From your answers, we cannot point to one kind of care. That is fine. A short, free talk with our team or your doctor can help sort out what fits you.",
      other:
        "From your answers, we cannot point to one kind of care for them. That is fine. A short, free talk with our team or your doctor can help sort out what fits them.",
    },
    summary: "talk it through (no clear next step yet)",
  },
};

export const notADiagnosis: Worded = {
  self: "This is not a diagnosis. A clinician decides with you at an assessment.",
  other: "This is not a diagnosis. A clinician decides with them at an assessment.",
};

export const whatToExpect: Worded = {
  self: "IOP means group and one-on-one sessions, about 3 hours at a time, 3 or 4 days a week. That is about 9 or more hours a week, and you sleep at home. It starts with an assessment: a talk with a clinician, who makes a plan with you.",
  other:
    "IOP means group and one-on-one sessions, about 3 hours at a time, 3 or 4 days a week. That is about 9 or more hours a week, and they sleep at home. It starts with an assessment: a talk with a clinician, who makes a plan with them.",
};

/** The words of the note a visitor may add to a call request (lib/self-check/summary.ts). */
export type SummaryWords = {
  heading: string;
  about: Record<Audience | "label", string>;
  nextStep: string;
  skipped: string;
  /** What each choice puts in the note, as the visitor picks it. */
  choices: { result: string; answers: string; none: string };
};

export const summaryWords: SummaryWords = {
  heading: "From the self-check on your website (not a diagnosis):",
  about: { label: "About", self: "me", other: "someone I care about" },
  nextStep: "Suggested next step",
  skipped: "skipped",
  choices: {
    result: "The suggested next step",
    answers: "The next step and my answers",
    none: "Nothing. I will write my own note, or leave it blank.",
  },
};
