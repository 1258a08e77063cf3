// Filter the claim lists of a page by type, stance and hedge: one bar for all the lists of the page.
// A row carries its codes (data-type, data-stance, data-hedge); a header that names a field
// (data-filter, with its codes in order in data-codes) marks the column holding the labels,
// so the labels come from the page and none is written here.
(function () {
  function fieldsOf(tables) {
    var fields = [], byKey = {};
    tables.forEach(function (table) {
      table.querySelectorAll("thead th [data-filter]").forEach(function (mark) {
        var key = mark.getAttribute("data-filter");
        var column = mark.closest("th").cellIndex;
        if (!byKey[key]) {
          byKey[key] = { key: key, heading: mark.textContent, codes: mark.getAttribute("data-codes").split(" "), labels: {}, counts: {} };
          fields.push(byKey[key]);
        }
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var code = row.getAttribute("data-" + key);
          byKey[key].labels[code] = row.cells[column].textContent;
          byKey[key].counts[code] = (byKey[key].counts[code] || 0) + 1;
        });
      });
    });
    return fields;
  }

  function setUp() {
    var tables = Array.prototype.slice.call(document.querySelectorAll("table.claim-list"));
    var bar = document.querySelector(".claim-filters");
    if (!tables.length || !bar || bar.childElementCount) return;
    var fields = fieldsOf(tables), chosen = {};
    function apply() {
      tables.forEach(function (table) {
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          row.hidden = fields.some(function (f) { return chosen[f.key] && row.getAttribute("data-" + f.key) !== chosen[f.key]; });
        });
      });
    }
    fields.forEach(function (field) {
      var label = document.createElement("label");
      var select = document.createElement("select");
      select.name = field.key;
      select.add(new Option("全部", ""));
      field.codes.forEach(function (code) {
        if (field.counts[code]) select.add(new Option(field.labels[code] + " (" + field.counts[code] + ")", code));
      });
      select.addEventListener("change", function () { chosen[field.key] = select.value; apply(); });
      label.append(field.heading + " ", select);
      bar.appendChild(label);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
