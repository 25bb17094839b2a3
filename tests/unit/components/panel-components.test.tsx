// @vitest-environment happy-dom
// Side panel parts rendered with real findings from the analysis library.
import { render } from 'preact';
import type { MessageKey } from '../../../components/i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { FindingList, inListOrder, type PanelFocus } from '../../../components/panel/FindingList';
import { NoteOverviewView } from '../../../components/panel/NoteOverviewView';
import { TranslateContext } from '../../../components/i18n';
import { analyze } from '../../../lib/analysis';
import { noteOverview } from '../../../lib/analysis/voice';
import { findingKey, type PanelFinding } from '../../../lib/messaging/note-snapshot';

const t = (key: MessageKey, ...values: string[]) => values.reduce((text, value) => text.replace(/\$[A-Z]+\$/, value), english[key].message);
const NOTE = 'Moeder vertelt dat ze moe is. Vader weigert hulp. Moeder moet de afspraken nakomen. Vader is ongemotiveerd.';

function panelFindings(text: string): PanelFinding[] {
  return analyze(text, { lang: 'nl' }).map((finding) => ({ ...finding, key: findingKey(finding), phrase: text.slice(finding.start, finding.end), everywhere: true }));
}

function mount(node: preact.ComponentChild) {
  const host = document.createElement('div');
  document.body.append(host);
  render(<TranslateContext.Provider value={t}>{node}</TranslateContext.Provider>, host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FindingList', () => {
  it('groups real findings by category in note order, with their suggestions', () => {
    const host = mount(<FindingList findings={panelFindings(NOTE)} onApply={() => {}} onIgnore={() => {}} onReveal={() => {}} onTip={() => {}} />);
    const groups = [...host.querySelectorAll('.group h2')].map((heading) => heading.textContent);
    expect(groups).toEqual(['Directive 1', 'Judgmental 2']);
    const phrases = [...host.querySelectorAll('.group-judgmental .phrase')].map((button) => button.textContent);
    expect(phrases).toEqual(['“weigert”', '“ongemotiveerd”']);
    expect(host.querySelector('.group-directive .suggestion .text')?.textContent).toBe('Ik vind het belangrijk dat moeder de afspraken nakomt.');
  });

  it("shows a rule's explanation in full once, and folds it away for its later findings", () => {
    const findings = panelFindings('Moeder moet de afspraken nakomen. Vader moet op tijd komen. Vader weigert hulp.');
    const host = mount(<FindingList findings={findings} onApply={() => {}} onIgnore={() => {}} onReveal={() => {}} onTip={() => {}} />);
    const items = [...host.querySelectorAll('li.finding')];
    expect(items.map((item) => item.getAttribute('data-rule'))).toEqual(['nl-obligation-parent', 'nl-obligation-parent', 'nl-refusal']);
    // Which rule flagged each, by the id the rules reference lists.
    expect(items.map((item) => item.querySelector('.rule-origin p')?.textContent)).toEqual(['Rule: nl-obligation-parent', 'Rule: nl-obligation-parent', 'Rule: nl-refusal']);
    // And why, on request: the reason ids behind each finding, behind a closed summary.
    const why = items[2]?.querySelector('.rule-origin details.reasons');
    expect(why?.hasAttribute('open')).toBe(false);
    expect(why?.querySelector('summary')?.textContent).toBe(english.ruleReasons.message);
    expect([...(why?.querySelectorAll('code') ?? [])].map((code) => code.textContent)).toEqual(findings[2]?.reasons);
    expect(findings[2]?.reasons).toContain('subject-opens-clause');
    // First of each rule: the explanation is open text; the second 'moet' keeps it behind a closed summary.
    expect(items[0]?.querySelector(':scope > .explanation')?.textContent).toBe(findings[0]?.explanation);
    expect(items[1]?.querySelector(':scope > .explanation')).toBeNull();
    const folded = items[1]?.querySelector('details.explanation-again');
    expect(folded?.hasAttribute('open')).toBe(false);
    expect(folded?.querySelector('summary')?.textContent).toBe(english.panelExplanationAgain.message);
    expect(items[2]?.querySelector(':scope > .explanation')).not.toBeNull();
  });

  it('reports Apply with the finding and the chosen suggestion, and the tip link', () => {
    const onApply = vi.fn();
    const onTip = vi.fn();
    const findings = panelFindings('Moeder moet de afspraken nakomen.');
    const host = mount(<FindingList findings={findings} onApply={onApply} onIgnore={() => {}} onReveal={() => {}} onTip={onTip} />);
    const apply = host.querySelectorAll<HTMLButtonElement>('button.apply');
    apply[1]?.click();
    expect(onApply).toHaveBeenCalledWith(findings[0], 1);
    host.querySelector<HTMLButtonElement>('button.link')?.click();
    expect(onTip).toHaveBeenCalledWith('eigen-regie');
  });

  it('moves focus to the finding that took the place of one acted on, or to the end of the list', async () => {
    const all = panelFindings(NOTE);
    const ordered = inListOrder(all);
    const gone = ordered[1]!;
    const onFocused = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    const show = (findings: PanelFinding[], focus: PanelFocus | null) =>
      render(
        <TranslateContext.Provider value={t}>
          <FindingList findings={findings} focus={focus} onFocused={onFocused} onApply={() => {}} onIgnore={() => {}} onReveal={() => {}} onTip={() => {}} />
        </TranslateContext.Provider>,
        host,
      );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    // Until the snapshot without it arrives, focus stays where it is.
    show(all, { gone: gone.key, index: 1 });
    await settle();
    expect(onFocused).not.toHaveBeenCalled();
    show(all.filter((finding) => finding !== gone), { gone: gone.key, index: 1 });
    await settle();
    expect(document.activeElement?.closest('li')?.getAttribute('data-key')).toBe(ordered[2]?.key);
    expect(onFocused).toHaveBeenCalledOnce();
    show([], { gone: ordered[0]!.key, index: 0 });
    await settle();
    expect(document.activeElement?.className).toBe('empty');
  });

  it('names the words of another finding a wording also leaves out', () => {
    const findings = panelFindings('Oma was zoals altijd wantrouwend en stelde veel vragen.');
    const host = mount(<FindingList findings={findings} onApply={() => {}} onIgnore={() => {}} onReveal={() => {}} onTip={() => {}} />);
    expect([...host.querySelectorAll('.also')].map((also) => also.textContent)).toEqual([english.suggestionAlsoChanges.message.replace('$WORDS$', '“altijd”')]);
  });

  it('renders page text as text, never as HTML', () => {
    const [finding] = panelFindings('Vader weigert hulp.');
    const hostile = {
      ...(finding as PanelFinding),
      phrase: '<img src=x onerror=alert(1)>',
      suggestions: [{ text: '<script>alert(1)</script> \u202Ehulp', label: '<b>bold</b>', alsoChanges: ['<i>zoals altijd</i>'] }],
    };
    const host = mount(<FindingList findings={[hostile]} onApply={() => {}} onIgnore={() => {}} onReveal={() => {}} onTip={() => {}} />);
    expect(host.querySelector('img, script, b, i')).toBeNull();
    expect(host.querySelector('.also')?.textContent).toContain('<i>zoals altijd</i>');
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(host.textContent).toContain('<script>alert(1)</script>');
  });
});

describe('NoteOverviewView', () => {
  it('counts per category and the parent voice, and prompts when the parent perspective is missing', () => {
    const text = 'Vader weigert hulp en moeder moet de afspraken met school nakomen, de kinderen waren thuis. '.repeat(6);
    const overview = noteOverview(text, 'nl', analyze(text, { lang: 'nl' }));
    const host = mount(<NoteOverviewView overview={overview} />);
    expect(host.querySelector('[data-count="judgmental"]')?.textContent).toBe('6');
    expect(host.querySelector('[data-count="parentVoice"]')?.textContent).toBe('0');
    expect(host.querySelector('.prompt')?.textContent).toBe(english.overviewPromptParentVoice.message);
  });
});
