// Real-browser tests of the built example site: Debian's Chromium driven by
// playwright-core, axe-core for accessibility, the Nu HTML checker for
// validity, rsvg-convert and pngjs for charts pasted outside the browser.
// Run by .ci/run after `cargo test` (which builds the binary).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');
const bin = process.env.BAOCAO_BIN || path.join(repo, 'target/debug/baocao');
const artifacts = path.join(here, 'artifacts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-browser-'));
const served = path.join(work, 'served');
const offline = path.join(work, 'offline');
const prefix = '/tinh/ha-giang/';
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

// Pages opened in each language (paths under the sub-path).
const pages = {
  vi: {
    home: '',
    article: 'bai-viet/mo-hinh-trinh-dien-che-thao-qua/',
    program: 'chuong-trinh/khuyen-cong-ha-giang-2020/',
    tag: 'chu-de/che/',
    tagPage2: 'chu-de/khuyen-cong/page/2/',
    notFound: 'khong-co-trang-nay/',
  },
  en: {
    home: 'en/',
    article: 'en/articles/tea-and-cardamom-demonstration-models/',
    program: 'en/programs/khuyen-cong-ha-giang-2020/',
    tag: 'en/tags/che/',
    tagPage2: 'en/tags/khuyen-cong/page/2/',
    notFound: 'en/no-such-page/',
  },
};

let server;
let base;
const axeRuns = [];
let browser;

/** Serves the built site under a sub-path on 127.0.0.1, like a static host. */
function serve(root) {
  return http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, file) => {
      const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain', '.png': 'image/png' };
      res.writeHead(status, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    };
    if (url.startsWith(prefix)) {
      let file = path.join(root, url.slice(prefix.length));
      if (!file.startsWith(root)) return send(404, path.join(root, '404.html'));
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (fs.existsSync(file)) return send(200, file);
    }
    send(404, path.join(root, '404.html'));
  });
}

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = serve(served);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}${prefix}`;
  // Built with this server's address as base_url, so that absolute links (404 page) stay here.
  execFileSync(bin, ['build', '--root', repo, '--output', served, '--base-url', base], { stdio: 'inherit' });
  execFileSync(bin, ['build', '--root', repo, '--output', offline, '--offline'], { stdio: 'inherit' });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
});

after(async () => {
  console.log(`axe: ${axeRuns.length} page runs, 0 violations, ${Math.min(...axeRuns)}–${Math.max(...axeRuns)} rules passed a page`);
  await browser?.close();
  server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, response };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
  );
  // A run that checked nothing would prove nothing.
  assert.ok(result.passes.length >= 8, `axe ran only ${result.passes.length} rules`);
  axeRuns.push(result.passes.length);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const [lang, list] of Object.entries(pages)) {
  for (const [kind, rel] of Object.entries(list)) {
    test(`${lang} ${kind}: loads, no axe violations (light and dark), no horizontal scroll at 360 px`, async () => {
      for (const colorScheme of ['light', 'dark']) {
        const { context, page, response } = await open(base + rel, { colorScheme });
        assert.equal(response.status(), kind === 'notFound' ? 404 : 200);
        if (kind !== 'notFound') assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.locator('h1').count(), 1, 'one h1');
        const violations = await axe(page);
        assert.deepEqual(violations, [], `axe (${colorScheme}) on ${rel || 'home'}`);
        if (colorScheme === 'light') {
          await page.screenshot({ path: path.join(artifacts, `${lang}-${kind}-desktop.png`), fullPage: true });
          // The README shows the first screen of these two.
          if (lang === 'en' && (kind === 'home' || kind === 'program')) {
            await page.screenshot({ path: path.join(artifacts, `readme-${kind}.png`) });
          }
        }
        await context.close();
      }
      const { context, page } = await open(base + rel, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${rel}: the page scrolls sideways by ${overflow} px at 360 px`);
      await page.screenshot({ path: path.join(artifacts, `${lang}-${kind}-phone.png`), fullPage: true });
      await context.close();
    });
  }
}

test('the language switcher leads to the translation, both ways', async () => {
  const { context, page } = await open(base + pages.vi.article);
  await page.click('.lang-switcher a[hreflang="en"]');
  assert.equal(page.url(), base + pages.en.article);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('.lang-switcher a[hreflang="vi"]');
  assert.equal(page.url(), base + pages.vi.article);
  // An untranslated article (the example has none left: the bilingual
  // fixture's, built for disk) leads to the English home, saying so.
  const fixture = path.join(work, 'fixture');
  execFileSync(bin, ['build', '--root', path.join(repo, 'tests/fixtures/bilingual/site'), '--output', fixture, '--offline'], { stdio: 'inherit' });
  await page.goto(url.pathToFileURL(path.join(fixture, 'bai-viet/khanh-thanh/index.html')).href);
  const link = page.locator('.lang-switcher a[hreflang="en"]');
  assert.match(await link.innerText(), /chưa có bản dịch/);
  await link.click();
  assert.equal(page.url(), url.pathToFileURL(path.join(fixture, 'en/index.html')).href);
  await context.close();
});

