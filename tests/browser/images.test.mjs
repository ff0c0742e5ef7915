// Images in a real browser: an article whose lead image is a large photo
// (4000 × 3000, drawn by Chromium itself into a canvas and saved as JPEG,
// so no photo is kept in the repository) is built, served on 127.0.0.1,
// and opened at 360 px wide with the images held back for a moment: the
// images it loads weigh at most 150 KB, nothing moves as they arrive
// (cumulative layout shift 0, from a PerformanceObserver; the same page
// with the images' width and height taken out does shift, which shows
// the measure sees it), and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');
const bin = process.env.BAOCAO_BIN || path.join(repo, 'target/debug/baocao');
const artifacts = path.join(here, 'artifacts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-images-'));
const site = path.join(work, 'site');
const served = path.join(work, 'served');
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
const budget = 150 * 1000;

let browser;
let server;
let base;

/** A 4000 × 3000 landscape with grain, as JPEG bytes, drawn by the browser. */
async function photo() {
  const page = await browser.newPage();
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const c = canvas.getContext('2d');
    const sky = c.createLinearGradient(0, 0, 0, 1500);
    sky.addColorStop(0, '#5a8fd8');
    sky.addColorStop(1, '#cfe3f5');
    c.fillStyle = sky;
    c.fillRect(0, 0, 4000, 3000);
    c.fillStyle = '#3f6b3a';
    c.beginPath();
    c.moveTo(0, 3000);
    for (let x = 0; x <= 4000; x += 20) c.lineTo(x, 1500 + 180 * Math.sin(x / 300) + 60 * Math.sin(x / 47));
    c.lineTo(4000, 3000);
    c.fill();
    // Grain: what makes a photo weigh megabytes.
    const image = c.getImageData(0, 0, 4000, 3000);
    let s = 12345;
    for (let i = 0; i < image.data.length; i += 4) {
      s = (s * 1103515245 + 12345) >>> 0;
      const g = ((s >>> 24) % 40) - 20;
      image.data[i] += g;
      image.data[i + 1] += g;
      image.data[i + 2] += g;
    }
    c.putImageData(image, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.92);
  });
  await page.close();
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function serve(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };
  return http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) file = path.join(root, '404.html');
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
}

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const jpeg = await photo();
  assert.ok(jpeg.length > 1_000_000, `the photo weighs ${jpeg.length} bytes, not a phone's megabytes`);
  fs.mkdirSync(path.join(site, 'content/static'), { recursive: true });
  fs.writeFileSync(path.join(site, 'content/static/hoi-nghi.jpg'), jpeg);
  write(path.join(site, 'content/site.yaml'), 'title: { vi: Khuyến công, en: Industrial promotion }\nlanguages: [vi, en]\nbase_url: https://example.org/\n');
  const text = 'Hội nghị tổng kết công tác khuyến công đã diễn ra tại thành phố, với đại biểu của các huyện và các cơ sở sản xuất. ';
  write(
    path.join(site, 'content/articles/hoi-nghi.vi.md'),
    `---\ntitle: Hội nghị tổng kết khuyến công\ndate: 2019-12-20\nimage: /static/hoi-nghi.jpg\nimage_alt: Toàn cảnh hội nghị tổng kết khuyến công\n---\n${text.repeat(4)}\n\n![Đồi chè sau hội nghị](/static/hoi-nghi.jpg)\n\n${text.repeat(6)}\n`,
  );
  write(
    path.join(site, 'content/articles/hoi-nghi.en.md'),
    `---\ntitle: Industrial promotion review meeting\ndate: 2019-12-20\nimage: /static/hoi-nghi.jpg\nimage_alt: The review meeting\n---\nThe annual review was held in the city.\n`,
  );
  execFileSync(bin, ['build', '--root', site, '--output', served], { stdio: 'inherit' });
  server = serve(served);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/**
 * Opens the article at 360 px with every image held back 400 ms (a slow
 * connection), optionally rewriting its HTML; returns the images' bytes,
 * the layout shift and the page.
 */
async function article(rewrite) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const images = [];
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'image') {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const response = await route.fetch();
      images.push({ url: request.url(), bytes: (await response.body()).length });
      return route.fulfill({ response });
    }
    if (rewrite && request.resourceType() === 'document') {
      const response = await route.fetch();
      return route.fulfill({ response, body: rewrite(await response.text()) });
    }
    return route.continue();
  });
  await page.goto(`${base}bai-viet/hoi-nghi/`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  return { context, page, images, cls };
}

test('an article with a large photo weighs at most 150 KB of images at 360 px, without layout shift', async () => {
  const { context, page, images, cls } = await article();
  const weight = images.reduce((sum, i) => sum + i.bytes, 0);
  assert.ok(images.length >= 1, 'the lead image was loaded');
  assert.ok(images.every((i) => /\.360\.jpg$/.test(i.url)), `a 360 px phone takes the 360 px size: ${images.map((i) => i.url)}`);
  assert.ok(weight <= budget, `images weigh ${weight} bytes at 360 px`);
  assert.equal(cls, 0, 'no layout shift while the images arrive');
  const natural = await page.evaluate(() => [...document.images].map((i) => [i.naturalWidth, i.getAttribute('width')]));
  assert.ok(natural.length === 2 && natural.every(([n, w]) => n > 0 && w), JSON.stringify(natural));
  await page.screenshot({ path: path.join(artifacts, 'article-with-photo-360.png'), fullPage: true });
  await context.close();
});

test('the layout-shift measure sees a shift when the images lack width and height', async () => {
  const { context, cls } = await article((html) => html.replace(/ width="\d+" height="\d+"/g, ''));
  assert.ok(cls > 0.05, `an image without dimensions shifts the page (CLS ${cls})`);
  await context.close();
});

test('the article with its photo has no axe violations', async () => {
  const { context, page } = await article();
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
  );
  assert.ok(result.passes.length >= 8, `axe ran only ${result.passes.length} rules`);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});
