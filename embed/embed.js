// Crossroads embed loader: docs/embedding.md. On any page:
//   <div data-crossroads></div>
//   <script src="https://HOST/PATH/embed.js" async></script>
// Options as data- attributes on the placeholder: see docs/embedding.md.
// Or a button or link that opens it over the page, created on the first press:
//   <a href="https://HOST/PATH/" data-crossroads data-mode="popup">Take the check</a>
// (data-mode="panel": from the side). Plain JavaScript, no dependencies. It adds one iframe
// inside each placeholder (or one dialog to the body per kind of popup, when first opened)
// and one message listener to the window, nothing else: no style sheets, no globals but a
// load guard.
(function () {
  "use strict";

  var w = window;
  var d = document;
  var GUARD = "__crossroadsEmbed";

  // A second copy of this script only looks for placeholders added since the first ran.
  if (typeof w[GUARD] === "function") {
    w[GUARD]();
    return;
  }

  // The widget lives in the directory this script was loaded from.
  var script = d.currentScript;
  if (!script || !/embed\.js/.test(script.src || "")) {
    var all = d.querySelectorAll('script[src*="embed.js"]');
    script = all[all.length - 1];
  }
  var base;
  try {
    base = new URL(".", script.src);
  } catch (e) {
    return;
  }
  var origin = base.origin;
  // A page with an opaque origin (a sandboxed frame, a file:// page) cannot be sent
  // messages: its widgets get no `parent`, keep a fixed height and scroll inside instead.
  // (location.origin is the address's origin; window.origin is "null" when sandboxed.)
  var here = location.origin;
  var linked = /^https?:\/\//.test(here) && w.origin !== "null";

  // The frame's title and the line shown if it cannot load, in each language (the title as
  // the page's: i18n/<code>-page.tsv), by the placeholder's data-lang; English otherwise.
  var WORDS = {
    en: ["Crossroads: stay technical or manage?", "Crossroads did not load here. ", "Open it in a new tab", "Close"],
    de: ["Crossroads: technisch bleiben oder führen?", "Crossroads wurde hier nicht geladen. ", "In einem neuen Tab öffnen", "Schließen"],
    es: ["Crossroads: ¿seguir en lo técnico o gestionar?", "Crossroads no se cargó aquí. ", "Ábrelo en una pestaña nueva", "Cerrar"]
  };
  var PATHS = ["senior", "staff", "tlm", "em"];
  var VERDICTS = ["clear", "leaning", "too-close"];
  var SIDES = ["technical", "management"];
  var frames = []; // {frame, el, id}
  var count = 0;
  var fragmentGiven = false;

  function attr(el, name) {
    return el.getAttribute("data-" + name);
  }

  // The query options for one placeholder; each only when set and valid.
  function options(el) {
    var q = "";
    var theme = attr(el, "theme");
    if (theme === "light" || theme === "dark") q += "&theme=" + theme;
    var accent = attr(el, "accent");
    if (accent && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) q += "&accent=" + accent.slice(1);
    var compact = attr(el, "compact");
    if (compact === "" || compact === "true") q += "&compact=1";
    if (attr(el, "start") === "questions") q += "&start=questions";
    if (attr(el, "background") === "transparent") q += "&bg=transparent";
    if (attr(el, "share") === "page") {
      q += "&share=page&page=" + encodeURIComponent(location.href.split("#")[0]);
    }
    return q;
  }

  // In share-to-page mode, a `#crossroads=…` on this page opens that result in the
  // first such widget (only one, so two widgets never both open it).
  function fragment(el) {
    if (fragmentGiven || attr(el, "share") !== "page") return "";
    var m = /(?:^#|&)crossroads=([A-Za-z0-9_.-]+)/.exec(location.hash);
    if (!m) return "";
    fragmentGiven = true;
    return "#crossroads=" + m[1];
  }

  // What a frame for this element loads: the page, its language and the options.
  function place(el) {
    // With result events, the frame shows the page that tells the reader what this page
    // receives (receives-summary.html or receives-link.html): the widget sends only what
    // its own page says, so no option here can make it send more than the reader is told.
    var events = attr(el, "result-events");
    if (events !== "summary" && events !== "link") events = "";
    // data-lang="de" or "es": that language's page (its own folder), kept whatever the
    // reader's browser prefers; without it, the widget follows the reader.
    var lang = attr(el, "lang");
    lang = /^(en|de|es)$/.test(lang) ? lang : "";
    var folder = lang && lang !== "en" ? lang + "/" : "";
    return {
      events: events,
      words: WORDS[lang || "en"],
      folder: folder,
      page: base.href + folder + (events ? "receives-" + events : "index") + ".html?embed=1" + (lang ? "&lang=" + lang : ""),
      options: options(el)
    };
  }

  // One frame. A fixed one (in a dialog) keeps its size and scrolls inside; the others
  // follow their content's height, as the widget tells them.
  function makeFrame(el, p, fixed) {
    var id = String(++count);
    var frame = d.createElement("iframe");
    frame.title = p.words[0];
    frame.setAttribute("allow", "clipboard-write; web-share");
    frame.src =
      p.page + (linked ? "&parent=" + encodeURIComponent(here) : "") + "&id=" + id + p.options +
      (fixed ? "&frame=fixed" : "") + fragment(el);
    var f = { frame: frame, el: el, id: id, ready: false, events: p.events, words: p.words, folder: p.folder };
    frames.push(f);
    return f;
  }

  // A frame whose page or start-up script cannot load (broken deploy, blocked, no CORS) never says it
  // is ready: 15 s after it started loading (now if near the viewport, else once its page
  // loaded), offer the widget in a tab of its own.
  function watchLoad(f, now) {
    if (!linked) return;
    var wait = function () {
      if (!f.ready && !f.timer) f.timer = setTimeout(function () { stalled(f); }, 15000);
    };
    f.frame.addEventListener("load", wait);
    if (now) wait();
  }

  function mount(el) {
    el.setAttribute("data-crossroads-mounted", "");
    var mode = attr(el, "mode");
    if (mode === "popup" || mode === "panel") return opener(el);
    var h = Number(attr(el, "height"));
    var reserved = h > 0 && h < 100000 ? Math.ceil(h) : 560;
    var f = makeFrame(el, place(el), false);
    var frame = f.frame;
    frame.setAttribute("loading", "lazy");
    if (linked) frame.setAttribute("scrolling", "no");
    size(frame, reserved + "px");
    el.appendChild(frame);
    watchLoad(f, frame.getBoundingClientRect().top < 2 * w.innerHeight);
  }

  // ---- Popup and side panel: one dialog per kind of frame, made on the first open and kept
  // (the reader's place with it); every opener of the same kind shares it.
  var dialogs = {};
  var narrow = w.matchMedia("(max-width: 640px)");
  var still = w.matchMedia("(prefers-reduced-motion: reduce)");

  // Inline and important, the one way a host's stylesheet cannot undo them.
  function css(el, rules) {
    el.style.cssText = rules.replace(/;/g, "!important;");
  }

  // A frame the full width of its box, at this height: so that a host stylesheet's
  // `iframe { ... !important }` cannot squeeze it.
  function size(frame, height) {
    css(frame, "display:block;width:100%;min-height:0;max-height:none;margin:0;padding:0;border:0;height:" + height + ";");
  }

  function opener(el) {
    if (!w.HTMLDialogElement) return; // a link then opens the widget's page, as with no script
    el.setAttribute("aria-haspopup", "dialog");
    el.addEventListener("click", function (e) {
      // A link's own ways stay: another tab, a window, a download.
      if (el.href && (e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)) return;
      e.preventDefault();
      open(el);
    });
    el.crossroads = {
      open: function () { open(el); },
      close: function () { each(shut); }
    };
  }

  function dialogFor(el) {
    var p = place(el);
    var key = p.page + p.options;
    var b = dialogs[key];
    // Still in the page (a site that swaps its body between pages drops it with the rest).
    if (b && b.dialog.isConnected) return b;
    var dialog = d.createElement("dialog");
    var panel = d.createElement("div");
    var close = d.createElement("button");
    var f = makeFrame(el, p, true);
    dialog.setAttribute("aria-label", p.words[0]);
    close.type = "button";
    close.setAttribute("aria-label", p.words[3]);
    close.textContent = "\u00d7";
    size(f.frame, "auto;flex:1");
    panel.appendChild(close);
    panel.appendChild(f.frame);
    dialog.appendChild(panel);
    b = dialogs[key] = { dialog: dialog, panel: panel, close: close, f: f, theme: attr(el, "theme") };
    f.box = b;
    close.addEventListener("click", function () { shut(b); });
    // A press on the dimmed page around it closes it: pressed and released there, and not
    // the second click of a double-click on the opener.
    var down;
    dialog.addEventListener("pointerdown", function (e) { down = e.target === dialog; });
    dialog.addEventListener("click", function (e) { if (e.target === dialog && down && e.detail < 2) shut(b); });
    // However it closed (Escape in the host's page too): the page as it was, focus back.
    dialog.addEventListener("close", function () { closed(b); });
    css(dialog, "display:none;");
    d.body.appendChild(dialog);
    watchLoad(f, true);
    return b;
  }

  // The look for this size of screen, when it opens: a centred box, a panel from the right,
  // or the whole screen on a narrow one (their sizes are relative, so a later resize or a
  // turned phone still fits).
  function lay(b) {
    var full = narrow.matches;
    var side = b.mode === "panel";
    var dark = b.theme === "dark" || (b.theme !== "light" && w.matchMedia("(prefers-color-scheme: dark)").matches);
    css(b.dialog,
      "display:flex;position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;" +
      "background:rgba(16,21,27,.6);justify-content:" + (side ? "end" : "center") + ";align-items:" + (side || full ? "stretch" : "center") + ";");
    css(b.panel,
      "display:flex;flex-direction:column;margin:0;padding:0;border:0;overflow:hidden;color-scheme:" +
      (dark ? "dark;background:#16181c;color:#e8e6e1" : "light;background:#fbfaf7;color:#1f2328") + ";border-radius:" + (full || side ? 0 : 12) + "px;" +
      "width:" + (full ? "100%" : side ? "min(520px,100%)" : "min(760px,100% - 32px)") + ";" +
      "height:" + (full || side ? "100%" : "min(900px,100% - 32px)") + ";");
    css(b.close,
      "display:block;align-self:end;width:44px;height:44px;margin:4px;padding:0;border:0;border-radius:8px;background:none;" +
      "color:inherit;font:28px/44px system-ui,sans-serif;cursor:pointer;");
  }

  function open(el) {
    var b = dialogFor(el);
    if (b.dialog.open) return;
    b.opener = el;
    b.f.el = el;
    b.mode = attr(el, "mode"); // "popup" or "panel", as mount() found it
    lay(b);
    b.dialog.showModal();
    hold(true);
    b.f.frame.focus();
    if (!still.matches) {
      b.panel.animate(b.mode === "panel" ? { transform: ["translateX(100%)", "none"] } : { opacity: [0, 1] }, 200);
    }
    emit(el, "open", {});
  }

  function shut(b) {
    if (b.dialog.open) b.dialog.close();
  }

  function each(f) {
    for (var key in dialogs) f(dialogs[key]);
  }

  // The page behind stays where it is while any dialog is open: the host's own value of
  // `overflow` on <html> is kept and given back when the last one closes.
  var held;
  function hold(on) {
    var root = d.documentElement.style;
    var open = false;
    each(function (o) { open = open || o.dialog.open; });
    if (on && held === undefined) {
      held = root.overflow;
      root.setProperty("overflow", "hidden", "important");
    } else if (!on && !open && held !== undefined) {
      root.setProperty("overflow", held);
      held = undefined;
    }
  }

  function closed(b) {
    if (b.dialog.open) return; // opened again before this close event came
    css(b.dialog, "display:none;");
    hold(false);
    b.opener.focus();
    emit(b.opener, "close", {});
  }

  function stalled(f) {
    if (f.ready || f.note) return;
    var note = d.createElement("p");
    note.setAttribute("data-crossroads-fallback", "");
    note.appendChild(d.createTextNode(f.words[1]));
    var a = d.createElement("a");
    a.href = base.href + f.folder + "index.html";
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = f.words[2];
    note.appendChild(a);
    f.note = note;
    if (f.box) {
      // In the dialog's colours, whatever the host's rules for paragraphs and links.
      css(note, "margin:0;padding:12px;color:inherit;");
    }
    (f.box ? f.box.panel : f.el).appendChild(note);
  }

  function scan() {
    var found = d.querySelectorAll("[data-crossroads]:not([data-crossroads-mounted])");
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }

  function isCount(n) {
    return typeof n === "number" && n >= 0 && n <= 200 && Math.floor(n) === n;
  }

  function emit(el, name, detail) {
    el.dispatchEvent(new CustomEvent("crossroads:" + name, { bubbles: true, detail: detail }));
  }

  // The one listener: only this loader's frames, only from the widget's origin, only
  // well-formed messages. Anything else is ignored without a word.
  w.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.source) return;
    var f;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].frame.contentWindow === e.source) f = frames[i];
    }
    var m = e.data;
    if (!f || !m || typeof m !== "object" || m.source !== "crossroads" || m.v !== 1 || m.id !== f.id) {
      return;
    }
    var t = m.type;
    if (f.box) {
      // A frame in a dialog keeps its size; the reader's Escape inside it closes the dialog.
      if (t === "close") shut(f.box);
      if (t === "height" || t === "scroll" || t === "close") return;
    }
    if (t === "height") {
      var h = m.height;
      if (typeof h === "number" && isFinite(h) && h > 0 && h < 100000) {
        f.frame.style.setProperty("height", Math.ceil(h) + "px", "important");
      }
    } else if (t === "ready") {
      f.ready = true;
      clearTimeout(f.timer);
      if (f.note) f.note.parentNode.removeChild(f.note);
      f.note = null;
      emit(f.el, t, {});
    } else if (t === "progress") {
      if (isCount(m.answered) && isCount(m.total) && m.answered <= m.total) {
        emit(f.el, t, { answered: m.answered, total: m.total });
      }
    } else if (t === "complete") {
      // Exactly the fields this frame's page announces to the reader, each well-formed, and
      // by default none at all.
      var detail = {};
      var link = m.link;
      if (f.events) {
        if (PATHS.indexOf(m.path) < 0 || VERDICTS.indexOf(m.verdict) < 0) return;
        if (SIDES.indexOf(m.side) < 0 || VERDICTS.indexOf(m.sideVerdict) < 0) return;
        detail.path = m.path;
        detail.verdict = m.verdict;
        detail.side = m.side;
        detail.sideVerdict = m.sideVerdict;
      }
      if (f.events === "link") {
        if (typeof link !== "string" || link.length > 2000 || !/^https?:\/\//.test(link)) return;
        detail.link = link;
      }
      emit(f.el, t, detail);
    } else if (t === "scroll") {
      if (f.frame.getBoundingClientRect().top < 0) {
        f.frame.scrollIntoView({ block: "start", behavior: still.matches ? "auto" : "smooth" });
      }
    }
  });

  w[GUARD] = scan;
  scan();
  // An async script may run before the rest of the page is parsed.
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", scan);
})();
