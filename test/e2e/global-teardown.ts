// Reads the request log of the whole e2e run and fails the run if any request left the origin.
import { existsSync, readFileSync } from 'node:fs';
import { REQUEST_LOG } from './fixtures';

export default function teardown(): void {
  if (!existsSync(REQUEST_LOG)) throw new Error('no request log was written');
  const lines = readFileSync(REQUEST_LOG, 'utf8').trim().split('\n').filter(Boolean);
  const entries = lines.map((l) => JSON.parse(l) as { url: string; local: boolean });
  const foreign = entries.filter((e) => !e.local);
  console.log(`request log: ${entries.length} requests in the whole e2e run, ${foreign.length} outside the page origin`);
  if (foreign.length > 0) throw new Error(`requests left the origin:\n${foreign.map((f) => f.url).join('\n')}`);
}
