// The search page in a real browser (Debian's Chromium, playwright-core):
// the page's script folds and ranks as baocao does (the shared table
// tests/search/cases.json, on the search fixture), the example site's
// search works served under a sub-path and from file:// (offline build),
// by keyboard alone, passes axe in light and dark, and without JavaScript
// shows an A–Z index whose links work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';
import zlib from 'node:zlib';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');
const bin = process.env.BAOCAO_BIN || path.join(repo, 'target/debug/baocao');
const artifacts = path.join(here, 'artifacts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-search-'));
const served = path.join(work, 'served');
const offline = path.join(work, 'offline');
const fixture = path.join(work, 'fixture');
const prefix = '/so/cong-thuong/';
const cases = JSON.parse(fs.readFileSync(path.join(repo, 'tests/search/cases.json'), 'utf8'));
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
const searchPath = { vi: 'tim-kiem/', en: 'en/search/' };

let server;
let base;
let browser;

function serve(root) {
  return http.createServer((req, res) => {
    const file0 = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };
    let file = file0.startsWith(prefix) ? path.join(root, file0.slice(prefix.length)) : null;
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': types['.html'] });
      return res.end(fs.readFileSync(path.join(root, '404.html')));
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
}

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = serve(served);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}${prefix}`;
  execFileSync(bin, ['build', '--quiet', '--root', repo, '--output', served, '--base-url', base], { stdio: 'inherit' });
  execFileSync(bin, ['build', '--quiet', '--root', repo, '--output', offline, '--offline'], { stdio: 'inherit' });
  execFileSync(bin, ['build', '--quiet', '--root', path.join(repo, 'tests/fixtures/search/site'), '--output', fixture, '--offline'], { stdio: 'inherit' });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function open(address, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(address);
  return { context, page, errors };
}

const fileUrl = (root, rel) => url.pathToFileURL(path.join(root, rel, 'index.html')).href;

/** The search page of `lang`: served under the sub-path, or from disk. */
const where = {
  served: (lang) => base + searchPath[lang],
  'file://': (lang) => fileUrl(offline, searchPath[lang]),
};

/** Types a query, presses Enter and returns the results shown: title, href, meta, snippet. */
async function ask(page, query) {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => {
      return [...document.querySelectorAll('#search-results .search-status')].some((s) => s.textContent.indexOf('“' + q + '”') >= 0);
    },
    query,
    { timeout: 10_000 },
  );
  return page.$$eval('#search-results .search-result', (items) =>
    items.map((li) => ({
      title: li.querySelector('h3').textContent,
      href: li.querySelector('a').getAttribute('href'),
      meta: li.querySelector('.meta').textContent,
      snippet: li.querySelector('.snippet')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    })),
  );
}

async function indexReady(page) {
  await page.focus('#search-q');
  await page.waitForFunction(() => window.baocaoSearch && window.baocaoSearch.search('a') !== null, null, { timeout: 10_000 });
}

test('the script folds every case of the shared table as baocao does', async () => {
  const { context, page, errors } = await open(where['file://']('vi'));
  const got = await page.evaluate(
    (fold) => fold.map((c) => {
      const ts = window.baocaoSearch.tokens(c.input);
      return { input: c.input, exact: ts.map((t) => t.e).join(' '), folded: ts.map((t) => t.f).join(' ') };
    }),
    cases.fold,
  );
  assert.ok(got.length >= 20);
  assert.deepEqual(got, cases.fold.map(({ input, exact, folded }) => ({ input, exact, folded })));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the script ranks every case of the shared table as baocao does (search fixture)', async () => {
  const failed = [];
  for (const lang of ['vi', 'en']) {
    const { context, page, errors } = await open(fileUrl(fixture, searchPath[lang]));
    await indexReady(page);
    for (const c of cases.rank.filter((c) => c.lang === lang)) {
      const titles = await page.evaluate((q) => window.baocaoSearch.search(q).map((d) => window.baocaoSearch.titleOf(d)), c.query);
      if (JSON.stringify(titles) !== JSON.stringify(c.titles)) failed.push(`${lang} ${JSON.stringify(c.query)}: got ${JSON.stringify(titles)}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failed, []);
});

