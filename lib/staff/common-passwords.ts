/**
 * The letters of the passwords that top every published breach list (digits and symbols
 * stripped, leetspeak undone by the checker), plus words anyone would guess for a treatment
 * center's staff. Small on purpose: length does most of the work; this stops the obvious.
 */
export const COMMON_PASSWORD_WORDS: ReadonlySet<string> = new Set([
  "password", "passwort", "passw", "pass", "qwerty", "qwertyuiop", "qwertyuiopasdfghjkl", "asdfghjkl",
  "asdf", "zxcvbnm", "qwertz", "azerty", "abc", "abcd", "abcdef", "iloveyou", "loveyou", "admin",
  "administrator", "welcome", "welcomehome", "letmein", "monkey", "dragon", "master", "sunshine",
  "princess", "football", "baseball", "basketball", "soccer", "hockey", "superman", "batman",
  "trustno", "shadow", "michael", "jennifer", "jordan", "hunter", "ranger", "buster", "charlie",
  "thomas", "robert", "daniel", "jessica", "ashley", "nicole", "summer", "winter", "spring",
  "autumn", "freedom", "whatever", "starwars", "pokemon", "computer", "internet", "secret",
  "mypassword", "changeme", "changeit", "default", "login", "access", "test", "testing", "guest",
  "user", "root", "hello", "helloworld", "flower", "cookie", "chocolate", "banana", "orange",
  "purple", "pepper", "ginger", "maggie", "lovely", "angel", "babygirl", "family", "forever",
  "blessed", "jesus", "god", "lovelove", "matrix", "killer", "cheese", "liverpool", "chelsea",
  "arsenal", "samsung", "apple", "google", "microsoft", "facebook", "linkedin", "iphone",
  "qazwsx", "qazwsxedc", "zaq", "zaqxsw", "aa", "aaa", "abcabc", "passwordpassword",
  "correcthorsebatterystaple", "recovery", "recover", "sober", "sobriety", "admissions",
  "intake", "treatment", "therapy", "counselor", "clinic", "health", "healthcare", "nurse",
  "doctor", "hospital", "patient", "staff", "inbox", "center", "outpatient", "iop",
]);
