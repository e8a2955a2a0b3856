// Takes the README's screenshot: the viewer, served by a running `kg serve`, with the details panel open on one edge
// and its evidence. Usage: tsx scripts/screenshot-viewer.ts <viewer-url> <relation-id> [out.png]
import path from 'node:path';
import { chromium } from 'playwright-core';

const [url, relationId, out = path.join('docs', 'screenshot-viewer.png')] = process.argv.slice(2);
if (!url || !relationId) {
  console.error('usage: tsx scripts/screenshot-viewer.ts <viewer-url> <relation-id> [out.png]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.KG_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url.replace(/\/$/, '')}/?sel=e:${encodeURIComponent(relationId)}`);
  await page.waitForFunction(() => (window as unknown as { __kgViewer?: { ready: boolean } }).__kgViewer?.ready === true, undefined, { timeout: 60_000 });
  // Let the layout spread the nodes before the picture is taken.
  await page.waitForTimeout(4000);
  await page.screenshot({ path: out });
  console.log(`screenshot → ${out}`);
} finally {
  await browser.close();
}
