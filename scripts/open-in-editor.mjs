#!/usr/bin/env node
// Try the extension in a real VS Code on the bundled example backend: package the .vsix,
// install it into a fresh code-server (VS Code's server and web workbench, on loopback only) and
// print the URL to open. The workbench opens with an example file, its findings underlined, the
// Problems panel and the Perf Coach findings view filled (scripts/editor-demo/). Ctrl+C stops it.
//
//   npm run editor                      (examples/)
//   node scripts/open-in-editor.mjs <folder>
//
// On a desktop VS Code instead: `npm run package:vsix` and `code --install-extension perf-coach-<version>-<target>.vsix`.
import path from 'node:path';
import { startEditorDemo } from './editor-demo/start.mjs';

const demo = await startEditorDemo({ folder: process.argv[2] });
const opened = demo.file
  ? `It opens ${demo.file.path} at line ${demo.file.line}, scans the folder and lists the findings in the
Problems panel and the Perf Coach view. Hover a squiggle for why it costs; "Explain this pattern"
opens the explainer.`
  : `It scans ${path.basename(demo.folder)}/ and lists the findings in the Perf Coach view (activity bar);
open any .js or .ts file to see its findings underlined.`;
console.log(`\nPerf Coach is running in VS Code at:\n\n  ${demo.url}\n\n${opened}\nCtrl+C stops the server.`);
await new Promise(() => {}); // until Ctrl+C (code-server.mjs stops the server on exit)
