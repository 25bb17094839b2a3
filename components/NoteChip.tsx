// A small, quiet sign in the page's corner that Samenspraak is reading the focused note.
import { useT } from './i18n';

export const NOTE_CHIP_CSS = `
.chip {
  position: fixed; right: 16px; bottom: 16px;
  display: flex; align-items: center; gap: 8px;
  padding: 6px 12px; border-radius: 999px;
  font: 13px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1d2433; background: #ffffff; border: 1px solid #c9d6d1;
  box-shadow: 0 2px 8px rgba(20, 40, 35, 0.15);
  pointer-events: none;
}
.dot { width: 8px; height: 8px; border-radius: 50%; background: #1f6f5c; }
`;

export function NoteChip() {
  const t = useT();
  return (
    <div class="chip" role="status" aria-label={t('noteChipLabel')}>
      <span class="dot" aria-hidden="true" />
      <span>{t('noteChip')}</span>
    </div>
  );
}
