// Who is who in a note: the attendance line at its top ("Aanwezig: mw. Bakker (moeder), Sem (9),
// S. Kok (wijkteam)"; "Present: Kerry Mills (Mum), Dan Price (SW)") names the professionals, and
// their names then stand for a professional everywhere in the note. "- Dan to chase the grant"
// is a colleague's task, not an order to a parent; without the line the engine cannot tell a
// worker's first name from a parent's. The words are data (rules/<lang>/lexicon/attendance.json).

export interface AttendanceWords {
  /** Words that open the line, before its colon ("Aanwezig", "Present"). */
  headers: readonly string[];
  /** Words that name a professional role ("wijkteam", "SW", "ondergetekende"). */
  roles: readonly string[];
  /** Endings of compound role words ("pleegzorgbegeleider", "youth worker"). */
  roleEndings: readonly string[];
  /** Words of a name that are not the name itself ("mw.", "Mr", "de"). */
  honorifics: readonly string[];
  /** Family roles: an item with one is the family's, whatever else it says ("Dad (works as a youth worker)"). */
  family: readonly string[];
}

/** At most this many characters of the note are read for attendance lines: they stand at its top, and a huge paste costs nothing more. */
const READ_CHARS = 4_000;

const itemWords = (text: string) => text.split(/[\s,/]+/).map((word) => word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}'.-]+$/gu, '')).filter(Boolean);

/** The parts of a list, split at commas, semicolons, "en"/"and"/"&" outside brackets. */
function items(list: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < list.length; at++) {
    const char = list[at];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === ',' || char === ';')) {
      found.push(list.slice(start, at));
      start = at + 1;
    }
  }
  found.push(list.slice(start));
  return found.flatMap((item) => item.split(/\s+(?:en|and|&)\s+(?![^(]*\))/i)).map((item) => item.trim()).filter(Boolean);
}

/** The text up to its first sentence end; the dot of "mw." or an initial ("T. de Wit") is none. */
function firstSentence(text: string, honorifics: ReadonlySet<string>): string {
  for (const end of text.matchAll(/(\S+)[.!?]\s+(?=\p{Lu})/gu)) {
    const word = (end[1] ?? '').toLowerCase().replace(/^[^\p{L}]+/u, '');
    if (word.length <= 2 || honorifics.has(word) || honorifics.has(`${word}.`)) continue;
    return text.slice(0, (end.index ?? 0) + (end[1] ?? '').length);
  }
  return text;
}

/** Who the note's attendance lines name, by lower-case name word. */
export interface NotePeople {
  professionals: ReadonlySet<string>;
  family: ReadonlySet<string>;
}

/** The lines of the note's top that could be attendance lines (a colon within 40 characters): all notePeople reads, so a keystroke elsewhere needs no new reading. */
export function attendanceCandidates(text: string): string {
  return text
    .slice(0, READ_CHARS)
    .split('\n')
    .filter((line) => {
      const colon = line.indexOf(':');
      return colon >= 0 && colon <= 40;
    })
    .join('\n');
}

/** The names of the professionals and of the family on the note's attendance lines. */
export function notePeople(text: string, vocabularies: readonly AttendanceWords[]): NotePeople {
  const names = new Set<string>();
  const family = new Set<string>();
  if (vocabularies.length === 0) return { professionals: names, family };
  const headers = new Set(vocabularies.flatMap((words) => words.headers));
  const roles = new Set(vocabularies.flatMap((words) => words.roles));
  const endings = vocabularies.flatMap((words) => words.roleEndings);
  const honorifics = new Set(vocabularies.flatMap((words) => words.honorifics));
  const familyWords = new Set(vocabularies.flatMap((words) => words.family));
  // "Aanwezig bij het evaluatiegesprek:", "Present at the meeting:": a header word and what follows it.
  const isHeader = (head: string) => headers.has(head) || [...headers].some((header) => header.length > 3 && head.startsWith(`${header} `));
  const isRoleWord = (word: string) => roles.has(word) || endings.some((ending) => word.length > ending.length && word.endsWith(ending));
  const isRole = (part: string) => itemWords(part).some(isRoleWord);
  const nameWords = (part: string) =>
    part
      .split(/[\s,]+/)
      .filter((word) => /^\p{Lu}/u.test(word) && !/^\p{Lu}\.?$/u.test(word))
      .map((word) => word.toLowerCase().replace(/[^\p{L}'-]+$/u, ''))
      .filter((word) => word.length > 1 && !honorifics.has(word) && !isRoleWord(word));
  /** The names of a professional's item, or null for anyone else's. */
  const professionalIn = (inside: string, outside: string): string[] | null => {
    if (itemWords(`${outside} ${inside}`).some((word) => familyWords.has(word))) return null;
    // "Dan Price (SW)", "Mr Hughes (Head of Year)": the role in brackets, the name before it; "me (Hannah, SW)": the name in them.
    // Only a part of the brackets that is not itself the role names someone ("(pleegzorgbegeleider Kompaan)" names where she works).
    if (inside && isRole(inside)) return nameWords(outside).length > 0 ? nameWords(outside) : inside.split(',').filter((part) => !isRole(part)).flatMap(nameWords);
    // "SW (Rachel Dunn)", "DSL from St Mary's (Mr Lewis)": the name in brackets; "HV Joanne Price": after the role.
    if (isRole(outside)) return inside ? nameWords(inside) : nameWords(outside);
    return null;
  };
  for (const line of text.slice(0, READ_CHARS).split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || colon > 40 || !isHeader(line.slice(0, colon).trim().toLowerCase().replace(/^[-•*]\s*/, ''))) continue;
    // The list ends with its sentence: "Present: ..., Sophie Lane (SW). No interpreter needed."
    const list = firstSentence(line.slice(colon + 1), honorifics);
    for (const item of items(list)) {
      const inside = /\(([^)]*)\)/.exec(item)?.[1] ?? '';
      const outside = item.replace(/\([^)]*\)/g, ' ');
      const named = professionalIn(inside, outside);
      for (const name of named ?? [...nameWords(outside), ...nameWords(inside)]) (named ? names : family).add(name);
    }
  }
  // A surname the family shares with a worker ("Michelle Dunn (Mum)", "Rachel Dunn (SW)") stays the family's.
  for (const name of family) names.delete(name);
  return { professionals: names, family };
}

/** A tagged word, as the taggers hold them. */
interface TaggedWord {
  text: string;
  normal: string;
  tags: Set<string>;
}

/** Tags a person word takes from the lexicon that a professional's name must not keep. */
const FAMILY_TAGS = ['Parent', 'Family', 'Name', 'FirstName', 'Subject', 'CoSubject', 'ThirdPerson'];

/**
 * The note's people marked in a sentence, before the tagger finds subjects: a professional's
 * name is #Professional and nothing of the family's; a family member's name gets the tag the
 * language gives a person's name (`familyTag`), also where the tagger could not tell it from
 * a word ("- Lewis: provide a sample").
 */
export function markNotePeople(terms: readonly TaggedWord[], people: NotePeople, familyTag: string): void {
  for (const term of terms) {
    // Only a name as written: "Will Turner (SW)" names no "will" in "Mum will collect the forms".
    if (!/^\p{Lu}/u.test(term.text)) continue;
    if (people.professionals.has(term.normal)) {
      for (const tag of FAMILY_TAGS) term.tags.delete(tag);
      term.tags.add('Professional');
    } else if (people.family.has(term.normal)) term.tags.add(familyTag);
  }
}
