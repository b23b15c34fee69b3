# shellcheck shell=bash
# Shared settings and helpers for stack.sh. Sourced, never executed.
# The settings below are read by the other lib/*.sh files, hence SC2034.
# shellcheck disable=SC2034

# --- layout -------------------------------------------------------------------

STATE_DIR="${TARN_STATE_DIR:-$REPO_ROOT/.tarn}"
CACHE_DIR="${TARN_CACHE_DIR:-$HOME/.cache/tarn}"
LOG_DIR="$STATE_DIR/logs"
RUN_DIR="$STATE_DIR/run"
CERT_DIR="$STATE_DIR/certs"
SECRETS_FILE="$STATE_DIR/secrets.env"
ENV_FILE="$STATE_DIR/stack.env"

BIND_HOST=127.0.0.1
# Ports chosen at `up` are remembered per state dir, so a later `env`,
# `status` or `down` without the same TARN_*_PORT variables still reports the
# ports the stack really uses. Explicit variables win.
PORTS_FILE="$STATE_DIR/ports.env"
if [[ -r $PORTS_FILE ]]; then
  # shellcheck disable=SC1090
  source "$PORTS_FILE"
fi
PG_PORT="${TARN_PG_PORT:-55432}"
REDIS_PORT="${TARN_REDIS_PORT:-56379}"
CEPH_MON_PORT="${TARN_CEPH_MON_PORT:-56789}"
CEPH_MON_V2_PORT="${TARN_CEPH_MON_V2_PORT:-53300}"
# OSDs bind several messenger ports; keep them in a private window instead of
# Ceph's default 6800-7300 so a second stack (other TARN_STATE_DIR) can coexist.
CEPH_MS_PORT_MIN="${TARN_CEPH_MS_PORT_MIN:-56800}"
RGW_PORT="${TARN_RGW_PORT:-57480}"
TRINO_PORT="${TARN_TRINO_PORT:-58443}"

TRINO_VERSION=476
S3_REGION="us-east-1"
BUCKETS=(tarn-lake tarn-raw tarn-dead-letter)

SERVICES=(postgres redis ceph-mon ceph-osd rgw trino)

# --- output -------------------------------------------------------------------

say() { printf '[stack] %s\n' "$*"; }
warn() { printf '[stack] warning: %s\n' "$*" >&2; }
die() {
  printf '[stack] error: %s\n' "$*" >&2
  exit 1
}

# Microsecond clock from bash itself; avoids forking date(1) around every step.
now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }
elapsed() {
  local us=$(($(now_us) - $1))
  printf '%d.%01ds' $((us / 1000000)) $(((us % 1000000) / 100000))
}

log_file() { echo "$LOG_DIR/$1.log"; }

# Print why a service failed, the tail of its log, and stop the whole run.
service_failed() {
  local svc=$1 reason=$2 log
  log=$(log_file "$svc")
  printf '[stack] %s: FAILED: %s\n' "$svc" "$reason" >&2
  if [[ -s $log ]]; then
    printf '[stack] --- last 20 lines of %s ---\n' "$log" >&2
    tail -n 20 "$log" >&2 || true
    printf '[stack] --- end of %s ---\n' "$log" >&2
  else
    printf '[stack] (log %s is empty or missing)\n' "$log" >&2
  fi
  exit 1
}

# --- processes ----------------------------------------------------------------

pid_file() { echo "$RUN_DIR/$1.pid"; }

# A pid counts only if the process is alive and its command line still
# contains the expected program name; pids get reused after a reboot.
pid_alive() {
  local pid=$1 expect=$2
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  local cmd
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *"$expect"* ]]
}

# During startup we watch a pid we just forked: it cannot be reused while it
# is our unreaped child, but its command line only becomes the daemon's after
# exec, so check for existence and "not a zombie" instead of the name.
pid_running() {
  local pid=$1 stat
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  stat=$(<"/proc/$pid/stat") 2>/dev/null || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z ]]
}

read_pid() {
  local f
  f=$(pid_file "$1")
  if [[ -r $f ]]; then head -n1 "$f"; fi
}

# Detach the child from our session so Ctrl-C on stack.sh, or the calling
# shell exiting, does not take the service down with it. In a non-interactive
# shell the background child is not a group leader, so setsid execs in place
# and $! is the service's own pid. fds 8 and 9 are the cache and state-dir
# locks: a daemon that inherited one would hold it for its whole life.
spawn() {
  local svc=$1
  shift
  local log
  log=$(log_file "$svc")
  nohup setsid "$@" >>"$log" 2>&1 </dev/null 8>&- 9>&- &
  echo $! >"$(pid_file "$svc")"
}

