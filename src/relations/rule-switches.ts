// Relation rules by name, each one switchable: KG_RULES_OFF="possessive-party,shared-subject" runs kg extract with
// those rules off, so `npm run eval -- --without RULE_ID` measures what a rule costs or gains on every set. A pattern's
// rule id is the `pattern` name its matches carry (reports/relations.md lists them).
const off = new Set((process.env.KG_RULES_OFF ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** True unless the rule named `id` is switched off for this run. */
export function ruleOn(id: string): boolean {
  return off.size === 0 || !off.has(id);
}
