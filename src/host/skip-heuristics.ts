/**
 * Which texts are not source a person edits, so the editor and the scan skip them with a reason.
 * One unit everywhere: a file's size is its UTF-8 bytes (what the scan's `fstat` sees and what
 * `perfCoach.maxFileSize` counts in kB of 1,000 bytes), whichever way the text arrived.
 * The other two tests must not skip real code: one long comment or string line is not
 * "minified" (only code characters count), and one stray NUL is not "binary" (it takes a share of
 * control characters).
 */
export const tooLarge = (maxBytes: number) => `larger than ${Math.round(maxBytes / 1000)} kB (perfCoach.maxFileSize)`;

/** Size of the text as UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: 4 bytes for 2 code units.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

const BINARY_SAMPLE = 4096;
/** Share of control (or undecodable) characters above which a text is binary. */
const BINARY_SHARE = 0.1;
const MINIFIED_SAMPLE = 100_000;
/** Code characters per line of code above which a file is minified. */
const MINIFIED_LINE = 500;

export function reasonToSkip(text: string, maxBytes: number): string | undefined {
  // Characters never outnumber bytes, and a character is at most 3 bytes.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) return tooLarge(maxBytes);
  if (looksBinary(text)) return 'looks binary';
  if (looksMinified(text)) return 'looks minified (very long lines)';
  return undefined;
}

/** More than a tenth of the first 4 kB is control characters (C0 other than whitespace, DEL, C1) or U+FFFD. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_SAMPLE);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 11) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) odd++;
  }
  return n > 0 && odd / n > BINARY_SHARE;
}

/**
 * In the first 100 kB, lines of code are over 500 code characters long on average. Comments and
 * the contents of strings and templates are not code: a licence banner on one line or an embedded
 * base64 image does not make a file minified.
 */
export function looksMinified(text: string): boolean {
  const n = Math.min(text.length, MINIFIED_SAMPLE);
  let code = 0;
  let codeLines = 0;
  let lineHasCode = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (lineHasCode) codeLines++;
      lineHasCode = false;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? n : end) - 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop && j < n; j++) if (text.charCodeAt(j) === 10) {
        if (lineHasCode) codeLines++;
        lineHasCode = false;
      }
      i = stop - 1;
    } else if (c === 34 || c === 39 || c === 96) {
      // The quotes count as code, the contents do not; a line break ends a runaway string.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === c || (d === 10 && c !== 96)) break;
        else j++;
      }
      code += 2;
      lineHasCode = true;
      if (text.charCodeAt(j) === 10) j--;
      i = j;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      code++;
      lineHasCode = true;
    }
  }
  if (lineHasCode) codeLines++;
  return code > 5_000 && code / Math.max(codeLines, 1) > MINIFIED_LINE;
}
