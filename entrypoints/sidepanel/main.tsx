// Side panel wiring: follows the active tab (or ?tab=ID), keeps a live link (a port) to the
// note script there for its snapshots, and sends Apply / Ignore / Reveal back. The panel
// talks to the tab directly, so the background worker may be stopped.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyNoticeFor } from '../../components/apply-notice';
import { IGNORED_NOTICE } from '../../components/IgnoreButtons';
import { inListOrder, type PanelFocus } from '../../components/panel/FindingList';
import { Panel } from '../../components/panel/Panel';
import { t, uiLanguage } from '../../lib/ui/i18n';
import { parseNoteStartedMessage, type IgnoreScope, type PanelRequest, type SiteRequest } from '../../lib/messaging/messages';
import { mountPage } from '../../lib/ui/mount-page';
import type { NoteSnapshot, PanelFinding } from '../../lib/messaging/note-snapshot';
import type { SiteStatus } from '../../lib/sites/site-status';
import { followNoteInTab, sendSiteRequest, siteStatusOfUrl, switchOnWithPermission } from '../../lib/messaging/tab-state';
import { sitesItem } from '../../lib/sites/sites';
import { tipsFor } from '../../lib/tips';
import { useShortcuts } from '../../lib/ui/use-shortcuts';
import type { TipId } from '../../lib/tips/types';
import '../../components/styles/base.css';
import './style.css';

const fixedTab = Number(new URLSearchParams(location.search).get('tab'));

async function activeTabId(): Promise<number | undefined> {
  if (Number.isInteger(fixedTab) && fixedTab > 0) return fixedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function SidePanel() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [snapshot, setSnapshot] = useState<NoteSnapshot | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const [openTip, setOpenTip] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; undo?: () => void } | undefined>();
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  const [shortcuts] = useShortcuts();

  // The live link to the note script in the followed tab (see followNoteInTab).
  const live = useRef<{ tabId: number; link: ReturnType<typeof followNoteInTab> } | null>(null);

  /**
   * Reads the tab's site status again and keeps the live link open; `reconnect` renews the
   * link even if it still looks open. Snapshots come over the link only: the note script
   * sends one when the link opens and whenever its findings change (after Apply or Ignore too).
   */
  const refresh = useCallback(async (reconnect = false) => {
    const id = await activeTabId();
    setTabId(id);
    if (id === undefined) return;
    const tab = await browser.tabs.get(id).catch(() => undefined);
    setStatus(await siteStatusOfUrl(tab?.url));
    if (reconnect || live.current?.tabId !== id || !live.current.link.connected()) {
      live.current?.link.close();
      setSnapshot(null);
      // What the last action did, and its Undo, belong to the note it was done in.
      if (live.current?.tabId !== id) setResult(undefined);
      live.current = { tabId: id, link: followNoteInTab(id, setSnapshot) };
    }
  }, []);

  useEffect(() => {
    void refresh();
    // A note script that starts in the tab after we connected (first focus, navigation, a
    // site just switched on, an editor frame reloaded while others kept the link open) says
    // so: connect again, so it is on the link too.
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (parseNoteStartedMessage(message) && sender.id === browser.runtime.id && sender.tab?.id === tabId) void refresh(true);
      return undefined;
    };
    const onActivated = () => void refresh();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    if (!fixedTab) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    const unwatch = sitesItem.watch(() => void refresh());
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      unwatch();
    };
  }, [refresh, tabId]);
  useEffect(() => () => live.current?.link.close(), []);

  const send = async (request: PanelRequest) => (tabId === undefined ? undefined : browser.tabs.sendMessage(tabId, request).catch(() => undefined));
  /** Where the finding acted on stands in the list: the next one takes its place. */
  const placeOf = (finding: PanelFinding) => inListOrder(snapshot?.findings ?? []).findIndex((candidate) => candidate.key === finding.key);
  const onApply = (finding: PanelFinding, suggestion: number) => {
    setNotice(undefined);
    const index = placeOf(finding);
    const wording = finding.suggestions[suggestion]?.text ?? '';
    void send({ type: 'panel/apply', key: finding.key, suggestion }).then((answer) => {
      const status = (answer as { status?: unknown } | undefined)?.status;
      const notice = applyNoticeFor(status);
      if (notice) setNotice(t(notice));
      if (status !== 'applied') return;
      setResult({ text: t('panelApplied', wording) });
      setFocus({ gone: finding.key, index });
    });
  };
  const onIgnore = (finding: PanelFinding, scope: IgnoreScope) => {
    const index = placeOf(finding);
    void send({ type: 'panel/ignore', key: finding.key, scope }).then((answer) => {
      const undo = (answer as { status?: unknown; undo?: unknown } | undefined)?.undo;
      if (typeof undo !== 'string') return;
      setResult({
        text: t(IGNORED_NOTICE[scope], finding.phrase),
        undo: () => {
          // The Undo button goes with this result: focus waits on the message until the finding is back.
          document.querySelector<HTMLElement>('.result-text')?.focus();
          setResult({ text: t('shownAgain', finding.phrase) });
          setFocus({ back: finding.key });
          void send({ type: 'panel/undo', undo });
        },
      });
      setFocus({ gone: finding.key, index });
    });
  };
  const siteRequest = (request: SiteRequest) => sendSiteRequest(request).then(() => refresh());

  return (
    <Panel
      status={status}
      snapshot={snapshot}
      tips={Object.values(tipsFor(uiLanguage() === 'nl' ? 'nl' : 'en'))}
      openTip={openTip}
      {...(notice ? { notice } : {})}
      {...(result ? { result } : {})}
      focus={focus}
      shortcuts={shortcuts}
      onFocused={() => setFocus(null)}
      site={{
        busy: false,
        onSwitchOn: () => {
          if (status?.kind === 'unsupported' || !status) return;
          const { pattern } = status;
          void switchOnWithPermission(pattern).then(() => refresh());
        },
        onPause: () => status && status.kind !== 'unsupported' && void siteRequest({ type: 'site/pause', pattern: status.pattern }),
        onRemove: () => status && status.kind !== 'unsupported' && void siteRequest({ type: 'site/remove', pattern: status.pattern }),
        onOpenPanel: () => undefined,
      }}
      onApply={onApply}
      onIgnore={onIgnore}
      onReveal={(finding) => void send({ type: 'panel/reveal', key: finding.key })}
      onTip={(tip: TipId) => setOpenTip(tip)}
    />
  );
}

mountPage(<SidePanel />);
