/**
 * Text and Markdown renderings of a coverage report: per machine, states x/y and transitions
 * x/y, then every declared transition never taken, named by its path in the machine.
 */
import { coverageTotals, type CoverageReport, type MachineCoverage, type TransitionCoverage } from '../../engine/index.js';
import { markdownTable } from '../formatTable.js';

/** `raft-node: candidate --always#1--> leader (guard: isLeader)`. */
export function transitionLabel(m: MachineCoverage, t: TransitionCoverage): string {
  return `${m.name}: ${t.key}${t.guard ? ` (guard: ${t.guard})` : ''}`;
}

/** What ran a machine: `core, 5 actors`, or `observer` for an observer's points. */
export function coverageRunBy(m: MachineCoverage): string {
  return m.observer ? 'observer' : `${m.kind}, ${m.actors} actor${m.actors === 1 ? '' : 's'}`;
}

/** One summary line per machine. */
export function coverageSummaryLines(report: CoverageReport): string[] {
  return report.machines.map((m) => {
    const { states, transitions } = coverageTotals(m);
    return `${m.name} (${coverageRunBy(m)}): states ${states[0]}/${states[1]}, transitions ${transitions[0]}/${transitions[1]}`;
  });
}

/** Transitions declared but never taken, across machines. */
export function untakenTransitions(report: CoverageReport): string[] {
  return report.machines.flatMap((m) => m.transitions.filter((t) => t.count === 0 && !t.undeclared).map((t) => `${transitionLabel(m, t)} never taken`));
}

/** The text report of `agentsim coverage`. */
export function formatCoverage(report: CoverageReport, title: string): string {
  const untaken = untakenTransitions(report);
  const undeclared = report.machines.flatMap((m) => m.transitions.filter((t) => t.undeclared).map((t) => `${transitionLabel(m, t)} taken ${t.count}x but not declared by the core`));
  return [
    `coverage of ${title} (${report.runs} run${report.runs === 1 ? '' : 's'})`,
    ...coverageSummaryLines(report).map((l) => `  ${l}`),
    ...(report.machines.length === 0
      ? ['no machine was hosted: nothing to cover']
      : untaken.length
        ? ['never taken:', ...untaken.map((l) => `  ${l}`)]
        : ['every declared transition was taken']),
    ...(undeclared.length ? ['undeclared:', ...undeclared.map((l) => `  ${l}`)] : []),
    `fault-state pairs: ${Object.keys(report.faultStates).length}`,
    '',
  ].join('\n');
}

/** The Markdown report: a summary table, then one table per machine. */
export function renderCoverageMarkdown(report: CoverageReport, title: string): string {
  const summary = report.machines.map((m) => {
    const { states, transitions } = coverageTotals(m);
    return [m.name, m.observer ? 'observer' : m.kind, m.observer ? '' : String(m.actors), `${states[0]}/${states[1]}`, `${transitions[0]}/${transitions[1]}`];
  });
  const out = [`# Coverage: ${title}`, '', `${report.runs} run(s).`, '', markdownTable([['machine', 'kind', 'actors', 'states', 'transitions'], ...summary]), ''];
  for (const m of report.machines) {
    out.push(`## ${m.name}`, '');
    out.push(markdownTable([['state', 'entered'], ...m.states.map((s) => [s.name, String(s.count)])]), '');
    out.push(
      markdownTable([
        ['source', 'event', 'target', 'guard', 'taken'],
        ...m.transitions.map((t) => [t.source, t.event, t.target, t.guard ?? '', t.count === 0 ? '**never**' : `${t.count}${t.undeclared ? ' (undeclared)' : ''}`]),
      ]),
      '',
    );
  }
  const pairs = Object.entries(report.faultStates);
  if (pairs.length) out.push('## Faults by state', '', markdownTable([['fault @ machine:state', 'count'], ...pairs.map(([k, v]) => [k, String(v)])]), '');
  return `${out.join('\n')}\n`;
}
