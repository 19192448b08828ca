import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/table";
import type { OutboxEntry } from "@/lib/server/mail/outbox";

type Row = Omit<OutboxEntry, "createdAt" | "sentAt"> & { createdAt: string; sentAt: string | null };

const STATUS_STYLES = {
  PENDING: "bg-amber-100 text-amber-900",
  SENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  NOT_SENT: "bg-slate-100 text-slate-800",
} as const;

/** The workspace's last 200 e-mails and what became of each; never their contents. */
export async function OutboxTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("settings.outbox");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DataTable
      caption={t("caption")}
      tone="boxed"
      testId="outbox"
      rows={rows}
      rowKey={(row) => row.id}
      rowAttributes={(row) => ({ "data-status": row.status, "data-kind": row.kind })}
      columns={[
        { header: t("created"), cell: (row) => row.createdAt },
        { header: t("recipient"), cell: (row) => row.recipient, rowHeader: true },
        { header: t("kind"), cell: (row) => `${t(`kinds.${row.kind}`)} · ${row.locale.toUpperCase()}` },
        { header: t("subject"), cell: (row) => row.subject },
        {
          header: t("status"),
          cell: (row) => (
            <>
              <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[row.status]}`}>{t(`statuses.${row.status}`)}</span>
              {row.status === "SENT" && row.sentAt && <span className="block text-xs text-slate-600">{row.sentAt}</span>}
              {row.status !== "SENT" && row.status !== "NOT_SENT" && row.attempts > 0 && (
                <span className="block text-xs text-slate-600">{t("attempts", { count: row.attempts })}</span>
              )}
              {row.lastError && row.status !== "NOT_SENT" && <span className="block max-w-xs text-xs break-words text-red-800">{row.lastError}</span>}
            </>
          ),
        },
      ]}
    />
  );
}
