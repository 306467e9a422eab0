import { TAXONOMY_SHAPES, type TaxonomyShape } from '../model/types.js';
import { JsonReader } from './JsonReader.js';
import type {
  SeedAnnotations,
  SeedCategory,
  SeedEntity,
  SeedPaperLink,
  SeedTaxonomy,
} from './SeedAnnotations.js';

/**
 * Checks the shape of annotations.json (types, required fields) and returns it typed. Whether
 * ids resolve and strings occur in the abstracts is the build's business, where the papers are.
 */
export function parseSeedAnnotations(value: unknown): SeedAnnotations {
  const root = new JsonReader(value, 'annotations.json');
  return {
    title: root.field('title').string(),
    description: root.field('description').string(),
    papers: root
      .field('papers')
      .items()
      .map((paper) => ({
        id: paper.field('id').string(),
        label: paper.field('label').string(),
        links: paper.field('links').items().map(readPaperLink),
      })),
    taxonomies: root.field('taxonomies').items().map(readTaxonomy),
    entities: root.field('entities').items().map(readEntity),
    relations: root
      .field('relations')
      .items()
      .map((relation) => ({
        source: relation.field('source').string(),
        target: relation.field('target').string(),
        kind: relation.field('kind').string(),
        rationale: relation.field('rationale').string(),
      })),
  };
}

function readPaperLink(link: JsonReader): SeedPaperLink {
  const out: SeedPaperLink = {
    target: link.field('target').string(),
    kind: link.field('kind').string(),
  };
  const surfaces = link.optional('surfaces');
  if (surfaces !== undefined) out.surfaces = surfaces.strings();
  const notWithin = link.optional('notWithin');
  if (notWithin !== undefined) out.notWithin = notWithin.strings();
  const rationale = link.optional('rationale');
  if (rationale !== undefined) out.rationale = rationale.string();
  return out;
}

function readTaxonomy(taxonomy: JsonReader): SeedTaxonomy {
  const shapeReader = taxonomy.field('shape');
  const shape = shapeReader.string();
  if (!(TAXONOMY_SHAPES as readonly string[]).includes(shape)) {
    shapeReader.fail(`"${shape}" is not one of ${TAXONOMY_SHAPES.join(', ')}`);
  }
  const out: SeedTaxonomy = {
    id: taxonomy.field('id').string(),
    label: taxonomy.field('label').string(),
    shape: shape as TaxonomyShape,
    description: taxonomy.field('description').string(),
    parts: taxonomy.field('parts').items().map(readCategory),
  };
  const aliases = taxonomy.optional('aliases');
  if (aliases !== undefined) out.aliases = aliases.strings();
  return out;
}

function readCategory(part: JsonReader): SeedCategory {
  const out: SeedCategory = {
    id: part.field('id').string(),
    label: part.field('label').string(),
    description: part.field('description').string(),
  };
  const aliases = part.optional('aliases');
  if (aliases !== undefined) out.aliases = aliases.strings();
  return out;
}

function readEntity(entity: JsonReader): SeedEntity {
  const out: SeedEntity = {
    id: entity.field('id').string(),
    kind: entity.field('kind').string(),
    label: entity.field('label').string(),
  };
  const description = entity.optional('description');
  if (description !== undefined) out.description = description.string();
  const aliases = entity.optional('aliases');
  if (aliases !== undefined) out.aliases = aliases.strings();
  return out;
}