for (const [how, address] of Object.entries(where)) {
  test(`the example's search (${how}): folding, exact marks first, units, a helpful empty result`, async () => {
    const { context, page, errors } = await open(address('vi'));
    const plain = await ask(page, 'khuyen cong');
    const upper = await ask(page, 'KHUYẾN CÔNG');
    const exact = await ask(page, 'khuyến công');
    assert.ok(plain.length >= 5, `${plain.length} results for khuyen cong`);
    const hrefs = (rs) => rs.map((r) => r.href).sort();
    assert.deepEqual(hrefs(upper), hrefs(plain), 'KHUYẾN CÔNG finds what khuyen cong finds');
    assert.deepEqual(hrefs(exact), hrefs(plain), 'khuyến công finds what khuyen cong finds');
    assert.deepEqual(upper.map((r) => r.href), exact.map((r) => r.href), 'case does not change the order');
    // Exact marks first: the first results hold "khuyến công" as typed.
    for (const r of exact.slice(0, 3)) assert.match((r.title + ' ' + r.snippet).toLowerCase(), /khuyến công/, r.title);
    assert.ok(exact[0].marks.some((m) => /khuyến công/i.test(m)), 'the phrase is highlighted as one');

    const duong = await ask(page, 'duong');
    const đường = await ask(page, 'đường');
    assert.ok(đường.length >= 2, 'đường is found');
    assert.deepEqual(hrefs(duong), hrefs(đường), 'duong and đường find each other');

    assert.deepEqual(hrefs(await ask(page, 'hoà')), hrefs(await ask(page, 'hòa')), 'hoà = hòa');
    const che = await ask(page, 'che');
    assert.ok(che.some((r) => r.title === 'Chè'), `che finds Chè: ${che.map((r) => r.title)}`);

    // A programme's indicator by its unit (đề án: the pollution-treatment project).
    const unit = await ask(page, 'de an');
    const indicator = unit.find((r) => r.href.endsWith('#pollution-treatment'));
    assert.ok(indicator, `de an: ${JSON.stringify(unit)}`);
    assert.match(indicator.meta, /^Chỉ tiêu · /);

    const none = await ask(page, 'xyzzy');
    assert.deepEqual(none, []);
    assert.match(await page.textContent('.search-none'), /Không tìm thấy kết quả nào cho “xyzzy”.*danh mục từ A đến Z/);

    // Results link relatively: the indicator's link reaches its section.
    await ask(page, 'de an');
    await page.click('#search-results a[href$="#pollution-treatment"]');
    await page.waitForLoadState();
    assert.match(page.url(), how === 'file://' ? /chuong-trinh\/khuyen-cong-ha-giang-2020\/index\.html#pollution-treatment$/ : /chuong-trinh\/khuyen-cong-ha-giang-2020\/#pollution-treatment$/);
    assert.equal(await page.locator('#pollution-treatment').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('English search: its own index, words and strings', async () => {
  const { context, page, errors } = await open(where.served('en'));
  const tea = await ask(page, 'tea');
  assert.ok(tea.length >= 2);
  assert.ok(tea.every((r) => r.href.startsWith('../')), 'links are relative');
  assert.ok(tea.some((r) => /^Article · /.test(r.meta)), 'the kind is said in English');
  assert.match(await page.textContent('#search-results p.search-status'), /results? for “tea”/);
  const unit = await ask(page, 'projects');
  assert.ok(unit.some((r) => r.href.endsWith('#pollution-treatment') && /^Indicator · /.test(r.meta)));
  await ask(page, 'xyzzy');
  assert.match(await page.textContent('.search-none'), /No results for “xyzzy”/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the index is loaded only once the box is used, by a script element; the script is small', async () => {
  const { context, page } = await open(where.served('vi'));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await page.waitForLoadState('load');
  assert.deepEqual(requests.filter((u) => /search-(index|text)/.test(u)), [], 'nothing loaded before the box is used');
  await indexReady(page);
  assert.equal(requests.filter((u) => /search-index\.[0-9a-f]+\.js$/.test(u)).length, 1);
  const script = fs.readFileSync(path.join(served, 'theme/search.js'));
  const gz = zlib.gzipSync(script, { level: 9 }).length;
  assert.ok(gz <= 8_000, `search.js is ${gz} B gzipped`);
  await context.close();
  // ?q= in the address runs the query (a shared link, or the plain form submitted).
  const shared = await open(where.served('vi') + '?q=ch%C3%A8');
  await shared.page.waitForSelector('#search-results .search-result');
  assert.equal(await shared.page.inputValue('#search-q'), 'chè');
  await shared.context.close();
});

test('by keyboard alone: to the box, a query, more results, into a result', async () => {
  const { context, page } = await open(where['file://']('vi'));
  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.id === 'search-q')) && tabs < 40) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.ok(tabs < 40, 'the box is reachable by Tab');
  await page.keyboard.type('cong');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-results .search-result');
  assert.equal(await page.locator('.search-result').count(), 10, 'ten results at first');
  // Tab: the button, then the first result's link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.closest('.search-result') !== null);
  assert.ok(first, 'Tab reaches the results');
  // The "more" button shows ten more and moves the focus to the first new one.
  await page.focus('.search-more');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
  const focused = await page.evaluate(() => [...document.querySelectorAll('.search-result a')].indexOf(document.activeElement));
  assert.equal(focused, 10, 'the focus is on the first new result');
  const target = await page.evaluate(() => document.activeElement.href);
  await page.keyboard.press('Enter');
  await page.waitForURL(target);
  assert.equal(await page.locator('h1').count(), 1);
  await context.close();
});

test('the search page with results: no axe violations (light and dark), nothing wider than a phone', async () => {
  for (const lang of ['vi', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await open(where.served(lang), { colorScheme, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      await ask(page, lang === 'vi' ? 'khuyến công' : 'industrial promotion');
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
      );
      assert.ok(result.passes.length >= 8, `axe ran only ${result.passes.length} rules`);
      const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      assert.deepEqual(violations, [], `axe (${lang}, ${colorScheme})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at 360 px`);
      await page.locator('h1').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(artifacts, `${lang}-search-phone-${colorScheme}.png`) });
      await context.close();
    }
  }
});

test('with JavaScript off: the page says so, and its A–Z index lists and links every programme, page and topic', async () => {
  for (const lang of ['vi', 'en']) {
    const { context, page } = await open(where.served(lang), { javaScriptEnabled: false });
    assert.match(await page.textContent('main .notice'), lang === 'vi' ? /cần JavaScript/ : /needs JavaScript/);
    assert.equal(await page.getAttribute('form.search-form', 'method'), null, 'a plain GET form');
    assert.equal(await page.getAttribute('#search-q', 'name'), 'q');
    const entries = await page.$$eval('.az-entries a', (as) => as.map((a) => a.textContent));
    assert.ok(entries.length >= 10, `${entries.length} entries`);
    assert.ok(entries.includes(lang === 'vi' ? 'Chè' : 'Tea'), entries.join(', '));
    assert.ok(entries.some((e) => /khuyến công|Industrial Promotion/i.test(e)), 'the programme is listed');
    const letters = await page.$$eval('.az-letters a', (as) => as.map((a) => a.textContent));
    if (lang === 'vi') assert.ok(letters.includes('Đ'), `Đ is a letter of its own: ${letters}`);
    await page.click(`.az-letters a >> nth=1`);
    assert.match(page.url(), /#az-2$/);
    await page.click(`.az-entries a:text-is("${lang === 'vi' ? 'Chè' : 'Tea'}")`);
    assert.equal(page.url(), base + (lang === 'vi' ? 'chu-de/che/' : 'en/tags/che/'));
    assert.equal(await page.locator('h1').count(), 1);
    await context.close();
  }
});

test('every page has a search link in the header, in its language', async () => {
  for (const [lang, home, label] of [['vi', '', 'Tìm kiếm'], ['en', 'en/', 'Search']]) {
    const { context, page } = await open(base + home, { javaScriptEnabled: false });
    await page.click(`.site-nav a:text-is("${label}")`);
    assert.equal(page.url(), base + searchPath[lang]);
    assert.equal(await page.getAttribute(`.site-nav a:text-is("${label}")`, 'aria-current'), 'page');
    await context.close();
  }
});
