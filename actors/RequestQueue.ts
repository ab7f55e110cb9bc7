/**
 * A FIFO queue backed by an array with a moving head: O(1) push and shift, and the consumed
 * prefix is dropped once it is at least half the array, so memory stays proportional to the
 * queue's length. Servers keep one in their context and mutate it in place.
 */
export class RequestQueue<T> {
  private items: T[] = [];
  private head = 0;

  /** Number of queued items. */
  get length(): number {
    return this.items.length - this.head;
  }

  /** Appends an item at the tail. */
  push(item: T): void {
    this.items.push(item);
  }

  /** The item at the head, without removing it. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  /** Removes and returns the item at the head. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.head++;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
