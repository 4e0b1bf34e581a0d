#!/usr/bin/env bash
# Runs every test project of the solution, the same way on a developer's machine and in CI.
#
#   ./test.sh
#
# Needs: the .NET SDK, PostgreSQL server binaries and Debian's Chromium; the last two are
# installed with apt-get when missing (root only). Environment it reads:
#   FACTCHECK_TEST_PG       Npgsql connection string to a server where the user may CREATE DATABASE;
#                           when unset a throwaway PostgreSQL cluster is started on 127.0.0.1.
#   FACTCHECK_CHROMIUM      Chromium binary for Playwright (default /usr/bin/chromium).
#   FACTCHECK_CONFIGURATION Build configuration (default Release).
#   FACTCHECK_TEST_FILTER   Optional `dotnet test --filter` expression, for local runs.
#
# The last line printed is always `N passed, N failed`. Exits non-zero when the build fails,
# a test fails, a test run crashes, or no test ran.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo_root" || exit 1

configuration="${FACTCHECK_CONFIGURATION:-Release}"
work_dir=""
pg_data=""
pg_bin=""
pg_started=0
start_seconds=$SECONDS

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> [%4ds] %s\n' "$((SECONDS - start_seconds))" "$*"; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else log "need root to run: $*"; return 1
    fi
}

apt_install() {
    log "installing with apt-get: $*"
    local apt_log="$work_dir/apt.log"
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 update -qq >"$apt_log" 2>&1 &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq "$@" >>"$apt_log" 2>&1; then
        return 0
    fi
    tail -n 20 "$apt_log"
    return 1
}

# Runs a command as the PostgreSQL server's owner: initdb and postgres refuse to run as root.
as_pg_owner() {
    if [[ $(id -u) -eq 0 ]]; then (cd "$work_dir" && runuser -u postgres -- "$@"); else "$@"; fi
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ $pg_started -eq 1 ]]; then
        as_pg_owner "$pg_bin/pg_ctl" stop -D "$pg_data" -m fast -w >/dev/null 2>&1 || true
        pg_started=0
    fi
    if [[ -n $work_dir && -d $work_dir ]]; then
        rm -rf "$work_dir"
    fi
    return "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Prints the final line and exits; cleanup runs first so nothing follows the line.
finish() {
    local passed=$1 failed=$2 status=$3
    cleanup >/dev/null 2>&1
    log "done in $((SECONDS - start_seconds))s"
    printf '%d passed, %d failed\n' "$passed" "$failed"
    exit "$status"
}

# A port that nothing listens on now; pg_ctl is retried on another one if it loses a race.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

find_pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]] && echo "$dir"
}

start_postgres() {
    pg_bin="$(find_pg_bin)"
    if [[ -z $pg_bin ]]; then
        apt_install postgresql || { log "could not install postgresql"; return 1; }
        pg_bin="$(find_pg_bin)"
        [[ -n $pg_bin ]] || { log "no PostgreSQL server binaries under /usr/lib/postgresql"; return 1; }
    fi
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        log "user postgres is missing"
        return 1
    fi

    pg_data="$work_dir/pg/data"
    mkdir -p "$work_dir/pg"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$work_dir/pg"
    chmod 755 "$work_dir"

    log "initdb ($pg_bin)"
    as_pg_owner "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$work_dir/pg/initdb.log" 2>&1 || { cat "$work_dir/pg/initdb.log"; return 1; }

    local port attempt
    for attempt in 1 2 3 4 5; do
        port="$(free_port)" || { log "no free port found"; return 1; }
        log "starting PostgreSQL on 127.0.0.1:$port (attempt $attempt)"
        # Durability is worthless for a throwaway cluster; these settings make CREATE DATABASE fast.
        if as_pg_owner "$pg_bin/pg_ctl" start -D "$pg_data" -w -t 60 -l "$work_dir/pg/server.log" \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work_dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            >/dev/null 2>&1; then
            pg_started=1
            break
        fi
        tail -n 5 "$work_dir/pg/server.log" 2>/dev/null
    done
    [[ $pg_started -eq 1 ]] || { log "PostgreSQL did not start"; return 1; }

    for _ in $(seq 1 60); do
        if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
            export FACTCHECK_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"
            return 0
        fi
        sleep 0.5
    done
    log "PostgreSQL is not ready"
    return 1
}

