import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("every page is sent with security headers, and pages still work under them", { tag: "@once" }, async ({ page, request }) => {
  for (const path of ["/", "/sign-in", "/api/health", "/workspace"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, DEMO.client, DEMO.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("figure", { name: "De leercurve" }).locator("circle[data-point]").first()).toBeVisible();
  expect(violations).toEqual([]);
});
