// Whether the page is wider than the window (a phone would scroll sideways), and which elements
// stick out past its right edge (inside an element that scrolls on its own is fine).
var width = document.documentElement.clientWidth;
var out = [];
if (document.documentElement.scrollWidth > width) {
  document.querySelectorAll('body *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.right > width + 1 && r.width > 0) {
      for (var p = el.parentElement; p; p = p.parentElement) {
        var o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') { return; }
      }
      var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + Array.prototype.join.call(el.classList, '.') : '');
      out.push(name + ' right edge at ' + Math.round(r.right) + 'px');
    }
  });
  if (!out.length) { out.push('page is ' + document.documentElement.scrollWidth + 'px wide'); }
}
return out.slice(0, 20);