test('works with JavaScript off: navigation and pagination by links alone', async () => {
  const { context, page } = await open(base, { javaScriptEnabled: false });
  await page.click('.site-nav a[href$="bai-viet/"]');
  assert.equal(page.url(), base + 'bai-viet/');
  await page.click('.pagination a[rel="next"]');
  assert.equal(page.url(), base + 'bai-viet/page/2/');
  // A topic's articles are paginated too, with the same pager.
  await page.goto(base + 'chu-de/khuyen-cong/');
  await page.click('.pagination a[rel="next"]');
  assert.equal(page.url(), base + pages.vi.tagPage2);
  assert.equal(await page.locator('.pagination a[aria-current="page"]').innerText(), '2');
  await page.click('.pagination a[rel="prev"]');
  assert.equal(page.url(), base + 'chu-de/khuyen-cong/');
  await page.click('.site-nav a[href$="chuong-trinh/"]');
  await page.click('.cards a');
  assert.equal(page.url(), base + pages.vi.program);
  assert.ok(await page.locator('svg.chart[role="img"]').count() >= 9, 'charts are inline');
  await context.close();
});

test('the programme page shows its charts legibly on a phone', async () => {
  for (const lang of ['vi', 'en']) {
    const { context, page } = await open(base + pages[lang].program, { viewport: { width: 360, height: 740 }, isMobile: true, deviceScaleFactor: 2 });
    const chart = page.locator('svg.chart').first();
    const box = await chart.boundingBox();
    assert.ok(box.width <= 360 && box.width >= 300, `chart width ${box.width}`);
    // Chart text is at least 9 CSS px once scaled to the phone.
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      for (const t of document.querySelectorAll('svg.chart text')) min = Math.min(min, t.getBoundingClientRect().height);
      return min;
    });
    assert.ok(smallest >= 9, `smallest chart text is ${smallest} px high`);
    await chart.screenshot({ path: path.join(artifacts, `${lang}-chart-phone.png`) });
    await context.close();
  }
});

test('an offline build works from file:// without a server', async () => {
  const { context, page } = await open('file://' + path.join(offline, 'index.html'));
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.click('.entries a >> nth=0');
  assert.match(page.url(), /^file:\/\/.*\/bai-viet\/[a-z0-9-]+\/index\.html$/);
  assert.equal(await page.locator('article h1').count(), 1);
  await page.click('.lang-switcher a[hreflang="en"]');
  assert.match(page.url(), /\/index\.html$/);
  const stylesheet = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.match(stylesheet, /system-ui/, 'the stylesheet loads from disk');
  await context.close();
});

test('pages are light: an article with its CSS and icon under 40 KB, no fonts or scripts fetched', async () => {
  const { context, page } = await open(base + pages.vi.article);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  const article = fs.statSync(path.join(served, pages.vi.article, 'index.html')).size;
  const css = fs.statSync(path.join(served, 'theme/style.css')).size;
  const icon = fs.statSync(path.join(served, 'theme/favicon.svg')).size;
  assert.ok(article + css + icon < 40_000, `article ${article} B + CSS ${css} B + icon ${icon} B`);
  const other = requests.filter((u) => !u.endsWith('.css') && !u.endsWith('/') && !u.endsWith('/theme/favicon.svg'));
  assert.deepEqual(other, [], 'only the page, its stylesheet and its icon');
  await context.close();
});

