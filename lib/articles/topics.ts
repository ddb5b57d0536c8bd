/** The article topics, each with a page of its own at /articles/topics/<slug>. */
export const articleTopics = {
  "understanding-iop": {
    label: "Understanding IOP",
    description: "What intensive outpatient care is, who it suits, and what the days and weeks look like.",
    about: "Intensive outpatient treatment",
  },
  "recovery-and-relapse-prevention": {
    label: "Recovery and relapse prevention",
    description:
      "Staying on track during and after treatment: coping skills, warning signs, aftercare and alumni support.",
    about: "Relapse prevention",
  },
  "for-families": {
    label: "For families",
    description: "How parents, partners and friends can help someone in treatment, and look after themselves too.",
    about: "Family support in addiction treatment",
  },
  "paying-for-care": {
    label: "Paying for care",
    description: "Insurance, costs and how to find out what your plan covers for intensive outpatient care.",
    about: "Paying for addiction treatment",
  },
} as const;

export type ArticleTopic = keyof typeof articleTopics;

export const topicSlugs = Object.keys(articleTopics) as ArticleTopic[];
