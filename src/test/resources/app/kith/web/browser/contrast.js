// WCAG 2 AA contrast of the text on this page: for each visible piece of text (text nodes, form
// controls, placeholders), its colour against the nearest opaque background behind it, with
// semi-transparent layers and opacity blended in. Returns the pieces below 4.5:1 (3:1 for large
// text: 24px, or 18.66px bold), one line each.
function parse(c) {
  var m = c.match(/rgba?\(([^)]+)\)/);
  if (!m) { return null; }
  var p = m[1].split(/[ ,\/]+/).filter(function (s) { return s.length; }).map(parseFloat);
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
}
function over(top, bottom) {
  var a = top.a + bottom.a * (1 - top.a);
  if (a === 0) { return {r: 0, g: 0, b: 0, a: 0}; }
  function mix(k) { return (top[k] * top.a + bottom[k] * bottom.a * (1 - top.a)) / a; }
  return {r: mix('r'), g: mix('g'), b: mix('b'), a: a};
}
function luminance(c) {
  function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
}
function ratio(a, b) {
  var x = luminance(a), y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
// The colour behind an element: its own background and its ancestors', blended until opaque,
// over the canvas (white, or the root's colour scheme's canvas).
function background(el) {
  var layers = [];
  for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
    var bg = parse(getComputedStyle(e).backgroundColor);
    if (bg && bg.a > 0) {
      layers.push(bg);
      if (bg.a >= 1) { break; }
    }
  }
  var dark = getComputedStyle(document.documentElement).colorScheme.indexOf('dark') >= 0
      && matchMedia('(prefers-color-scheme: dark)').matches;
  var result = dark ? {r: 18, g: 18, b: 18, a: 1} : {r: 255, g: 255, b: 255, a: 1};
  for (var i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
  return result;
}
function opacity(el) {
  var o = 1;
  for (var e = el; e && e.nodeType === 1; e = e.parentElement) { o *= parseFloat(getComputedStyle(e).opacity); }
  return o;
}
function visible(el) {
  var r = el.getBoundingClientRect();
  var s = getComputedStyle(el);
  return r.width > 1 && r.height > 1 && s.visibility === 'visible' && el.getClientRects().length > 0
      && !el.closest('[hidden], [aria-hidden="true"]') && !(s.clip && s.clip.indexOf('rect(0') === 0);
}
function path(el) {
  var parts = [];
  for (var e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
    var p = e.tagName.toLowerCase();
    if (e.id) { p += '#' + e.id; parts.unshift(p); break; }
    if (e.classList.length) { p += '.' + Array.prototype.join.call(e.classList, '.'); }
    parts.unshift(p);
  }
  return parts.join(' > ');
}
function check(el, colour, text, problems, what) {
  var s = getComputedStyle(el);
  var size = parseFloat(s.fontSize);
  var large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
  var need = large ? 3 : 4.5;
  var fg = parse(colour);
  if (!fg) { return; }
  var bg = background(el);
  fg.a *= opacity(el);
  var shown = over(fg, bg);
  var r = ratio(shown, bg);
  if (r < need) {
    problems.push(path(el) + (what ? ' ' + what : '') + ' "' + text.trim().replace(/\s+/g, ' ').slice(0, 40) + '": '
        + r.toFixed(2) + ':1, needs ' + need + ':1 (' + colour + ' on rgb(' + Math.round(bg.r) + ', '
        + Math.round(bg.g) + ', ' + Math.round(bg.b) + '), ' + s.fontSize + ')');
  }
}
var problems = [];
var seen = new Set();
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (var n = walker.nextNode(); n; n = walker.nextNode()) {
  var el = n.parentElement;
  if (!n.textContent.trim() || seen.has(el) || /^(SCRIPT|STYLE|NOSCRIPT|OPTION)$/.test(el.tagName)) { continue; }
  seen.add(el);
  if (visible(el)) { check(el, getComputedStyle(el).color, n.textContent, problems, ''); }
}
document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea').forEach(function (el) {
  if (!visible(el) || el.disabled) { return; }
  if (el.value) {
    check(el, getComputedStyle(el).color, el.tagName === 'SELECT' ? el.options[el.selectedIndex].text : el.value, problems, '');
  } else if (el.placeholder) {
    check(el, getComputedStyle(el, '::placeholder').color, el.placeholder, problems, '(placeholder)');
  }
});
return problems;
