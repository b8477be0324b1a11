// Makes the add-in only manifest's icons (xml-icon-*.png) from the unified
// manifest's (icon-*.png): the same mark on charcoal instead of blue, because
// Microsoft asks that the two versions of an add-in "appear distinct" with
// "different icons" (learn.microsoft.com, "Manage both a unified manifest and
// an add-in only manifest version of your Office Add-in"). Run once with
// `node outlook-addin/make-xml-icons.mjs` when the icons change; it
// draws in Debian's Chromium (playwright-core), pixel by pixel.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = join(dirname(fileURLToPath(import.meta.url)), 'assets');
const SIZES = [16, 32, 64, 80, 128];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    const source = `data:image/png;base64,${readFileSync(join(here, `icon-${size}.png`)).toString('base64')}`;
    const out = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      const data = pixels.data;
      for (let i = 0; i < data.length; i += 4) {
        const [red, green, blue] = [data[i], data[i + 1], data[i + 2]];
        // The blue of the tile (#0F6CBD and its anti-aliased edges) becomes Fluent's charcoal (#323130), keeping its shading.
        if (blue > red + 40 && blue > green + 20) {
          const share = blue / 0xbd;
          data[i] = Math.round(0x32 * share);
          data[i + 1] = Math.round(0x31 * share);
          data[i + 2] = Math.round(0x30 * share);
        }
      }
      context.putImageData(pixels, 0, 0);
      return canvas.toDataURL('image/png');
    }, source);
    writeFileSync(join(here, `xml-icon-${size}.png`), Buffer.from(out.split(',')[1], 'base64'));
  }
} finally {
  await browser.close();
}
