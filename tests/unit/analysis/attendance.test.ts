// Who is who in a note: the attendance line names the professionals, and their names then
// stand for a professional in the note's action list and text.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis';
import { notePeople } from '../../../lib/analysis/attendance';
import dutchWords from '../../../rules/nl/lexicon/attendance.json';
import englishWords from '../../../rules/en/lexicon/attendance.json';

const names = (line: string) => [...notePeople(line, [dutchWords, englishWords]).professionals].sort();
const family = (line: string) => [...notePeople(line, [dutchWords, englishWords]).family].sort();

describe('the professionals on an attendance line', () => {
  it.each([
    ['Present: Tanya Lowe (Mum), Ruby (6), Sam Okafor (FSW)', ['okafor', 'sam']],
    ['Present: Mum (Tanya), SW (Priya Nair), school nurse Ms Gill', ['gill', 'nair', 'priya']],
    ['Present: Mr Ennis (Dad), me (Beth, student SW), Mr Patel (Head of Year 9)', ['beth', 'patel']],
    ['In attendance: Gran (Mrs Keane), Dad, Ms Hale (IRO)', ['hale']],
    ['Aanwezig: mw. Smit (moeder), Daan (8), T. de Wit (jeugdconsulent), ondergetekende (wijkteam)', ['wit']],
    ['Aanwezig bij het netwerkberaad: oma Riet, juf Anouk (leerkracht groep 4), dhr. Claes (gezinsvoogd)', ['anouk', 'claes']],
    // A family member's item stays the family's, whatever else it says; a shared surname too.
    ['Present: Dad (Lee Hart, works as a youth worker), Ms Hart (mum), Jo Hart (SW)', ['jo']],
    ['Aanwezig: ondergetekende (pleegzorgbegeleider Horizon), moeder', []],
  ])('%s', (line, expected) => {
    expect(names(line)).toEqual(expected);
  });

  it('names the family too, and ends the list with its sentence', () => {
    expect(family('Present: Tanya Lowe (Mum), Ruby (6), Sam Okafor (FSW). No interpreter needed.')).toEqual(['lowe', 'mum', 'ruby', 'tanya']);
    expect(names('Present: Tanya Lowe (Mum), Sam Okafor (FSW). No interpreter needed.')).toEqual(['okafor', 'sam']);
  });

  it('reads only a header line, not a sentence with a colon', () => {
    expect(names('Mum said: Sam Okafor (FSW) was kind to her.')).toEqual([]);
  });
});

describe('a professional named in the note', () => {
  const note = (present: string) => `Home visit 3 March\n${present}\nWe went through the plan together.\nActions:\n- Sam to send Tanya the nursery forms\n- Tanya to take Ruby to the dentist on Friday`;
  const tasks = (text: string) => analyze(text, { lang: 'en' }).filter((finding) => finding.category === 'directive').map((finding) => text.slice(finding.start, finding.end));

  it('has a task, the parent an instruction', () => {
    const found = tasks(note('Present: Tanya Lowe (Mum), Ruby (6), Sam Okafor (FSW)'));
    expect(found).toEqual(['take']);
  });

  it('gives a family member an instruction also where a name alone says nothing ("- Keziah to ...")', () => {
    const text = 'Present: Tanya Lowe (Mum), Keziah (14), Sam Okafor (FSW)\nActions:\n- Keziah to bring the signed form to school on Monday';
    const found = analyze(text, { lang: 'en' }).filter((finding) => finding.category === 'directive');
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual(['bring']);
    expect(analyze(text.replace(/^Present.*\n/, ''), { lang: 'en' }).filter((finding) => finding.category === 'directive')).toEqual([]);
  });

  it('marks only a name as written, not the same word in lower case ("Will Turner (SW)", "Mum will ...")', () => {
    const text = 'Present: Will Turner (SW), May Young (IRO), Kerry (mum)\nMum will collect the forms and she must return them by Friday.';
    expect(analyze(text, { lang: 'en' }).filter((finding) => finding.category === 'directive').map((finding) => text.slice(finding.start, finding.end))).toEqual(['must']);
  });

  it('is read as anyone else without the attendance line', () => {
    expect(tasks(note('')).length).toBeGreaterThan(1);
  });

  it('changes the findings of the sentences already seen when the line changes', () => {
    const analyzer = createAnalyzer({ lang: 'en' });
    const without = note('Present: Tanya Lowe (Mum), Ruby (6), Sam Okafor');
    const directives = (text: string) => analyzer.update(text).filter((finding) => finding.category === 'directive').length;
    const before = directives(without);
    expect(directives(`${without.replace('Sam Okafor', 'Sam Okafor (FSW)')}`)).toBe(before - 1);
  });
});
