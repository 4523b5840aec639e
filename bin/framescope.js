#!/usr/bin/env node
import './check-node.js';
import { enableCompileCache } from 'node:module';

// The command's modules and compromise are read compiled from Node's on-disk cache after the first
// run; the analysis worker threads use the same folder (core/compile-cache.ts says which). Imported
// once the Node version is checked: an older Node cannot read a .ts module at all.
const { compileCacheFolder, userSetCompileCache } = await import('../core/compile-cache.ts');
if (!userSetCompileCache()) enableCompileCache?.(compileCacheFolder());

const { main } = await import('../core/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
