/** The cost bar as a table: each part, the arithmetic sum, and the published total. */
import type { Fact } from '../../data/schema.ts';
import { formatGbpMillions } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { LazyDetails, StaticTableLink } from '../../ui/LazyDetails.tsx';
import type { CostPart } from './CostBar.tsx';

interface Props {
  parts: readonly CostPart[];
  facts: readonly Fact[];
  total: Fact & { value: number };
  sum: number;
}

export function CostTable({ parts, facts, total, sum }: Props) {
  return (
    <LazyDetails className="chart-table" summary="Table: the cost and its parts" fallback={<StaticTableLink view="nhs" what="Every NHS figure, the cost among them," />}>
      {() => (
      <div className="table-scroll">
        <table>
          <caption>Estimated cost of WannaCry to the NHS, £ million</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Period</th>
              <th scope="col">£ million</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part, i) => (
              <tr key={part.id}>
                <th scope="row">{part.label}</th>
                <td>{part.period}</td>
                <td className="num">{formatGbpMillions(part.value)}</td>
                <td>
                  <Cite citation={facts[i]!} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum of the parts (our arithmetic)</th>
              <td />
              <td className="num">{formatGbpMillions(sum)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">Total as reported</th>
              <td>{total.period}</td>
              <td className="num">{formatGbpMillions(total.value)}</td>
              <td>
                <Cite citation={total} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      )}
    </LazyDetails>
  );
}
