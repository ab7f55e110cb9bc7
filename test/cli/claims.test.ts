import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { captureIo } from './captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'agentsim-claims-'));
const file = (name: string) => join(dir, name);

describe('agentsim claims', () => {
  it('should map the node-discovery claims on the quick grid and write JSON, Markdown and HTML', async () => {
    const io = captureIo();
    const code = await main(['claims', '--quick', '--only', 'clustering.node-discovery', '--seeds', '1', '--workers', '0', '--json', file('c.json'), '--md', file('c.md'), '--html', file('c.html')], io);
    expect(code).toBe(0);
    const doc = JSON.parse(readFileSync(file('c.json'), 'utf8'));
    expect(doc.schema).toBe('agentsim.claims/1');
    expect(doc.maps.map((m: { id: string }) => m.id)).toEqual(['clustering.node-discovery', 'clustering.node-discovery.improvement']);
    const improvement = doc.maps[1];
    // The validated configuration (gossip and registry both at 200 ms rounds) fails; a slower registry poll makes it hold.
    expect(improvement.base).toMatchObject({ coords: [200, 200, 1, 10], status: 'failed' });
    expect(improvement.nearest.coords).toEqual([200, 5000, 1, 10]);
    expect(improvement.nearest.value).toBeGreaterThan(3);
    expect(io.out).toContain(improvement.sentence);
    expect(improvement.sentence).toMatch(/^Node Discovery \(10 nodes\) — improvement \(≥ 3x\) holds /);
    expect(readFileSync(file('c.md'), 'utf8')).toContain('nearest configuration where it holds: round_ms (agent-native)=200, round_ms (traditional)=5000');
    const html = readFileSync(file('c.html'), 'utf8');
    expect(html).toContain('id="claim-clustering.node-discovery.improvement"');
    expect(html.match(/<svg/g)).toHaveLength(2);
  });

  it('should reject an --only that matches no claim, and a bad phase, with one line', async () => {
    let io = captureIo();
    expect(await main(['claims', '--only', 'resources.cpu-idle'], io)).toBe(2);
    expect(io.err).toMatch(/^agentsim: --only resources.cpu-idle: no target row with a claim map matches \(rows with one: .*\n$/);
    io = captureIo();
    expect(await main(['claims', '--phase', '7'], io)).toBe(2);
    expect(io.err).toBe('agentsim: --phase 7: expected one of baseline, 1, 2, 3\n');
  });
});

describe('agentsim validate with claim maps', () => {
  it('should map each failed claim and show the nearest configuration where it holds', async () => {
    const io = captureIo();
    const code = await main(['validate', '--quick', '--seeds', '1', '--only', 'clustering.node-discovery.improvement', '--no-recommend', '--workers', '0', '--json', file('v.json'), '--md', file('v.md'), '--html', file('v.html')], io);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(file('v.json'), 'utf8'));
    expect(report.rows[0].outcome.status).toBe('failed');
    expect(report.claims.map((m: { id: string }) => m.id)).toEqual(['clustering.node-discovery.improvement']);
    const md = readFileSync(file('v.md'), 'utf8');
    expect(md).toContain('### Where the failed claims would hold (claim maps)');
    expect(md).toContain('**nearest configuration where it holds: round_ms (agent-native)=200, round_ms (traditional)=5000');
    expect(md).toContain('`agentsim claims --only clustering.node-discovery.improvement --html claims.html`');
    expect(readFileSync(file('v.html'), 'utf8')).toContain('<a href="#claim-clustering.node-discovery.improvement">Node Discovery (10 nodes) — improvement (claim map)</a>');
  });
});
