// `baocao serve` in Chromium: an open page changes by itself when its file
// is saved, shows the overlay of errors for a broken edit (in the site's
// language, escaped), loses it when fixed, and takes a CSS change without
// reloading. Also under a sub-path, through a proxy that forwards to it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');
const bin = process.env.BAOCAO_BIN || path.join(repo, 'target/debug/baocao');
const artifacts = path.join(here, 'artifacts');
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-serve-'));
let child, base, browser, proxy, proxied;

before(async () => {
  fs.cpSync(path.join(repo, 'content'), path.join(site, 'content'), { recursive: true });
  child = spawn(bin, ['serve', '--root', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BAOCAO_LANG: 'vi' } });
  base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve did not start within 60 s')), 60000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
  });
  // A proxy that puts the preview under /xem-truoc/ (it sets the Host the preview expects).
  const target = new URL(base);
  proxy = http.createServer((req, res) => {
    if (!req.url.startsWith('/xem-truoc/')) { res.writeHead(404); return res.end(); }
    const forward = http.request({ host: '127.0.0.1', port: target.port, path: req.url.slice('/xem-truoc'.length), method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxied = `http://127.0.0.1:${proxy.address().port}/xem-truoc/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  proxy?.close();
  child?.kill('SIGINT');
  fs.rmSync(site, { recursive: true, force: true });
});

const article = () => path.join(site, 'content/articles/ho-tro-hoi-cho-trien-lam.vi.md');

test('a saved edit shows in the open page without a reload by hand; a broken one shows the errors', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(`${base}bai-viet/ho-tro-hoi-cho-trien-lam/`);
  const good = fs.readFileSync(article(), 'utf8');
  // The page's own load event, after the save (the text can show before it fires).
  const reloaded = page.waitForEvent('load', { timeout: 20000 });
  fs.writeFileSync(article(), good + '\nĐoạn này vừa được thêm trong lúc trang đang mở.\n');
  await reloaded;
  await page.getByText('Đoạn này vừa được thêm trong lúc trang đang mở.').waitFor({ timeout: 20000 });
  // Broken: a date that is no date.
  fs.writeFileSync(article(), good.replace(/^date: .*$/m, 'date: 2019-13-45'));
  const overlay = page.locator('#baocao-errors');
  await overlay.waitFor({ timeout: 20000 });
  const text = await overlay.innerText();
  assert.match(text, /Chưa dựng lại được trang: có 1 lỗi/);
  assert.match(text, /ho-tro-hoi-cho-trien-lam\.vi\.md:\d+:\d+: lỗi\[BC4005\]/);
  assert.match(text, /2019-13-45/);
  assert.equal(await page.getAttribute('#baocao-errors', 'role'), 'alert');
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'serve-overlay.png') });
  // Fixed: the overlay goes.
  fs.writeFileSync(article(), good);
  await overlay.waitFor({ state: 'detached', timeout: 20000 });
  assert.equal(await page.getByText('Đoạn này vừa được thêm').count(), 0);
  await page.close();
});

test('under a sub-path through a proxy, a CSS change is swapped in without a reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${proxied}en/`);
  let loads = 0;
  page.on('load', () => loads++);
  await page.evaluate(() => { window.__kept = 'still the same page'; });
  const css = await (await fetch(`${base}theme/style.css`)).text();
  fs.mkdirSync(path.join(site, 'themes/default/static'), { recursive: true });
  fs.writeFileSync(path.join(site, 'themes/default/static/style.css'), css + '\nbody { border-top: 7px solid rgb(1, 2, 3) }\n');
  await page.waitForFunction(() => getComputedStyle(document.body).borderTopWidth === '7px', null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.__kept), 'still the same page', 'no reload for CSS');
  assert.equal(loads, 0);
  await page.close();
});
