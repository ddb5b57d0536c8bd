import type selfCheck from "@/messages/en/selfCheck.json";
import type { SelfCheckContent } from "@/lib/self-check/content";

/** The self-check's interface words in the page's language (the "selfCheck" messages), handed down from the server. */
export type SelfCheckWords = typeof selfCheck;

/** What every part of the guide needs to speak the page's language. */
export type SelfCheckLanguage = { content: SelfCheckContent; words: SelfCheckWords };
