/** The words of the article index and feed, in one place. */
export const articleIndexCopy = {
  title: "Articles about IOP and recovery",
  heading: "Articles about IOP and recovery",
  description:
    "Plain-language articles on intensive outpatient care, recovery and family support, each written by a named author and checked by a licensed clinician.",
  feedTitle: "Articles about IOP and recovery",
} as const;
