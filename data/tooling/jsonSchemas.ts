/**
 * JSON Schemas for the JSON files in data/, generated from the one valibot schema so editors can
 * autocomplete and flag mistakes as you type. `npm run data:schema` writes them to data/schema/;
 * a unit test fails when they are out of date.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { MeasureSchema, MetaSchema, MythSchema, WalletSchema } from '../../src/data/schema.ts';
import { RAW_PAYMENTS_FIELD } from './assemble.ts';

const withSchemaKey = <T extends v.ObjectEntries>(entries: T) => v.strictObject({ $schema: v.optional(v.string()), ...entries });

const FILES = {
  'meta.schema.json': withSchemaKey(MetaSchema.entries),
  'measures.schema.json': withSchemaKey({ measures: v.array(MeasureSchema) }),
  'myths.schema.json': withSchemaKey({ myths: v.array(MythSchema) }),
  'ransom.schema.json': withSchemaKey({ wallets: v.array(WalletSchema), [RAW_PAYMENTS_FIELD]: v.string(), paymentsSourceId: v.string() }),
};

export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FILES).map(([file, schema]) => [
      file,
      `${JSON.stringify(
        // Checks written as functions (ISO dates, ISO codes, URLs) cannot be expressed in JSON
        // Schema; they are skipped here and enforced by data:check.
        { ...toJsonSchema(schema, { errorMode: 'ignore' }), $comment: 'Generated from src/data/schema.ts by npm run data:schema; do not edit.' },
        null,
        2,
      )}\n`,
    ]),
  );
}
