#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Local development/test stack for Tarn: Postgres, Redis, Ceph RGW (S3) and
# Trino, all on 127.0.0.1, all state under one directory.
#
#   stack.sh up                 install what is missing, start everything, wait until healthy
#   stack.sh down [--purge]     stop everything; --purge also deletes the state dir
#   stack.sh clean              same as down --purge
#   stack.sh status             one line per service
#   stack.sh logs [service]     tail a service log (follows when stdout is a terminal)
#   stack.sh env                print `export NAME=value` lines (also in $STATE/stack.env)
#
# Environment: TARN_STATE_DIR (default <repo>/.tarn), TARN_CACHE_DIR (default
# ~/.cache/tarn), TARN_PG_PORT, TARN_REDIS_PORT, TARN_CEPH_MON_PORT,
# TARN_CEPH_MON_V2_PORT, TARN_CEPH_MS_PORT_MIN, TARN_RGW_PORT, TARN_TRINO_PORT,
# TARN_TRINO_HEAP, JAVA_HOME (a JDK >= 24 for Trino).
set -euo pipefail

STACK_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$STACK_DIR/../.." && pwd)

# shellcheck source=lib/common.sh
source "$STACK_DIR/lib/common.sh"
# shellcheck source=lib/install.sh
source "$STACK_DIR/lib/install.sh"
# shellcheck source=lib/postgres.sh
source "$STACK_DIR/lib/postgres.sh"
# shellcheck source=lib/redis.sh
source "$STACK_DIR/lib/redis.sh"
# shellcheck source=lib/ceph.sh
source "$STACK_DIR/lib/ceph.sh"
# shellcheck source=lib/trino.sh
source "$STACK_DIR/lib/trino.sh"

status_line() {
  local svc=$1 port=$2 pid=$3 expect=$4 addr
  addr="$BIND_HOST:$port"
  [[ $port == - ]] && addr="(no client port)"
  if pid_alive "$pid" "$expect"; then
    printf '%-9s running  %-21s pid %s\n' "$svc" "$addr" "$pid"
  else
    printf '%-9s stopped  %-21s -\n' "$svc" "$addr"
  fi
}

# Serialise concurrent invocations on the same state dir (e.g. two test
# runners calling `up` at once); different state dirs do not contend.
take_lock() {
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/.lock"
  flock -w 900 9 || die "another stack.sh holds $STATE_DIR/.lock"
}

write_env_file() {
  (
    umask 077
    cat >"$ENV_FILE.tmp" <<EOF
export TARN_POSTGRES_URL=postgres://tarn:$PG_PASSWORD@$BIND_HOST:$PG_PORT/tarn
export TARN_REDIS_URL=redis://:$REDIS_PASSWORD@$BIND_HOST:$REDIS_PORT
export TARN_S3_ENDPOINT=$RGW_URL
export TARN_S3_REGION=$S3_REGION
export TARN_S3_ACCESS_KEY=${S3_TARN_ACCESS_KEY:-}
export TARN_S3_SECRET_KEY=${S3_TARN_SECRET_KEY:-}
export TARN_S3_BUCKET_LAKE=tarn-lake
export TARN_S3_BUCKET_RAW=tarn-raw
export TARN_S3_BUCKET_DEAD_LETTER=tarn-dead-letter
export TARN_TRINO_URL=$TRINO_URL
export TARN_TRINO_USER=$TRINO_USER
export TARN_TRINO_PASSWORD=$TRINO_PASSWORD
export TARN_TRINO_CA_FILE=$TRINO_CA_PEM
export TARN_TRINO_CATALOG=lake
EOF
    mv "$ENV_FILE.tmp" "$ENV_FILE"
  )
}

cmd_up() {
  local t0
  t0=$(now_us)
  take_lock
  ensure_state_dirs
  save_ports
  install_all
  ensure_secrets
  postgres_up
  redis_up
  ceph_up
  s3_bootstrap
  trino_up
  write_env_file
  say "all services up ($(elapsed "$t0")); credentials: source $ENV_FILE"
}

cmd_down() {
  local purge=0
  [[ ${1:-} == --purge ]] && purge=1
  if [[ -d $STATE_DIR ]]; then
    take_lock
    # Tarn's own processes depend on the services; stop them first.
    "$STACK_DIR/apps.sh" stop
    trino_down
    ceph_down
    redis_down
    postgres_down
  fi
  if ((purge)); then
    # Guard against a TARN_STATE_DIR that points somewhere precious.
    [[ ! -e $STATE_DIR || -f $STATE_DIR/.tarn-stack ]] ||
      die "$STATE_DIR has no .tarn-stack marker, so it was not created by stack.sh; not deleting it"
    rm -rf "${STATE_DIR:?}"
    say "purged $STATE_DIR"
  fi
}

cmd_status() {
  postgres_status
  redis_status
  ceph_status
  trino_status
}

cmd_logs() {
  local svc=${1:-} files=()
  if [[ -n $svc ]]; then
    [[ " ${SERVICES[*]} install ceph-cluster " == *" $svc "* ]] ||
      die "unknown service '$svc' (one of: ${SERVICES[*]} install ceph-cluster)"
    files=("$(log_file "$svc")")
    [[ -e ${files[0]} ]] || die "no log yet at ${files[0]}"
  else
    local s
    for s in "${SERVICES[@]}"; do [[ -e $(log_file "$s") ]] && files+=("$(log_file "$s")"); done
    ((${#files[@]})) || die "no logs yet in $LOG_DIR"
  fi
  if [[ -t 1 ]]; then
    exec tail -n 50 -F "${files[@]}"
  else
    exec tail -n 50 "${files[@]}"
  fi
}

cmd_env() {
  load_secrets
  write_env_file
  cat "$ENV_FILE"
}

usage() {
  sed -n '3,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    up) cmd_up ;;
    down) cmd_down "$@" ;;
    clean) cmd_down --purge ;;
    status) cmd_status ;;
    logs) cmd_logs "$@" ;;
    env) cmd_env ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
