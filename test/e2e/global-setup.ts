import { rmSync } from 'node:fs';
import { REQUEST_LOG } from './fixtures';

export default function setup(): void {
  rmSync(REQUEST_LOG, { force: true });
}
