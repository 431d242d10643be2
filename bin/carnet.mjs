#!/usr/bin/env node
// The `carnet` command. Runs the TypeScript sources through tsx, so it works right after
// `npm install` in a clone, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCliFromProcess } = await import('../electron/cli/main.ts');
await runCliFromProcess();
