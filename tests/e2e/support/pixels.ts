// Pixel statistics of a PNG screenshot, decoded by the browser itself (no image library).
import type { Browser } from 'playwright-core';

export interface InkStats {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the most common colour (the background). */
  inkFraction: number;
  /** Number of distinct colours (quantised to 4 bits a channel). */
  colours: number;
}

export async function inkStats(browser: Browser, png: Buffer): Promise<InkStats> {
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    return await page.evaluate(async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d');
      if (!g) throw new Error('no 2d context');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < d.length; i += 4) {
        const key = ((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      let bg = 0;
      let bgCount = -1;
      for (const [k, n] of counts) if (n > bgCount) [bg, bgCount] = [k, n];
      const br = ((bg >> 8) & 15) * 16;
      const bgG = ((bg >> 4) & 15) * 16;
      const bb = (bg & 15) * 16;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - br) + Math.abs(d[i + 1] - bgG) + Math.abs(d[i + 2] - bb) > 96) ink++;
      }
      const total = c.width * c.height;
      return { width: c.width, height: c.height, inkFraction: total ? ink / total : 0, colours: counts.size };
    }, png.toString('base64'));
  } finally {
    await ctx.close();
  }
}

/** Number of pixels that differ between two same-sized PNGs (decoded in the browser). */
export async function pixelDiff(browser: Browser, a: Buffer, b: Buffer): Promise<{ differing: number; total: number; sameSize: boolean }> {
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    return await page.evaluate(
      async ([a64, b64]: [string, string]) => {
        const load = async (s: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${s}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext('2d');
          if (!g) throw new Error('no 2d context');
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, c.width, c.height);
        };
        const [x, y] = [await load(a64), await load(b64)];
        if (x.width !== y.width || x.height !== y.height) return { differing: -1, total: x.width * x.height, sameSize: false };
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]) > 48) differing++;
        }
        return { differing, total: x.width * x.height, sameSize: true };
      },
      [a.toString('base64'), b.toString('base64')] as [string, string],
    );
  } finally {
    await ctx.close();
  }
}
