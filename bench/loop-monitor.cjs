// Loaded into the language server's process by the benchmark (`node --require bench/loop-monitor.cjs dist/server.js
// --stdio`, see lsp-client.ts), never by the extension: a timer due every millisecond sees how late it runs, which is
// how long the server's event loop, and so its message loop, was blocked. Each block of 10 ms or more is written with
// the time it ended (milliseconds since the epoch) to the file SMTP_LENS_LOOP_FILE names, when the process exits.
'use strict';
const { writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

const file = process.env.SMTP_LENS_LOOP_FILE;
if (file) {
  const blocks = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const blocked = now - last - 1;
    if (blocked >= 10) blocks.push([performance.timeOrigin + now, blocked]);
    last = now;
  }, 1).unref();
  process.on('exit', () => writeFileSync(file, JSON.stringify(blocks)));
}
