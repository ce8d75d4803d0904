// Quick exit: leave Kindred at once for a neutral site. Works without this script (the
// button is a plain link); with it, the page is blanked before leaving, the current history
// entry is replaced so Back does not return here, and Escape pressed three times within two
// seconds does the same from anywhere on the page.
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  if (!button) { return; }
  var target = button.getAttribute("data-exit-url") || button.href;

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.title = "";
    document.body.textContent = "";
    window.location.replace(target);
  }

  button.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(event); }
  });
})();
