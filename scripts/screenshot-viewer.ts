// Takes the README's screenshots from a running `kg serve`: the corpus overview once the layout has settled, and the
// article reader open on the most mentioned entity's first article.
//   tsx scripts/screenshot-viewer.ts <viewer-url> [overview.png] [reader.png]
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser/browser-harness.js';

const [url, overviewOut = path.join('docs', 'screenshot-viewer.png'), readerOut = path.join('docs', 'screenshot-reader.png')] = process.argv.slice(2);
if (!url) {
  console.error('usage: tsx scripts/screenshot-viewer.ts <viewer-url> [overview.png] [reader.png]');
  process.exit(2);
}
const base = url.replace(/\/$/, '');
const browser = await launchBrowser();

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => (window as unknown as { __kgViewer?: { ready: boolean } }).__kgViewer?.ready === true, undefined, { timeout: 120_000 });
}

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await open(page, '?color=community');
  // The layout runs in its worker from the first paint; the picture is taken once it has settled (or stopped).
  await page.waitForFunction(
    () => !(window as unknown as { __kgViewer: { state(): { layoutRunning: boolean } } }).__kgViewer.state().layoutRunning,
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForFunction(() => (window as unknown as { __kgViewer: { communitiesReady: boolean } }).__kgViewer.communitiesReady, undefined, {
    timeout: 120_000,
  });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: overviewOut });
  console.log(`overview → ${overviewOut}`);

  const top = await page.evaluate(() => {
    const hook = (
      window as unknown as { __kgViewer: { visibleNodes(): string[]; sigma(): { getGraph(): { getNodeAttribute(id: string, key: string): number } } } }
    ).__kgViewer;
    const g = hook.sigma().getGraph();
    return hook.visibleNodes().sort((a, b) => g.getNodeAttribute(b, 'mentionCount') - g.getNodeAttribute(a, 'mentionCount'))[0];
  });
  if (top === undefined) throw new Error('screenshot-viewer: the viewer shows no entity to select; check the graph loaded');
  await open(page, `?color=community&sel=n:${encodeURIComponent(top)}`);

  const first = page.locator('#entity-articles [data-article-id]').first();
  await first.waitFor({ timeout: 60_000 });
  await first.click();
  await page.locator('#article-text').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: readerOut });
  console.log(`reader → ${readerOut}`);
} finally {
  await browser.close();
}
