import { COMMON_PASSWORD_WORDS } from "@/lib/staff/auth/common-passwords";

/**
 * What a staff password must be: long (a passphrase of a few words is the easy way there),
 * and not one of the passwords every breach list starts with, dressed up with digits and
 * symbols. Checked locally; nothing is sent anywhere.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "too-short" | "too-long" | "common" | "repetitive" | "contains-email";

export const passwordProblemText: Record<PasswordProblem, string> = {
  "too-short": `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make an easy-to-remember passphrase.`,
  "too-long": `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  common: "That password is on lists attackers try first. Choose a passphrase of a few unrelated words.",
  repetitive: "That password repeats too few characters. Choose a passphrase of a few unrelated words.",
  "contains-email": "Don't use your email address in your password.",
};

export function passwordProblem(password: string, email = ""): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "too-short";
  if (length > MAX_PASSWORD_LENGTH) return "too-long";
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5 || isSequence(lower)) return "repetitive";
  const mailbox = email.split("@")[0]?.toLowerCase() ?? "";
  if (mailbox.length >= 4 && lower.includes(mailbox)) return "contains-email";
  if (looksCommon(lower)) return "common";
  return undefined;
}

/** "Password2024!", "p@ssw0rd1234", "qwerty123456": a listed word plus digits, symbols or repeats. */
function looksCommon(lower: string): boolean {
  // Digits and symbols around a word are padding; inside it they stand for letters.
  const deLeet = lower
    .replace(/^[^a-z]+|[^a-z]+$/g, "")
    .replace(/[@4]/g, "a")
    .replace(/3/g, "e")
    .replace(/[1!|]/g, "i")
    .replace(/0/g, "o")
    .replace(/[$5]/g, "s")
    .replace(/7/g, "t");
  for (const candidate of [lower, deLeet]) {
    const letters = candidate.replace(/[^a-z]/g, "");
    if (letters.length === 0) return true;
    if (COMMON_PASSWORD_WORDS.has(letters)) return true;
    // The same listed word twice or more ("monkeymonkey").
    for (const word of COMMON_PASSWORD_WORDS) {
      if (
        word.length >= 4 &&
        letters.length % word.length === 0 &&
        word.repeat(letters.length / word.length) === letters
      ) {
        return true;
      }
    }
  }
  return false;
}

function isSequence(lower: string): boolean {
  const runs = ["0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"];
  return runs.some((run) => run.includes(lower) || [...run].reverse().join("").includes(lower));
}
