// Kith's few behaviours in the browser. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  // "/" jumps to the search field, as on most sites with a search.
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var search = document.querySelector("[data-search]");
      if (search) {
        event.preventDefault();
        search.focus();
        search.select();
      }
    }
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
