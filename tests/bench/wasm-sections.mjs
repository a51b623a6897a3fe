// Reads the parts of a WebAssembly module that the build and the bench look at: function
// bodies and names (what the wasm is made of), data segments, tables and exports (to check
// the first part's exports after splitting), and where the code section lies. It buys no
// budget: the split (first load ≤ 100 KB) and the bench's size breakdown read through it.

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
  const skipName = () => {
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
  let imported = 0;
  const bodies = [];
  const data = [];
  const names = new Map();
  // Element type of each table (0x70 funcref, 0x6f externref), imported ones first.
  const tables = [];
  // Each export, with where its index is written (`at`) and in how many bytes (`width`).
  const exports = [];
  let code = null;
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const end = p + size;
    if (id === 2) {
      // Imports: only imported functions shift the function index space.
      for (let n = leb(); n > 0; n--) {
        skipName();
        skipName();
        const kind = buf[p++];
        if (kind === 0) {
          leb();
          imported++;
        } else if (kind === 1) {
          tables.push(buf[p++]);
          skipLimits();
        } else if (kind === 2) skipLimits();
        else if (kind === 3) p += 2;
        else if (kind === 4) {
          p++;
          leb();
        }
      }
    } else if (id === 4) {
      for (let n = leb(); n > 0; n--) {
        tables.push(buf[p++]);
        skipLimits();
      }
    } else if (id === 7) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        const name = buf.toString('utf8', p, p + len);
        p += len;
        const kind = buf[p++];
        const at = p;
        const index = leb();
        exports.push({ name, kind, index, at, width: p - at });
      }
    } else if (id === 10) {
      code = { start: p, end };
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
  return { imported, bodies, data, names, tables, exports, code };
}
