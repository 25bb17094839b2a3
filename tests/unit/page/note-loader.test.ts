// @vitest-environment happy-dom
// The loader a switched-on page loads: it asks for the note script once, at once on the
// user's first focus in something editable, else after load when the page shows something a
// note could be typed in and the browser is idle; never on a page without one, never for a
// focus the page dispatched itself. happy-dom marks no event trusted, so the user's own
// focus is marked by hand (what a page can forge is the e2e tests' part).
import { afterEach, describe, expect, it } from 'vitest';
import { startNoteLoader } from '../../../lib/page/note-loader';

let stop: AbortController | null = null;
afterEach(() => {
  stop?.abort();
  stop = null;
  document.body.replaceChildren();
});

function loader() {
  const record = { requests: 0 };
  stop = new AbortController();
  startNoteLoader({ doc: document, request: async () => void record.requests++, signal: stop.signal, afterLoadMs: 0 });
  return record;
}

/** After the loader's timer and idle step (or their stand-ins) ran. */
const settled = () => new Promise<void>((resolve) => setTimeout(() => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => resolve()) : setTimeout(resolve, 0)), 5));

function focusIn(element: Element, trusted: boolean) {
  const event = new FocusEvent('focusin', { bubbles: true, composed: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

describe('startNoteLoader', () => {
  it('asks for the note script once the page shows a field, after load and when idle', async () => {
    document.body.append(document.createElement('textarea'));
    const record = loader();
    expect(record.requests).toBe(0);
    await settled();
    expect(record.requests).toBe(1);
    focusIn(document.querySelector('textarea') as Element, true);
    await settled();
    expect(record.requests).toBe(1);
  });

  it('never asks on a page with nothing a note could be typed in', async () => {
    document.body.append(document.createElement('p'));
    const record = loader();
    await settled();
    await settled();
    expect(record.requests).toBe(0);
  });

  it("asks at once on the user's first focus in an editable element, also one added later", async () => {
    const record = loader();
    await settled();
    expect(record.requests).toBe(0);
    const region = document.createElement('div');
    region.contentEditable = 'true';
    const inside = document.createElement('span');
    region.append(inside);
    document.body.append(region);
    focusIn(inside, true);
    expect(record.requests).toBe(1);
  });

  it('is not woken by a focus the page dispatched itself, nor by a focus on a button', async () => {
    const record = loader();
    await settled();
    const region = document.createElement('div');
    region.contentEditable = 'true';
    const button = document.createElement('button');
    document.body.append(button);
    focusIn(button, true);
    document.body.append(region);
    focusIn(region, false);
    expect(record.requests).toBe(0);
  });

  it('does nothing after it is stopped, and survives a background that cannot answer', async () => {
    document.body.append(document.createElement('textarea'));
    stop = new AbortController();
    let requests = 0;
    startNoteLoader({ doc: document, request: () => (requests++, Promise.reject(new Error('Extension context invalidated.'))), signal: stop.signal, afterLoadMs: 0 });
    stop.abort();
    await settled();
    expect(requests).toBe(0);
    const again = new AbortController();
    startNoteLoader({ doc: document, request: () => (requests++, Promise.reject(new Error('Extension context invalidated.'))), signal: again.signal, afterLoadMs: 0 });
    await settled();
    again.abort();
    expect(requests).toBe(1);
  });
});
