// Keyboard shortcuts and bulk selection for the moderator page. Loaded from this service
// only (the Content-Security-Policy allows no inline script); the page works without it.
(function () {
  "use strict";

  // Keys typed into a text field, or pressed with a modifier, are not shortcuts.
  function typing(event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return true;
    if (!target || !target.tagName) return false;
    if (target.isContentEditable) return true;
    if (target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
    return target.tagName === "INPUT" && target.type !== "checkbox";
  }

  // Enter on a focused link or button keeps its own meaning.
  function activatesItself(target) {
    return !!target && (target.tagName === "A" || target.tagName === "BUTTON");
  }

  function click(element) {
    if (element) element.click();
  }

  function setUpFilters() {
    var form = document.getElementById("filters");
    if (!form) return;
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      select.addEventListener("change", function () { form.submit(); });
    });
  }

  function setUpQueue(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr.lead-row"));
    var boxes = Array.prototype.slice.call(table.querySelectorAll('tbody input[name="ids"]'));
    var all = document.getElementById("select-all");
    var count = document.getElementById("selected-count");
    var bulk = Array.prototype.slice.call(document.querySelectorAll("button[data-bulk]"));
    // Per view (order, filter, page): after a decision the page reloads with the next lead
    // in the same position, so the selection stays where the moderator was.
    var memory = "leadguard.review.selected:" + location.pathname + location.search;
    var index = 0;

    function remembered() {
      try {
        var value = parseInt(window.sessionStorage.getItem(memory), 10);
        return isNaN(value) ? 0 : value;
      } catch (error) {
        return 0;
      }
    }

    function select(next, scroll) {
      if (!rows.length) return;
      index = Math.max(0, Math.min(rows.length - 1, next));
      rows.forEach(function (row, position) {
        var chosen = position === index;
        row.classList.toggle("selected", chosen);
        row.setAttribute("aria-selected", chosen ? "true" : "false");
      });
      if (scroll) rows[index].scrollIntoView({block: "nearest"});
      try {
        window.sessionStorage.setItem(memory, String(index));
      } catch (error) {
        // storage may be disabled; the selection then starts at the top after a reload
      }
    }

    function refreshCount() {
      var ticked = boxes.filter(function (box) { return box.checked; }).length;
      count.textContent = ticked ? ticked + " selected" : "Tick leads to decide several at once.";
      bulk.forEach(function (button) { button.disabled = ticked === 0; });
      if (all) {
        all.checked = ticked > 0 && ticked === boxes.length;
        all.indeterminate = ticked > 0 && ticked < boxes.length;
      }
    }

    rows.forEach(function (row, position) {
      row.addEventListener("click", function () { select(position, false); });
    });
    boxes.forEach(function (box) { box.addEventListener("change", refreshCount); });
    if (all) {
      all.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = all.checked; });
        refreshCount();
      });
    }

    document.addEventListener("keydown", function (event) {
      if (typing(event) || !rows.length) return;
      var row = rows[index];
      switch (event.key) {
        case "j": select(index + 1, true); break;
        case "k": select(index - 1, true); break;
        case "o": click(row.querySelector("a.open")); break;
        case "Enter":
          if (activatesItself(event.target)) return;
          click(row.querySelector("a.open"));
          break;
        case "x": {
          var box = row.querySelector('input[name="ids"]');
          box.checked = !box.checked;
          refreshCount();
          break;
        }
        case "s": click(row.querySelector('button[data-label="spam"]')); break;
        case "l": click(row.querySelector('button[data-label="legit"]')); break;
        default: return;
      }
      event.preventDefault();
    });

    select(remembered(), true);
    refreshCount();
    document.body.setAttribute("data-shortcuts", "ready");
  }

  function setUpLead() {
    document.addEventListener("keydown", function (event) {
      if (typing(event)) return;
      switch (event.key) {
        case "j": click(document.getElementById("next-lead")); break;
        case "k": click(document.getElementById("prev-lead")); break;
        case "s": click(document.getElementById("decide-spam")); break;
        case "l": click(document.getElementById("decide-legit")); break;
        case "u": click(document.getElementById("back-to-queue")); break;
        default: return;
      }
      event.preventDefault();
    });
    document.body.setAttribute("data-shortcuts", "ready");
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpFilters();
    var table = document.getElementById("queue");
    if (table) {
      setUpQueue(table);
    } else if (document.body.classList.contains("lead-page")) {
      setUpLead();
    }
  });
}());
