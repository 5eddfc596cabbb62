/**
 * The current view as a standalone SVG or PNG: the live chart cloned with its computed colours
 * written in (so it looks the same outside the page and in either theme), plus the title,
 * source line and date a published image must carry. Loaded only when a reader asks for it.
 */
import { escapeHtml } from '../format/html.ts';

const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline'] as const;

export function standaloneSvg(svg: SVGSVGElement, caption: { title: string; source: string }): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Copy computed styles element by element (the clone is not in the document, so read the original).
  const originals = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const copies = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    const copy = copies[i]!;
    for (const prop of STYLE_PROPS) copy.style.setProperty(prop, style.getPropertyValue(prop));
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  const bg = getComputedStyle(document.body).backgroundColor;
  const fg = getComputedStyle(document.body).color;
  const font = getComputedStyle(document.body).fontFamily.replace(/"/g, "'");
  const header = 40;
  const footer = 36;
  const height = header + chartHeight + footer;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(header));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
    `<rect width="100%" height="100%" fill="${bg}"/>` +
    `<text x="8" y="26" font-size="18" font-weight="700" fill="${fg}">${escapeHtml(caption.title)}</text>` +
    new XMLSerializer().serializeToString(clone) +
    `<text x="8" y="${height - 14}" font-size="12" fill="${fg}">${escapeHtml(caption.source)}</text>` +
    `</svg>`;
  return { text, width, height };
}

export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
