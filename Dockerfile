# The agentsim CLI from this checkout, as an image: used by the Kubernetes sweep examples
# (examples/sweep/). Build and tag it as docs/sweeps.md says:
#
#   docker build -t agentsim:0.1.0 .
#   docker run --rm agentsim:0.1.0 run failure-detection --seed 42
#
# For a remote cluster, tag it for your registry and push it (see docs/sweeps.md).
FROM node:20-slim

WORKDIR /opt/agentsim
# Dependencies first (cached while only sources change); the build runs once the sources are in.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build \
  && npm prune --omit=dev \
  && ln -s /opt/agentsim/dist/cli/index.js /usr/local/bin/agentsim

# Sweeps write their results below the working directory unless --out says otherwise.
WORKDIR /results
ENTRYPOINT ["agentsim"]
CMD ["--help"]
