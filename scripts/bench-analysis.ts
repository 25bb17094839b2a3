// `npm run bench`: what analysis costs. A 5,000-word Dutch note is analysed once, then
// edited keystroke by keystroke through the incremental analyser; prints the figures.
import { performance } from 'node:perf_hooks';
import { analyze, createAnalyzer } from '../lib/analysis';

const SENTENCES = [
  'Huisbezoek bij moeder en vader in de nieuwe woning.',
  'Moeder vertelt dat Sanne sinds de verhuizing slecht slaapt en vaak huilt.',
  'Vader weigert hulp van het wijkteam.',
  'Moeder moet de afspraken met school nakomen.',
  'We hebben samen afgesproken dat ik volgende week met de mentor bel.',
  'Vader is ongemotiveerd en komt altijd te laat.',
  'Daan speelde rustig met zijn lego terwijl wij praatten.',
  'Ik heb de indruk dat moeder weinig steun ervaart van haar familie.',
];

function note(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    // A date in every sentence makes each one unique, so the cache cannot flatter the figures.
    const sentence = (SENTENCES[index % SENTENCES.length] ?? '').replace(/\.$/, ` (dag ${index + 1}).`);
    out.push(index % 5 === 4 ? `${sentence}\n` : sentence);
    count += sentence.split(' ').length;
  }
  return out.join(' ');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const text = note(5000);
const warm = performance.now();
analyze('Moeder moet bellen.');
const firstCall = performance.now() - warm;

const start = performance.now();
const findings = analyze(text);
const full = performance.now() - start;

const analyzer = createAnalyzer();
analyzer.update(text);
const typed = ' Moeder vertelt dat vader morgen moet werken en dat zij dan alleen is met de kinderen.';
const perKeystroke: number[] = [];
let current = text;
for (const char of typed) {
  current += char;
  const before = performance.now();
  analyzer.update(current);
  perKeystroke.push(performance.now() - before);
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`note: ${text.split(/\s+/).length} words, ${text.length} characters, ${findings.length} findings`);
console.log(`first call (loads and compiles the rule packs): ${format(firstCall)}`);
console.log(`full analysis of the note, cold cache: ${format(full)}`);
console.log(
  `incremental update per keystroke (${perKeystroke.length} keystrokes at the end of the note): ` +
    `p50 ${format(percentile(perKeystroke, 50))}, p95 ${format(percentile(perKeystroke, 95))}, max ${format(Math.max(...perKeystroke))}`,
);
console.log(`sentences analysed anew by the last keystroke: ${analyzer.lastUpdate.analysed} of ${analyzer.lastUpdate.sentences}`);
