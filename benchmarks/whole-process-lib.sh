# Shared by whole-process.sh and whole-process-history.sh (sourced, not run): times one process and
# keeps the best wall and CPU time of each name. The caller sets $bench_jar and, before measuring,
# $round; $work is a scratch folder, removed on exit.

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A best_wall best_cpu

measure() {   # name command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/out" 2>&1 || {
    echo "$(basename "$0"): '$*' failed:" >&2; tail -5 "$work/out" >&2; exit 1; }
  local wall user sys cpu
  read -r wall user sys <"$work/time"
  cpu=$(echo "$user + $sys" | bc)
  printf '  %-12s round %d: %6.2f s wall, %6.2f s CPU\n' "$name" "$round" "$wall" "$cpu" >&2
  if [[ -z "${best_wall[$name]:-}" ]] || (( $(echo "$wall < ${best_wall[$name]}" | bc) )); then
    best_wall[$name]=$wall
  fi
  if [[ -z "${best_cpu[$name]:-}" ]] || (( $(echo "$cpu < ${best_cpu[$name]}" | bc) )); then
    best_cpu[$name]=$cpu
  fi
}

measure_ssj() {   # SSJ 3.3.2's bare M/M/3: 5 runs of 2,000,000 expected customers in one JVM, no warm-up
  measure ssj java -cp "$bench_jar" org.corridorsim.bench.Compare --engine ssj --customers 2000000 \
      --warmups 0 --runs 5
}

ratio() {   # a b: a / b to three decimals
  printf "%.3f" "$(echo "scale=6; $1 / $2" | bc)"
}
