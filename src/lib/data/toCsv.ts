/** RFC 4180 CSV: CRLF line ends; fields with commas, quotes or line breaks are quoted, quotes doubled. */
export type Cell = string | number | undefined;

const escape = (cell: Cell): string => {
  const text = cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(escape).join(',')).join('\r\n') + '\r\n';
}
