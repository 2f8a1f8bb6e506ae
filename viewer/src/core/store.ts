/** A minimal observable state holder: views subscribe, and every change goes through set(). */
export class Store<S extends object> {
  private listeners = new Set<(state: S, prev: S) => void>();
  constructor(private state: S) {}

  get(): S {
    return this.state;
  }

  set(patch: Partial<S>): void {
    const prev = this.state;
    const next = { ...prev, ...patch };
    if (Object.keys(patch).every((k) => Object.is(prev[k as keyof S], next[k as keyof S]))) return;
    this.state = next;
    for (const fn of this.listeners) fn(next, prev);
  }

  subscribe(fn: (state: S, prev: S) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
