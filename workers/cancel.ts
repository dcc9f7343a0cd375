/** Shared flag between the API call that started work and the cancel() call that stops it. */
export interface CancelToken {
  cancelled: boolean;
  check?: () => void;
}

export class CancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancelToken): void {
  if (token.cancelled) throw new CancelledError();
}
