// What a host page can see of its widgets: the DOM events on each placeholder or opener (they
// bubble, so one listener on the document hears every widget) and the raw messages.
window.__events = [];
window.__messages = [];
for (const type of ['ready', 'progress', 'complete', 'open', 'close']) {
  document.addEventListener(`crossroads:${type}`, (event) => {
    window.__events.push({ type: event.type, widget: event.target.id, detail: event.detail });
  });
}
window.addEventListener('message', (event) => {
  window.__messages.push({ origin: event.origin, data: event.data });
});
