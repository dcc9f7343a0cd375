/**
 * What the analyst typed into the action plan, by row id: the action of a row that is not a
 * segment's (a segment's action is its recommendation, shared with the value chapter), the metric
 * to watch, the owner and the due date. Kept for the visit, like every other edit.
 */
export type PlanField = 'action' | 'metric' | 'owner' | 'due';

export class PlanEdits {
  #edits = $state.raw<Record<string, Partial<Record<PlanField, string>>>>({});

  get(row: string, field: PlanField): string | undefined {
    return this.#edits[row]?.[field];
  }

  set(row: string, field: PlanField, value: string): void {
    this.#edits = { ...this.#edits, [row]: { ...this.#edits[row], [field]: value } };
  }

  resetAll(): void {
    this.#edits = {};
  }
}

export const planEdits = new PlanEdits();
