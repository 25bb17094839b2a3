// The rules reference shipped inside the extension: every built-in rule with its kind, what
// it points out, a sentence it flags and one it leaves alone, its source and its id (what a
// rule pack or the organisation's policy names it by). Rendered from the rule packs
// themselves, like docs/rules.md, so it cannot drift from what the extension runs.
import type { RulePack } from '../../lib/analysis/rule-pack';
import { CATEGORY_NAME, TYPE_NAME } from '../rule-names';
import { useT } from '../i18n';

const LANGUAGES = [
  ['nl', 'Nederlands'],
  ['en', 'English'],
] as const;

export function RulesReference({ packs }: { packs: readonly RulePack[] }) {
  const t = useT();
  return (
    <main class="rules">
      <h1>{t('rulesTitle')}</h1>
      <p>{t('rulesIntro')}</p>
      {LANGUAGES.map(([lang, name]) => (
        <section key={lang} aria-labelledby={`rules-${lang}`}>
          <h2 id={`rules-${lang}`} lang={lang}>
            {name}
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rulesKind')}</th>
                <th scope="col">{t('rulesMessage')}</th>
                <th scope="col">{t('rulesFires')}</th>
                <th scope="col">{t('rulesQuiet')}</th>
                <th scope="col">{t('rulesSource')}</th>
                <th scope="col">id</th>
              </tr>
            </thead>
            <tbody>
              {packs
                .filter((pack) => pack.lang === lang)
                .flatMap((pack) =>
                  pack.rules.map((rule) => (
                    <tr key={rule.id} id={rule.id}>
                      <td>
                        {t(CATEGORY_NAME[pack.category])} · {t(TYPE_NAME[rule.type])}
                      </td>
                      <td lang={lang}>{rule.message}</td>
                      <td lang={lang}>{rule.examples.fire[0] ?? ''}</td>
                      <td lang={lang}>{rule.examples.quiet[0] ?? ''}</td>
                      <td>{rule.source ?? ''}</td>
                      <td>
                        <code>{rule.id}</code>
                      </td>
                    </tr>
                  )),
                )}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
