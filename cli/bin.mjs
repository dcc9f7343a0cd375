#!/usr/bin/env node
// `npx clientele ...` inside a checkout of the repository (after `npm install`): runs the
// TypeScript sources through tsx's loader, so the CLI is always the code of the checkout and no
// build step can go stale. tsx is a devDependency; see cli/README.md.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
(await import('./native-bindings.ts')).removeTempFoldersOnSignal();
process.exitCode = await main(process.argv.slice(2));
