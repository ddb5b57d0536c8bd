/** A fresh fictional 555-01xx number per test, so duplicate suppression never merges two tests' leads. */
let counter = 0;
export function uniquePhone(): string {
  counter += 1;
  const area = 200 + ((process.pid + counter * 7 + Date.now()) % 700);
  const line = String(counter % 100).padStart(2, "0");
  return `(${area}) 555-01${line}`;
}
