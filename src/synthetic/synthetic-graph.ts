// A deterministic synthetic graph document of any size, for load tests and benchmarks: schema-valid types and
// endpoints, real evidence offsets into generated document text, and ids made the same way extraction makes them.
import { entityId, documentId, normaliseName, relationId } from '../document/ids.js';
import type { Entity, GraphDocument, Relation, SourceDocument } from '../document/graph-document.js';
import type { EntityTypeName, RelationTypeName } from '../schema/schema.js';
import { endpointsAllowed, relationTypes, rootType } from '../schema/schema.js';
import { seededRandom } from '../util/seeded-random.js';
import { itemAt } from '../util/checked-index.js';

const SYLLABLES = ['ka', 'lo', 'ven', 'dra', 'mi', 'sol', 'tor', 'ane', 'ri', 'bel', 'quo', 'zan', 'pe', 'ul', 'mar', 'eth'];
const ENTITY_KINDS: { type: EntityTypeName; suffix: string }[] = [
  { type: 'Person', suffix: '' },
  { type: 'Company', suffix: ' Corp' },
  { type: 'GovernmentBody', suffix: ' Ministry' },
  { type: 'MediaOrganization', suffix: ' Times' },
  { type: 'Country', suffix: 'ia' },
  { type: 'City', suffix: ' City' },
  { type: 'Product', suffix: ' Cloud' },
];

function syntheticName(index: number, suffix: string): string {
  let n = index;
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  const capitalised = itemAt(word, 0).toUpperCase() + word.slice(1);
  return suffix === '' ? `${capitalised} ${SYLLABLES[index % 7]}son` : `${capitalised}${suffix}`;
}

export interface SyntheticGraphOptions {
  relations: number;
  /** Entities per relation; fewer means denser graphs. Default 0.4. */
  entityRatio?: number;
  relationsPerDocument?: number;
  seed?: number;
}

/** A graph document with about `relations` relations, each with one evidence sentence. */
export function syntheticGraph(options: SyntheticGraphOptions): GraphDocument {
  const random = seededRandom(options.seed ?? 1);
  const entityCount = Math.max(2, Math.round(options.relations * (options.entityRatio ?? 0.4)));
  const perDocument = options.relationsPerDocument ?? 50;
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i += 1) {
    const kind = itemAt(ENTITY_KINDS, i % ENTITY_KINDS.length);
    const name = syntheticName(i, kind.suffix);
    const mergeKey = normaliseName(name);
    entities.push({ id: entityId(rootType(kind.type), mergeKey), name, type: kind.type, aliases: [], mergeKey, mentions: [] });
  }
  const usable = relationTypes.filter((t) => t.name !== 'RELATED_TO').map((t) => t.name as RelationTypeName);
  const documents: SourceDocument[] = [];
  const relations = new Map<string, Relation>();
  let text = '';
  let docIndex = 0;
  const flush = () => {
    if (!text) return;
    const doc = { id: documentId(`synthetic ${options.seed ?? 1} ${docIndex} ${text}`), source: `synthetic/${docIndex}.txt`, text };
    documents.push(doc);
    docIndex += 1;
    text = '';
    return doc;
  };
  const pending: { relation: Relation; start: number; end: number; mentions: [Entity, number, number][] }[] = [];
  let attempts = 0;
  while (relations.size + pending.length < options.relations && attempts < options.relations * 20) {
    attempts += 1;
    const source = itemAt(entities, Math.floor(random() * entities.length));
    const target = itemAt(entities, Math.floor(random() * entities.length));
    if (source === target) continue;
    const type = itemAt(usable, Math.floor(random() * usable.length));
    if (!endpointsAllowed(type, source.type, target.type)) continue;
    const id = relationId(source.id, type, target.id);
    if (relations.has(id) || pending.some((p) => p.relation.id === id)) continue;
    const start = text.length;
    const verb = type.toLowerCase().replace(/_/g, ' ');
    const sentence = `${source.name} ${verb} ${target.name}. `;
    text += sentence;
    const relation: Relation = {
      id,
      source: source.id,
      target: target.id,
      type,
      properties: { verb },
      confidence: Math.round((0.5 + random() / 2) * 100) / 100,
      evidence: [],
    };
    const sourceEnd = start + source.name.length;
    const targetStart = sourceEnd + 1 + verb.length + 1;
    pending.push({
      relation,
      start,
      end: start + sentence.length - 1,
      mentions: [
        [source, start, sourceEnd],
        [target, targetStart, targetStart + target.name.length],
      ],
    });
    if (pending.length >= perDocument) settle();
  }
  settle();
  function settle() {
    const doc = flush();
    if (!doc) return;
    for (const item of pending) {
      item.relation.evidence.push({ doc: doc.id, start: item.start, end: item.end });
      relations.set(item.relation.id, item.relation);
      for (const [entity, start, end] of item.mentions) entity.mentions.push({ doc: doc.id, start, end });
    }
    pending.length = 0;
  }
  return {
    version: 1,
    generator: { name: 'synthetic-graph', version: '1' },
    documents,
    entities: entities.filter((e) => e.mentions.length > 0),
    relations: [...relations.values()],
  };
}
