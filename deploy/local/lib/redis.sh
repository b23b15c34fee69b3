# shellcheck shell=bash
# Ports and paths come from lib/common.sh, sourced first by stack.sh.
# shellcheck disable=SC2153
# Redis: BullMQ queues. noeviction because BullMQ must never lose job keys.

REDIS_ROOT="$STATE_DIR/redis"
REDIS_CONF="$REDIS_ROOT/redis.conf"

redis_write_conf() {
  mkdir -p "$REDIS_ROOT/data"
  # The config holds the password; keep it private.
  (
    umask 077
    cat >"$REDIS_CONF" <<EOF
bind $BIND_HOST
port $REDIS_PORT
protected-mode yes
requirepass $REDIS_PASSWORD
daemonize no
logfile ""
dir $REDIS_ROOT/data
maxmemory 1gb
maxmemory-policy noeviction
appendonly yes
appendfsync everysec
save 3600 1 300 100 60 10000
EOF
  )
}

redis_ping() {
  # REDISCLI_AUTH keeps the password out of argv.
  [[ $(REDISCLI_AUTH=$REDIS_PASSWORD redis-cli --no-auth-warning -h "$BIND_HOST" -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]
}

redis_up() {
  local t0 pid
  t0=$(now_us)
  pid=$(read_pid redis)
  if pid_alive "$pid" redis-server; then
    wait_until redis 30 "$pid" redis_ping
    say "redis: already running on $BIND_HOST:$REDIS_PORT (pid $pid)"
    return 0
  fi
  require_free_port redis "$REDIS_PORT"
  redis_write_conf
  spawn redis redis-server "$REDIS_CONF"
  wait_until redis 30 "$(read_pid redis)" redis_ping
  say "redis: ready on $BIND_HOST:$REDIS_PORT ($(elapsed "$t0"))"
}

redis_down() {
  local pid
  pid=$(read_pid redis)
  if pid_alive "$pid" redis-server; then
    # SIGTERM makes redis fsync the AOF and exit cleanly.
    stop_pid "$pid" redis-server 30
    say "redis: stopped"
  fi
  rm -f "$(pid_file redis)"
}

redis_status() { status_line redis "$REDIS_PORT" "$(read_pid redis)" redis-server; }
