/**
 * One chart as a file of its own: SVG text, or a PNG drawn from it. On the page a chart's colours
 * may come from CSS (theme variables, currentColor, the stylesheet's font); a lone SVG file has no
 * stylesheet, so the computed values are written onto the copy.
 */

/** Presentation properties that may be set by CSS rather than by an attribute. */
const PAINTED = ['fill', 'stroke', 'color', 'opacity', 'font-family', 'font-size', 'font-weight'] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * A mounted chart as one SVG. Plot returns a bare <svg>, or a <figure> when the chart has a
 * legend: then its SVG parts (colour ramps, the plot) are stacked top to bottom and the HTML swatch
 * legend is redrawn as SVG rows, so the file keeps its legend.
 */
export function chartImage(chart: Element): ChartImage {
  if (chart instanceof SVGSVGElement) {
    const { width, height } = chart.getBoundingClientRect();
    return { svg: new XMLSerializer().serializeToString(standaloneSvg(chart)), width, height };
  }
  const width = chart.getBoundingClientRect().width;
  const root = document.createElementNS(SVG_NS, 'svg');
  let y = 0;
  for (const part of chart.children) {
    if (part instanceof SVGSVGElement) {
      const copy = standaloneSvg(part);
      copy.setAttribute('y', String(y));
      root.append(copy);
      y += part.getBoundingClientRect().height;
    } else {
      const swatches = [...part.querySelectorAll('[class$="-swatch"]')];
      if (swatches.length === 0) continue;
      const rows = swatchRows(swatches, width, y);
      root.append(rows.group);
      y += rows.height;
    }
  }
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(Math.round(width)));
  root.setAttribute('height', String(Math.round(y)));
  root.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(y)}`);
  root.insertBefore(background(), root.firstChild);
  return { svg: new XMLSerializer().serializeToString(root), width, height: y };
}

/** Plot's HTML swatch legend as SVG: a square and a label per item, wrapped at the chart's width. */
function swatchRows(swatches: Element[], width: number, top: number): { group: SVGGElement; height: number } {
  const group = document.createElementNS(SVG_NS, 'g');
  const style = getComputedStyle(swatches[0]);
  const font = `${style.fontSize} ${style.fontFamily}`;
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = font;
  const rowHeight = 20;
  let x = 0;
  let y = top + 4;
  for (const s of swatches) {
    const colour = s.querySelector('svg')?.getAttribute('fill') ?? s.querySelector('rect')?.getAttribute('fill') ?? '#888888';
    const label = s.textContent?.trim() ?? '';
    const itemWidth = 15 + 6 + (measure?.measureText(label).width ?? label.length * 7) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    const square = document.createElementNS(SVG_NS, 'rect');
    Object.entries({ x, y: y + 2, width: 12, height: 12, fill: colour }).forEach(([k, v]) => square.setAttribute(k, String(v)));
    const text = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: x + 18, y: y + 12, 'font-size': style.fontSize, 'font-family': style.fontFamily, fill: style.color }).forEach(([k, v]) =>
      text.setAttribute(k, String(v)),
    );
    text.textContent = label;
    group.append(square, text);
    x += itemWidth;
  }
  return { group, height: y - top + rowHeight + 4 };
}

function background(): SVGRectElement {
  // A background, so the image reads on any viewer (a transparent PNG on a dark viewer does not).
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
  return bg;
}

/** A copy of one SVG with every CSS-dependent paint resolved. */
function standaloneSvg(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const target = copies[i];
    if (!(target instanceof SVGElement)) return;
    const style = getComputedStyle(el);
    for (const name of PAINTED) {
      const attr = target.getAttribute(name);
      // Attributes that name a variable or currentColor only mean something inside the page.
      if (attr === null ? i === 0 : /var\(|currentcolor/i.test(attr)) target.setAttribute(name, style.getPropertyValue(name));
    }
  });
  copy.setAttribute('xmlns', SVG_NS);
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.insertBefore(background(), copy.firstChild);
  return copy;
}

/** The SVG drawn on a canvas at `scale` times its size (2 = sharp on high-density screens and in slides). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas unavailable');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
