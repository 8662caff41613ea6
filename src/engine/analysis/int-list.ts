/** A growable list of 32-bit integers: off the JS heap, so large graphs add little GC work. */
export class IntList {
  private items: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.items = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): number {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length] = value;
    return this.length++;
  }

  get(index: number): number {
    return this.items[index]!;
  }

  set(index: number, value: number): void {
    this.items[index] = value;
  }

  /** A view of the items pushed so far (shares memory until the next growth). */
  view(): Int32Array {
    return this.items.subarray(0, this.length);
  }
}
