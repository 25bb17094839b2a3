// Verb forms the Dutch rules key on, each list holding every form a note may use.

export const OBLIGATION = ['moet', 'moeten', 'moest', 'moesten', 'dient', 'dienen', 'diende', 'dienden'];

export const REFUSAL = ['weigert', 'weigerde', 'weigeren', 'weigerden', 'geweigerd'];

export const CREDIBILITY = [
  'beweert', 'beweerde', 'beweren', 'beweerden', 'beweerd', 'claimt', 'claimde', 'claimen', 'claimden',
  'geclaimd', 'ontkent', 'ontkende', 'ontkennen', 'ontkenden', 'ontkend', 'zogenaamd', 'zogenaamde',
  'pretendeert', 'pretendeerde',
];

/** The parent's own account, reported: what follows is their view, not the writer's. */
export const REPORTING = [
  'vertelt', 'vertelde', 'vertellen', 'vertelden', 'verteld', 'zegt', 'zei', 'zeggen', 'zeiden', 'noemt',
  'noemde', 'noemen', 'legt', 'legde', 'laat', 'liet', 'meldt', 'meldde', 'verklaart', 'verklaarde',
  'benoemt', 'benoemde', 'aangegeven', 'geeft', 'gaf', 'geven', 'gaven', 'schrijft', 'schreef', 'vindt',
  'vond', 'ervaart', 'ervoer', 'voelt', 'voelde', 'vertelt', 'aldus', 'volgens', 'zegt',
];

export const DECISION = ['besloten', 'besluit', 'besluiten', 'bepaald', 'bepaalt', 'bepalen', 'beslist', 'beslissen'];

export const INSTRUCTION = [
  'opgedragen', 'gesommeerd', 'gemaand', 'verboden', 'geïnstrueerd', 'aangezegd', 'bevolen', 'opgelegd',
];
