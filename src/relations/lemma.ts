// Simple verb lemmatiser for matching sentence words against the schema's signal lemmas: strips -s/-ed/-ing and
// looks irregular forms up in a small table. No part-of-speech tagging; callers decide from context.

// A Map, not an object: any word is looked up, and an object would also answer "constructor" or "toString".
const IRREGULAR = new Map<string, string>(
  Object.entries({
    told: 'tell',
    sold: 'sell',
    bought: 'buy',
    found: 'find',
    made: 'make',
    gave: 'give',
    given: 'give',
    ran: 'run',
    built: 'build',
    wrote: 'write',
    written: 'write',
    struck: 'strike',
    shot: 'shoot',
    slew: 'slay',
    slain: 'slay',
    fought: 'fight',
    led: 'lead',
    held: 'hold',
    took: 'take',
    taken: 'take',
    said: 'say',
    sent: 'send',
    spoke: 'speak',
    spoken: 'speak',
    met: 'meet',
    paid: 'pay',
    brought: 'bring',
    began: 'begin',
    begun: 'begin',
    kept: 'keep',
    left: 'leave',
    stood: 'stand',
    lost: 'lose',
    won: 'win',
    became: 'become',
    came: 'come',
    saw: 'see',
    seen: 'see',
    knew: 'know',
    known: 'know',
    thought: 'think',
    got: 'get',
    went: 'go',
    gone: 'go',
    did: 'do',
    done: 'do',
    had: 'have',
    has: 'have',
    was: 'be',
    were: 'be',
    is: 'be',
    are: 'be',
    been: 'be',
    am: 'be',
    born: 'bear',
    ate: 'eat',
    drove: 'drive',
    caught: 'catch',
    taught: 'teach',
    sought: 'seek',
    dealt: 'deal',
    meant: 'mean',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    undertook: 'undertake',
    overtook: 'overtake',
    stole: 'steal',
    stolen: 'steal',
    hid: 'hide',
    dug: 'dig',
    fled: 'flee',
    forbade: 'forbid',
    froze: 'freeze',
    frozen: 'freeze',
    hung: 'hang',
    swore: 'swear',
    sworn: 'swear',
    rose: 'rise',
    risen: 'rise',
    cut: 'cut',
    put: 'put',
    set: 'set',
    hit: 'hit',
    quit: 'quit',
    spied: 'spy',
    spies: 'spy',
    allied: 'ally',
    allies: 'ally',
    funded: 'fund',
    founded: 'found',
    joined: 'join',
  }),
);

/**
 * Candidate lemmas for a word, most likely first. The caller picks the first one its vocabulary knows,
 * so "making" → ["making", "make", "mak"], "stopped" → ["stopped", "stop", "stopp"].
 */
export function lemmaCandidates(word: string): [string, ...string[]] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR.get(w);
  if (irregular) return [irregular, w];
  const out: [string, ...string[]] = [w];
  const add = (stem: string) => {
    if (stem.length < 2) return;
    out.push(stem);
    if (/(.)\1$/.test(stem) && !/(ll|ss)$/.test(stem)) out.push(stem.slice(0, -1));
    out.push(stem + 'e');
  };
  if (w.endsWith('ies') && w.length > 4) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ied') && w.length > 4) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ing') && w.length > 5) add(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 3) add(w.slice(0, -2)); // "sued", "owed" too
  if (w.endsWith('es') && w.length > 4) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.push(w.slice(0, -1));
  return out;
}

/** The lemma of a word: the first candidate `known` accepts, else the word with a plain suffix stripped. */
export function lemmatise(word: string, known?: (lemma: string) => boolean): string {
  const candidates = lemmaCandidates(word);
  if (known) for (const c of candidates) if (known(c)) return c;
  return candidates[0];
}

const NOT_PARTICIPLES = new Set(['is', 'are', 'was', 'were', 'has', 'am', 'did', 'spies', 'allies']);

/** True when the word looks like a past participle ("used", "told", "conducted"). */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (w.endsWith('ed') && w.length > 3) || (IRREGULAR.has(w) && !NOT_PARTICIPLES.has(w));
}
