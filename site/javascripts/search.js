// The header's search box, answered by the site's own static index (pipeline/sitegen/search_index.py):
// a query fetches one bucket file per token and the records of the pages shown, never the whole index.
// Everything from the index is inserted as text.
(() => {
  // The box itself (Material's markup and icons) comes from search-box.js, rendered once at build time.
  const bar = document.querySelector(".md-header__inner");
  if (bar && window.ledgerSearchBox) bar.insertAdjacentHTML("beforeend", window.ledgerSearchBox);
  const box = document.querySelector("[data-ledger-search] input.md-search__input");
  const toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  const list = document.querySelector("[data-ledger-search] .md-search-result__list");
  const meta = document.querySelector("[data-ledger-search] .md-search-result__meta");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const text = (key, n) => (config.translations[key] || "").replace("#", n);
  const root = new URL(`${config.base}/`, location.href);
  const SHOWN = 10;
  let manifest = null;
  let asked = 0;
  const fetched = new Map(); // bucket and record files, each fetched once

  // The spec of pipeline/sitegen/search_index.py (tokens, bucket_of): Han runs and Latin words.
  const RUN = /[\u3400-\u9fff\uf900-\ufaff]+|[0-9a-z\u00c0-\u024f]+/g;
  const isWord = (run) => run[0] <= "\u024f";
  // A run of Han characters is asked as pairs that cover it (资本开支: 资本, 开支; 台积电: 台积, 积电):
  // half the buckets of every pair, and the run itself is checked in the records shown.
  const terms = (query) => {
    const runs = query.toLowerCase().match(RUN) || [];
    const wanted = new Set();
    for (const run of runs) {
      if (isWord(run) || run.length === 1) wanted.add(run);
      else {
        for (let i = 0; i + 1 < run.length; i += 2) wanted.add(run.slice(i, i + 2));
        if (run.length % 2) wanted.add(run.slice(-2));
      }
    }
    return { runs, wanted: [...wanted] };
  };
  const utf8 = new TextEncoder();
  const bucketOf = (token, buckets) => {
    let h = 0x811c9dc5;
    for (const byte of utf8.encode(token)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    return h % buckets;
  };

  const file = (path, read) => {
    if (!fetched.has(path)) fetched.set(path, fetch(new URL(`search/${path}`, root)).then(read));
    return fetched.get(path);
  };
  const load = () => (manifest ??= fetch(new URL("search/index.json", root)).then((r) => r.json()));

  // A bucket: entries of (token length, token, shard, postings count, postings of (page gap, occurrences
  // when more than one)),
  // a token's entries one per shard. Returns the token's postings as Map(shard -> Map(page -> occurrences)).
  const postingsOf = (bytes, token) => {
    let at = 0;
    const varint = () => {
      let n = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[at++];
        n += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return n;
      }
    };
    const key = utf8.encode(token);
    const same = (length) => length === key.length && key.every((byte, i) => bytes[at + i] === byte);
    const found = new Map();
    while (at < bytes.length) {
      const length = varint();
      const match = same(length);
      at += length;
      const shard = varint();
      const count = varint();
      const pages = match ? new Map() : null;
      for (let i = 0, page = 0; i < count; i++) {
        const value = varint(); // twice the page gap, plus one when a count byte follows
        page += Math.floor(value / 2);
        const n = value % 2 ? bytes[at++] : 1;
        if (pages) pages.set(page, n);
      }
      if (pages) found.set(shard, pages);
    }
    return found;
  };

  // Pages holding every token, ranked by their occurrences weighted by the tokens' rarity.
  const candidates = async (wanted) => {
    const index = await load();
    const total = index.shards.reduce((sum, s) => sum + s.pages, 0);
    const lists = await Promise.all(wanted.map(async (token) => {
      const bytes = await file(`b/${bucketOf(token, index.buckets)}.bin`, async (r) => new Uint8Array(await r.arrayBuffer()));
      return postingsOf(bytes, token);
    }));
    const df = lists.map((list) => [...list.values()].reduce((sum, pages) => sum + pages.size, 0));
    const found = [];
    const [first, ...rest] = lists;
    for (const [shard, pages] of first) {
      const others = rest.map((list) => list.get(shard));
      if (others.some((list) => !list)) continue;
      for (const [page, n] of pages) {
        if (!others.every((list) => list.has(page))) continue;
        const weights = [n, ...others.map((list) => list.get(page))];
        const score = weights.reduce((sum, w, t) => sum + Math.log(1 + total / df[t]) * (w / (w + 1)), 0);
        found.push({ shard: index.shards[shard].name, page, score });
      }
    }
    return found.sort((a, b) => b.score - a.score || (a.shard < b.shard ? -1 : a.shard > b.shard ? 1 : a.page - b.page));
  };

  const record = (hit) => file(`${hit.shard}/p/${hit.page}.jz`, (r) =>
    new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).json());

  // Pairs found in a page need not stand together: a run of three or more Han characters is
  // checked in the record's text (whole unless clipped).
  const holds = (found, runs) => found.clipped || runs.every((run) => run.length < 3 || isWord(run)
    || found.text.toLowerCase().includes(run) || found.alt.toLowerCase().includes(run));

  // Some text around the first hit, the hits marked; the text of the page's own script where it can.
  const excerpt = (found, runs) => {
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
    let source = found.text;
    let at = source.toLowerCase().indexOf(longest);
    if (at < 0 && found.alt) {
      at = found.alt.toLowerCase().indexOf(longest);
      if (found.alt.length !== found.text.length) source = found.alt;
    }
    const start = Math.max(0, at - 40);
    const shown = source.slice(start, start + 160);
    const p = document.createElement("p");
    const lower = shown.toLowerCase();
    let from = 0;
    for (let i = 0; i < shown.length;) {
      const hit = runs.find((run) => run && lower.startsWith(run, i));
      if (!hit) { i++; continue; }
      const mark = document.createElement("mark");
      mark.textContent = shown.slice(i, i + hit.length);
      p.append(shown.slice(from, i), mark);
      i += hit.length;
      from = i;
    }
    p.append(shown.slice(from) + (start + 160 < source.length ? "…" : ""));
    return p;
  };

  const item = (found, runs) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = new URL(found.url, root).href;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h1");
    title.textContent = found.title || found.url;
    article.append(title, excerpt(found, runs));
    a.append(article);
    li.append(a);
    return li;
  };

  const ask = async () => {
    const query = box.value.trim();
    const turn = ++asked;
    const { runs, wanted } = terms(query);
    if (!wanted.length) {
      list.replaceChildren();
      meta.textContent = text(query ? "search.result.none" : "search.result.placeholder");
      return;
    }
    const hits = await candidates(wanted);
    const shown = [];
    for (let i = 0; i < hits.length && shown.length < SHOWN; i += SHOWN) {
      const records = await Promise.all(hits.slice(i, i + SHOWN).map(record));
      shown.push(...records.filter((found) => holds(found, runs)));
    }
    if (turn !== asked) return; // a newer query is on its way
    // The count is of pages holding every token; the ones shown are checked for the runs themselves.
    const n = shown.length < SHOWN ? shown.length : hits.length;
    meta.textContent = n === 0 ? text("search.result.none") : n === 1 ? text("search.result.one") : text("search.result.other", n);
    list.replaceChildren(...shown.slice(0, SHOWN).map((found) => item(found, runs)));
  };

  // `input` covers typing, pasting and text from an input method alike.
  box.addEventListener("input", ask);
  box.addEventListener("focus", () => { toggle.checked = true; load(); });
  box.form.addEventListener("submit", (event) => event.preventDefault());
  box.form.addEventListener("reset", () => setTimeout(ask));
  toggle.addEventListener("change", () => (toggle.checked ? box.focus() : box.blur()));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      box.blur();
    } else if (event.key === "/" && !toggle.checked && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      toggle.checked = true;
      box.focus();
    }
  });
})();
