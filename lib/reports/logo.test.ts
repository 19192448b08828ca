import { describe, expect, it } from "vitest";
import { checkLogo, LOGO_MAX_BYTES } from "./logo";

const text = (value: string) => new TextEncoder().encode(value);
const svg = (body: string) => text(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">${body}</svg>`);

describe("checking an uploaded logo", () => {
  it("takes PNG and JPEG by their first bytes", () => {
    expect(checkLogo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]))).toMatchObject({ ok: true, type: "image/png" });
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toMatchObject({ ok: true, type: "image/jpeg" });
  });

  it("draws a harmless SVG to a PNG", () => {
    const checked = checkLogo(svg('<rect width="40" height="20" fill="#1f5fbf"/>'));
    expect(checked).toMatchObject({ ok: true, type: "image/png" });
    expect([...(checked as { bytes: Uint8Array }).bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("refuses an SVG with anything active in it", () => {
    for (const body of [
      "<script>alert(1)</script>",
      '<rect onload="alert(1)"/>',
      '<a href="javascript:alert(1)"><rect/></a>',
      '<image href="https://evil.example/x.png"/>',
      "<foreignObject><div/></foreignObject>",
    ]) {
      expect(checkLogo(svg(body))).toEqual({ ok: false, error: "logoScript" });
    }
  });

  it("refuses what is no image at all, a renamed program among them, and what is too large", () => {
    expect(checkLogo(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(text("<html><body>hi</body></html>"))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(new Uint8Array(LOGO_MAX_BYTES + 1))).toEqual({ ok: false, error: "logoTooLarge" });
  });
});
