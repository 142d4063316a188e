"""The page's own style sheet and script, inlined into every report (nothing is fetched).

The script is small on purpose: it opens the collapsed panel a link points
into, shows the detail of a clicked source marker in a side panel, draws the
timeline from the data embedded in the page (so it can zoom), and filters the
deopt list. Everything else is plain HTML and works without it.
"""

CSS = r"""
:root { --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
  --none:#9aa0a6; --mono-c:#188038; --int32:#188038; --number:#1a73e8; --string:#9334e6; --poly:#e37400;
  --generic:#e8710a; --mega:#d93025; --deopt:#d93025; --line:#e0e3e7; --muted:#5f6368; --bg2:#f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #202124; background: #fff; }
header { position: sticky; top: 0; z-index: 20; background: #202124; color: #fff; padding: 6px 16px;
  display: flex; gap: 18px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
header .cmd { font-family: var(--mono); font-size: 12px; color: #bdc1c6; overflow-wrap: anywhere; }
header nav a { color: #8ab4f8; margin-right: 12px; text-decoration: none; }
header nav a:hover { text-decoration: underline; }
main { padding: 8px 16px 40px; }
section { margin: 18px 0 28px; }
h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin: 0 0 10px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
a { color: #1a73e8; }
code, pre, .mono { font-family: var(--mono); font-size: 12.5px; }
pre { margin: 0; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: 13px; margin: 4px 0 10px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 150px; background: var(--bg2); }
.card .k { font-size: 12px; color: var(--muted); }
.card .v { font-size: 20px; font-weight: 600; }
.split { display: flex; height: 22px; border-radius: 4px; overflow: hidden; margin: 10px 0 4px; max-width: 900px;
  border: 1px solid var(--line); }
.split div { height: 100%; }
.split .interp { background: #9aa0a6; } .split .opt { background: #188038; } .split .comp { background: #1a73e8; }
.keys { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12.5px; margin: 4px 0; }
.key i { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.twocol { display: flex; gap: 28px; flex-wrap: wrap; align-items: flex-start; }
table { border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg2); font-weight: 600; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.hbar { display: inline-block; height: 10px; background: var(--deopt); border-radius: 2px; vertical-align: middle; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 12px; color: #fff; white-space: nowrap; }
.st-not-run { background: #dadce0; color: #3c4043; } .st-interpreted { background: #80868b; }
.st-inlined { background: #129eaf; } .st-optimized { background: #188038; } .st-deopted { background: #e37400; }
.st-disabled { background: #d93025; }
/* source */
.unit { border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 80vh; }
.src { font-family: var(--mono); font-size: 12.5px; line-height: 1.5; min-width: max-content; }
.ln { display: flex; white-space: pre; }
.ln:hover { background: #f1f3f4; }
.ln:target, .flash { background: #fef7e0 !important; outline: 2px solid #fbbc04; }
.g { display: inline-flex; gap: 2px; width: 34px; flex: none; padding-left: 3px; }
.bar { display: inline-block; width: 6px; cursor: pointer; }
.bar.top { border-top: 2px solid #202124; }
.no { width: 44px; flex: none; text-align: right; padding-right: 10px; color: #9aa0a6; text-decoration: none;
  user-select: none; }
.code { flex: none; padding-right: 12px; }
.s { border-bottom: 2px solid; border-radius: 2px; }
.s[data-s] { cursor: pointer; }
.s[data-s]:hover { background: #e8f0fe; }
.s-none { border-bottom: 2px dotted var(--none); } .s-mono, .s-int32 { border-color: var(--mono-c); background: #e6f4ea; }
.s-number { border-color: var(--number); background: #e8f0fe; } .s-string { border-color: var(--string); background: #f3e8fd; }
.s-poly { border-color: var(--poly); background: #fef7e0; } .s-generic { border-color: var(--generic); background: #feefe3; }
.s-mega { border-color: var(--mega); background: #fce8e6; }
.chip { margin-left: 10px; font-family: system-ui, sans-serif; font-size: 11.5px; padding: 0 6px; border-radius: 9px;
  color: #fff; text-decoration: none; white-space: nowrap; align-self: center; line-height: 1.45; }
.dm { margin-left: 8px; font-family: system-ui, sans-serif; font-size: 11.5px; padding: 0 6px; border-radius: 3px;
  background: var(--deopt); color: #fff; cursor: pointer; white-space: nowrap; text-decoration: none; align-self: center;
  line-height: 1.45; }
.dm::before { content: "\26A0 "; }
/* detail side panel */
#detail { position: fixed; right: 12px; top: 48px; width: min(460px, 45vw); max-height: calc(100vh - 64px); overflow: auto;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18);
  padding: 10px 14px; z-index: 30; font-size: 13px; }
#detail[hidden] { display: none; }
#detail .close { float: right; border: none; background: none; font-size: 18px; cursor: pointer; }
#detail h4 { margin: 4px 0 6px; font-size: 14px; }
#detail ul { margin: 4px 0; padding-left: 18px; }
#detail .item { border-top: 1px solid var(--line); padding: 6px 0; }
/* panels */
details.panel { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; background: #fff; }
details.panel > summary { cursor: pointer; padding: 5px 10px; background: var(--bg2); border-radius: 6px;
  list-style-position: inside; }
details.panel[open] > summary { border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
details.panel > .body { padding: 8px 12px; }
details.sub { margin: 6px 0; }
details.sub > summary { cursor: pointer; font-weight: 600; font-size: 13px; }
.reason { color: var(--deopt); font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 4px 0 8px; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.frame { margin: 8px 0 12px; }
.frame h4 { margin: 4px 0; font-size: 13px; }
.frame td { font-family: var(--mono); font-size: 12px; white-space: nowrap; }
.frame td:nth-child(2) { max-width: 420px; white-space: normal; overflow-wrap: anywhere; }
.frame td:last-child { font-family: inherit; }
tr.dead td { color: #9aa0a6; }
.excerpt { background: var(--bg2); padding: 4px 8px; border-radius: 4px; overflow-x: auto; }
.dump { max-height: 520px; overflow: auto; background: #fafafa; border: 1px solid var(--line); border-radius: 4px;
  padding: 6px 8px; }
.dump .mark { background: #fce8e6; display: inline-block; min-width: 100%; }
.dump .mark a { color: var(--deopt); font-weight: 600; }
.bc td { font-family: var(--mono); font-size: 12px; white-space: nowrap; border: none; padding: 1px 8px; }
.bc tr.guard td { background: #fce8e6; }
.clipped { color: var(--muted); font-style: italic; }
.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 6px 0; font-size: 13px; }
button { font: inherit; font-size: 12.5px; padding: 2px 8px; border: 1px solid #dadce0; border-radius: 4px; background: #fff;
  cursor: pointer; }
button:hover { background: #f1f3f4; }
/* timeline */
#timeline-box { display: flex; border: 1px solid var(--line); border-radius: 6px; max-height: 70vh; overflow-y: auto; }
#timeline-labels { flex: none; width: 190px; border-right: 1px solid var(--line); font-size: 12px; }
#timeline-labels div { height: 22px; line-height: 22px; padding: 0 6px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
#timeline-labels div:first-child { height: 26px; }
#timeline-scroll { flex: 1; overflow-x: auto; }
#timeline-svg text { font-size: 11px; fill: #5f6368; font-family: system-ui, sans-serif; }
#timeline-svg .tl-deopt { cursor: pointer; }
"""

