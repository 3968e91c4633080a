import { StringDecoder } from 'node:string_decoder';

/** A line of input, or the mark of one too long to keep (its text dropped as it streamed by). */
export type InputLine = { text: string; tooLong?: undefined } | { text?: undefined; tooLong: true };

/**
 * Lines of a stream, each held to `maxChars`: readline would hold a line of
 * any length in memory, and a producer's event is never near a megabyte.
 * `\r\n` ends a line as `\n` does.
 */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxChars: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let skipping = false;
  const finish = (text: string): InputLine => (text.endsWith('\r') ? { text: text.slice(0, -1) } : { text });
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', from)) {
      if (skipping) {
        skipping = false;
        yield { tooLong: true };
      } else {
        const line = partial + text.slice(from, nl);
        partial = '';
        yield line.length > maxChars ? { tooLong: true } : finish(line);
      }
      from = nl + 1;
    }
    if (!skipping) {
      partial += text.slice(from);
      if (partial.length > maxChars) {
        partial = '';
        skipping = true;
      }
    }
  }
  partial += decoder.end();
  if (skipping) yield { tooLong: true };
  else if (partial !== '') yield partial.length > maxChars ? { tooLong: true } : finish(partial);
}
