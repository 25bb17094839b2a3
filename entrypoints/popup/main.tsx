// Popup wiring: finds the tab it was opened for, shows its site status and turns the
// buttons into permission requests and messages to the background.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { SiteSwitch } from '../../components/SiteSwitch';
import { t } from '../../lib/ui/i18n';
import { mountPage } from '../../lib/ui/mount-page';
import { openSidePanel } from '../../lib/messaging/side-panel';
import type { SiteStatus } from '../../lib/sites/site-status';
import { sendSiteRequest, siteStatusOfUrl, snapshotOfTab, switchOnWithPermission } from '../../lib/messaging/tab-state';
import { sitesItem } from '../../lib/sites/sites';
import '../../components/styles/base.css';
import './style.css';

type Tab = Browser.tabs.Tab;

/** `?tab=ID` lets the side panel and the e2e tests open this page for a given tab. */
async function targetTab(): Promise<Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function Popup({ tab }: { tab: Tab | undefined }) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [findings, setFindings] = useState<number | undefined>();

  const refresh = useCallback(async () => {
    setStatus(await siteStatusOfUrl(tab?.url));
    setFindings((await snapshotOfTab(tab?.id))?.findings.length);
  }, [tab]);

  useEffect(() => {
    void refresh();
    return sitesItem.watch(() => void refresh());
  }, [refresh]);

  if (!status) return null;

  const send = sendSiteRequest;
  const act = (work: Promise<unknown>) => {
    setBusy(true);
    setProblem(undefined);
    work
      .catch((error: unknown) => setProblem(t('popupFailed', reasonOf(error))))
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  };

  const onSwitchOn = () => {
    if (status.kind === 'unsupported') return;
    const { pattern, label } = status;
    // The permission request must start inside the click, before any other await:
    // browsers only show the prompt for a direct user gesture.
    act(
      switchOnWithPermission(pattern).then((granted) => {
        if (!granted) setProblem(t('popupDenied', label));
      }),
    );
  };
  const onPause = () => {
    if (status.kind !== 'unsupported') act(send({ type: 'site/pause', pattern: status.pattern }));
  };
  const onRemove = () => {
    if (status.kind !== 'unsupported') act(send({ type: 'site/remove', pattern: status.pattern }));
  };
  const onOpenPanel = () => {
    act(openSidePanel(tab?.id).then(() => window.close()));
  };

  // The popup's one heading: screen-reader users jump by headings, and the site's state below is not one.
  return (
    <>
      <h1 class="popup-title">{t('extName')}</h1>
      <SiteSwitch
      status={status}
      busy={busy}
      problem={problem}
      onSwitchOn={onSwitchOn}
      onPause={onPause}
      onRemove={onRemove}
      onOpenPanel={onOpenPanel}
      {...(findings === undefined ? {} : { findings })}
      onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      />
    </>
  );
}

void targetTab().then((tab) => mountPage(<Popup tab={tab} />));
