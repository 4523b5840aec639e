#!/usr/bin/env node
import './check-node.js';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The command's modules (TypeScript, types stripped at every start) and compromise are read compiled
// from Node's on-disk cache after the first run: about 0.3 s less CPU per command. The analysis worker
// threads use the same cache (core/analyze/pool.ts); a cache or a refusal the user set is kept.
if (process.env.NODE_COMPILE_CACHE === undefined && process.env.NODE_DISABLE_COMPILE_CACHE === undefined)
  enableCompileCache?.(join(tmpdir(), 'framescope-compile-cache'));

const { main } = await import('../core/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
