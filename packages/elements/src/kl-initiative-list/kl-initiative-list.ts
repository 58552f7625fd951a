// Registers <kl-initiative-list> (and the <kl-initiative-card> it renders).
import { define } from '../shared/define.js';
import { KlInitiativeList } from './kl-initiative-list.component.js';

define('kl-initiative-list', KlInitiativeList);

export { KlInitiativeList };
export type { InitiativeFilterChangeDetail, InitiativeFilterChangeEvent } from './kl-initiative-list.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'kl-initiative-list': KlInitiativeList;
  }
}
