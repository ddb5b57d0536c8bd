/**
 * The fixed choices both forms offer, with the words the admissions email shows for them
 * (the forms take theirs from the "forms" messages). Values are what the form posts.
 */
export const subjects = ["self", "someone-else"] as const;

/** The caller's relationship to the person who needs care. */
export const relationships = ["partner", "parent", "child", "sibling", "friend", "other"] as const;
export type Relationship = (typeof relationships)[number];
export const relationshipLabels: Record<Relationship, string> = {
  partner: "Partner or spouse",
  parent: "Parent",
  child: "Son or daughter",
  sibling: "Brother or sister",
  friend: "Friend",
  other: "Other",
};

/** Parts of the day in the center's time zone. */
export const bestTimes = ["asap", "morning", "afternoon", "evening"] as const;
export type BestTime = (typeof bestTimes)[number];
export const bestTimeLabels: Record<BestTime, string> = {
  asap: "As soon as possible",
  morning: "Morning",
  afternoon: "Afternoon",
  evening: "Evening",
};

export const yesNo = ["yes", "no"] as const;
export type YesNo = (typeof yesNo)[number];
export const yesNoLabels: Record<YesNo, string> = { yes: "Yes", no: "No" };

export const policyholders = ["patient", "other"] as const;
