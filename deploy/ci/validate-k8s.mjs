// Validates rendered Kubernetes manifests offline, without a cluster:
//   1. against the Kubernetes OpenAPI schemas (types, required fields, enums, formats),
//      with the validators kubernetes-models generates from them;
//   2. strictly: every field must be one the API knows (a misspelt `readinessprobe` is
//      silently dropped by the API server), walking @kubernetes/client-node's model type map.
//
//   node validate-k8s.mjs rendered.yaml [more.yaml ...]
//
// Exits 1 listing every problem, 0 when all documents pass. .ci/check-deploy installs the
// pinned dependencies (package.json) into a cache directory and runs this on both overlays.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import * as k8s from '@kubernetes/client-node';

const problems = [];
let checked = 0;

function modelPath(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

function clientModel(apiVersion, kind) {
  const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
  return `V${version.slice(1)}${kind}`;
}

const SCALARS = new Set(['string', 'number', 'boolean', 'Date', 'IntOrString', 'any', 'object', 'RequestBody']);

function checkFields(value, type, path, where) {
  if (value === null || value === undefined) {
    return;
  }
  if (SCALARS.has(type)) {
    return;
  }
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => checkFields(item, array[1], `${path}[${index}]`, where));
    }
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        checkFields(item, map[1], `${path}.${key}`, where);
      }
    }
    return;
  }
  const model = k8s[type];
  if (!model || typeof model.getAttributeTypeMap !== 'function') {
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return;
  }
  const attributes = new Map(model.getAttributeTypeMap().map((attribute) => [attribute.baseName, attribute.type]));
  for (const [key, item] of Object.entries(value)) {
    if (!attributes.has(key)) {
      problems.push(`${where}: unknown field ${path}.${key} (not in ${type})`);
      continue;
    }
    checkFields(item, attributes.get(key), `${path}.${key}`, where);
  }
}

async function validateDocument(document, file) {
  const { apiVersion, kind, metadata } = document;
  const where = `${file}: ${kind ?? '?'}/${metadata?.name ?? '?'}`;
  if (!apiVersion || !kind) {
    problems.push(`${where}: apiVersion and kind are required`);
    return;
  }
  let Model;
  try {
    ({ [kind]: Model } = await import(modelPath(apiVersion, kind)));
  }
  catch {
    problems.push(`${where}: ${apiVersion} ${kind} is not a Kubernetes API type this validator knows`);
    return;
  }
  try {
    new Model(document).validate();
  }
  catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
  const clientType = clientModel(apiVersion, kind);
  if (k8s[clientType]) {
    checkFields(document, clientType, '', where);
  }
  else {
    problems.push(`${where}: no field list for ${clientType}, unknown fields not checked`);
  }
  checked++;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-k8s.mjs rendered.yaml [more.yaml ...]');
  process.exit(2);
}
for (const file of files) {
  for (const parsed of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (parsed.errors.length > 0) {
      problems.push(`${file}: YAML error ${parsed.errors[0].message}`);
      continue;
    }
    const document = parsed.toJS();
    if (document) {
      await validateDocument(document, file);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in ${files.join(', ')}`);
  process.exit(1);
}
console.log(`${checked} Kubernetes objects valid (OpenAPI schemas, no unknown fields) in ${files.join(', ')}`);
