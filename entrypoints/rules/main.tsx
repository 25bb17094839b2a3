// Rules reference wiring: the page the settings link to, rendered from the built-in packs.
import { RulesReference } from '../../components/rules/RulesReference';
import { mountPage } from '../../lib/ui/mount-page';
import { BUILT_IN_PACKS } from '../../lib/settings/rule-catalog';
import '../../components/styles/base.css';
import './style.css';

mountPage(<RulesReference packs={BUILT_IN_PACKS} />);
