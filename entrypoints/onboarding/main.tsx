// Onboarding wiring: the page that opens once, at install. The pictures are PNGs in public/
// made from the real build by `npm run screenshots`.
import { browser } from 'wxt/browser';
import { Onboarding } from '../../components/Onboarding';
import { mountPage } from '../../lib/ui/mount-page';
import { useShortcuts } from '../../lib/ui/use-shortcuts';
import '../../components/styles/base.css';
import './style.css';

function OnboardingPage() {
  const [shortcuts] = useShortcuts();
  return (
    <Onboarding
      shortcuts={shortcuts}
      cardImage="/onboarding-card.png"
      panelImage="/onboarding-panel.png"
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

mountPage(<OnboardingPage />);