# Sums one Counters attribute over all TRX files in the results directory.
trx_sum() {
    local attribute=$1 file sum=0 value
    for file in "$work_dir"/results/*.trx; do
        [[ -f $file ]] || continue
        value="$(grep -o "<Counters [^>]*" "$file" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]\+' | head -n 1)"
        sum=$((sum + ${value:-0}))
    done
    echo "$sum"
}

command -v dotnet >/dev/null 2>&1 || { log "dotnet is not on PATH"; finish 0 0 1; }

# Under /tmp, not $TMPDIR: the postgres user must reach the cluster's directory, and the
# server's socket path must stay short.
work_dir="$(mktemp -d /tmp/factcheck-test.XXXXXX)" || exit 1
mkdir -p "$work_dir/results"

# PostgreSQL
if [[ -n ${FACTCHECK_TEST_PG:-} ]]; then
    log "using PostgreSQL from FACTCHECK_TEST_PG"
else
    start_postgres || { log "could not start PostgreSQL"; finish 0 0 1; }
fi

# Chromium (Debian's; Playwright must never download a browser)
export FACTCHECK_CHROMIUM="${FACTCHECK_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x $FACTCHECK_CHROMIUM ]]; then
    if [[ $FACTCHECK_CHROMIUM == /usr/bin/chromium ]]; then
        apt_install chromium || { log "could not install chromium"; finish 0 0 1; }
    fi
    [[ -x $FACTCHECK_CHROMIUM ]] || { log "Chromium not found at $FACTCHECK_CHROMIUM"; finish 0 0 1; }
fi
log "Chromium: $FACTCHECK_CHROMIUM"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Build once
build_args=(-c "$configuration" -nologo -v minimal -nodeReuse:false)
# Build servers would outlive the script and hold CI's output open.
[[ -n ${CI:-} ]] && build_args+=(--disable-build-servers)
log "building FactCheck.sln ($configuration)"
if ! dotnet build FactCheck.sln "${build_args[@]}" </dev/null; then
    log "build failed"
    finish 0 0 1
fi

# Test each project
shopt -s nullglob
projects=(tests/*/*.Tests.csproj)
shopt -u nullglob
[[ ${#projects[@]} -gt 0 ]] || { log "no test projects under tests/"; finish 0 0 1; }

crashed=0
for project in "${projects[@]}"; do
    name="$(basename "$project" .csproj)"
    log "testing $name"
    test_args=(--no-build -c "$configuration" --nologo
        --results-directory "$work_dir/results"
        --logger "trx;LogFileName=$name.trx"
        --blame-hang-timeout 5m --blame-hang-dump-type none)
    [[ -n ${FACTCHECK_TEST_FILTER:-} ]] && test_args+=(--filter "$FACTCHECK_TEST_FILTER")
    if [[ -t 0 ]]; then
        # At a terminal Ctrl-C must reach dotnet test, which `timeout` would shield in its own process group.
        dotnet test "$project" "${test_args[@]}" </dev/null
    else
        timeout --signal=INT --kill-after=30s 15m dotnet test "$project" "${test_args[@]}" </dev/null
    fi
    status=$?
    if [[ ! -f $work_dir/results/$name.trx ]]; then
        log "$name: no TRX result (exit $status)"
        crashed=1
    elif [[ $status -ne 0 ]]; then
        log "$name: dotnet test exited $status"
        crashed=1
    fi
done

passed="$(trx_sum passed)"
failed=$(($(trx_sum failed) + $(trx_sum error) + $(trx_sum timeout) + $(trx_sum aborted)))
total="$(trx_sum total)"
executed="$(trx_sum executed)"
log "total $total, executed $executed, not run $((total - executed))"

status=0
if [[ $failed -gt 0 || $crashed -ne 0 ]]; then
    status=1
elif [[ $passed -eq 0 ]]; then
    log "no test ran"
    status=1
fi
# A crashed test run without a failed count still has to show on the last line.
if [[ $status -ne 0 && $failed -eq 0 && $crashed -ne 0 ]]; then
    log "a test run crashed: counting it as 1 failed"
    failed=1
fi
finish "$passed" "$failed" "$status"
