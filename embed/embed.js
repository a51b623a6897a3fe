/*! Crossroads embed loader. On any page:
 *   <div data-crossroads></div>
 *   <script src="https://HOST/PATH/embed.js" async></script>
 * Options as data- attributes on the placeholder: see docs/embedding.md.
 * Plain JavaScript, no dependencies. It adds one iframe inside each placeholder and one
 * message listener to the window, nothing else: no styles, no globals but a load guard. */
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
    en: ["Crossroads: stay technical or manage?", "Crossroads did not load here. ", "Open it in a new tab"],
    de: ["Crossroads: technisch bleiben oder führen?", "Crossroads wurde hier nicht geladen. ", "In einem neuen Tab öffnen"],
    es: ["Crossroads: ¿seguir en lo técnico o gestionar?", "Crossroads no se cargó aquí. ", "Ábrelo en una pestaña nueva"]
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

  function mount(el) {
    el.setAttribute("data-crossroads-mounted", "");
    var id = String(++count);
    // With result events, the frame shows the page that tells the reader what this page
    // receives (receives-summary.html or receives-link.html): the widget sends only what
    // its own page says, so no option here can make it send more than the reader is told.
    var events = attr(el, "result-events");
    if (events !== "summary" && events !== "link") events = "";
    var h = Number(attr(el, "height"));
    var reserved = h > 0 && h < 100000 ? Math.ceil(h) : 560;
    // data-lang="de" or "es": that language's page (its own folder), kept whatever the
    // reader's browser prefers; without it, the widget follows the reader.
    var lang = attr(el, "lang");
    lang = /^(en|de|es)$/.test(lang) ? lang : "";
    var words = WORDS[lang || "en"];
    var folder = lang && lang !== "en" ? lang + "/" : "";
    var frame = d.createElement("iframe");
    frame.title = words[0];
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("allow", "clipboard-write; web-share");
    if (linked) frame.setAttribute("scrolling", "no");
    // Important, so that a host stylesheet's `iframe { ... !important }` cannot squeeze it.
    frame.style.cssText =
      "width:100%!important;border:0!important;padding:0!important;display:block!important;" +
      "min-height:0!important;max-height:none!important;height:" + reserved + "px!important";
    frame.src =
      base.href +
      folder +
      (events ? "receives-" + events : "index") +
      ".html?embed=1" +
      (lang ? "&lang=" + lang : "") +
      (linked ? "&parent=" + encodeURIComponent(here) : "") +
      "&id=" + id + options(el) + fragment(el);
    var f = { frame: frame, el: el, id: id, ready: false, events: events, words: words, folder: folder };
    frames.push(f);
    el.appendChild(frame);
    // A frame whose page or start-up script cannot load (broken deploy, blocked, no CORS) never says it
    // is ready: 15 s after it started loading (now if near the viewport, else once its page
    // loaded), offer the widget in a tab of its own.
    if (linked) {
      var wait = function () {
        if (!f.ready && !f.timer) f.timer = setTimeout(function () { stalled(f); }, 15000);
      };
      frame.addEventListener("load", wait);
      if (frame.getBoundingClientRect().top < 2 * w.innerHeight) wait();
    }
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
    f.el.appendChild(note);
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
    if (t === "height") {
      var h = m.height;
      if (typeof h === "number" && isFinite(h) && h > 0 && h < 100000) {
        f.frame.style.setProperty("height", Math.ceil(h) + "px", "important");
      }
    } else if (t === "ready") {
      f.ready = true;
      clearTimeout(f.timer);
      if (f.note) f.el.removeChild(f.note);
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
        var still = w.matchMedia && w.matchMedia("(prefers-reduced-motion: reduce)").matches;
        f.frame.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
      }
    }
  });

  w[GUARD] = scan;
  scan();
  // An async script may run before the rest of the page is parsed.
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", scan);
})();
