import { TAXONOMY_SHAPES, type TaxonomyShape } from '../model/types.js';
import { JsonReader } from './JsonReader.js';
import type {
  Annotations,
  CategoryAnnotation,
  EntityAnnotation,
  PaperLinkAnnotation,
  TaxonomyAnnotation,
} from './Annotations.js';

/**
 * Checks the shape of annotations.json (types, required fields) and returns it typed. Whether
 * ids resolve and strings occur in the abstracts is the build's business, where the papers are.
 */
export function parseAnnotations(value: unknown, file = 'annotations.json'): Annotations {
  const root = new JsonReader(value, file);
  const list = (name: string): JsonReader[] => root.optional(name)?.items() ?? [];
  const out: Annotations = {
    papers: list('papers').map((paper) => {
      const links = paper.optional('links')?.items().map(readPaperLink) ?? [];
      const label = paper.optional('label')?.string();
      return { id: paper.field('id').string(), ...(label === undefined ? {} : { label }), links };
    }),
    taxonomies: list('taxonomies').map(readTaxonomy),
    entities: list('entities').map(readEntity),
    relations: list('relations')
      .map((relation) => ({
        source: relation.field('source').string(),
        target: relation.field('target').string(),
        kind: relation.field('kind').string(),
        rationale: relation.field('rationale').string(),
      })),
  };
  const title = root.optional('title')?.string();
  if (title !== undefined) out.title = title;
  const description = root.optional('description')?.string();
  if (description !== undefined) out.description = description;
  if (root.optional('tours') !== undefined) out.tours = root.field('tours').value;
  return out;
}

function readPaperLink(link: JsonReader): PaperLinkAnnotation {
  const out: PaperLinkAnnotation = {
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

function readTaxonomy(taxonomy: JsonReader): TaxonomyAnnotation {
  const shapeReader = taxonomy.field('shape');
  const shape = shapeReader.string();
  if (!(TAXONOMY_SHAPES as readonly string[]).includes(shape)) {
    shapeReader.fail(`"${shape}" is not one of ${TAXONOMY_SHAPES.join(', ')}`);
  }
  const out: TaxonomyAnnotation = {
    id: taxonomy.field('id').string(),
    label: taxonomy.field('label').string(),
    shape: shape as TaxonomyShape,
    parts: taxonomy.field('parts').items().map(readCategory),
  };
  const description = taxonomy.optional('description');
  if (description !== undefined) out.description = description.string();
  const aliases = taxonomy.optional('aliases');
  if (aliases !== undefined) out.aliases = aliases.strings();
  return out;
}

function readCategory(part: JsonReader): CategoryAnnotation {
  const out: CategoryAnnotation = {
    id: part.field('id').string(),
    label: part.field('label').string(),
  };
  const description = part.optional('description');
  if (description !== undefined) out.description = description.string();
  const aliases = part.optional('aliases');
  if (aliases !== undefined) out.aliases = aliases.strings();
  return out;
}

function readEntity(entity: JsonReader): EntityAnnotation {
  const out: EntityAnnotation = {
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