# SIGTERM, wait, then SIGKILL.
stop_pid() {
  local pid=$1 expect=$2 timeout=${3:-30}
  pid_alive "$pid" "$expect" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < timeout * 10; i++)); do
    pid_alive "$pid" "$expect" || return 0
    sleep 0.1
  done
  warn "pid $pid ($expect) ignored SIGTERM for ${timeout}s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.2
}

port_in_use() {
  local port=$1
  [[ -n $(ss -Hltn "sport = :$port" 2>/dev/null) ]]
}

# Refuse to start on a port someone else already holds, with a useful message
# instead of the service's own bind error buried in a log.
require_free_port() {
  local svc=$1 port=$2
  if port_in_use "$port"; then
    service_failed "$svc" "port $BIND_HOST:$port is already in use by another process ($(ss -Hltnp "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\("[^"]*"\).*/\1/p' | head -n1))"
  fi
}

# wait_until <svc> <timeout-seconds> <pid-to-watch|""> <command...>
# Polls the command until it succeeds; gives up early if the process died.
wait_until() {
  local svc=$1 timeout=$2 pid=$3
  shift 3
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    if [[ -n $pid ]] && ! pid_running "$pid"; then
      service_failed "$svc" "process exited during startup"
    fi
    sleep 0.5
  done
  service_failed "$svc" "not ready after ${timeout}s"
}

# --- secrets ------------------------------------------------------------------

save_ports() {
  cat >"$PORTS_FILE" <<EOF
: "\${TARN_PG_PORT:=$PG_PORT}"
: "\${TARN_REDIS_PORT:=$REDIS_PORT}"
: "\${TARN_CEPH_MON_PORT:=$CEPH_MON_PORT}"
: "\${TARN_CEPH_MON_V2_PORT:=$CEPH_MON_V2_PORT}"
: "\${TARN_CEPH_MS_PORT_MIN:=$CEPH_MS_PORT_MIN}"
: "\${TARN_RGW_PORT:=$RGW_PORT}"
: "\${TARN_TRINO_PORT:=$TRINO_PORT}"
EOF
}

rand_hex() { openssl rand -hex "$1"; }

# Secrets are generated once per state dir and reused, so data written by a
# previous run stays reachable with the same credentials.
ensure_secrets() {
  if [[ ! -s $SECRETS_FILE ]]; then
    (
      umask 077
      cat >"$SECRETS_FILE.tmp" <<EOF
PG_PASSWORD=$(rand_hex 18)
REDIS_PASSWORD=$(rand_hex 18)
TRINO_PASSWORD=$(rand_hex 18)
TRINO_SHARED_SECRET=$(openssl rand -base64 48 | tr -d '\n')
TRINO_KEYSTORE_PASSWORD=$(rand_hex 12)
CEPH_FSID=$(uuidgen)
EOF
      mv "$SECRETS_FILE.tmp" "$SECRETS_FILE"
    )
  fi
  load_secrets
}

load_secrets() {
  [[ -s $SECRETS_FILE ]] || die "no secrets in $SECRETS_FILE; run 'stack.sh up' first"
  # shellcheck disable=SC1090
  source "$SECRETS_FILE"
}

# Keys that only exist after RGW created the users; appended, not regenerated.
set_secret() {
  local name=$1 value=$2
  sed -i "/^${name}=/d" "$SECRETS_FILE"
  printf '%s=%s\n' "$name" "$value" >>"$SECRETS_FILE"
  printf -v "$name" '%s' "$value"
}

ensure_state_dirs() {
  mkdir -p "$STATE_DIR" "$LOG_DIR" "$RUN_DIR" "$CERT_DIR"
  # Marks the directory as ours, so `down --purge` never deletes a directory
  # that TARN_STATE_DIR pointed at by mistake.
  touch "$STATE_DIR/.tarn-stack"
  # The postgres OS user must be able to traverse into its data dir; mktemp -d
  # style 0700 state dirs would block it. Secrets stay 0600 files.
  chmod 0755 "$STATE_DIR" "$LOG_DIR" "$RUN_DIR" "$CERT_DIR"
}

# Trino (and the CLI) need a JDK >= 24; Debian only ships older ones.
java_major() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  echo "${v%%.*}"
}

find_java_home() {
  local cand major
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [[ -n $cand && -x $cand/bin/java ]] || continue
    major=$(java_major "$cand")
    if [[ $major =~ ^[0-9]+$ ]] && ((major >= 24)); then
      echo "$cand"
      return 0
    fi
  done
  return 1
}
