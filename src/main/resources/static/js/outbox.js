// Changes made offline (Done, Skip, a quick log), kept in IndexedDB until the connection is back.
// The pages (offline.js) and the service worker (sw.js, for Background Sync) share this file. Each
// change carries the id the page made for it (clientId, sent with the form), so the server writes
// it once however often it is sent: a page and the worker sending together, an answer lost.
(function (scope) {
  "use strict";

  var DB = "kith-outbox";
  var STORE = "changes";

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, {keyPath: "clientId"});
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && "result" in result ? result.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  // change: {clientId, url, body (form-encoded), csrf, kind ("done", "skip", "log"), personId, label, at}
  function add(change) {
    return run("readwrite", function (store) { store.put(change); });
  }

  function all() {
    return run("readonly", function (store) { return store.getAll(); }).then(function (changes) {
      return (changes || []).sort(function (a, b) { return a.at - b.at; });
    });
  }

  function remove(clientId) {
    return run("readwrite", function (store) { store.delete(clientId); });
  }

  // Sends what waits, oldest first; stops at the first that cannot go now (offline, signed out) and
  // keeps it and the rest. A change the server refuses for good (the person deleted since, a typed
  // name that matches nobody or several people) is dropped, since sending it again would never
  // succeed, and reported. Resolves to {sent, refused: [the refused changes]}.
  var flushing = null;
  function flush(csrf) {
    if (flushing) {
      return flushing;
    }
    var outcome = {sent: 0, refused: []};
    flushing = all().then(function next(changes) {
      if (!changes.length) {
        return outcome;
      }
      var change = changes[0];
      return fetch(change.url, {
        method: "POST", credentials: "same-origin", redirect: "manual",
        headers: {"Content-Type": "application/x-www-form-urlencoded", "X-CSRF-TOKEN": csrf || change.csrf, "HX-Request": "true"},
        body: change.body
      }).then(function (response) {
        var refused = response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 403;
        if (!response.ok && !refused) {
          return outcome;
        }
        // The quick log answers a refused log with its form again, the field in error marked.
        return (response.ok ? response.text() : Promise.resolve("")).then(function (body) {
          if (refused || (change.kind === "log" && /aria-invalid="true"/.test(body))) {
            outcome.refused.push(change);
          } else {
            outcome.sent += 1;
          }
          return remove(change.clientId).then(function () { return next(changes.slice(1)); });
        });
      }, function () { return outcome; });
    }).finally(function () { flushing = null; });
    return flushing;
  }

  function clear() {
    return run("readwrite", function (store) { store.clear(); });
  }

  scope.KithOutbox = {add: add, all: all, flush: flush, clear: clear};
})(self);
