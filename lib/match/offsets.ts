/**
 * A list of offsets into a text, kept in a typed array that is reused from
 * one text to the next: where the matcher's scan saw the units another
 * reader asked for (figure starts), so that reader need not read the text
 * again. No allocation once it has grown to the longest text's needs.
 */
export class Offsets {
  values = new Int32Array(64);
  length = 0;

  push(offset: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = offset;
  }
}
