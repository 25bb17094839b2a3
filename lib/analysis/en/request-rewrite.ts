// "Keep the food diary every day." → "Could you keep the food diary every day?": an order
// in the imperative becomes a request. A negative order ("Do not leave ...") keeps no
// sense as "Could you not ...", so it gets no rewrite.
import type { Rewriter } from '../engine';

export const asRequest: Rewriter = (input) => {
  const { sentence, focus } = input;
  const after = sentence.slice(focus.end);
  if (/^(do|don't|don’t)$/i.test(focus.text) && /^\s*(not|n't)\b/i.test(after)) return null;
  if (/^(don't|don’t|never)$/i.test(focus.text)) return null;
  // The verb of "Do not leave ...", "Never leave ...".
  if (/\b(do\s+not|don['’]?t|never)\s*$/i.test(sentence.slice(0, focus.start))) return null;
  const body = after.replace(/[.!]+\s*$/, '');
  // "could you ..., and don't let Kai ...": a negative order after it keeps no sense inside the question.
  if (/[?!]/.test(body) || /\b(?:don['’]t|do not|never)\s/i.test(body)) return null;
  // "Next steps for mum: attend the session, sort out ...": a later item of a list of orders is no sentence's start.
  if (/,\s*$/.test(sentence.slice(0, focus.start)) && /:\s*\S+(?:\s+\S+){2,}/.test(sentence.slice(0, focus.start))) return null;
  // "Please ensure ..." → "Could you ensure ...": the request replaces the "please".
  const before = sentence.slice(0, focus.start).replace(/\bplease\s+$/i, '');
  const opening = before.trim() === '' ? 'Could you' : 'could you';
  return `${before}${opening} ${focus.text.toLowerCase()}${body}?`;
};
