// "It is a condition of the safety plan that Dad leaves the property if an argument starts." →
// "I think it is important for the safety plan that Dad leaves the property if an argument
// starts." A condition the writer sets reads as an order; what the writer thinks important is
// theirs to say and claims nothing of the parent. Only the plain "It is (was) a condition /
// requirement (of ...) that ..." shape; "We have made it a requirement" gets none.
import type { Rewriter } from '../engine';

const CONDITION = /^It (is|was|will be|remains) (?:an? )(?:[a-z]+ )?(?:condition|requirement)(?: of (.+?))? that (.+)$/;

export const importantThatCondition: Rewriter = (input) => {
  const match = CONDITION.exec(input.sentence.trim());
  if (!match || match.index !== 0) return null;
  const [, verb, purpose, rest] = match as unknown as [string, string, string | undefined, string];
  const think = verb === 'was' ? 'I thought it was' : verb === 'will be' ? 'I think it will be' : 'I think it is';
  return `${think} important${purpose ? ` for ${purpose}` : ''} that ${rest}`;
};
