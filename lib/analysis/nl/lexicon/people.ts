// Who a note is about (parents, carers, children, clients) and who writes it. Rules fire
// on what the writer says *about people*: "de computer weigert" has no #Parent subject.

export const PARENT = [
  'moeder', 'moeders', 'vader', 'vaders', 'ouder', 'ouders', 'mama', 'mam', 'papa', 'pap', 'pleegmoeder',
  'pleegvader', 'pleegouder', 'pleegouders', 'stiefmoeder', 'stiefvader', 'oma', 'opa', 'grootouders',
  'grootmoeder', 'grootvader', 'verzorger', 'verzorgers', 'opvoeder', 'opvoeders', 'gezinshuisouders',
  'jeugdige', 'jongere', 'jongeren', 'kind', 'kinderen', 'zoon', 'dochter', 'tiener', 'puber', 'meisje',
  'jongen', 'baby', 'cliënt', 'client', 'cliënte', 'hulpvrager', 'mevrouw', 'meneer', 'mevr', 'dhr', 'mw',
  'partner', 'vriend', 'vriendin', 'broer', 'zus', 'tante', 'oom', 'ex', 'ex-partner', 'gezinsleden',
];

/** A family as a whole: the target of labels such as "chaotisch gezin". */
export const FAMILY = ['gezin', 'gezinnen', 'familie', 'families', 'huishouden', 'gezinssysteem'];

export const HONORIFIC = ['mevrouw', 'meneer', 'mevr', 'dhr', 'mw', 'de heer'];

export const PROFESSIONAL = [
  'ik', 'wij', 'we', 'hulpverlener', 'hulpverleners', 'gezinsvoogd', 'jeugdzorgwerker', 'jeugdhulpverlener',
  'gezinscoach', 'behandelaar', 'team', 'wijkteam', 'collega', 'ondergetekende', 'jeugdconsulent',
  // Abbreviations notes use for the writer's own role: "Actiepunt GV: bel de school".
  'gv', 'jbw', 'swb', 'pm\'er', 'jb', 'jeugdbeschermer', 'casusregisseur',
];

/** Decisions by these are legal facts, not the writer's unilateral choice. */
export const COURT = [
  'rechter', 'rechters', 'kinderrechter', 'politierechter', 'kantonrechter', 'strafrechter', 'jeugdrechter', 'familierechter',
  'voorzieningenrechter', 'rechtbank', 'raad', 'rvdk', 'officier', 'gerechtshof', 'hof',
];

/** Pronouns that may stand for a parent; kept apart because they may also stand for a school or a colleague. */
export const THIRD_PERSON = ['hij', 'zij', 'ze'];
