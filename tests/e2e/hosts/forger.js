// A frame from another origin than the widget's pretends to be it.
parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'height', height: 5 }, '*');
parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'ready' }, '*');
parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'complete', path: 'em', verdict: 'clear', link: 'https://evil.example/' }, '*');
document.title = 'forger done';
