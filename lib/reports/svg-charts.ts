// The charts as SVG, drawn on the server: the screens show them as they arrive, with no script to
// load or run (components/charts/server-charts.tsx), and the reports use the very same drawings,
// sharp in the PDF and the print page and turned into PNG for Word. Every number comes in
// ready-made; a point's `hint` becomes its hover text.

import { curveHeight } from "@/lib/curve/curve";

const BAND_COLOURS = ["#e0f2fe", "#ccfbf1", "#e0e7ff", "#ede9fe"];
const INK = "#0f2f5f";
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const round = (value: number) => Math.round(value * 10) / 10;
const hintOf = (hint: string | undefined) => (hint ? `<title>${escapeXml(hint)}</title>` : "");

export type Band = { from: number; to: number; label: string };

type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };
const plotWidth = (frame: Frame) => frame.width - frame.left - frame.right;
const plotHeight = (frame: Frame) => frame.height - frame.top - frame.bottom;

function svg(frame: Frame, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title><rect width="${frame.width}" height="${frame.height}" fill="#ffffff"/>${body}</svg>`;
}

/** The learning curve with the organisation's path along it and the target marked. */
export function learningCurveSvg({
  points,
  bands,
  target,
  title,
  axis,
  tick,
  accent,
}: {
  points: { position: number; label: string; hint?: string }[];
  bands: Band[];
  target: { position: number; label: string } | null;
  title: string;
  axis: string;
  tick: (value: number) => string;
  accent: string;
}): string {
  const frame: Frame = { width: 640, height: 300, left: 16, right: 16, top: 28, bottom: 44 };
  const x = (position: number) => round(frame.left + ((position - 1) / 3) * plotWidth(frame));
  const y = (height: number) => round(frame.top + (1 - height / 100) * plotHeight(frame));
  const parts: string[] = [];
  bands.forEach((band, index) => {
    parts.push(
      `<rect x="${x(band.from)}" y="${frame.top}" width="${round(x(band.to) - x(band.from))}" height="${plotHeight(frame)}" fill="${BAND_COLOURS[index]}"/>`,
    );
    parts.push(
      `<text x="${round((x(band.from) + x(band.to)) / 2)}" y="${frame.top - 8}" text-anchor="middle" font-size="13" font-weight="bold" fill="#1e293b" ${FONT}>${escapeXml(band.label)}</text>`,
    );
  });
  const curve = Array.from({ length: 61 }, (_, index) => 1 + (index * 3) / 60).map(
    (position, index) => `${index === 0 ? "M" : "L"}${x(position)},${y(curveHeight(position))}`,
  );
  parts.push(`<path d="${curve.join(" ")}" fill="none" stroke="${INK}" stroke-width="3"/>`);
  const baseline = frame.top + plotHeight(frame);
  parts.push(`<line x1="${frame.left}" y1="${baseline}" x2="${frame.width - frame.right}" y2="${baseline}" stroke="#64748b"/>`);
  for (const value of [1, 1.5, 2, 2.5, 3, 3.5, 4]) {
    parts.push(`<line x1="${x(value)}" y1="${baseline}" x2="${x(value)}" y2="${baseline + 5}" stroke="#64748b"/>`);
    parts.push(`<text x="${x(value)}" y="${baseline + 18}" text-anchor="middle" font-size="11" fill="#334155" ${FONT}>${escapeXml(tick(value))}</text>`);
  }
  parts.push(`<text x="${frame.width / 2}" y="${frame.height - 6}" text-anchor="middle" font-size="12" fill="#334155" ${FONT}>${escapeXml(axis)}</text>`);
  if (points.length > 1) {
    parts.push(
      `<polyline points="${points.map((point) => `${x(point.position)},${y(curveHeight(point.position))}`).join(" ")}" fill="none" stroke="${accent}" stroke-width="2" stroke-dasharray="4 3"/>`,
    );
  }
  points.forEach((point, index) => {
    const last = index === points.length - 1;
    parts.push(
      `<circle data-point="" cx="${x(point.position)}" cy="${y(curveHeight(point.position))}" r="${last ? 8 : 5}" fill="${accent}" stroke="#ffffff" stroke-width="${last ? 3 : 1.5}">${hintOf(point.hint)}</circle>`,
    );
    // Above the point; near the top, where the stage names are, below and to its left, clear of the target's label.
    const [cx, cy] = [x(point.position), y(curveHeight(point.position))];
    const nearTop = cy - 14 < frame.top + 14;
    if (last)
      parts.push(
        `<text x="${nearTop ? cx - 10 : cx}" y="${nearTop ? cy + 26 : cy - 14}" text-anchor="${nearTop ? "end" : "middle"}" font-size="12" fill="${INK}" ${FONT}>${escapeXml(point.label)}</text>`,
      );
  });
  if (target) {
    parts.push(
      `<circle cx="${x(target.position)}" cy="${y(curveHeight(target.position))}" r="8" fill="#ffffff" stroke="#b45309" stroke-width="3">${hintOf(target.label)}</circle>`,
    );
    // Below the marker, clear of the stage names along the top.
    parts.push(
      `<text x="${x(target.position) + 4}" y="${y(curveHeight(target.position)) + 26}" text-anchor="end" font-size="12" fill="#92400e" ${FONT}>${escapeXml(target.label)}</text>`,
    );
  }
  return svg(frame, title, parts.join(""));
}

/** The colours of the dimensions' lines over time, in the model's order. */
export const DIMENSION_COLOURS = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0e7490", "#7e22ce", "#be185d"];

/**
 * Position over time on the stage bands, with pulse check-ins as violet diamonds. Each of the
 * `dimensions` is a line of its own, hidden until a screen shows it (`data-dimension`).
 */
export function timelineSvg({
  entries,
  bands,
  target,
  title,
  tick,
  accent,
  pulseLabel,
  dimensions = [],
}: {
  entries: { time: number; label: string; position: number | null; pulse: boolean; hint?: string }[];
  /** Per dimension, its score at each of the entries (null where it has none, as on a pulse). */
  dimensions?: { id: string; values: (number | null)[] }[];
  /** The legend's words for a pulse's diamond, shown when there are pulses. */
  pulseLabel: string;
  bands: Band[];
  target: { position: number; label: string } | null;
  title: string;
  tick: (value: number) => string;
  accent: string;
}): string {
  const frame: Frame = { width: 640, height: 270, left: 40, right: 20, top: 26, bottom: 36 };
  const times = entries.map((entry) => entry.time);
  const [start, end] = [Math.min(...times), Math.max(...times)];
  // Points start right of the stage names and end clear of the edge, so neither hides the other.
  const [from, to] = [frame.left + 96, frame.width - frame.right - 10];
  const x = (time: number) => round(end === start ? (from + to) / 2 : from + ((time - start) / (end - start)) * (to - from));
  const y = (position: number) => round(frame.top + ((4 - position) / 3) * plotHeight(frame));
  const parts: string[] = [];
  bands.forEach((band, index) => {
    parts.push(
      `<rect x="${frame.left}" y="${y(band.to)}" width="${plotWidth(frame)}" height="${round(y(band.from) - y(band.to))}" fill="${BAND_COLOURS[index]}"/>`,
    );
    parts.push(`<text x="${frame.left + 6}" y="${y(band.to) + 13}" font-size="11" fill="#334155" ${FONT}>${escapeXml(band.label)}</text>`);
  });
  for (const value of [1, 1.5, 2.5, 3.5, 4])
    parts.push(`<text x="${frame.left - 6}" y="${y(value) + 4}" text-anchor="end" font-size="10" fill="#334155" ${FONT}>${escapeXml(tick(value))}</text>`);
  if (target) {
    parts.push(
      `<line x1="${frame.left}" y1="${y(target.position)}" x2="${frame.width - frame.right}" y2="${y(target.position)}" stroke="#b45309" stroke-dasharray="6 4"/>`,
    );
    // Under the line near the top, so that it stays clear of the pulses' legend.
    const labelY = target.position > 3.7 ? y(target.position) + 14 : y(target.position) - 5;
    parts.push(
      `<text x="${frame.width - frame.right - 4}" y="${labelY}" text-anchor="end" font-size="11" fill="#92400e" ${FONT}>${escapeXml(target.label)}</text>`,
    );
  }
  dimensions.forEach((dimension, index) => {
    const colour = DIMENSION_COLOURS[index % DIMENSION_COLOURS.length];
    const scored = entries.flatMap((entry, entryIndex) => {
      const value = dimension.values[entryIndex];
      return value === null || value === undefined ? [] : [{ x: x(entry.time), y: y(Math.min(4, Math.max(1, value))) }];
    });
    const dots = scored.map((point) => `<circle cx="${point.x}" cy="${point.y}" r="2" fill="${colour}"/>`).join("");
    parts.push(
      `<g data-dimension="${escapeXml(dimension.id)}" display="none"><polyline points="${scored.map((point) => `${point.x},${point.y}`).join(" ")}" fill="none" stroke="${colour}" stroke-width="1.5"/>${dots}</g>`,
    );
  });
  const assessed = entries.filter((entry) => !entry.pulse && entry.position !== null);
  if (assessed.length > 1)
    parts.push(
      `<polyline points="${assessed.map((entry) => `${x(entry.time)},${y(entry.position!)}`).join(" ")}" fill="none" stroke="${INK}" stroke-width="3"/>`,
    );
  for (const entry of entries) {
    if (entry.position === null) continue;
    const cx = x(entry.time);
    const cy = y(entry.position);
    parts.push(
      entry.pulse
        ? `<path data-pulse="" d="M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z" fill="#7c3aed" stroke="#ffffff" stroke-width="1.5">${hintOf(entry.hint)}</path>`
        : `<circle data-point="" cx="${cx}" cy="${cy}" r="4" fill="${accent}">${hintOf(entry.hint)}</circle>`,
    );
  }
  if (entries.some((entry) => entry.pulse)) {
    const lx = frame.width - frame.right - 8;
    parts.push(`<path d="M${lx - 4},6 l5,5 l-5,5 l-5,-5 Z" fill="#7c3aed"/>`);
    parts.push(`<text x="${lx - 14}" y="15" text-anchor="end" font-size="10" fill="#334155" ${FONT}>${escapeXml(pulseLabel)}</text>`);
  }
  const labelled = assessed.filter((_, index) => index % Math.max(1, Math.ceil(assessed.length / 8)) === 0 || index === assessed.length - 1);
  for (const entry of labelled)
    parts.push(
      `<text x="${x(entry.time)}" y="${frame.height - 14}" text-anchor="middle" font-size="10" fill="#334155" ${FONT}>${escapeXml(entry.label)}</text>`,
    );
  return svg(frame, title, parts.join(""));
}

/** A label as lines of about `width` characters, broken between words. */
function wrapWords(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const current = lines.at(-1);
    if (current !== undefined && current.length + 1 + word.length <= width) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The dimensions on a radar from 0, so that an organisation at 1 keeps a visible shape. Without
 * `legend` the radar stands alone in a narrow frame, for screens: the page names the series
 * itself (organisations' names are longer than the frame's corner holds), and the dimensions'
 * names are wrapped onto two lines, so that a phone shows the radar nearly whole.
 */
export function radarSvg({
  dimensions,
  series,
  title,
  tick,
  legend = true,
}: {
  legend?: boolean;
  dimensions: string[];
  series: { label: string; colour: string; values: (number | null)[]; dashed?: boolean; hint?: string }[];
  title: string;
  tick: (value: number) => string;
}): string {
  const frame: Frame = { width: legend ? 640 : 440, height: legend ? 360 : 300, left: 0, right: 0, top: 0, bottom: 0 };
  const [cx, cy, radius] = [legend ? 255 : 220, legend ? 180 : 150, 110];
  const [labelSize, tickSize] = legend ? [11, 9] : [12, 10];
  const point = (index: number, value: number) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / dimensions.length;
    return [round(cx + Math.cos(angle) * radius * (value / 4)), round(cy + Math.sin(angle) * radius * (value / 4))] as const;
  };
  const parts: string[] = [];
  for (const ring of [1, 2, 3, 4]) {
    parts.push(`<polygon points="${dimensions.map((_, index) => point(index, ring).join(",")).join(" ")}" fill="none" stroke="#cbd5e1"/>`);
    parts.push(`<text x="${cx + 3}" y="${point(0, ring)[1] + 11}" font-size="${tickSize}" fill="#64748b" ${FONT}>${escapeXml(tick(ring))}</text>`);
  }
  dimensions.forEach((label, index) => {
    const [ex, ey] = point(index, 4);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${ex}" y2="${ey}" stroke="#cbd5e1"/>`);
    const [lx, ly] = point(index, 4.6);
    const lines = legend ? [label] : wrapWords(label, 13);
    const lineHeight = labelSize + 1;
    const spans = lines
      .map((line, lineIndex) => `<tspan x="${lx}" y="${round(ly + (lineIndex - (lines.length - 1) / 2) * lineHeight)}">${escapeXml(line)}</tspan>`)
      .join("");
    parts.push(`<text text-anchor="${lx < cx - 5 ? "end" : lx > cx + 5 ? "start" : "middle"}" font-size="${labelSize}" fill="#334155" ${FONT}>${spans}</text>`);
  });
  series.forEach((entry, seriesIndex) => {
    const corners = entry.values.map((value, index) => point(index, value ?? 0).join(",")).join(" ");
    parts.push(
      `<polygon points="${corners}" fill="${entry.colour}" fill-opacity="${seriesIndex === 0 ? 0.25 : 0.05}" stroke="${entry.colour}" stroke-width="2"${entry.dashed ? ' stroke-dasharray="5 4"' : ""}>${hintOf(entry.hint)}</polygon>`,
    );
    if (!legend) return;
    const legendY = 40 + seriesIndex * 22;
    parts.push(`<rect x="486" y="${legendY - 10}" width="14" height="14" fill="${entry.colour}" fill-opacity="0.5" stroke="${entry.colour}"/>`);
    parts.push(`<text x="506" y="${legendY + 1}" font-size="12" fill="#1e293b" ${FONT}>${escapeXml(entry.label)}</text>`);
  });
  return svg(frame, title, parts.join(""));
}
