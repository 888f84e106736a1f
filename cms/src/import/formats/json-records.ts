import { Readable, pipeline } from 'node:stream';
import Assembler from 'stream-json/Assembler';
import { parser } from 'stream-json';
import { ImportError } from '../source';
import { malformedJson, truncated } from './problems';
import { readText } from './read-text';

export type JsonPath = readonly (string | number)[];

/** A value the selector asked for, whole, with the name the selector gave it. */
export type JsonRecord = { name: string; value: unknown };

type Token = { name: string; value?: unknown };
type Frame = { array: boolean; index: number; key: string };

const VALUE_STARTS = new Set([
  'startObject',
  'startArray',
  'stringValue',
  'numberValue',
  'nullValue',
  'trueValue',
  'falseValue',
]);

function isToken(chunk: unknown): chunk is Token {
  return typeof chunk === 'object' && chunk !== null && 'name' in chunk && typeof chunk.name === 'string';
}

/**
 * Walks a JSON file as a token stream and assembles only the values whose path the selector names
 * (say db.0.data.posts.3): one post in memory at a time, however large the export.
 */
export async function* jsonRecords(
  file: string,
  select: (path: JsonPath) => string | undefined,
): AsyncGenerator<JsonRecord> {
  let lines = 1;
  async function* text() {
    for await (const piece of readText(file)) {
      for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) lines += 1;
      yield piece;
    }
  }
  // An error while the parser winds up after the last piece means the file stopped mid-value.
  let ended = false;
  const json = parser({ streamValues: false });
  const flush = json._flush.bind(json);
  json._flush = (callback) => {
    ended = true;
    flush(callback);
  };
  // One piece read ahead at most, so "rond regel N" is near the mistake.
  const tokens = pipeline(Readable.from(text(), { highWaterMark: 1 }), json, () => {});
  const stack: Frame[] = [];
  const path = () => stack.map((frame) => (frame.array ? frame.index : frame.key));
  const valueEnded = () => {
    const top = stack[stack.length - 1];
    if (top?.array) top.index += 1;
  };
  let assembler: Assembler | undefined;
  let name = '';

  try {
    for await (const token of tokens) {
      if (!isToken(token)) continue;
      if (!assembler && VALUE_STARTS.has(token.name)) {
        const selected = select(path());
        if (selected !== undefined) {
          assembler = new Assembler();
          name = selected;
        }
      }
      if (assembler) {
        assembler.consume({
          name: token.name,
          value: typeof token.value === 'string' ? token.value : undefined,
        });
        if (!assembler.done) continue;
        const value: unknown = assembler.current;
        assembler = undefined;
        valueEnded();
        yield { name, value };
        continue;
      }
      if (token.name === 'keyValue') {
        const top = stack[stack.length - 1];
        if (top) top.key = String(token.value);
      } else if (token.name === 'startObject' || token.name === 'startArray') {
        stack.push({ array: token.name === 'startArray', index: 0, key: '' });
      } else if (token.name === 'endObject' || token.name === 'endArray') {
        stack.pop();
        valueEnded();
      } else if (VALUE_STARTS.has(token.name)) {
        valueEnded();
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw ended ? truncated(lines, error) : malformedJson(lines, error);
  }
}
