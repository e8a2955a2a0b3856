// Named rules that can be switched, so what each is worth can be measured: `KG_RULES_OFF=ID,ID kg extract …`
// switches rules off and `KG_RULES_ON=ID,ID` switches on rules that are off unless asked for (`npm run eval --
// --without ID` and `--with ID` set them). Each rule is data: an id, what it does, a sentence it exists for, and the
// test that pins it. Worker threads inherit the environment, so every thread sees the same switches.

export interface RuleDefinition {
  /** kebab-case, unique across the project. */
  readonly id: string;
  /** What the rule does, in one sentence. */
  readonly does: string;
  /** A sentence the rule exists for. */
  readonly example: string;
  /** The test file and title that pin it. */
  readonly test: string;
  /** False for a rule that applies only when switched on (one still being measured against the whole table). */
  readonly defaultOn?: boolean;
}

export interface Rule extends RuleDefinition {
  /** Whether the rule applies, after the switches. */
  readonly on: boolean;
}

/** A rule as kept here: its switch is a plain field, read on every call of the code it guards, set when switched. */
interface SwitchedRule extends RuleDefinition {
  on: boolean;
}

const rules = new Map<string, SwitchedRule>();
const listed = (name: string): Set<string> =>
  new Set(
    (process.env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
let switchedOn = listed('KG_RULES_ON');
let switchedOff = listed('KG_RULES_OFF');

const isOn = (definition: RuleDefinition): boolean => !switchedOff.has(definition.id) && (definition.defaultOn !== false || switchedOn.has(definition.id));

/** Registers a rule and returns it with its switch; ids must be unique. */
export function defineRule(definition: RuleDefinition): Rule {
  if (rules.has(definition.id)) throw new Error(`rules: the rule id "${definition.id}" is defined twice; give each rule its own id`);
  const rule: SwitchedRule = { ...definition, on: isOn(definition) };
  rules.set(rule.id, rule);
  return rule;
}

/** Sets the switches in this thread (tests measure a rule both ways); undefined restores the environment's. */
export function switchRules(switches?: { on?: readonly string[]; off?: readonly string[] }): void {
  switchedOn = switches ? new Set(switches.on) : listed('KG_RULES_ON');
  switchedOff = switches ? new Set(switches.off) : listed('KG_RULES_OFF');
  for (const rule of rules.values()) rule.on = isOn(rule);
}

/** Every rule defined by the modules loaded so far, in definition order. */
export function definedRules(): Rule[] {
  return [...rules.values()];
}
