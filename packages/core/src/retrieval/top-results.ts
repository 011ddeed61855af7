/**
 * The best `limit` items seen so far, best first: a short sorted array, since `limit` is small
 * (5 similar tickets, 10 articles) and most candidates are turned away by one comparison.
 */
export class TopResults<Item> {
  readonly items: Item[] = [];

  constructor(
    private readonly limit: number,
    /** Negative when `left` ranks before `right`. */
    private readonly compare: (left: Item, right: Item) => number,
  ) {}

  /** The score a newcomer must beat once the list is full; `-Infinity` until then. */
  threshold(score: (item: Item) => number): number {
    return this.items.length < this.limit ? Number.NEGATIVE_INFINITY : score(this.items[this.items.length - 1]!);
  }

  offer(item: Item): void {
    if (this.limit <= 0) return;
    const last = this.items[this.items.length - 1];
    if (this.items.length === this.limit && last !== undefined && this.compare(item, last) >= 0) return;
    let position = this.items.length;
    while (position > 0 && this.compare(item, this.items[position - 1]!) < 0) position -= 1;
    this.items.splice(position, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }
}