JS = r"""
(function () {
  'use strict';
  function byId(id) { return document.getElementById(id); }
  function data(id) { var el = byId(id); return el ? JSON.parse(el.textContent) : null; }
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]; }); }

  // Links into collapsed panels: open every <details> around the target, then show it.
  function reveal(id) {
    var el = id && byId(id);
    if (!el) return;
    for (var p = el; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
    el.scrollIntoView({block: 'center'});
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1600);
  }
  window.addEventListener('hashchange', function () { reveal(decodeURIComponent(location.hash.slice(1))); });

  var sites = data('site-data') || [];
  var functions = data('function-data') || {};
  var deopts = data('deopt-data') || [];
  var panel = byId('detail');
  var body = byId('detail-body');

  function show(html) { body.innerHTML = html; panel.hidden = false; }
  function deoptLink(k) {
    var d = deopts[k];
    return '<a href="#deopt-' + k + '">#' + k + '</a> ' + esc(d.t) + ' ms, <span class="reason">' + esc(d.r) +
      '</span> in ' + esc(d.f) + ' (' + esc(d.bc) + ' @' + d.pc + ')';
  }
  function siteHtml(k) {
    var s = sites[k], h = '<h4>' + esc(s.f) + ', line ' + s.l + '</h4>';
    s.items.forEach(function (it) {
      h += '<div class="item"><b>' + esc(it.label) + '</b> <span class="muted">(' + esc(it.bc) + ' @' + it.pc +
        ', ' + esc(it.kind) + ' slot)</span><br><span class="badge s-' + esc(it.state) + '" style="color:#202124">' +
        esc(it.stateLabel) + '</span> ' + esc(it.summary);
      if (it.details.length) h += '<ul>' + it.details.map(function (x) { return '<li>' + esc(x) + '</li>'; }).join('') + '</ul>';
      h += '</div>';
    });
    return h;
  }
  function functionHtml(id) {
    var f = functions[id];
    if (!f) return '';
    var h = '<h4>' + esc(f.name) + ' <span class="badge st-' + esc(f.story) + '">' + esc(f.storyLabel) + '</span></h4><ul>';
    f.lines.forEach(function (x) { h += '<li>' + esc(x) + '</li>'; });
    h += '</ul><a href="#fn-' + id + '">in the function table</a>';
    f.versions.forEach(function (v) { h += ' · <a href="#v-' + esc(v) + '">' + esc(v) + '</a>'; });
    if (f.deopts.length) h += '<div class="item">' + f.deopts.map(deoptLink).join('<br>') + '</div>';
    return h;
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if (t.closest('#detail .close')) { panel.hidden = true; return; }
    var s = t.closest('.s[data-s]');
    if (s) { show(siteHtml(+s.dataset.s)); return; }
    var bar = t.closest('.bar[data-f]');
    if (bar) { show(functionHtml(bar.dataset.f)); return; }
    var dm = t.closest('.dm[data-deopts]');
    if (dm) {
      e.preventDefault();
      var ks = dm.dataset.deopts.split(',').map(Number);
      show('<h4>' + ks.length + ' deopt' + (ks.length > 1 ? 's' : '') + ' at this line</h4>' +
           ks.map(function (k) { return '<div class="item">' + deoptLink(k) + '</div>'; }).join(''));
      return;
    }
    var a = t.closest('a[href^="#"]');
    if (a) {
      var id = decodeURIComponent(a.getAttribute('href').slice(1));
      if (id === decodeURIComponent(location.hash.slice(1))) reveal(id);   // no hashchange for the same hash
      else setTimeout(function () { reveal(id); }, 0);
    }
    var b = t.closest('button[data-toggle]');
    if (b) {
      var open = b.dataset.open === '1';
      document.querySelectorAll(b.dataset.toggle).forEach(function (d) { if (!d.hidden) d.open = open; });
    }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') panel.hidden = true; });

  // Deopt filter: by reason and by function name.
  var reasonSel = byId('deopt-reason'), fnInput = byId('deopt-function');
  function filterDeopts() {
    var r = reasonSel ? reasonSel.value : '', f = fnInput ? fnInput.value.trim().toLowerCase() : '';
    var shown = 0;
    document.querySelectorAll('#deopt-list > details').forEach(function (d) {
      var ok = (!r || d.dataset.reason === r) && (!f || d.dataset.fn.toLowerCase().indexOf(f) >= 0);
      d.hidden = !ok;
      if (ok) shown++;
    });
    var c = byId('deopt-count');
    if (c) c.textContent = shown + ' shown';
  }
  if (reasonSel) reasonSel.addEventListener('change', filterDeopts);
  if (fnInput) fnInput.addEventListener('input', filterDeopts);

  // The timeline: one row per function with tier events, drawn at the chosen zoom.
  var tl = data('timeline-data');
  var zoom = 1;
  var SVGNS = 'http://www.w3.org/2000/svg';
  function el(name, attrs, parent, title) {
    var n = document.createElementNS(SVGNS, name);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (title) { var t = document.createElementNS(SVGNS, 'title'); t.textContent = title; n.appendChild(t); }
    parent.appendChild(n);
    return n;
  }
  function drawTimeline() {
    var scroll = byId('timeline-scroll');
    if (!tl || !scroll) return;
    var old = byId('timeline-svg');
    if (old) old.remove();
    var total = Math.max(tl.total, 0.001), rowH = 22, top = 26;
    var width = Math.max(300, (scroll.clientWidth - 20) * zoom), pad = 8;
    var x = function (ms) { return pad + (width - 2 * pad) * Math.min(Math.max(ms, 0), total) / total; };
    var svg = el('svg', {id: 'timeline-svg', width: width, height: top + rowH * tl.rows.length + 4}, scroll);
    var step = Math.pow(10, Math.floor(Math.log10(total / 4 / zoom)));
    [1, 2, 5, 10].some(function (m) { if (total / (step * m) <= 10 * zoom) { step *= m; return true; } return false; });
    for (var t = 0; t <= total + 1e-9; t += step) {
      el('line', {x1: x(t), x2: x(t), y1: 18, y2: top + rowH * tl.rows.length, stroke: '#eceff1'}, svg);
      var label = el('text', {x: x(t) + 2, y: 13}, svg);
      label.textContent = (step < 1 ? t.toFixed(2) : Math.round(t)) + ' ms';
    }
    tl.rows.forEach(function (row, i) {
      var y = top + i * rowH;
      if (i % 2) el('rect', {x: 0, y: y, width: width, height: rowH, fill: '#fafbfc'}, svg);
      row.items.forEach(function (it) {
        if (it.t === 'live') {
          el('rect', {x: x(it.s), y: y + 9, width: Math.max(1, x(it.e) - x(it.s)), height: 4, fill: it.osr ? '#81c995' : '#188038', rx: 1},
             svg, it.v + (it.osr ? ' (OSR code)' : '') + ' installed ' + it.s.toFixed(1) + ' ms' +
             (it.end ? ', unlinked by a deopt at ' + it.e.toFixed(1) + ' ms' : ', installed to the end'));
        } else if (it.t === 'compile') {
          var g = el('a', {href: '#v-' + it.v}, svg);
          el('rect', {x: x(it.s), y: y + 4, width: Math.max(2, x(it.ls) - x(it.s)), height: 14, fill: '#1a73e8'}, g,
             it.v + ': lowered on the main thread, ' + (it.ls - it.s).toFixed(1) + ' ms');
          if (it.cs !== null) el('rect', {x: x(it.cs), y: y + 6, width: Math.max(2, x(it.ce) - x(it.cs)), height: 10,
             fill: it.bg ? '#8ab4f8' : '#1a73e8'}, g, it.v + ': LLVM ' + (it.ce - it.cs).toFixed(1) + ' ms' +
             (it.bg ? ' on the compile thread' : ' on the main thread'));
          el('path', {d: 'M' + x(it.e) + ' ' + (y + 3) + 'l4 8l-4 8l-4 -8z', fill: '#0b57d0'}, g,
             it.v + ' installed at ' + it.e.toFixed(1) + ' ms (compile ' + it.d.toFixed(1) + ' ms)');
        } else if (it.t === 'osr') {
          el('line', {x1: x(it.s), x2: x(it.s), y1: y + 2, y2: y + 8, stroke: '#188038', 'stroke-width': 1.5}, svg,
             'OSR entry at ' + it.s.toFixed(1) + ' ms (' + it.v + ')');
        } else if (it.t === 'deopt') {
          var a = el('a', {href: '#deopt-' + it.k, 'class': 'tl-deopt'}, svg);
          el('path', {d: 'M' + x(it.s) + ' ' + (y + 20) + 'l-5 -9h10z', fill: '#d93025', stroke: '#fff', 'stroke-width': 0.5}, a,
             'deopt #' + it.k + ' at ' + it.s.toFixed(2) + ' ms: ' + it.r);
        } else if (it.t === 'discard') {
          el('path', {d: 'M' + (x(it.s) - 4) + ' ' + (y + 7) + 'l8 8m0 -8l-8 8', stroke: '#5f6368', 'stroke-width': 2}, svg,
             'compile discarded at ' + it.s.toFixed(1) + ' ms: ' + it.r);
        } else if (it.t === 'disable') {
          el('rect', {x: x(it.s), y: y + 5, width: Math.max(3, x(total) - x(it.s)), height: 12, fill: 'none',
             stroke: '#d93025', 'stroke-dasharray': '3 2'}, svg, 'stays in the interpreter from ' + it.s.toFixed(1) + ' ms: ' + it.r);
        }
      });
    });
    (tl.gc || []).forEach(function (c) {
      el('rect', {x: x(c.s), y: 18, width: Math.max(1, x(c.e) - x(c.s)), height: rowH * tl.rows.length + 8,
         fill: 'rgba(251,188,4,.35)', 'class': 'tl-gc'}, svg, 'garbage collection (' + c.r + ') at ' + c.s.toFixed(1) +
         ' ms, pause ' + (c.e - c.s).toFixed(1) + ' ms, heap ' + (c.b / 1048576).toFixed(1) + ' -> ' +
         (c.a / 1048576).toFixed(1) + ' MB');
    });
  }
  var zin = byId('zoom-in'), zout = byId('zoom-out'), zreset = byId('zoom-reset');
  if (zin) zin.addEventListener('click', function () { zoom = Math.min(zoom * 2, 1024); drawTimeline(); });
  if (zout) zout.addEventListener('click', function () { zoom = Math.max(zoom / 2, 1); drawTimeline(); });
  if (zreset) zreset.addEventListener('click', function () { zoom = 1; drawTimeline(); });
  window.addEventListener('resize', drawTimeline);
  drawTimeline();
  if (location.hash) reveal(decodeURIComponent(location.hash.slice(1)));
})();
"""
