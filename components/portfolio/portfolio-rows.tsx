"use client";
import { Link } from "@/components/ui/link";
import { StageBadge } from "@/components/model/stage-badge";
import { DataTable } from "@/components/ui/table";

/** A client in the portfolio's table, every value already in the reader's language. */
export type PortfolioRowView = {
  id: string;
  name: string;
  stage: { number: number; name: string } | null;
  position: string;
  change: string;
  trend: "up" | "down" | "level";
  lastAssessed: string;
  nextDue: string;
  overdue: boolean;
  consultant: string;
};

export type PortfolioRowLabels = Record<"caption" | "name" | "stage" | "position" | "change" | "last" | "nextDue" | "consultant" | "overdueShort", string>;

// The rows travel as data and are drawn here: as server-rendered elements they were most of a
// portfolio click's payload (60 of 86 kB) and of its server time.
export function PortfolioRows({ rows, labels }: { rows: PortfolioRowView[]; labels: PortfolioRowLabels }) {
  return (
    <DataTable
      caption={labels.caption}
      tone="boxed"
      testId="portfolio-table"
      rows={rows}
      rowKey={(row) => row.id}
      rowAttributes={(row) => ({ "data-organisation": row.name })}
      columns={[
        {
          header: labels.name,
          className: "font-medium",
          cell: (row) => (
            <Link href={`/workspace/organisations/${row.id}`} className="text-brand-700 hover:underline">
              {row.name}
            </Link>
          ),
        },
        { header: labels.stage, cell: (row) => (row.stage ? <StageBadge stage={row.stage.number} label={row.stage.name} /> : "—") },
        { header: labels.position, name: "position", cell: (row) => row.position },
        {
          header: labels.change,
          cell: (row) => <span className={row.trend === "up" ? "text-green-800" : row.trend === "down" ? "text-red-700" : ""}>{row.change}</span>,
        },
        { header: labels.last, cell: (row) => row.lastAssessed },
        {
          header: labels.nextDue,
          cell: (row) => (
            <span className={row.overdue ? "font-semibold text-red-700" : ""}>
              {row.nextDue}
              {row.overdue && <span className="sr-only"> ({labels.overdueShort})</span>}
            </span>
          ),
        },
        { header: labels.consultant, cell: (row) => row.consultant },
      ]}
    />
  );
}
