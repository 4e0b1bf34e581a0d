// Follows a submission through its stages without a manual reload, then reloads once it has finished
// so the article, its claims and its flags appear.
(function () {
  "use strict";
  var section = document.getElementById("submission");
  if (!section) { return; }
  var status = section.getAttribute("data-status");
  if (status === "done" || status === "failed") { return; }

  var id = section.getAttribute("data-id");
  var order = ["queued", "fetching", "extracting", "indexing", "checking", "done"];

  function show(state) {
    document.getElementById("status").textContent = state.status;
    document.getElementById("status").className = "status status-" + state.status;
    document.getElementById("stage").textContent = state.stage;
    var reached = order.indexOf(state.stage);
    document.querySelectorAll("#stages li").forEach(function (li) {
      var i = order.indexOf(li.getAttribute("data-stage"));
      li.className = i < reached ? "past" : i === reached ? "current" : "";
    });
  }

  function poll() {
    fetch("/api/submissions/" + id, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) {
        if (!state) { setTimeout(poll, 2000); return; }
        show(state);
        if (state.status === "done" || state.status === "failed") {
          window.location.reload();
          return;
        }
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }

  setTimeout(poll, 300);
})();
