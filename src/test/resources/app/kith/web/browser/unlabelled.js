// Form controls a screen reader cannot name: no <label>, no aria-label, no aria-labelledby, no
// title. Hidden inputs and buttons (named by their text) are left out; controls inside closed
// <details> are checked too, since they open.
var problems = [];
document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea')
  .forEach(function (el) {
    var named = (el.labels && Array.prototype.some.call(el.labels, function (l) { return l.textContent.trim(); }))
        || (el.getAttribute('aria-label') || '').trim()
        || (el.getAttribute('aria-labelledby') || '').split(/\s+/).some(function (id) {
             var t = id && document.getElementById(id); return t && t.textContent.trim(); })
        || (el.getAttribute('title') || '').trim();
    if (!named) { problems.push(el.outerHTML.slice(0, 160)); }
  });
return problems;
