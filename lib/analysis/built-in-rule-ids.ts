// The ids of the built-in rules, read from the rule files without validating them again
// (the language modules do that): a custom rule may not take one, because settings switch
// rules off by id and "Ignore this rule" on the custom finding would switch off both.
import enDirective from '../../rules/en/directive.json';
import enInterpretation from '../../rules/en/interpretation.json';
import enJudgmental from '../../rules/en/judgmental.json';
import nlDirective from '../../rules/nl/directive.json';
import nlInterpretation from '../../rules/nl/interpretation.json';
import nlJudgmental from '../../rules/nl/judgmental.json';

const FILES: ReadonlyArray<{ rules: ReadonlyArray<{ id: string }> }> = [nlDirective, nlJudgmental, nlInterpretation, enDirective, enJudgmental, enInterpretation];

export const BUILT_IN_RULE_IDS: ReadonlySet<string> = new Set(FILES.flatMap((file) => file.rules.map((rule) => rule.id)));
