import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AnswersInFlight } from './answers-in-flight';

const answer = () => {
  const response = new EventEmitter();
  return { response: response as unknown as ServerResponse, close: () => response.emit('close') };
};

const settledWithin = async (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

describe('AnswersInFlight', () => {
  it('is done at once when nothing is being made', async () => {
    expect(await settledWithin(new AnswersInFlight().ended(10_000), 20)).toBe(true);
  });

  it('waits for the answers begun before, not for those begun after', async () => {
    const answers = new AnswersInFlight();
    const first = answer();
    const second = answer();
    answers.track(first.response);
    answers.track(second.response);
    const ended = answers.ended(10_000);
    const later = answer();
    answers.track(later.response);

    second.close();
    expect(await settledWithin(ended, 20)).toBe(false);
    first.close();
    expect(await settledWithin(ended, 20)).toBe(true);
    expect(answers.size).toBe(1);
  });

  it('stops waiting after the given time', async () => {
    const answers = new AnswersInFlight();
    answers.track(answer().response);
    expect(await settledWithin(answers.ended(30), 10)).toBe(false);
    expect(await settledWithin(answers.ended(30), 100)).toBe(true);
  });

  it('since a moment: nothing to wait for when nothing was being made then or begun since', async () => {
    const answers = new AnswersInFlight();
    const quiet = answers.mark();
    expect(await answers.endedSince(quiet, 10_000)).toBe(false);

    const begunAfter = answer();
    answers.track(begunAfter.response);
    const ended = answers.endedSince(quiet, 10_000);
    expect(await settledWithin(ended, 20)).toBe(false);
    begunAfter.close();
    expect(await ended).toBe(true);
  });

  it('since a moment: waits for an answer that was being made then', async () => {
    const answers = new AnswersInFlight();
    const open = answer();
    answers.track(open.response);
    const busy = answers.mark();
    const ended = answers.endedSince(busy, 10_000);
    expect(await settledWithin(ended, 20)).toBe(false);
    open.close();
    expect(await ended).toBe(true);
  });
});
