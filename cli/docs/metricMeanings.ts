/**
 * What each scenario's metrics mean, for the generated metric tables of the docs. The names are
 * checked against real runs (see scenarioPages.ts): `npm run docs` fails on a metric measured but
 * not explained here, or explained here but never measured, so the two cannot drift apart.
 * A name may hold a `<placeholder>` listed under `placeholders`; it then stands for one row.
 */

/** The metric meanings of one scenario. */
export interface MetricMeanings {
  /** Values each `<placeholder>` in a metric name takes. */
  readonly placeholders?: Readonly<Record<string, readonly string[]>>;
  readonly metrics: Readonly<Record<string, string>>;
}

const detection = {
  detection_ms: 'crash → first declaration that the agent is dead (by the monitor, or by any SWIM member); one sample per detected crash',
  suspicion_ms: 'crash → first suspicion (swim: a member’s own failed probe; central: the first failed check)',
  false_positives: 'live (up) agents declared dead, counted once per wrong decision (for SWIM by the member that made it, not by those that learned it by gossip); pauses, loss and partitions cause these',
  false_positive_rate: '`false_positives` / probes (`probes_count` or `checks_count`)',
  messages_per_probe: '`messages_count` / probes (heartbeats: 1; central: ≈ 2; swim: ≈ 2 plus indirect probing)',
  crashes_count: 'crashes injected (from the scenario and from `--faults`)',
  messages_count: 'messages sent, of every kind',
  check_latency_ms: 'a health check sent → its answer handled (central: check → ok at the checker; swim: ping → ack at the prober), network and queueing for a core included',
};

