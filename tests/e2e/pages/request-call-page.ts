import type { Page } from "@playwright/test";

/** The fill-time guard refuses forms sent within 3 s of loading; people take longer. */
const MIN_FILL_MS = 3_200;

export type CallRequest = { name: string; phone: string; email?: string; note?: string };

export class RequestCallPage {
  private loadedAt = 0;

  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/request-a-call");
    this.loadedAt = Date.now();
  }

  async fill(request: CallRequest) {
    const { page } = this;
    await page.getByLabel("Your name").fill(request.name);
    await page.getByLabel("Phone number").fill(request.phone);
    if (request.email) await page.getByLabel("Email").fill(request.email);
    await page.getByRole("group", { name: "Who is this call about?" }).getByLabel("Someone I care about").check();
    await page.getByLabel("How do you know them?").selectOption("parent");
    await page.getByRole("group", { name: "Best time to call" }).getByLabel("Evening").check();
    if (request.note) await page.getByLabel("Anything you would like us to know?").fill(request.note);
    await page.getByRole("group", { name: "May we leave a voicemail?" }).getByLabel("No").check();
    await page.getByRole("group", { name: "May we send a text to this number?" }).getByLabel("Yes").check();
    await page.getByLabel(/may call me at this number/).check();
  }

  async waitForHumanPace() {
    const wait = this.loadedAt + MIN_FILL_MS - Date.now();
    if (wait > 0) await this.page.waitForTimeout(wait);
  }

  async submit() {
    await this.waitForHumanPace();
    await this.page.getByRole("button", { name: "Request a call" }).click();
  }
}
