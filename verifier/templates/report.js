(function () {
  "use strict";
  var filters = document.getElementById("verdict-filter");
  if (!filters) { return; }
  var buttons = Array.prototype.slice.call(filters.querySelectorAll("button[data-filter]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".claim-card"));
  var nothing = document.getElementById("nothing-shown");

  function show(verdict) {
    var shown = 0;
    cards.forEach(function (card) {
      var visible = verdict === "all" || card.getAttribute("data-verdict") === verdict;
      card.hidden = !visible;
      if (visible) { shown += 1; }
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-filter") === verdict));
    });
    if (nothing) { nothing.hidden = shown > 0; }
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () { show(button.getAttribute("data-filter")); });
  });
  // The buttons only work with script, so they only appear with it.
  filters.hidden = false;
})();
