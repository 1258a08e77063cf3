// The header's search box, answered by Pagefind: its index is loaded on the first query and
// then only in the fragments a query needs. Everything from the index is inserted as text.
(() => {
  const box = document.querySelector("[data-ledger-search] input.md-search__input");
  const toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  const list = document.querySelector("[data-ledger-search] .md-search-result__list");
  const meta = document.querySelector("[data-ledger-search] .md-search-result__meta");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const text = (key, n) => (config.translations[key] || "").replace("#", n);
  const root = new URL(`${config.base}/`, location.href);
  const SHOWN = 10;
  const HAN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
  const ZWSP = /\u200b/g;
  let pagefind = null;
  let asked = 0;

  // The index is in shards (pipeline/sitegen/search_index.py): the first brings Pagefind's runtime,
  // the others are merged into it.
  const load = () => {
    pagefind ??= fetch(new URL("pagefind/shards.json", root)).then((r) => r.json()).then(async (shards) => {
      const bundle = (shard) => new URL(`pagefind/${shard}/`, root).href;
      const module = await import(`${bundle(shards[0])}pagefind.js`);
      await module.options({ baseUrl: root.pathname });
      for (const shard of shards.slice(1)) await module.mergeIndex(bundle(shard), { baseUrl: root.pathname });
      return module;
    });
    return pagefind;
  };

  // The index holds Han text a character a word (see pipeline/sitegen/search_index.py): the longest
  // run of Han characters is asked as the exact phrase of its characters (Pagefind takes one
  // phrase a query), any other run as its characters.
  const phrased = (query) => {
    const plain = query.replaceAll('"', " ");
    const runs = plain.match(HAN) || [];
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
    let quoted = false;
    return plain.replace(HAN, (run) => {
      const chars = [...run].join(" ");
      if (quoted || run !== longest) return ` ${chars} `;
      quoted = true;
      return ` "${chars}" `;
    }).trim();
  };

  // Text as the reader should see it: Pagefind escapes HTML in excerpts (decoded here without
  // running anything: a parsed document's text), and word breaks are dropped.
  const decoded = (escaped) => new DOMParser().parseFromString(escaped, "text/html").documentElement.textContent;

  // Pagefind's excerpt is the page's text with <mark> around the hits: only the marks become elements.
  const excerpt = (html) => {
    const p = document.createElement("p");
    html.split(/(<mark>|<\/mark>)/).reduce((marked, piece) => {
      if (piece === "<mark>" || piece === "</mark>") return piece === "<mark>";
      const node = marked ? document.createElement("mark") : null;
      const words = document.createTextNode(decoded(piece).replace(ZWSP, ""));
      p.append(node ? (node.append(words), node) : words);
      return marked;
    }, false);
    return p;
  };

  const item = (found) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = new URL(found.url.replace(/^\//, ""), root).href;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h1");
    title.textContent = (found.meta.title || found.url).replace(ZWSP, "");
    article.append(title, excerpt(found.excerpt));
    a.append(article);
    li.append(a);
    return li;
  };

  const ask = async () => {
    const query = box.value.trim();
    const turn = ++asked;
    if (!query) {
      list.replaceChildren();
      meta.textContent = text("search.result.placeholder");
      return;
    }
    const module = await load();
    const search = await module.search(phrased(query));
    const found = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (turn !== asked) return; // a newer query is on its way
    const n = search.results.length;
    meta.textContent = n === 0 ? text("search.result.none") : n === 1 ? text("search.result.one") : text("search.result.other", n);
    list.replaceChildren(...found.map(item));
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
