// A heading and a few plain sentences: the onboarding page and the side panel's
// "how to start" both use it.
import type { MessageKey } from '../lib/i18n';
import { useT } from './i18n';

export function Welcome({ title, lines }: { title: MessageKey; lines: MessageKey[] }) {
  const t = useT();
  return (
    <section class="welcome">
      <h1>{t(title)}</h1>
      {lines.map((line) => (
        <p key={line}>{t(line)}</p>
      ))}
    </section>
  );
}
