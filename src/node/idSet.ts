// Which ids a file has used so far, in a few bytes per row: a million rows' ids must not weigh on the heap.
import fnv1a from "@sindresorhus/fnv1a";

const EMPTY = 0;
const MASK = (1n << 32n) - 1n;

/**
 * The first line of each id seen, kept as 64-bit hashes in typed arrays outside the JavaScript heap
 * (12 bytes a slot, at most half the slots full). Two different ids share a hash with a chance of
 * about n² / 2⁶⁵: for a million ids, 3 in 100 million.
 */
export class IdSet {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  #line = new Uint32Array(1024);
  #size = 0;

  /**
   * Records an id on a line, unless it was seen before.
   *
   * @param id - the id
   * @param line - the line it is on (1 or more)
   * @returns the line the id was first seen on, or undefined when it is new
   * @example
   * const ids = new IdSet();
   * [ids.add("a", 2), ids.add("b", 3), ids.add("a", 9)]
   * //=> [undefined, undefined, 2]
   */
  add(id: string, line: number): number | undefined {
    const hash = fnv1a(id, { size: 64 });
    const hi = Number(hash >> 32n);
    const lo = Number(hash & MASK);
    const mask = this.#line.length - 1;
    let slot = lo & mask;
    for (;;) {
      const seen = this.#line[slot] as number;
      if (seen === EMPTY) break;
      if (this.#hi[slot] === hi && this.#lo[slot] === lo) return seen;
      slot = (slot + 1) & mask;
    }
    this.#hi[slot] = hi;
    this.#lo[slot] = lo;
    this.#line[slot] = line;
    if (++this.#size * 2 > this.#line.length) this.#grow();
    return undefined;
  }

  #grow(): void {
    const [hi, lo, line] = [this.#hi, this.#lo, this.#line];
    const size = line.length * 2;
    this.#hi = new Uint32Array(size);
    this.#lo = new Uint32Array(size);
    this.#line = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === EMPTY) continue;
      let slot = (lo[i] as number) & mask;
      while (this.#line[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.#hi[slot] = hi[i] as number;
      this.#lo[slot] = lo[i] as number;
      this.#line[slot] = line[i] as number;
    }
  }
}
