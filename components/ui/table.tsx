// The one table of the app: a caption (visible or for screen readers), column headers, and
// optionally a row header per row. Used for lists and for every chart's data table.

export type Column<Row> = {
  header: React.ReactNode;
  cell: (row: Row) => React.ReactNode;
  /** The cell that names the row (a <th scope="row">). */
  rowHeader?: boolean;
  className?: string;
  /** Marks the column's cells (data-column), for tests that read one column. */
  name?: string;
};

// Only named columns carry the attribute: an undefined prop still costs bytes in every cell of a
// server-rendered table's payload.
const columnAttribute = (column: { name?: string }) => (column.name ? { "data-column": column.name } : {});

export function DataTable<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  rowAttributes,
  testId,
  tone = "plain",
}: {
  caption: string;
  showCaption?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Extra attributes per row, e.g. data-* hooks or a highlight class. */
  rowAttributes?: (row: Row) => { className?: string } & Record<`data-${string}`, string | undefined>;
  testId?: string;
  /** "boxed": a list page's table with a shaded header. */
  tone?: "plain" | "boxed";
}) {
  const cellClass = tone === "boxed" ? "px-3 py-2" : "py-1.5 pr-3";
  return (
    // Positioned, so that screen-reader-only text in a cell scrolls with the table instead of widening the page.
    <div className={tone === "boxed" ? "relative overflow-x-auto rounded-lg border border-slate-200 bg-white" : "relative overflow-x-auto"}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className={showCaption ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead className={tone === "boxed" ? "bg-slate-100 text-slate-700" : "text-slate-600"}>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`${cellClass} font-medium`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { className, ...data } = rowAttributes?.(row) ?? {};
            return (
              <tr key={rowKey(row)} className={`border-t border-slate-100 align-top ${className ?? ""}`} {...data}>
                {columns.map((column, index) =>
                  column.rowHeader ? (
                    <th key={index} scope="row" {...columnAttribute(column)} className={`${cellClass} font-medium ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index} {...columnAttribute(column)} className={`${cellClass} ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
