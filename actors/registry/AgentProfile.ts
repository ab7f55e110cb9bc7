/**
 * What an agent tells the registry about itself, and the queries that discover agents by it.
 * `matchesQuery` is the one definition of a match: the registry's indexes, the scenario's ground
 * truth and the tests' model all use it.
 */

/** An agent's health as reported at registration. */
export type AgentHealth = 'healthy' | 'degraded' | 'unhealthy';

/** A registered agent. */
export interface AgentProfile {
  readonly id: string;
  /** The cluster node (site) the agent runs on. */
  readonly site: string;
  readonly capabilities: readonly string[];
  /** Free memory, as a fraction in [0, 1]. */
  readonly memory: number;
  /** Free CPU, as a fraction in [0, 1]. */
  readonly cpu: number;
  readonly health: AgentHealth;
  readonly region: string;
}

/** Kinds of discovery query (the seed's five, plus multi-capability matching and a full listing). */
export type QueryType = 'capability' | 'resource' | 'health' | 'region' | 'composite' | 'multi-capability' | 'all';

/** A discovery query: every given criterion must hold (an empty query matches every agent). */
export interface DiscoveryQuery {
  readonly type: QueryType;
  /** Every one of these capabilities is required. */
  readonly capabilities?: readonly string[];
  readonly minMemory?: number;
  readonly minCpu?: number;
  readonly health?: AgentHealth;
  readonly region?: string;
}

/** Whether `profile` satisfies every criterion of `query`. */
export function matchesQuery(profile: AgentProfile, query: DiscoveryQuery): boolean {
  if (query.health !== undefined && profile.health !== query.health) return false;
  if (query.region !== undefined && profile.region !== query.region) return false;
  if (query.minMemory !== undefined && profile.memory < query.minMemory) return false;
  if (query.minCpu !== undefined && profile.cpu < query.minCpu) return false;
  if (query.capabilities !== undefined) {
    for (const c of query.capabilities) if (!profile.capabilities.includes(c)) return false;
  }
  return true;
}
