// Opens the side panel in Chrome/Edge (sidePanel) or the sidebar in Firefox (sidebarAction).
// Neither API is in the polyfill's types, so the shapes we use are declared here.
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export async function openSidePanel(tabId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  if (apis.sidePanel) {
    if (tabId !== undefined) return apis.sidePanel.open({ tabId });
    const current = await browser.windows.getCurrent();
    if (current.id !== undefined) return apis.sidePanel.open({ windowId: current.id });
  }
}
