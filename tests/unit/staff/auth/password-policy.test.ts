import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/staff/auth/password-policy";

describe("staff password policy", () => {
  it("welcomes long passphrases", () => {
    expect(passwordProblem("violet harbor ladder 42")).toBeUndefined();
    expect(passwordProblem("Tr0mbone-Quilt-Meadow")).toBeUndefined();
    expect(passwordProblem("x".repeat(3) + "a long but unusual sentence about kites")).toBeUndefined();
  });

  it("refuses short ones", () => {
    expect(passwordProblem("Xk9#mQ2$vL")).toBe("too-short");
    expect(passwordProblem("a".repeat(129))).toBe("too-long");
  });

  it("refuses common passwords dressed up to the minimum length", () => {
    for (const password of [
      "Password2024!",
      "p@ssw0rd1234",
      "qwerty123456",
      "iloveyou!!!!",
      "Welcome12345",
      "monkeymonkey",
      "123456789012",
    ]) {
      expect.soft(passwordProblem(password), password).toMatch(/common|repetitive/);
    }
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toBe("repetitive");
    expect(passwordProblem("abcdefghijklmnop")).toBe("repetitive");
  });

  it("refuses the person's own email name", () => {
    expect(passwordProblem("jordanlee-secure-2026", "jordanlee@example.org")).toBe("contains-email");
  });
});
