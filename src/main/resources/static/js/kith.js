// Kith's few behaviours in the browser. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  // The nav's search on a phone is a button: the first press opens the field over the top bar
  // (without JavaScript it leads to People, which has its own); left empty, the field folds again.
  function openNavSearch(form) {
    if (!form.classList.contains("open")) {
      form.classList.add("open");
    }
    form.querySelector("input").focus();
  }

  document.addEventListener("click", function (event) {
    var go = event.target.closest && event.target.closest(".nav-search-go");
    var form = go && go.closest("[data-nav-search]");
    if (form && form.querySelector("input").offsetParent === null) {
      event.preventDefault();
      openNavSearch(form);
    }
  });

  document.addEventListener("focusout", function (event) {
    var form = event.target.closest && event.target.closest("[data-nav-search]");
    if (form && form.classList.contains("open") && !form.contains(event.relatedTarget) && event.target.value === "") {
      form.classList.remove("open");
    }
  });

  document.addEventListener("keydown", function (event) {
    var form = event.key === "Escape" && event.target.closest && event.target.closest("[data-nav-search].open");
    if (form) {
      event.target.value = "";
      form.classList.remove("open");
      form.querySelector("button").focus();
    }
  });

  // "/" jumps to the search field, as on most sites with a search: the page's own (People), else
  // the nav's, opened first on a phone.
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var search = document.querySelector("main [data-search]") || document.querySelector("[data-search]");
      if (search) {
        event.preventDefault();
        var form = search.closest("[data-nav-search]");
        if (form) {
          openNavSearch(form);
        }
        search.focus();
        search.select();
      }
    }
  });

  // People's filters: folded on a phone (the page sends them open, for a desktop and for no
  // script); the summary counts those that narrow the list as they change.
  document.addEventListener("DOMContentLoaded", function () {
    var filters = document.querySelector("[data-filters]");
    if (filters && window.matchMedia("(max-width: 600px)").matches) {
      filters.open = false;
    }
  });

  document.addEventListener("change", function (event) {
    var filters = event.target.closest && event.target.closest("[data-filters]");
    var count = filters && filters.querySelector("[data-filter-count]");
    if (!count) {
      return;
    }
    var on = Array.prototype.filter.call(filters.querySelectorAll("select:not([name=sort]), input[type=checkbox], input[type=text]"),
      function (field) { return field.type === "checkbox" ? field.checked : field.value !== ""; }).length;
    count.textContent = on === 0 ? "" : " · " + on + " on";
  });

  // Up and down arrows move between the items of a list (Today's plan).
  document.addEventListener("keydown", function (event) {
    if ((event.key !== "ArrowDown" && event.key !== "ArrowUp") || typing(event.target)) {
      return;
    }
    var item = event.target.closest && event.target.closest("[data-item]");
    if (!item) {
      return;
    }
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-item]"));
    var next = items[items.indexOf(item) + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  // Escape closes the open menu of a Today card and gives the focus back to its button.
  document.addEventListener("keydown", function (event) {
    var menu = event.key === "Escape" && event.target.closest && event.target.closest("details.menu[open]");
    if (menu) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });

  // "Show more" adds the next ones to Today's list: the keyboard goes on to the first of them.
  var shownBefore = 0;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (target && target.id === "more-list") {
      shownBefore = target.children.length;
    }
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var list = event.detail && event.detail.target;
    if (list && list.id === "more-list" && list.children[shownBefore]) {
      list.children[shownBefore].focus();
    }
  });

  // htmx keeps a copy of the page's HTML for the back button, but what is typed in a field lives
  // in the field, not in the HTML. Once a search's address is pushed, write the fields' values
  // into the HTML, so going back to that address shows the search that made its results.
  document.addEventListener("htmx:pushedIntoHistory", function () {
    document.querySelectorAll("form[method=get] input, form[method=get] select").forEach(function (field) {
      if (field.tagName === "SELECT") {
        Array.prototype.forEach.call(field.options, function (option) {
          option.toggleAttribute("selected", option.selected);
        });
      } else if (field.type === "checkbox" || field.type === "radio") {
        field.toggleAttribute("checked", field.checked);
      } else if (field.type !== "password" && field.type !== "hidden") {
        field.setAttribute("value", field.value);
      }
    });
  });

  // Copy a message starter to the clipboard.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(done);
    } else {
      source.select();
      document.execCommand("copy");
      done();
    }
  });

  // Keep a message starter's mailto: link in step with the edited text; line breaks as CRLF (RFC 6068).
  document.addEventListener("input", function (event) {
    var source = event.target;
    if (!source.matches || !source.matches("textarea[data-mailto]")) {
      return;
    }
    var link = document.getElementById(source.getAttribute("data-mailto"));
    if (link) {
      var base = link.getAttribute("href").split("?")[0];
      var subject = link.getAttribute("data-subject") || "";
      link.setAttribute("href", base + "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(source.value.replace(/\r?\n/g, "\r\n")));
    }
  });

  // The quick log: the nav's "+ Log" fetches the form into the dialog, which then opens as a modal
  // (Escape closes it, the focus stays inside). Without JavaScript the link is a page of its own.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (!target || target.id !== "quick-log-body") {
      return;
    }
    var dialog = document.getElementById("quick-log");
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
    var focus = target.querySelector("[aria-invalid=true], [data-focus], [autofocus]");
    if (focus) {
      focus.focus();
    }
  });

  document.addEventListener("click", function (event) {
    var close = event.target.closest && event.target.closest("[data-close-dialog]");
    var dialog = close && close.closest("dialog");
    if (dialog) {
      dialog.close();
    }
  });

  // A person typed by name ([data-typeahead]): htmx asks /people/lookup for the matches of what is
  // typed (as q), the arrows move among them, Enter or a click picks one, and the picked person's
  // id goes in the hidden field the attribute names. Typing again forgets the pick.
  function matchesOf(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    return list ? Array.prototype.slice.call(list.querySelectorAll("[role=option][data-id]")) : [];
  }

  function highlight(input, option) {
    matchesOf(input).forEach(function (o) {
      o.setAttribute("aria-selected", o === option ? "true" : "false");
    });
    if (option) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({block: "nearest"});
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function collapse(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    if (list) {
      list.innerHTML = "";
    }
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function pick(input, option) {
    var chosen = document.getElementById(input.getAttribute("data-typeahead"));
    input.value = option.getAttribute("data-name");
    if (chosen) {
      chosen.value = option.getAttribute("data-id");
      chosen.disabled = false;
    }
    htmx.trigger(input, "htmx:abort");
    collapse(input);
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var input = event.detail.elt;
    if (input && input.matches && input.matches("[data-typeahead]")) {
      var name = input.getAttribute("name");
      event.detail.parameters.q = input.value;
      if (name !== "q") {
        delete event.detail.parameters[name];
      }
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var list = event.detail && event.detail.target;
    if (!list || list.getAttribute("role") !== "listbox") {
      return;
    }
    var input = document.querySelector("[aria-controls='" + list.id + "']");
    if (!input) {
      return;
    }
    if (document.activeElement !== input || input.value.trim() === "") {
      collapse(input);
      return;
    }
    var options = matchesOf(input);
    input.setAttribute("aria-expanded", list.children.length > 0 ? "true" : "false");
    highlight(input, options[0] || null);
  });

  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-typeahead]")) {
      return;
    }
    var chosen = document.getElementById(input.getAttribute("data-typeahead"));
    if (chosen) {
      chosen.value = "";
      chosen.disabled = true;
    }
  });

  document.addEventListener("keydown", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-typeahead]") || input.getAttribute("aria-expanded") !== "true") {
      return;
    }
    var options = matchesOf(input);
    var current = options.filter(function (o) { return o.getAttribute("aria-selected") === "true"; })[0];
    var at = options.indexOf(current);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length) {
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight(input, options[(at + step + options.length) % options.length]);
      }
    } else if (event.key === "Enter" && current) {
      event.preventDefault();
      pick(input, current);
    } else if (event.key === "Escape") {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      collapse(input);
    }
  });

  document.addEventListener("mousedown", function (event) {
    var option = event.target.closest && event.target.closest("[role=option][data-id]");
    var list = option && option.closest("[role=listbox]");
    var input = list && document.querySelector("[aria-controls='" + list.id + "']");
    if (input) {
      event.preventDefault();
      pick(input, option);
    }
  });

  document.addEventListener("focusout", function (event) {
    var input = event.target;
    if (input.matches && input.matches("[data-typeahead]")) {
      collapse(input);
    }
  });

  // Changing people together (the People list): say how many are ticked, tick a whole page at once,
  // and show only the field the chosen change needs (all show without JavaScript).
  function bulkForm() {
    return document.querySelector("form[data-bulk]");
  }

  function refreshBulk() {
    var form = bulkForm();
    if (!form) {
      return;
    }
    var boxes = Array.prototype.slice.call(document.querySelectorAll("input[form=bulk][name=ids]"));
    var ticked = boxes.filter(function (b) { return b.checked; }).length;
    var all = form.querySelector("[data-bulk-all]");
    var count = form.querySelector("[data-bulk-count]");
    if (count) {
      if (!count.hasAttribute("data-summary")) {
        count.setAttribute("data-summary", count.textContent);
      }
      count.textContent = all && all.checked ? "Everyone matching is selected"
        : ticked === 0 ? count.getAttribute("data-summary") : ticked + " selected";
    }
    var page = document.querySelector("[data-bulk-page]");
    if (page) {
      page.checked = ticked > 0 && ticked === boxes.length;
      page.indeterminate = ticked > 0 && ticked < boxes.length;
    }
    var action = form.querySelector("[data-bulk-action]");
    form.querySelectorAll("[data-for]").forEach(function (part) {
      part.hidden = !action || part.getAttribute("data-for").split(" ").indexOf(action.value) < 0;
    });
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("[data-bulk-page]")) {
      document.querySelectorAll("input[form=bulk][name=ids]").forEach(function (b) {
        b.checked = target.checked;
      });
    }
    if (target.matches && (target.matches("[form=bulk]") || target.closest("form[data-bulk]"))) {
      refreshBulk();
    }
  });
  document.addEventListener("DOMContentLoaded", refreshBulk);
  document.addEventListener("htmx:afterSettle", refreshBulk);

  // The first-run checklist offers the browser's time zone when it differs from the account's.
  function offerTimeZone() {
    var step = document.querySelector("[data-zone]");
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!step || !zone) {
      return;
    }
    var same = zone === step.getAttribute("data-zone");
    step.querySelectorAll(".zone-agrees").forEach(function (e) { e.hidden = !same; });
    step.querySelectorAll(".zone-differs").forEach(function (e) { e.hidden = same; });
    step.querySelectorAll("[data-browser-zone]").forEach(function (e) { e.textContent = zone; });
    step.querySelectorAll("[data-browser-zone-value]").forEach(function (e) { e.value = zone; });
  }
  document.addEventListener("DOMContentLoaded", offerTimeZone);

  // htmx replaces what had the focus (the "Older" link, the log-a-touchpoint form): give it back
  // where the keyboard user would go next.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    var id = target && target.id;
    var next = id === "timeline" ? document.querySelector("#older a")
      : id === "timeline-section" ? document.querySelector("#log-form [role=status]")
      : id === "log-form" ? document.querySelector("#log-form [aria-invalid=true]")
      : null;
    if (next) {
      next.focus();
    }
  });
})();

// A refused htmx action (a snooze date in the past…) says why, instead of silently doing nothing.
document.addEventListener("htmx:responseError", function (event) {
  var flash = document.getElementById("flash");
  if (!flash) {
    return;
  }
  var text = "Something went wrong; nothing was changed.";
  var html = event.detail.xhr && event.detail.xhr.responseText;
  if (html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var message = doc.querySelector("[data-message]");
    if (message) {
      text = message.textContent;
    }
  }
  flash.textContent = text;
});

// Once an action succeeds, the refusal said before it no longer holds (a busy database, tried again).
document.addEventListener("htmx:afterRequest", function (event) {
  var flash = document.getElementById("flash");
  if (flash && event.detail.successful) {
    flash.textContent = "";
  }
});
