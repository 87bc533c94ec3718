import { eventsPath } from './inject.js'

/**
 * The live-reload client, served as a same-origin script (the deck's own
 * scripts are inline; this one is a file so the page in dist/ stays untouched).
 *
 * - `reload`: remembers `Reveal.getState()` (slide, fragment step `indexf`,
 *   paused, overview) in sessionStorage, reloads, and hands it to
 *   `Reveal.setState()` once reveal.js is ready, so an incremental list or a
 *   slide with pauses shows the items the presenter had reached, not none.
 *   The URL hash alone would lose the step. Note: a reload that comes before
 *   the state was restored (two saves in quick succession) keeps the saved
 *   state rather than overwrite it with the page's not-yet-restored one.
 * - `error`: shows the diagnostics over the page. Every piece of text goes in
 *   with `textContent`, never `innerHTML`: reasons quote the user's content.
 *   (EventSource also fires a plain `error` Event when the connection drops;
 *   only a MessageEvent carries our payload.)
 * - `ok`: removes the overlay.
 *
 * Plain ES2017 in a string, not compiled TypeScript: the build tools would
 * otherwise be free to add helpers that do not exist in the page.
 */
export const clientScript = `(function () {
  'use strict';
  var me = document.currentScript;
  var version = me && me.getAttribute('data-version') || '';
  var key = 'layar-dev-position:' + location.pathname;
  var OVERLAY = 'layar-dev-overlay';

  function reveal() {
    var r = window.Reveal;
    return r && typeof r.getState === 'function' && typeof r.setState === 'function' ? r : null;
  }

  function ready(r) {
    return typeof r.isReady === 'function' && r.isReady();
  }

  function restore() {
    var saved = sessionStorage.getItem(key);
    var r = reveal();
    if (!saved || !r) return;
    var go = function () {
      sessionStorage.removeItem(key);
      try { r.setState(JSON.parse(saved)); } catch (e) { /* a garbled entry: the URL hash still has the slide */ }
    };
    if (ready(r)) go(); else r.on('ready', go);
  }

  function remember() {
    var r = reveal();
    if (r && ready(r) && !sessionStorage.getItem(key)) sessionStorage.setItem(key, JSON.stringify(r.getState()));
  }

  function hideOverlay() {
    var old = document.getElementById(OVERLAY);
    if (old) old.remove();
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (style) node.setAttribute('style', style);
    return node;
  }

  function where(m) {
    var at = m.file;
    if (m.line !== null) at += ':' + m.line + (m.column !== null ? ':' + m.column : '');
    return at;
  }

  function showOverlay(payload) {
    hideOverlay();
    var box = el('div', undefined,
      'position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;' +
      'background:rgba(40,0,0,0.94);color:#fff;font:14px/1.45 ui-monospace,monospace;padding:16px 20px;' +
      'box-shadow:0 4px 24px rgba(0,0,0,0.5);text-align:left');
    box.id = OVERLAY;
    box.setAttribute('role', 'alert');
    box.appendChild(el('div', 'layar: the build failed; this is the last good deck. Fix the content and save.',
      'font:600 15px/1.4 system-ui,sans-serif;margin-bottom:10px;color:#ffb4b4'));
    var list = el('ul', undefined, 'margin:0;padding:0;list-style:none');
    (payload.messages || []).forEach(function (m) {
      var item = el('li', undefined, 'margin:0 0 8px 0');
      item.appendChild(el('span', where(m), 'color:#ffd479'));
      item.appendChild(el('span', ' ' + m.severity + ' ', m.severity === 'error' ? 'color:#ff7b7b' : 'color:#ffd479'));
      item.appendChild(el('span', m.reason));
      if (m.ruleId) item.appendChild(el('span', ' ' + m.ruleId, 'color:#aaa'));
      list.appendChild(item);
    });
    box.appendChild(list);
    (document.body || document.documentElement).appendChild(box);
  }

  if (document.readyState === 'complete') restore();
  else window.addEventListener('load', restore);

  var source = new EventSource('${eventsPath}?v=' + encodeURIComponent(version));
  source.addEventListener('reload', function () {
    remember();
    source.close();
    location.reload();
  });
  source.addEventListener('ok', hideOverlay);
  source.addEventListener('error', function (event) {
    if (!(event instanceof MessageEvent)) return;
    try { showOverlay(JSON.parse(event.data)); } catch (e) { /* a malformed event is not worth a crash */ }
  });
})();
`
