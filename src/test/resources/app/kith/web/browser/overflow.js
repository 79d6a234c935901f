// Whether the page is wider than the window (a phone would scroll sideways), and which elements
// stick out past its right edge. Inside an element that scrolls on its own that is fine on a
// phone (a wide table in a scrolling box); with arguments[0] true (a desktop) such boxes that
// need scrolling are reported too.
var width = document.documentElement.clientWidth;
var strict = arguments.length > 0 && arguments[0] === true;
function name(el) {
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (el.classList.length ? '.' + Array.prototype.join.call(el.classList, '.') : '');
}
var out = [];
if (document.documentElement.scrollWidth > width) {
  document.querySelectorAll('body *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.right > width + 1 && r.width > 0) {
      for (var p = el.parentElement; p; p = p.parentElement) {
        var o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') { return; }
      }
      out.push(name(el) + ' right edge at ' + Math.round(r.right) + 'px');
    }
  });
  if (!out.length) { out.push('page is ' + document.documentElement.scrollWidth + 'px wide'); }
}
if (strict) {
  document.querySelectorAll('body *').forEach(function (el) {
    var o = getComputedStyle(el).overflowX;
    if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      out.push(name(el) + ' scrolls sideways: ' + el.scrollWidth + 'px of content in ' + el.clientWidth + 'px');
    }
  });
}
return out.slice(0, 20);
