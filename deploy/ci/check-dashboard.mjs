// Checks a Grafana dashboard JSON offline: unique panel ids, panels inside the 24-column
// grid, every panel with a query, and every PromQL expression parsed by Prometheus' own
// grammar (@prometheus-io/lezer-promql), Grafana's $__ variables replaced by sample values.
//
//   node check-dashboard.mjs deploy/grafana/wholesale-shop.json
import { readFileSync } from 'node:fs';
import { parser } from '@prometheus-io/lezer-promql';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check-dashboard.mjs dashboard.json');
  process.exit(2);
}
const dashboard = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];
const ids = new Set();
const expressions = [];

for (const panel of dashboard.panels ?? []) {
  if (ids.has(panel.id)) {
    problems.push(`panel id ${panel.id} is used twice`);
  }
  ids.add(panel.id);
  const { x, w } = panel.gridPos ?? {};
  if (x === undefined || w === undefined || x < 0 || x + w > 24) {
    problems.push(`panel "${panel.title}" lies outside the 24-column grid`);
  }
  if (panel.type === 'row') {
    continue;
  }
  if (!panel.targets || panel.targets.length === 0) {
    problems.push(`panel "${panel.title}" has no query`);
  }
  for (const target of panel.targets ?? []) {
    expressions.push([panel.title, target.expr]);
  }
}
for (const variable of dashboard.templating?.list ?? []) {
  const labelValues = /^label_values\((.*),\s*\w+\)$/.exec(variable.definition ?? '');
  if (labelValues) {
    expressions.push([`variable ${variable.name}`, labelValues[1]]);
  }
}

for (const [title, expression] of expressions) {
  const sample = expression
    .replaceAll('$__rate_interval', '1m')
    .replaceAll('$__range', '1h')
    .replaceAll('$__interval', '1m')
    .replace(/\$\{?(\w+)\}?/g, 'x');
  let error = null;
  parser.parse(sample).iterate({
    enter: (node) => {
      if (node.type.isError && error === null) {
        error = node.from;
      }
    },
  });
  if (error !== null) {
    problems.push(`panel "${title}": PromQL syntax error at offset ${error}: ${expression}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${file}: ${ids.size} panels, ${expressions.length} PromQL expressions valid`);
