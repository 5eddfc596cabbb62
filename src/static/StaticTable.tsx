/** A static page's table: a caption, a header row, and the rows (each row's first cell a row header). */
import type { ReactNode } from 'react';

export function StaticTable({ caption, columns, children }: { caption: ReactNode; columns: readonly string[]; children: ReactNode }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
