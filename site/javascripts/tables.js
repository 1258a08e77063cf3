// Sort (click a header) and filter (type in the box) the ledger's tables, in the page.
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    var keyed = cell.querySelector("[data-sort]");
    var text = keyed ? keyed.getAttribute("data-sort") : cell.textContent.trim();
    var number = parseFloat(text.replace(/,/g, ""));
    return isNaN(number) || !/^[-\d.,e+]+%?$/i.test(text.replace(/\s/g, "")) ? text : number;
  }

  function makeSortable(table) {
    table.querySelectorAll("thead th").forEach(function (th, index) {
      th.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function makeFilterable(table) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "ledger-filter";
    input.placeholder = "筛选…";
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
    table.parentNode.insertBefore(input, table);
  }

  function setUp() {
    document.querySelectorAll("table.sortable:not([data-ready])").forEach(makeSortable);
    document.querySelectorAll("table.filterable:not([data-ready])").forEach(makeFilterable);
    document.querySelectorAll("table.sortable, table.filterable").forEach(function (t) { t.setAttribute("data-ready", ""); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
