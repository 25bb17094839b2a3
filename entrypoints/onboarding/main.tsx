// Onboarding wiring: the page that opens once, at install.
import { Welcome } from '../../components/Welcome';
import { mountPage } from '../../lib/mount-page';
import '../../components/styles/base.css';

mountPage(
  <div style={{ maxWidth: '36rem', margin: '3rem auto', padding: '0 1rem' }}>
    <Welcome title="onboardingTitle" lines={['onboardingBody1', 'onboardingBody2']} />
  </div>,
);
