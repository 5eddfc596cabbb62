/**
 * The charts' tooltip: plain HTML over the chart, placed by placeTooltip() once its own size is
 * known. It is hidden for the one frame in which it measures itself, so it never flashes in the
 * wrong place. The text it shows is always also in the chart's table or labels, so nothing is
 * lost to readers who never hover.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { maxTooltipWidth, placeTooltip, type Anchor, type Size } from '../ui/placeTooltip.ts';

interface Props {
  id: string;
  anchor: Anchor;
  /** The chart wrapper's size in CSS pixels. */
  bounds: Size;
  children: ReactNode;
}

export function Tooltip({ id, anchor, bounds, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measured = { width: element.offsetWidth, height: element.offsetHeight };
    setSize((old) => (old && old.width === measured.width && old.height === measured.height ? old : measured));
  });
  const placement = size ? placeTooltip(anchor, size, bounds) : null;
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="chart-tooltip"
      data-side={placement?.side}
      style={{
        left: placement?.left ?? 0,
        top: placement?.top ?? 0,
        maxWidth: maxTooltipWidth(bounds.width) || undefined,
        visibility: placement ? 'visible' : 'hidden',
      }}
    >
      {children}
    </div>
  );
}

/** The usual content: a bold title and a few lines (the unit chart's trust, the payments' hour). */
export function TextTooltip({ text, ...props }: Omit<Props, 'children'> & { text: { title: string; lines: readonly string[] } }) {
  return (
    <Tooltip {...props}>
      <strong className="tooltip-title">{text.title}</strong>
      {text.lines.map((line) => (
        <span key={line} className="tooltip-line">
          {line}
        </span>
      ))}
    </Tooltip>
  );
}
