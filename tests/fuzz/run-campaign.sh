#!/usr/bin/env bash
# A fuzzing campaign over every target, one after another, with the limits the ctests use, and a
# table of what each did: executions, executions per second, coverage (edges of Attend's code
# reached, of those instrumented in the binary) and what was found.
#
# Usage: tests/fuzz/run-campaign.sh BUILD_DIR SECONDS_EACH [JOBS] [TARGET...]
#   BUILD_DIR     a build with -DATTEND_SANITIZE=ON -DATTEND_FUZZ=ON (./scripts/test-sanitized makes build-asan)
#   SECONDS_EACH  time per target (libFuzzer -max_total_time)
#   JOBS          parallel workers per target (default 2)
# Corpora grow in $ATTEND_FUZZ_WORK (default /tmp/attend-fuzz/<target>), so a second run goes on
# from where the first stopped; findings (crash-, timeout-, oom-, leak-) land there too. Reproduce
# one with BUILD_DIR/fuzz/fuzz_<target> FILE, fix it, and commit it to tests/data/fuzz-regressions/<target>/.
set -uo pipefail
build=$(cd "$1" && pwd)
seconds=$2
jobs=${3:-2}
shift $(( $# >= 3 ? 3 : 2 ))
top=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(handover feedinfo schedule html xml json ical format)
work=${ATTEND_FUZZ_WORK:-/tmp/attend-fuzz}
feeds=$top/tests/data/feeds

seeds_for() {
    case $1 in
        xml) echo "$feeds/"*.xml ;;
        json) echo "$feeds/"*.json ;;
        ical) echo "$feeds/"*.ics ;;
        format) echo "$feeds/"*.xml "$feeds/"*.json "$feeds/"*.ics ;;
    esac
    [ -d "$top/tests/fuzz/corpus/$1" ] && echo "$top/tests/fuzz/corpus/$1"
    echo "$top/tests/data/fuzz-regressions/$1"
}

# One input may allocate at most 200 MB at once (-malloc_limit_mb), as in the ctests. The whole
# process gets 500 MB here, not the ctests' 300: over minutes libFuzzer's own in-memory corpus
# (tens of MB of 64 KiB inputs) and ASan's quarantine grow beside Qt, and at 300 MB a format
# campaign stopped with "out-of-memory" on inputs that replay alone in 44 ms and 65 MB.
export QT_HASH_SEED=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=64:allocator_may_return_null=0
export LSAN_OPTIONS=suppressions=$top/tests/lsan.supp:print_suppressions=0

printf '%-9s %12s %9s %14s %s\n' target executions exec/s "coverage" found
total=0
for target in "${targets[@]}"; do
    corpus=$work/$target
    mkdir -p "$corpus"
    # libFuzzer takes folders only: the seed files are gathered into one (cut to 64 KiB inputs by
    # -max_len when read); the corpus folder keeps what is new.
    seeds=$work/seeds-$target
    rm -rf "$seeds"; mkdir -p "$seeds"
    for seed in $(seeds_for "$target"); do
        if [ -d "$seed" ]; then find "$seed" -maxdepth 1 -type f ! -name '.*' ! -name 'README*' -exec cp {} "$seeds/" \;
        elif [ -f "$seed" ]; then cp "$seed" "$seeds/"; fi
    done
    dict=()
    [ -f "$build/fuzz/$target.dict" ] && [ -s "$build/fuzz/$target.dict" ] && dict=(-dict="$build/fuzz/$target.dict")
    (cd "$corpus" && rm -f fuzz-*.log && "$build/fuzz/fuzz_$target" "$corpus" "$seeds" "${dict[@]}" \
        -max_len=65536 -timeout=2 -malloc_limit_mb=200 -rss_limit_mb="${ATTEND_FUZZ_RSS_MB:-500}" \
        -max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" -print_final_stats=1 >/dev/null 2>&1)
    execs=0; rate=0; cov=""; found=""
    for log in "$corpus"/fuzz-*.log; do
        [ -f "$log" ] || continue
        e=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
        r=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
        c=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
        execs=$((execs + ${e:-0})); rate=$((rate + ${r:-0}))
        [ -n "$c" ] && { [ -z "$cov" ] || [ "$c" -gt "$cov" ]; } && cov=$c
        f=$(grep -o 'Test unit written to [^ ]*' "$log" | sed 's/Test unit written to //')
        [ -n "$f" ] && found="$found $f"
    done
    edges=$(grep -o 'INFO: Loaded 1 modules *([0-9]* inline 8-bit counters' "$corpus"/fuzz-0.log 2>/dev/null | grep -o '([0-9]*' | tr -d '(')
    total=$((total + execs))
    printf '%-9s %12s %9s %14s %s\n' "$target" "$execs" "$rate" "${cov:-?}/${edges:-?}" "${found:-none}"
done
printf '%-9s %12s\n' total "$total"