/** Meanings by scenario name. */
export const metricMeanings: Readonly<Record<string, MetricMeanings>> = {
  'failure-detection': {
    metrics: {
      ...detection,
      probes_count: 'liveness probes: heartbeats sent (timeout, phi, phi-exp), health checks sent (central), direct pings at period start (swim; relayed pings excluded)',
    },
  },
  'health-monitoring': {
    metrics: {
      ...detection,
      checks_count: 'checks performed: health checks sent (central), heartbeats sent, or SWIM direct probes',
      detection_accuracy_ratio:
        'time-averaged agreement of the health view with the truth: 1 − (Σ over nodes of the time a node’s verdict differed from its true state) / (nodes × duration); a node is truly down while crashed or paused; the view is the monitor’s (SWIM: `node-1`’s)',
      anomalies_count: 'anomalies injected: crash episodes and pause episodes',
      anomalies_detected_count: 'anomalies during which (between its start and the node’s restart or resume) the view declared the node dead',
    },
  },
  'load-balancing': {
    metrics: {
      response_ms: 'arrival at the system → service completion at a server (includes decision latency and the network hop)',
      decision_ms: 'arrival → the balancer’s dispatch of the request (with `entry=network`, the hop to a central balancer and its wait for a core included; emergent with `resources=on`)',
      wait_ms: 'arrival at the server → start of service (queueing delay)',
      in_system: 'time-average number of requests in a server (waiting + in service), averaged over servers: L of Little’s law, L = λ·W per server',
      max_queue: 'the largest number of requests at any one server during the window',
      throughput_rps: 'requests completed during the window per second',
      utilisation_ratio: 'mean over servers of the fraction of the window a server was busy',
      utilisation_spread: 'max − min of per-server utilisation (0 = perfectly even; a crashed server widens it)',
      offered_rps: 'arrival rate actually generated',
      completed_count: 'requests completed',
      lost_count: 'requests lost: sent to a crashed server before it was declared dead, queued at a server when it crashed, or entering at a crashed agent',
      rejected_count: 'requests rejected because no server was believed alive',
      unfinished_count: 'requests still queued when the run ended (completed + lost + rejected + unfinished = `requests`)',
      crashes_count: 'servers crashed',
    },
  },
  'node-discovery': {
    metrics: {
      rounds_to_full: '⌊`time_to_full_ms` / `round_ms`⌋: with aligned rounds, the rounds that ran before every node knew every node (absent if that never happened)',
      time_to_full_ms: 'last join → every node knows every node',
      messages_count: 'protocol messages sent (joins, gossip, pulls, registrations, lookups and their answers) until full discovery',
      messages_total_count: 'protocol messages sent over the whole run',
      discovered_ratio: 'known (node, member) pairs / n² at the end',
    },
  },
  'large-scale-coordination': {
    metrics: {
      coordination_ms:
        'consensus: per committed command, submission → committed on a majority (= `commit_ms`); broadcast: per broadcast, start → the last live target delivered it (only broadcasts that reached every live target); hierarchical: per round, start → the last live agent received the decision (only complete rounds)',
      success_ratio: 'consensus: commands committed / submitted; broadcast: deliveries / (broadcasts × live targets); hierarchical: decisions received / (rounds × live agents)',
      participation_ratio: 'agents that sent or received at least one delivered message / agents',
      messages_count: 'messages sent',
      messages_per_agent: 'messages sent per agent',
      commit_ms: 'consensus: submission → committed by the leader on a majority',
      election_downtime_ms: 'consensus: leader crash → a leader of a later term is elected',
      participants_count: 'consensus: Raft participants',
      proposals_count: 'consensus: client commands submitted',
      leader_crashes_count: 'consensus: leader crashes injected',
      terms_count: 'consensus: highest term reached by any participant',
      targets_count: 'broadcast: group members',
      fanout_count: 'broadcast: fanout or tree arity used',
      groups_count: 'hierarchical: group leaders',
      aggregated_ratio: 'hierarchical: values counted at the root / (rounds × agents)',
    },
  },
  'distributed-cluster': {
    placeholders: { op: ['discovery', 'consensus', 'load_balancing', 'resource_allocation'] },
    metrics: {
      '<op>_execution_ms': 'per operation: lookup → answer; command → committed; request → completed; allocation request → granted or refused',
      '<op>_success_ratio': 'lookups answered with the right node; commands committed; requests completed; allocations granted, over those issued',
      '<op>_network_latency_ms': 'mean one-way latency of the operation’s delivered messages',
      '<op>_messages_count': 'messages the operation sent',
      agents_count: '`nodes` × `agents_per_node`',
    },
  },
  'resource-efficiency': {
    metrics: {
      events_count: 'simulated events over all cycles (deterministic)',
      messages_count: 'simulated messages over all cycles (deterministic)',
      process_heap_per_agent_bytes: 'heap growth from spawning the agents / agents (median over cycles)',
      process_heap_per_variable_bytes: 'heap growth from spawning the variables / variables (median over cycles)',
      process_setup_heap_bytes: 'heap growth from building one cycle’s world',
      process_peak_heap_bytes: 'highest heap in use sampled while running (absolute)',
      process_heap_growth_per_cycle_bytes: 'heap after discarding the last cycle minus after the first, per cycle: the leak check (≈ 0, noise of tens of KB)',
      process_cpu_per_event_ms: 'process CPU time while running / simulated events',
      process_gc_available_count: '1 when heap figures were taken after a real full GC',
    },
  },
  'agent-registration': {
    placeholders: { type: ['capability', 'multi_capability', 'resource', 'health', 'region', 'composite', 'all'] },
    metrics: {
      registration_ms: 'agent’s registration request → acknowledgement',
      deregistration_ms: 'agent’s deregistration request → acknowledgement',
      bulk_registration_ms: 'start of a round → last agent registered (bulk, concurrent)',
      setup_registration_ms: 'the same for the setup of the query ops',
      discovery_ms: 'query → answer at the client',
      'discovery_<type>_ms': 'query → answer, per query type',
      results_count: 'agents in each answer',
      'results_<type>_count': 'agents in each answer, per query type',
      stale_results_count: 'per answer: agents wrongly included plus agents wrongly missing, against the ground truth (agents up and holding a registration ack) when the answer arrives',
      topology_accuracy_ratio: 'cluster-discovery: |answer ∩ truth| / |answer ∪ truth|',
      replication_lag_ms: 'replicated: write at its origin → applied at a peer',
      registered_count: 'agents registered at the end',
      crashes_count: 'agents crashed',
      stale_results_total_count: 'sum of `stale_results_count` over all answers',
    },
  },
  'cognitive-variables': {
    metrics: {
      creation_ms: 'spawn → initial value acked by every affected agent',
      update_local_ms: 'local update request → `variable_updated`',
      update_cluster_ms: 'cluster update request → `variable_updated` (every affected agent acked)',
      adaptation_ms: 'feedback → `adaptation_completed` (including any coordination)',
      coordination_ms: 'request → commit confirmed or abort',
      consensus_ms: 'proposal → decision (all votes, a no, or the timeout)',
      notification_ms: 'decision → every commit acked (committed changes)',
      adaptation_magnitude_ratio: 'size of each adaptation (fraction of the range; 1 for a changed option)',
      coordination_success_ratio: 'committed / coordinated changes',
      coordinations_count: 'coordinated changes started',
      adaptations_coordinated_count: 'adaptations large enough to be coordinated',
      requests_count: 'requests sent to the variables',
      crashes_count: 'agents crashed',
    },
  },
  'ml-workflow': {
    placeholders: { s: ['grid', 'random', 'bayesian'] },
    metrics: {
      iterations_to_converge:
        'first iteration whose incumbent reaches 95% of the best objective known for the seed (the reference optimum, or better if any run found better); the iteration count when it never does',
      converged_ratio: '1 when the strategy converged within the budget, else 0',
      converge_ms: 'virtual time of that iteration',
      final_objective: 'noise-free objective of the final incumbent (normalised, ≈ 1 at the optimum)',
      optimisation_ms: 'virtual time of the last iteration',
      iteration_ms: 'one optimisation iteration, dispatch → evaluations → update, in virtual time (one sample per iteration)',
      '<s>_iteration_ms': 'compare: `iteration_ms` of strategy s',
      best_known_objective: 'the reference that the 95% threshold is taken of',
      '<s>_iterations_to_converge': 'compare: `iterations_to_converge` of strategy s',
      '<s>_converged_ratio': 'compare: `converged_ratio` of strategy s',
      '<s>_converge_ms': 'compare: `converge_ms` of strategy s',
      '<s>_final_objective': 'compare: `final_objective` of strategy s',
      '<s>_optimisation_ms': 'compare: `optimisation_ms` of strategy s',
      'speed_vs_<s>_ratio': '`converge_ms` of strategy s / that of the primary strategy (> 1: primary faster)',
      'quality_vs_<s>_ratio': 'primary `final_objective` / that of s',
      'iterations_vs_<s>_ratio': '`iterations_to_converge` of s / that of the primary',
    },
  },
};
