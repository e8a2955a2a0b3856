// Deterministic ids: the same content always gets the same id, so extraction is reproducible and loads are
// idempotent MERGEs.
import { createHash } from 'node:crypto';

function digest(text: string, length: number): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, length);
}

/** Normalises a name for identity: case, quotes, dashes, possessive and spacing do not make a new entity. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}+&]+/gu, ' ')
    .trim();
}

/** Document id from its text: the same article always gets the same id, wherever it was read from. */
export function documentId(text: string): string {
  return `doc:${digest(text, 16)}`;
}

/** Entity id from its root type and normalised name: `org:acme-3fa9c1d2`. */
export function entityId(rootType: string, mergeKey: string): string {
  const slug =
    mergeKey
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'x';
  return `${rootType.toLowerCase().slice(0, 3)}:${slug}-${digest(`${rootType}|${mergeKey}`, 8)}`;
}

/** Relation id from endpoints and type (evidence accumulates on the one relation). */
export function relationId(source: string, type: string, target: string, distinguisher = ''): string {
  return `rel:${digest(`${source}|${type}|${target}|${distinguisher}`, 16)}`;
}
