/**
 * PNG download at twice the chart's size, drawn in the browser from the standalone SVG.
 * The SVG names CJK fonts (Noto Sans CJK, PingFang, YaHei), which an SVG drawn as an image may
 * use from the system, so Chinese text renders in the PNG wherever it renders on the page.
 */

import { rebase } from '../lib/charts/served-origin.ts';
import { siteBases } from './served-origin.ts';

const SCALE = 2;

/** The standalone SVG with its footer and links on the origin this page is served from. */
async function servedSvg(svgUrl: string): Promise<string> {
  const response = await fetch(svgUrl);
  if (!response.ok) throw new Error(`${svgUrl}: HTTP ${response.status}`);
  const bases = siteBases();
  const text = await response.text();
  return bases ? rebase(text, bases.from, bases.to) : text;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = url;
  });
}

/**
 * The SVG with its width and height scaled: drawn 1:1 at that size, the browser rasterises the
 * vector picture at full resolution instead of enlarging a bitmap of the natural size.
 */
function scaledSvg(text: string, width: number, height: number): string {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error('the file is not an SVG');
  if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(width * SCALE));
  root.setAttribute('height', String(height * SCALE));
  return new XMLSerializer().serializeToString(doc);
}

async function svgToPng(svgUrl: string, width: number, height: number): Promise<Blob> {
  const svg = new Blob([scaledSvg(await servedSvg(svgUrl), width, height)], { type: 'image/svg+xml' });
  const objectUrl = URL.createObjectURL(svg);
  try {
    const img = await loadImage(objectUrl);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * SCALE);
    canvas.height = Math.round(height * SCALE);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.fillStyle = 'white';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(objectUrl);
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-png-src]')) {
  const status = button.parentElement?.querySelector<HTMLElement>('.png-status') ?? null;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const { pngSrc, pngName, pngWidth, pngHeight } = button.dataset;
    button.disabled = true;
    if (status) status.textContent = '正在生成… Making the PNG…';
    try {
      save(await svgToPng(pngSrc!, Number(pngWidth), Number(pngHeight)), pngName ?? 'chart.png');
      if (status) status.textContent = '已下载 Downloaded';
    } catch (error) {
      if (status) status.textContent = `无法生成 PNG Could not make the PNG: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  });
}

// The SVG download: the file as built names the configured site; served elsewhere, save a copy
// whose footer and links name this origin (without JavaScript, the link downloads the file as built).
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-svg-download]')) {
  link.addEventListener('click', (event) => {
    const bases = siteBases();
    if (!bases || !bases.to || bases.to === bases.from) return;
    event.preventDefault();
    servedSvg(link.href)
      .then((text) => save(new Blob([text], { type: 'image/svg+xml' }), link.getAttribute('download') || 'chart.svg'))
      .catch(() => window.location.assign(link.href));
  });
}
