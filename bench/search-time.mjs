// Times search queries in headless Chromium (bench/search.py runs it).
//   node bench/search-time.mjs baocao OUTPUT    the built site, from file://
//   node bench/search-time.mjs pagefind OUTPUT  Pagefind's bundle in OUTPUT/pagefind, over HTTP
// Prints a line per measure, then one line of JSON.
import path from 'node:path';
import fs from 'node:fs';
import http from 'node:http';
import url from 'node:url';
import zlib from 'node:zlib';

const repo = path.resolve(import.meta.dirname, '..');
const { chromium } = await import(url.pathToFileURL(path.join(repo, 'tests/browser/node_modules/playwright-core/index.mjs')).href);
const [mode, out] = process.argv.slice(2);
const queries = {
  vi: ['khuyen cong', 'khuyến công', 'Hà Giang', 'che', 'thiết bị hiện đại', 'đào tạo nghề', 'bai 05000', 'môi trường', 'x'],
  en: ['tea', 'industrial promotion', 'modern equipment', 'workers', 't'],
};
const pages = { vi: 'tim-kiem/index.html', en: 'en/search/index.html' };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const result = { mode, langs: {} };

function serve(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
  return http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404); return res.end(); }
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
}

let server, base;
if (mode === 'pagefind') {
  server = serve(path.resolve(out));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
}

for (const lang of ['vi', 'en']) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { n: 0 };
  page.on('response', async (r) => { try { bytes.n += (await r.body()).length; } catch { /* redirects */ } });
  const entry = { queries: {} };
  if (mode === 'baocao') {
    await page.goto(url.pathToFileURL(path.join(out, pages[lang])).href);
    bytes.n = 0;
    // From the box's focus to an index ready to query: load and parse.
    entry.load_ms = await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      document.getElementById('search-q').focus();
      (function poll() { if (window.baocaoSearch.search('a') !== null) resolve(performance.now() - t0); else setTimeout(poll, 5); })();
    }));
    // The core file, gzipped as a host would send it (file:// responses have no size).
    const core = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((n) => /search-index\./.test(n)));
    entry.load_bytes = core.reduce((sum, n) => sum + zlib.gzipSync(fs.readFileSync(url.fileURLToPath(n)), { level: 9 }).length, 0);
    for (const q of queries[lang]) {
      entry.queries[q] = await page.evaluate((q) => {
        const times = [];
        let count = 0;
        for (let i = 0; i < 15; i++) {
          const t0 = performance.now();
          count = window.baocaoSearch.search(q).length;
          times.push(performance.now() - t0);
        }
        const s = [...times.slice(1)].sort((a, b) => a - b);
        return { first_ms: times[0], median_ms: s[Math.floor(s.length / 2)], results: count };
      }, q);
    }
    // What a reader waits for: Enter pressed to results (with snippets) on screen.
    const shown = [];
    const seen = new Set();
    for (const q of queries[lang].slice(0, 3)) {
      await page.fill('#search-q', q);
      const t0 = Date.now();
      await page.press('#search-q', 'Enter');
      await page.waitForFunction((q) => { const s = document.querySelector('#search-results .search-status'); return s && s.textContent.indexOf(q) >= 0 && document.querySelector('.snippet'); }, q);
      // The snippet files read so far, gzipped (file:// responses have no size).
      const texts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((n) => /search-text-/.test(n)));
      const kb = texts.filter((n) => !seen.has(n)).reduce((sum, n) => { seen.add(n); return sum + zlib.gzipSync(fs.readFileSync(url.fileURLToPath(n)), { level: 9 }).length; }, 0);
      shown.push({ query: q, ms: Date.now() - t0, bytes: kb });
    }
    entry.shown = shown;
  } else {
    await page.goto(base + pages[lang].replace('index.html', ''));
    bytes.n = 0;
    entry.load_ms = await page.evaluate(async () => {
      const t0 = performance.now();
      window.pf = await import('/pagefind/pagefind.js');
      await window.pf.init();
      await window.pf.preload('a');
      return performance.now() - t0;
    });
    entry.load_bytes = bytes.n;
    for (const q of queries[lang]) {
      const before = bytes.n;
      entry.queries[q] = await page.evaluate(async (q) => {
        const times = [];
        let count = 0;
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          const r = await window.pf.search(q);
          await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
          count = r.results.length;
          times.push(performance.now() - t0);
        }
        const s = [...times.slice(1)].sort((a, b) => a - b);
        return { first_ms: times[0], median_ms: s[Math.floor(s.length / 2)], results: count };
      }, q);
      entry.queries[q].bytes = bytes.n - before;
    }
  }
  const medians = Object.values(entry.queries).map((x) => x.median_ms);
  const firsts = Object.values(entry.queries).map((x) => x.first_ms);
  entry.median_ms = median(medians);
  entry.worst_ms = Math.max(...medians);
  entry.first_median_ms = median(firsts);
  entry.first_worst_ms = Math.max(...firsts);
  console.log(`${mode} ${lang}: index ready in ${entry.load_ms.toFixed(0)} ms (${(entry.load_bytes / 1000).toFixed(1)} KB read); query median ${entry.median_ms.toFixed(1)} ms, worst ${entry.worst_ms.toFixed(1)} ms; first run median ${entry.first_median_ms.toFixed(1)} ms, worst ${entry.first_worst_ms.toFixed(1)} ms`);
  for (const [q, x] of Object.entries(entry.queries)) {
    console.log(`  ${JSON.stringify(q)}: ${x.results} results, first ${x.first_ms.toFixed(1)} ms, median ${x.median_ms.toFixed(1)} ms${x.bytes !== undefined ? `, ${(x.bytes / 1000).toFixed(1)} KB fetched` : ''}`);
  }
  for (const s of entry.shown || []) console.log(`  Enter to results shown, ${JSON.stringify(s.query)}: ${s.ms} ms (${(s.bytes / 1000).toFixed(1)} KB gzipped of snippet files newly read)`);
  result.langs[lang] = entry;
  await context.close();
}
await browser.close();
server?.close();
console.log(JSON.stringify(result));
