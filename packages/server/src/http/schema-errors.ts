import type { FastifySchemaValidationError, SchemaErrorDataVar } from 'fastify/types/schema.js';

import { LdError } from '../errors.js';

/**
 * Turns ajv's first complaint into one sentence a person can act on:
 * `threshold must be a number`, `metric must be one of p50, p90, …`,
 * `unknown field "colour"`, `target is required`.
 */
export function schemaError(errors: FastifySchemaValidationError[], dataVar: SchemaErrorDataVar): LdError {
  // A union reports each branch's failure and then its own: the union's reads best.
  const first = errors.find((e) => e.keyword === 'anyOf') ?? errors[0];
  return new LdError('LD_ERR_BAD_REQUEST', first === undefined ? 'the request is invalid' : describe(first, dataVar));
}

function describe(e: FastifySchemaValidationError, dataVar: SchemaErrorDataVar): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const where = path || (dataVar === 'querystring' ? 'the query' : dataVar === 'params' ? 'the path' : `the ${dataVar}`);
  const params = e.params as Record<string, unknown>;
  const within = path ? ` in ${path}` : '';
  switch (e.keyword) {
    case 'required':
      return `${path ? `${path}.` : ''}${String(params.missingProperty)} is required`;
    case 'additionalProperties':
      return `unknown field "${String(params.additionalProperty).slice(0, 40)}"${within}`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'type':
      return `${where} must be ${article(String(params.type))}`;
    case 'anyOf':
      return `${where} ${anyOfMessage(e)}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'boolean') return 'true or false';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Unions of literals (the registry's enums) read better as a list. */
function anyOfMessage(e: FastifySchemaValidationError): string {
  const branches = ((e as { parentSchema?: unknown }).parentSchema as { anyOf?: { const?: unknown; type?: string; minimum?: number }[] } | undefined)?.anyOf;
  if (branches === undefined) return e.message ?? 'is invalid';
  const names = branches.map((b) =>
    b.const !== undefined ? String(b.const) : b.type === 'integer' ? `a whole number${b.minimum !== undefined ? ` ≥ ${b.minimum}` : ''}` : (b.type ?? '?'),
  );
  return `must be one of ${names.join(', ')}`;
}
