// Kith's service worker. The app shell (styles, scripts, icons) comes from the cache; the last Today
// and the people on it are fetched from the network first and kept, so they stay readable offline;
// anything else offline gets a short page that says so. Changes made offline wait in the outbox
// (outbox.js) and Background Sync sends them when the connection is back, where it is supported.
// Sign-out answers with Clear-Site-Data, which empties these caches and the outbox.
importScripts("/js/outbox.js");

var SHELL = "kith-shell-1";
var PAGES = "kith-pages";
var SHELL_FILES = [
  "/offline.html", "/css/kith.css", "/js/kith.js", "/js/offline.js", "/js/outbox.js",
  "/webjars/picocss__pico/2.1.1/css/pico.min.css", "/webjars/htmx.org/2.0.8/dist/htmx.min.js",
  "/favicon.svg", "/icons/kith-192.png", "/manifest.webmanifest"
];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(SHELL_FILES); })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf("kith-shell-") === 0 && name !== SHELL; })
        .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// The pages kept for offline: Today and a person's page. Nothing from the API, never a redirect (to
// sign in) or an error.
function kept(url) {
  return url.pathname === "/today" || /^\/people\/\d+$/.test(url.pathname) || url.pathname === "/log";
}

function keep(request, response) {
  if (response.ok && !response.redirected && response.type === "basic") {
    var copy = response.clone();
    caches.open(PAGES).then(function (cache) { return cache.put(request, copy); });
  }
  return response;
}

function fromCache(request) {
  var url = new URL(request.url);
  return caches.match(request, {cacheName: PAGES})
      .then(function (page) { return page || caches.match(url.pathname, {cacheName: PAGES}); })
      .then(function (page) { return page || caches.match("/offline.html", {cacheName: SHELL}); });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.indexOf("/api/") === 0) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request)
        .then(function (response) { return kept(url) && !url.search ? keep(request, response) : response; })
        .catch(function () { return fromCache(request); }));
    return;
  }
  if (SHELL_FILES.indexOf(url.pathname) >= 0) {
    // The shell from the cache at once, refreshed behind it for next time.
    event.respondWith(caches.open(SHELL).then(function (cache) {
      return cache.match(request).then(function (cached) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) {
            cache.put(request, response.clone());
          }
          return response;
        });
        return cached || fresh;
      });
    }));
  }
});

// A page says which pages to keep (Today's people, the log form): fetched now, so they are there
// offline even if never opened; the people no longer on Today are let go.
function keepOnly(urls) {
  return caches.open(PAGES).then(function (cache) {
    return cache.keys().then(function (requests) {
      var wanted = urls.map(function (u) { return new URL(u, self.location.origin).href; });
      return Promise.all(requests.filter(function (r) {
        return /^\/people\/\d+$/.test(new URL(r.url).pathname) && wanted.indexOf(r.url) < 0;
      }).map(function (r) { return cache.delete(r); }));
    }).then(function () {
      return Promise.all(urls.map(function (u) {
        var request = new Request(u, {credentials: "same-origin"});
        return fetch(request).then(function (response) { keep(request, response); }, function () { });
      }));
    });
  });
}

function tellPages(message) {
  return self.clients.matchAll({type: "window"}).then(function (pages) {
    pages.forEach(function (page) { page.postMessage(message); });
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "keep" && Array.isArray(data.urls)) {
    event.waitUntil(keepOnly(data.urls.slice(0, 100)).then(function () { return tellPages({type: "kept"}); }));
  }
});

self.addEventListener("sync", function (event) {
  if (event.tag === "kith-outbox") {
    event.waitUntil(self.KithOutbox.flush().then(function (outcome) {
      return tellPages({type: "sent", count: outcome.sent, refused: outcome.refused});
    }));
  }
});
