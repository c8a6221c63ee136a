/** Offsets ↔ ESLint-style positions (1-based lines, 1-based columns), built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private static last: LineIndex | undefined;
  private static lastText: string | undefined;

  /** The index of `text`, shared by the host and the analysis of the same text (one entry is enough). */
  static of(text: string): LineIndex {
    if (LineIndex.lastText !== text || !LineIndex.last) {
      LineIndex.last = new LineIndex(text);
      LineIndex.lastText = text;
    }
    return LineIndex.last;
  }

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.line(offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }
}
