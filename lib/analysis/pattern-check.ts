// Catches the mistakes people make in match patterns before a pack is used: unbalanced
// brackets, unknown tags (a typo would silently never match) and unbounded wildcards.

export function checkPattern(pattern: string, knownTags: ReadonlySet<string>): string | null {
  const stack: string[] = [];
  const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const char of pattern) {
    if (char === '(' || char === '[' || char === '{') stack.push(char);
    else if (char in closing) {
      if (stack.pop() !== closing[char]) return `has an unmatched "${char}"`;
    }
  }
  if (stack.length > 0) return `has an unclosed "${stack[stack.length - 1]}"`;
  for (const [, tag] of pattern.matchAll(/#([A-Za-z]+)/g)) {
    if (tag && !knownTags.has(tag)) return `uses the unknown tag #${tag}; known tags: ${[...knownTags].sort().join(', ')}`;
  }
  if (/(^|\s)\.\*/.test(pattern)) return 'uses ".*"; write a bounded gap such as ".{0,6}" so matching stays fast';
  if (/\{\s*\d+\s*,\s*(\d+)\s*\}/.test(pattern)) {
    for (const [, max] of pattern.matchAll(/\{\s*\d+\s*,\s*(\d+)\s*\}/g)) {
      if (Number(max) > 12) return `allows a gap of ${max} words; at most 12 keeps findings inside one clause`;
    }
  }
  return null;
}
