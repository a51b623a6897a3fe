// Reads the parts of a WebAssembly module that the bench's size breakdown looks at
// (wasm-contributors.mjs): the function bodies' sizes, their names (the name section, kept
// by `wasm-opt -g`) and the data segments. It buys no budget.

export function readModule(buf) {
  let p = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[p++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  // `p += leb()` would add to the old `p`: read the length first.
  const skip = () => {
    const len = leb();
    p += len;
  };
  const skipLimits = () => {
    const flags = buf[p++];
    leb();
    if (flags & 1) leb();
  };
  const skipConstExpr = () => {
    while (buf[p] !== 0x0b) p++;
    p++;
  };
  let imported = 0; // imported functions come first in the function index space
  const bodies = [];
  const data = [];
  const names = new Map();
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const end = p + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        skip(); // module
        skip(); // name
        const kind = buf[p++];
        if (kind === 0) {
          leb();
          imported++;
        } else if (kind === 1) {
          p++; // element type
          skipLimits();
        } else if (kind === 2) skipLimits();
        else if (kind === 3) p += 2;
        else if (kind === 4) {
          p++;
          leb();
        }
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        bodies.push(len);
        p += len;
      }
    } else if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const flags = leb();
        if (flags === 2) leb();
        if (flags !== 1) skipConstExpr();
        const len = leb();
        data.push(buf.subarray(p, p + len));
        p += len;
      }
    } else if (id === 0) {
      const nameLen = leb();
      const name = buf.toString('utf8', p, p + nameLen);
      p += nameLen;
      if (name === 'name') {
        while (p < end) {
          const sub = buf[p++];
          const subEnd = leb() + p;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) {
              const index = leb();
              const len = leb();
              names.set(index, buf.toString('utf8', p, p + len));
              p += len;
            }
          }
          p = subEnd;
        }
      }
    }
    p = end;
  }
  return { imported, bodies, data, names };
}