test('every HTML page passes the Nu HTML checker', () => {
  const jar = path.join(here, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', served], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const messages = JSON.parse(run.stderr || '{"messages":[]}').messages;
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  assert.deepEqual(errors.map((m) => `${m.url.replace('file:' + served, '')}:${m.lastLine}: ${m.message}`), []);
  const pagesChecked = execFileSync('find', [served, '-name', '*.html']).toString().trim().split('\n').length;
  console.log(`vnu: ${pagesChecked} pages, ${errors.length} errors`);
});

// Charts that survive copy and paste. A standalone chart is pasted into
// Writer or Impress, or opened in any SVG tool, far more often than it is
// opened in a browser. The check, for one SVG and a reference render of it
// at 2× (for baocao's charts, the PNG baocao wrote beside it with resvg):
// render the SVG with rsvg-convert (librsvg: another renderer, given the
// bundled font alone through a private fontconfig) *as an importer that
// ignores relative text offsets reads it*: every dx, dy and baseline
// attribute stripped, which is what LibreOffice does with dy. The two
// renders must agree, pixel by pixel.
//
// Why stripping: resvg and rsvg both honour dy, so comparing them alone
// could never catch the text that LibreOffice misplaces. With the offsets
// stripped, an SVG that places text absolutely renders exactly as before
// (the comparison measures only the two renderers' anti-aliasing), while
// any dy moves its text and the comparison fails; the dy fixture below
// proves it can. Thresholds: a pixel differs when one of its channels
// differs by more than 64 of 255 (edge anti-aliasing stays well below);
// a chart fails when more than 0.02% of its pixels differ. Measured on the
// example: at most 2 pixels of a million (0.0002%) for the two renderers;
// one small label moved by dy (the fixture) is 0.28%.
const chartArtifacts = path.join(artifacts, 'charts');
const channelTolerance = 64;
const maxDifferingShare = 0.0002;

let fontconfigFile;
/** A fontconfig that knows the bundled chart font only, unhinted like resvg's outlines. */
function bundledFontconfig() {
  if (fontconfigFile) return fontconfigFile;
  const dir = path.join(work, 'fontconfig');
  fs.mkdirSync(dir, { recursive: true });
  fontconfigFile = path.join(dir, 'fonts.conf');
  fs.writeFileSync(fontconfigFile, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(repo, 'assets/fonts')}</dir>
  <cachedir>${path.join(dir, 'cache')}</cachedir>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>
</fontconfig>
`);
  return fontconfigFile;
}

/** rsvg-convert's PNG of an SVG text at 2×, with the bundled font only. */
function rsvg(svg) {
  const run = spawnSync('rsvg-convert', ['--zoom', '2', '--format', 'png'], {
    input: svg,
    env: { ...process.env, FONTCONFIG_FILE: bundledFontconfig() },
    maxBuffer: 64 << 20,
  });
  assert.equal(run.status, 0, `rsvg-convert: ${run.stderr}`);
  return run.stdout;
}

/** The SVG as an importer that ignores relative text offsets reads it. */
function asPasted(svg) {
  return svg.replace(/\s(?:dx|dy|dominant-baseline|alignment-baseline|baseline-shift)="[^"]*"/g, '');
}

/**
 * Renders `svg` as pasted, compares it with `reference` (PNG bytes) and
 * saves the reference, the pasted render and a map of the differences
 * (differing pixels red on a faded copy) as `artifacts/charts/<name>.*.png`.
 * Returns the share of differing pixels.
 */
function pasteCheck(name, svg, reference) {
  const pasted = rsvg(asPasted(svg));
  const a = PNG.sync.read(reference);
  const b = PNG.sync.read(pasted);
  assert.deepEqual([b.width, b.height], [a.width, a.height], `${name}: rsvg-convert's size`);
  const map = new PNG({ width: a.width, height: a.height });
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(a.data[i + c] - b.data[i + c]));
    const faded = (v) => 255 - (255 - v) / 4;
    const [r, g, bl] = d > channelTolerance ? [255, 0, 0] : [faded(a.data[i]), faded(a.data[i + 1]), faded(a.data[i + 2])];
    if (d > channelTolerance) differing++;
    map.data.set([r, g, bl, 255], i);
  }
  fs.mkdirSync(chartArtifacts, { recursive: true });
  fs.writeFileSync(path.join(chartArtifacts, `${name}.reference.png`), reference);
  fs.writeFileSync(path.join(chartArtifacts, `${name}.pasted.png`), pasted);
  fs.writeFileSync(path.join(chartArtifacts, `${name}.diff.png`), PNG.sync.write(map));
  return differing / (a.width * a.height);
}

test('every standalone chart draws the same pasted (rsvg-convert, offsets ignored) as its PNG (resvg)', () => {
  const charts = path.join(served, 'charts');
  const svgs = fs.readdirSync(charts, { recursive: true }).filter((f) => f.endsWith('.svg')).sort();
  assert.ok(svgs.length >= 20, `${svgs.length} standalone charts`);
  const failed = [];
  let worst = 0;
  for (const rel of svgs) {
    const svg = fs.readFileSync(path.join(charts, rel), 'utf8');
    const png = fs.readFileSync(path.join(charts, rel.replace(/\.svg$/, '.png')));
    const share = pasteCheck(rel.replace(/\//g, '__').replace(/\.svg$/, ''), svg, png);
    worst = Math.max(worst, share);
    if (share > maxDifferingShare) failed.push(`${rel}: ${(share * 100).toFixed(3)}% of pixels differ`);
  }
  console.log(`charts: ${svgs.length} compared, at most ${(worst * 100).toFixed(4)}% of pixels differ (limit ${maxDifferingShare * 100}%), renders in ${path.relative(repo, chartArtifacts)}`);
  assert.deepEqual(failed, []);
});

test('the paste check fails on a chart that places one label with dy', () => {
  const svg = fs.readFileSync(path.join(repo, 'tests/fixtures/charts/dy-label.svg'), 'utf8');
  // The reference: the fixture as written, as a browser draws it.
  const share = pasteCheck('fixture-dy-label', svg, rsvg(svg));
  assert.ok(share > 10 * maxDifferingShare, `only ${(share * 100).toFixed(3)}% of pixels differ: the check would miss a dy`);
});
