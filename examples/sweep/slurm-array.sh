#!/bin/bash
# A sharded agentsim sweep as a Slurm job array: task K runs slice K of 8 (--shard K/8) on the
# cores Slurm gave it, into its own folder. Resubmitting a failed task resumes its slice.
# It runs this checkout's own build (dist/cli/index.js): clone the repository on a filesystem the
# compute nodes share, run `npm install` there once (it builds dist/), and submit from its root:
#
#   jobid=$(sbatch --parsable examples/sweep/slurm-array.sh)
#   sbatch --dependency=afterok:$jobid --wrap 'node dist/cli/index.js merge results/shard-* --out results/summary.json'
#
#SBATCH --job-name=agentsim-sweep
#SBATCH --array=1-8
#SBATCH --cpus-per-task=4
#SBATCH --mem=4G
#SBATCH --time=12:00:00
#SBATCH --output=slurm-agentsim-%A_%a.out

set -euo pipefail
cd "${SLURM_SUBMIT_DIR:-.}"
if [ ! -f dist/cli/index.js ]; then
  echo "dist/cli/index.js not found: run 'npm install' in the checkout first (it builds dist/)" >&2
  exit 2
fi
mkdir -p results
node dist/cli/index.js sweep failure-detection \
  --seeds 1..1000 --set nodes=100,1000,10000 \
  --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --shard "${SLURM_ARRAY_TASK_ID}/8" \
  --out "results/shard-${SLURM_ARRAY_TASK_ID}"
