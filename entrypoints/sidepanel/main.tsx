// Side panel wiring. For now it explains how to start; findings arrive with the analysis.
import { Welcome } from '../../components/Welcome';
import { mountPage } from '../../lib/mount-page';
import '../../components/styles/base.css';

mountPage(
  <div style={{ padding: '1rem' }}>
    <Welcome title="sidepanelTitle" lines={['sidepanelHowToStart']} />
  </div>,
);
