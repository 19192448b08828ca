"use client";

import { useEffect, useRef, useState } from "react";
import { DIMENSION_COLOURS } from "@/lib/reports/svg-charts";

/**
 * Checkboxes that show a dimension's line in the server-drawn chart they wrap. The lines are in
 * the drawing from the start, hidden (`data-dimension`), so showing one asks nothing of the server.
 */
export function DimensionToggles({ dimensions, legend, children }: { dimensions: { id: string; label: string }[]; legend: string; children: React.ReactNode }) {
  const [shown, setShown] = useState<string[]>([]);
  const drawing = useRef<HTMLDivElement>(null);
  useEffect(() => {
    drawing.current?.querySelectorAll<SVGElement>("[data-dimension]").forEach((line) => {
      line.setAttribute("display", shown.includes(line.dataset.dimension ?? "") ? "inline" : "none");
    });
  }, [shown]);
  return (
    <div>
      <div ref={drawing}>{children}</div>
      <fieldset className="no-print mt-2">
        <legend className="text-sm font-medium">{legend}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {dimensions.map((dimension, index) => (
            <label key={dimension.id} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={shown.includes(dimension.id)}
                onChange={(event) => setShown(event.target.checked ? [...shown, dimension.id] : shown.filter((id) => id !== dimension.id))}
              />
              <span aria-hidden="true" className="inline-block h-2 w-4 rounded" style={{ background: DIMENSION_COLOURS[index % DIMENSION_COLOURS.length] }} />
              {dimension.label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
