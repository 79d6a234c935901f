// Kith on a phone: registers the service worker (sw.js), tells it which pages to keep for offline,
// and queues Done, Skip and quick logs made offline (outbox.js) to send when the connection is
// back, saying on the page what waits. Every such form gets an id made here (clientId) that the
// server uses to write the change once, however often it is sent.
(function () {
  "use strict";

  if (!("serviceWorker" in navigator) || !window.indexedDB || !window.KithOutbox || !window.crypto || !crypto.randomUUID) {
    return;
  }
  var ready = Promise.resolve(window.KithOutbox);

  navigator.serviceWorker.register("/sw.js").catch(function () { });

  // Signed out: nothing of the account stays on the device (the server's Clear-Site-Data does it
  // too, where the browser honours it).
  if (location.pathname === "/login" && /(^|[?&])signed-out/.test(location.search)) {
    caches.keys().then(function (names) { names.forEach(function (n) { caches.delete(n); }); });
    ready.then(function (o) { return o.clear(); });
  }

  var QUEUED = /^\/today\/(\d+)\/(done|skip)$|^\/log$/;

  function kindOf(form) {
    var match = QUEUED.exec(new URL(form.action, location.href).pathname);
    return match ? {personId: match[1] ? Number(match[1]) : null, kind: match[2] || "log"} : null;
  }

  function csrf() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-TOKEN"] || "";
    } catch (e) {
      return "";
    }
  }

  function idOf(form) {
    var input = form.querySelector("input[name=clientId]");
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = "clientId";
      form.appendChild(input);
    }
    return input;
  }

  // What waits, said at the top of the page: offline, and how many changes go when it is back.
  function say(waiting) {
    var note = document.getElementById("offline-note");
    if (navigator.onLine && !waiting) {
      if (note) {
        note.remove();
      }
      return;
    }
    if (!note) {
      note = document.createElement("p");
      note.id = "offline-note";
      note.className = "banner offline-note";
      note.setAttribute("role", "status");
      var main = document.getElementById("main");
      if (!main) {
        return;
      }
      main.insertBefore(note, main.firstChild);
    }
    var changes = waiting === 1 ? "1 change waiting to be sent" : waiting + " changes waiting to be sent";
    note.textContent = navigator.onLine ? changes + "…"
        : "You are offline. " + (waiting ? changes + " — they go when you are back online."
            : "Today and its people are as they were when last loaded.");
  }

  // An item whose Done or Skip waits looks acted on already.
  function mark(change) {
    var item = change.personId && document.getElementById("item-" + change.personId);
    if (!item || item.classList.contains("queued")) {
      return;
    }
    item.classList.add("done", "queued");
    item.querySelectorAll("form.primary, details.menu").forEach(function (e) { e.remove(); });
    var status = document.createElement("span");
    status.className = "status" + (change.kind === "skip" ? " put-off" : "");
    status.setAttribute("role", "status");
    status.textContent = (change.kind === "skip" ? "Skipped today" : "✓ Done") + " · waiting to be sent";
    var who = item.querySelector(".who");
    (who || item).appendChild(status);
  }

  function sent() {
    document.querySelectorAll("li.item.queued .status").forEach(function (s) {
      s.textContent = s.textContent.replace(" · waiting to be sent", "");
    });
    document.querySelectorAll("li.item.queued").forEach(function (i) { i.classList.remove("queued"); });
  }

  // A change the server would not take (a typed name that matches nobody, a person deleted since)
  // is said once, to be made again.
  function refused(change) {
    var main = document.getElementById("main");
    if (!main) {
      return;
    }
    var said = document.createElement("p");
    said.className = "banner warning offline-refused";
    said.setAttribute("role", "alert");
    said.textContent = change.kind === "log"
        ? "Not logged: “" + (change.label || "") + "” — open the quick log and log it again."
        : "Not saved: a " + (change.kind === "skip" ? "Skip" : "Done") + " made offline, which Kith refused"
          + " (the person may have been deleted since).";
    main.insertBefore(said, main.firstChild);
  }

  function refresh() {
    return ready.then(function (o) { return o.all(); }).then(function (changes) {
      changes.forEach(mark);
      say(changes.length);
      return changes;
    });
  }

  function flush() {
    if (!navigator.onLine) {
      return refresh();
    }
    return ready.then(function (o) { return o.flush(csrf()); }).then(function (outcome) {
      outcome.refused.forEach(refused);
      return refresh();
    }).then(function (changes) {
      if (!changes.length) {
        sent();
      }
    });
  }

  function queue(form, submitter) {
    var what = kindOf(form);
    var body = new URLSearchParams(new FormData(form, submitter));
    var label = form.querySelector("[name=who]");
    var change = {clientId: idOf(form).value, url: new URL(form.action, location.href).pathname, body: body.toString(),
      csrf: csrf(), kind: what.kind, personId: what.personId, label: label ? label.value : null, at: Date.now()};
    return ready.then(function (o) { return o.add(change); }).then(function () {
      navigator.serviceWorker.ready.then(function (r) {
        return r.sync && r.sync.register("kith-outbox");
      }).catch(function () { });
      if (what.kind === "log") {
        var dialog = form.closest("dialog");
        if (dialog) {
          dialog.close();
        }
        form.reset();
        var done = document.createElement("p");
        done.className = "status";
        done.setAttribute("role", "status");
        done.textContent = "Kept on this device: it is sent when you are back online.";
        form.parentNode.insertBefore(done, form);
      }
      return refresh();
    });
  }

  // Every Done, Skip and quick log gets its id as it is sent; offline, it goes to the outbox instead
  // (this listener runs before htmx's, on the way down).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!kindOf(form)) {
      return;
    }
    idOf(form).value = crypto.randomUUID();
    if (!navigator.onLine) {
      event.preventDefault();
      event.stopPropagation();
      queue(form, event.submitter);
    }
  }, true);

  // The connection dropped while it was being sent: queued with the same id, so it is written once.
  document.addEventListener("htmx:sendError", function (event) {
    var elt = event.detail && event.detail.elt;
    if (elt && elt.tagName === "FORM" && kindOf(elt) && idOf(elt).value) {
      queue(elt, null);
    } else if (elt && elt.classList && elt.classList.contains("quick-log-open")) {
      location.href = "/log"; // offline, the quick log is the page the worker kept
    }
  });

  // Today: keep the people on it (and the quick log) for offline.
  function keepForOffline() {
    if (location.pathname !== "/today" || location.search || !navigator.onLine) {
      return;
    }
    var urls = ["/today", "/log"];
    document.querySelectorAll("ol.plan li.item .who a[href^='/people/']").forEach(function (a) {
      var path = a.getAttribute("href");
      if (/^\/people\/\d+$/.test(path) && urls.indexOf(path) < 0) {
        urls.push(path);
      }
    });
    navigator.serviceWorker.ready.then(function (r) {
      if (r.active) {
        r.active.postMessage({type: "keep", urls: urls});
      }
    });
  }

  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "sent") {
      (event.data.refused || []).forEach(refused);
      refresh().then(function (changes) {
        if (!changes.length) {
          sent();
        }
      });
    } else if (event.data && event.data.type === "kept") {
      document.documentElement.setAttribute("data-kept-offline", "");
    }
  });
  // Acted on online: Today as kept for offline is out of date, so it is fetched again.
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail && event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form");
    if (event.detail.successful && form && /^\/today\//.test(new URL(form.action, location.href).pathname)) {
      keepForOffline();
    }
  });
  window.addEventListener("online", flush);
  window.addEventListener("offline", refresh);
  document.addEventListener("DOMContentLoaded", function () {
    flush();
    keepForOffline();
  });
  if (document.readyState !== "loading") {
    flush();
    keepForOffline();
  }
})();
