import "server-only";
import { Resvg } from "@resvg/resvg-js";

export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoCheck =
  { ok: true; type: "image/png" | "image/jpeg"; bytes: Uint8Array } | { ok: false; error: "logoTooLarge" | "logoType" | "logoScript" | "logoUnreadable" };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
// Anything in an SVG that could run or fetch: scripts, event handlers, foreign HTML, outside references.
const ACTIVE_SVG = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["']?\s*(?:https?:|\/\/|data:text)/i;

/**
 * Checks an uploaded logo by what it is, not by its name: PNG and JPEG by their first bytes;
 * an SVG is refused when it holds anything active, and is otherwise drawn to a PNG, so that no
 * SVG is ever served from the workspace.
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, error: "logoTooLarge" };
  if (startsWith(bytes, PNG)) return { ok: true, type: "image/png", bytes };
  if (startsWith(bytes, JPEG)) return { ok: true, type: "image/jpeg", bytes };
  const text = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)) return { ok: false, error: "logoType" };
  if (ACTIVE_SVG.test(text)) return { ok: false, error: "logoScript" };
  try {
    const png = new Resvg(text, { fitTo: { mode: "width", value: 600 }, font: { loadSystemFonts: true } }).render().asPng();
    return { ok: true, type: "image/png", bytes: new Uint8Array(png) };
  } catch {
    return { ok: false, error: "logoUnreadable" };
  }
}
