// newstrace pages: a little plain JavaScript on top of pages that work without it.
// Highlight layers can be hidden; choosing an item (its label, its card's "show in text"
// link, or a highlighted piece of text) marks every piece of text that item covers.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;

  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });

  function mark(item) {
    text.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    if (!item) return;
    text.querySelectorAll(".seg").forEach(function (el) {
      if ((" " + el.dataset.items + " ").indexOf(" " + item + " ") >= 0) el.classList.add("active");
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-item]");
    if (link) { mark(link.dataset.item); return; }
    var seg = event.target.closest("#text .seg");
    if (seg) {
      // The narrowest item under the click: its card is the one to read.
      var items = seg.dataset.items.split(" ");
      var best = items[0];
      items.forEach(function (id) { if (id.charAt(0) === "e") best = id; });
      mark(best);
      var card = document.getElementById("item-" + best);
      if (card) { history.replaceState(null, "", "#item-" + best); card.scrollIntoView({block: "nearest"}); card.focus(); }
    }
  });

  var hash = location.hash.replace(/^#(item|t)-/, "");
  if (hash && hash !== location.hash) mark(hash);
})();
