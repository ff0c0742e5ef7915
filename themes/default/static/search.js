/* baocao search: the search page's progressive enhancement. ES5, no
   modules, no dependencies, no WebAssembly, so that old phones run it and
   it works from file://. The index is a script file (not fetch), loaded
   when the box is used or the address holds ?q=. Folding and ranking are
   those of baocao's src/search (fold.rs, index.rs), held to them by the
   shared table tests/search/cases.json. */
(function (window, document) {
  'use strict';

  /* Folding: see src/search/fold.rs. */
  var VOWELS = 'aăâeêioôơuưy';
  var TONED = ['áắấéếíóốớúứý', 'àằầèềìòồờùừỳ', 'ảẳẩẻểỉỏổởủửỷ', 'ãẵẫẽễĩõỗỡũữỹ', 'ạặậẹệịọộợụựỵ'];
  var TONE_OF = {};
  for (var t = 0; t < 5; t++) {
    for (var v = 0; v < 12; v++) TONE_OF[TONED[t].charAt(v)] = VOWELS.charAt(v) + (t + 1);
  }
  var MARK_TONE = { '\u0301': 1, '\u0341': 1, '\u0300': 2, '\u0340': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
  var WITH_MARK = { 'a\u0302': 'â', 'e\u0302': 'ê', 'o\u0302': 'ô', 'a\u0306': 'ă', 'o\u031b': 'ơ', 'u\u031b': 'ư' };
  var FOLDED = { 'ă': 'a', 'â': 'a', 'ê': 'e', 'ô': 'o', 'ơ': 'o', 'ư': 'u', 'đ': 'd' };
  var D = { 'đ': 1, 'ð': 1, 'ɖ': 1 };
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

  function isMark(u) {
    return (u >= 0x300 && u <= 0x36f) || (u >= 0x1ab0 && u <= 0x1aff) || (u >= 0x1dc0 && u <= 0x1dff) ||
      (u >= 0x20d0 && u <= 0x20ff) || (u >= 0xfe20 && u <= 0xfe2f);
  }

  function isWord(u) {
    if (u < 0xc0) return (u >= 48 && u <= 57) || (u >= 65 && u <= 90) || (u >= 97 && u <= 122);
    return !(u === 0xd7 || u === 0xf7 || (u >= 0x2b0 && u <= 0x2ff) || (u >= 0x2000 && u <= 0x2bff) ||
      (u >= 0x2e00 && u <= 0x2e7f) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xfe10 && u <= 0xfe1f) ||
      (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff0f) || (u >= 0xff1a && u <= 0xff20) ||
      (u >= 0xff3b && u <= 0xff40) || (u >= 0xff5b && u <= 0xff65) || u >= 0xfff0 ||
      (u >= 0xd800 && u <= 0xdfff));
  }

  function foldLetter(c) {
    var f = FOLDED[c];
    if (f) return f;
    if (c.charCodeAt(0) < 128 || !c.normalize) return c;
    return c.normalize('NFD').replace(MARKS, '');
  }

  /* The tokens of a text: {e: exact, f: folded, s: start, x: end}. */
  function tokens(text) {
    var out = [], letters = '', folded = '', tone = 0, start = 0, end = 0;
    function add(c, i) {
      if (!letters) start = i;
      letters += c;
      folded += foldLetter(c);
      end = i + 1;
    }
    function finish() {
      if (letters) out.push({ e: tone ? letters + tone : letters, f: folded, s: start, x: end });
      letters = folded = '';
      tone = 0;
    }
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i), u = ch.charCodeAt(0);
      var lower = u < 128 ? (u >= 65 && u <= 90 ? String.fromCharCode(u + 32) : ch) : ch.toLowerCase();
      for (var j = 0; j < lower.length; j++) {
        var c = lower.charAt(j), k = c.charCodeAt(0), vt = TONE_OF[c];
        if (vt) {
          add(vt.charAt(0), i);
          tone = +vt.charAt(1);
        } else if (D[c]) {
          add('đ', i);
        } else if (isMark(k)) {
          if (!letters) continue;
          end = i + 1;
          if (MARK_TONE[c]) {
            tone = MARK_TONE[c];
          } else {
            var marked = WITH_MARK[letters.charAt(letters.length - 1) + c];
            if (marked) letters = letters.slice(0, -1) + marked;
          }
        } else if (isWord(k)) {
          add(c, i);
        } else {
          finish();
        }
      }
    }
    finish();
    return out;
  }

  function endsInWord(query) {
    if (!query) return false;
    var c = query.charAt(query.length - 1).toLowerCase(), k = c.charCodeAt(0);
    return isWord(k) || isMark(k) || !!D[c];
  }

  function startsWith(s, prefix) {
    return s.length >= prefix.length && s.substring(0, prefix.length) === prefix;
  }

  /* Ranking: see search() in src/search/index.rs. */
  var MAX_WORDS = 8, FIELD = [10, 20, 30, 40], WHOLE = 5, PHRASE = 100, EXACT = 1000;
  var DIGIT = {}, ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (var a = 0; a < 64; a++) DIGIT[ALPHABET.charCodeAt(a)] = a;
  var Ints = window.Int32Array || Array;
  var index, titleCache = [], labelCache = [];

  /* The tokens of a document's title and labels (labels are shared: each is cut once). */
  function fieldTokens(doc) {
    var fields = [titleCache[doc] || (titleCache[doc] = tokens(index.titles[doc]))];
    var labels = index.doc_labels[doc];
    for (var l = 0; l < labels.length; l++) {
      var k = labels[l];
      fields.push(labelCache[k] || (labelCache[k] = tokens(index.labels[k])));
    }
    return fields;
  }

  function sideBySide(fields, a, b, bPrefix) {
    for (var f = 0; f < fields.length; f++) {
      var ts = fields[f];
      for (var i = 0; i + 1 < ts.length; i++) {
        if (ts[i].f === a.f && (ts[i + 1].f === b.f || (bPrefix && startsWith(ts[i + 1].f, b.f)))) return true;
      }
    }
    return false;
  }

  function search(query) {
    var q = tokens(query), prefix = endsInWord(query) && q.length <= MAX_WORDS;
    if (q.length > MAX_WORDS) q = q.slice(0, MAX_WORDS);
    if (!q.length) return [];
    var n = index.titles.length, last = q.length - 1, scores = [], levels = [], words = index.words;
    for (var i = 0; i < q.length; i++) {
      var t = q[i], asPrefix = prefix && i === last, marked = t.e !== t.f;
      var best = new Ints(n), level = new Ints(n);
      var lo = 0, hi = words.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (words[mid] < t.f) lo = mid + 1; else hi = mid;
      }
      for (var w = lo; w < words.length; w++) {
        var word = words[w], whole = word === t.f;
        if (!whole && !(asPrefix && startsWith(word, t.f))) break;
        var forms = index.forms[w], postings = index.postings[w];
        for (var f = 0; f < forms.length; f++) {
          var bonus = (marked && (forms[f] || word) === t.e ? EXACT : 0) + (whole ? WHOLE : 0);
          var s = postings[f], doc = -1, value = 0, shift = 0;
          for (var p = 0; p < s.length; p++) {
            var digit = DIGIT[s.charCodeAt(p)];
            value += (digit & 31) * Math.pow(2, shift);
            shift += 5;
            if (digit & 32) continue;
            doc += Math.floor(value / 4) + 1;
            var field = value & 3, score = bonus + FIELD[field];
            if (!(best[doc] >= score)) best[doc] = score;
            if (!(level[doc] > field)) level[doc] = field + 1;
            value = shift = 0;
          }
        }
      }
      scores.push(best);
      levels.push(level);
    }
    var results = [];
    for (var d = 0; d < n; d++) {
      var total = 0, strong = [], found = true;
      for (i = 0; i < q.length; i++) {
        var sc = scores[i][d];
        if (!sc) { found = false; break; }
        total += sc;
        strong.push(levels[i][d] > 2);
      }
      if (!found) continue;
      for (i = 0; i < last; i++) {
        if (strong[i] && strong[i + 1] && sideBySide(fieldTokens(d), q[i], q[i + 1], prefix && i + 1 === last)) {
          total += PHRASE;
        }
      }
      results.push([total, d]);
    }
    results.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1]; });
    for (i = 0; i < results.length; i++) results[i] = results[i][1];
    return results;
  }

  /* Loading: script elements, which work over file:// and under any path. */
  var api = window.baocaoSearch = {
    tokens: tokens,
    search: function (q) { return index ? search(q) : null; },
    titleOf: function (doc) { return index.titles[doc]; }
  };
  var texts = [], waiting = {}, onIndex = [];

  function inject(src, failed) {
    var el = document.createElement('script');
    el.src = src;
    el.onerror = failed;
    document.body.appendChild(el);
  }

  api.index = function (data) {
    if (data.v !== 1) return;
    index = data;
    var queued = onIndex;
    onIndex = [];
    for (var i = 0; i < queued.length; i++) queued[i]();
  };

  api.texts = function (k, list) {
    texts[k] = list;
    var queued = waiting[k] || [];
    delete waiting[k];
    for (var i = 0; i < queued.length; i++) queued[i]();
  };

  /* Calls back once each text file is loaded (or has failed). */
  function withTexts(docs, done) {
    var left = 1;
    function one() { if (--left === 0) done(); }
    var asked = {};
    for (var i = 0; i < docs.length; i++) {
      var k = Math.floor(docs[i] / index.per_text);
      if (texts[k] || asked[k]) continue;
      asked[k] = true;
      left++;
      if (!waiting[k]) {
        waiting[k] = [];
        inject(index.texts[k], failedText(k));
      }
      waiting[k].push(one);
    }
    one();
  }

  function failedText(k) {
    return function () { api.texts(k, []); };
  }

  /* The page. */
  var form = document.querySelector && document.querySelector('form.search-form');
  if (!form || !window.JSON) return;
  var strings = JSON.parse(form.getAttribute('data-strings'));
  var input = document.getElementById('search-q');
  var area = document.getElementById('search-results');
  var PAGE = 10, state = null, timer = null, loading = false;

  function say(key, values) {
    var s = strings[key] || '';
    for (var k in values) if (values.hasOwnProperty(k)) s = s.split('{' + k + '}').join(values[k]);
    return s;
  }

  function number(n) {
    var s = String(n), out = '';
    while (s.length > 3) {
      out = strings.group + s.slice(-3) + out;
      s = s.slice(0, -3);
    }
    return s + out;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.appendChild(document.createTextNode(text));
    return e;
  }

  /* Appends text to parent, the query's words (and the space between two of them) in <mark>. */
  function highlight(parent, text, q, prefix) {
    var ts = tokens(text), at = 0, open = null, openEnd = 0;
    function flush(to) {
      if (open !== null) {
        parent.appendChild(el('mark', '', text.slice(open, openEnd)));
        at = openEnd;
        open = null;
      }
      if (to > at) parent.appendChild(document.createTextNode(text.slice(at, to)));
      at = Math.max(at, to);
    }
    for (var i = 0; i < ts.length; i++) {
      var hit = false;
      for (var j = 0; j < q.length && !hit; j++) {
        hit = ts[i].f === q[j].f || (prefix && j === q.length - 1 && startsWith(ts[i].f, q[j].f));
      }
      if (!hit) continue;
      if (open !== null && /^\s+$/.test(text.slice(openEnd, ts[i].s))) {
        openEnd = ts[i].x;
        continue;
      }
      flush(ts[i].s);
      open = ts[i].s;
      openEnd = ts[i].x;
    }
    flush(text.length);
  }

  function show(message) {
    area.innerHTML = '';
    if (message) area.appendChild(el('p', 'search-status', message));
  }

  function render() {
    var s = state, count = s.results.length;
    show('');
    if (!count) {
      area.appendChild(el('p', 'search-status search-none', say('none', { q: s.query })));
      return;
    }
    area.appendChild(el('h2', '', strings.results));
    area.appendChild(el('p', 'search-status', say(count === 1 ? 'count_one' : 'count', { n: number(count), q: s.query })));
    var list = el('ol', 'search-list'), firstNew = null;
    for (var i = 0; i < s.shown; i++) {
      var doc = s.results[i], li = el('li', 'search-result');
      var h = el('h3'), link = el('a');
      link.href = index.hrefs[doc];
      highlight(link, index.titles[doc], s.q, s.prefix);
      h.appendChild(link);
      li.appendChild(h);
      var meta = strings['kind_' + KINDS[index.kinds.charAt(doc)]];
      if (index.metas[doc]) meta += ' · ' + index.metas[doc];
      li.appendChild(el('p', 'meta', meta));
      var text = (texts[Math.floor(doc / index.per_text)] || [])[doc % index.per_text];
      if (text) {
        var p = el('p', 'snippet');
        highlight(p, text, s.q, s.prefix);
        li.appendChild(p);
      }
      list.appendChild(li);
      if (i === s.focusFrom) firstNew = link;
    }
    area.appendChild(list);
    if (s.shown < count) {
      area.appendChild(el('p', 'meta', say('shown', { shown: number(s.shown), n: number(count) })));
      var more = el('button', 'search-more', strings.more);
      more.type = 'button';
      more.onclick = function () { page(s.shown + PAGE, s.shown); };
      area.appendChild(more);
    }
    if (firstNew) firstNew.focus();
  }

  var KINDS = { a: 'article', p: 'page', g: 'programme', i: 'indicator', t: 'topic' };

  /* Shows results up to `upTo`, once their snippets are loaded; focuses the first from `focusFrom`. */
  function page(upTo, focusFrom) {
    var s = state;
    var shown = Math.min(upTo, s.results.length);
    withTexts(s.results.slice(0, shown), function () {
      if (state !== s) return;
      s.shown = shown;
      s.focusFrom = focusFrom;
      render();
    });
  }

  function run() {
    var query = input.value;
    if (!index) {
      load();
      return;
    }
    if (state && state.query === query) return;
    if (!/\S/.test(query)) {
      state = null;
      show('');
      return;
    }
    state = { query: query, q: tokens(query), prefix: endsInWord(query), results: search(query) };
    page(PAGE, -1);
  }

  function load() {
    if (index || loading) return;
    loading = true;
    show(strings.loading);
    onIndex.push(run);
    inject(form.getAttribute('data-index'), function () {
      loading = false;
      onIndex = [];
      show(strings.load_failed);
    });
  }

  input.onfocus = load;
  input.oninput = function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };
  form.onsubmit = function (e) {
    if (e && e.preventDefault) e.preventDefault();
    clearTimeout(timer);
    state = null;
    run();
    if (window.history && history.replaceState && /^https?:/.test(location.protocol)) {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    }
    return false;
  };
  var asked = /[?&]q=([^&]*)/.exec(location.search);
  if (asked) {
    input.value = decodeURIComponent(asked[1].replace(/\+/g, ' '));
    run();
  }
})(window, document);
