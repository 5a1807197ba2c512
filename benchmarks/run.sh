#!/usr/bin/env bash
# Benchmarks of issues 6 and 34; writes docs/benchmarks.md (and docs/benchmarks/*.png) from what this run measured.
#
#   benchmarks/run.sh                  all of the below but fashion and baseline; then the report (~15 min)
#   benchmarks/run.sh anchors          PyTorch comparison (PyTorch on reference BLAS and on OpenBLAS), then the report
#   benchmarks/run.sh cropping         cropping speed-ups (2 threads and 1 thread), then the report
#   benchmarks/run.sh long             long sequences to 64k (plain and checkpointed; peak memory per length), report
#   benchmarks/run.sh roofline         peak matmul, supernet against a plain CNN, the profile; then the report
#   benchmarks/run.sh fashion [NAME..] Fashion-MNIST searches (each up to ~30 min; default: all nine), then the report;
#                                      NAME <image|sequence>-recipe-s<SEED> runs recipes/fashion-mnist-<layout>.json,
#                                      <layout>-recipe-<GENERATOR>-s<SEED> the same with that kernel generator
#   benchmarks/run.sh inference        throughput of found networks: engine against ONNX Runtime (a waves search and a
#                                      small Fashion-MNIST search, ~5 min), then the report
#   benchmarks/run.sh report           the report again from the measurements already there
#
# Installs python3-torch, libjemalloc2, libopenblas0-pthread (and dataset-fashion-mnist for `fashion` and
# `inference`) with apt when missing; OpenBLAS is used by the PyTorch processes that name it (LD_LIBRARY_PATH), and the system's BLAS selection
# (update-alternatives) is put back as it was after its install. Results go to
# artifacts/benchmarks/ (results/ for the timings, fashion/<NAME>/ for the search runs); builds to $ARTIFACTS
# (default artifacts/bench). ROUNDS (default 3) alternations of C# and Python processes; THREADS (default 2);
# LONG_ROUNDS (default 2) rounds over the sequence lengths, LENGTHS (default 1024,2048,...,65536) the lengths.
# Fashion-MNIST runs: LIMIT training images (default: all 57,000 left after the 3,000 validation images) for EPOCHS
# epochs (default 3), sized so that the 2-D 50%-budget search fits 30 minutes on 2 cores; ARCH_LR (default 0.002) is
# the architecture learning rate (higher rates overshoot the budget: benchmarks/notes.md); GRID (default 9) the
# images' kernel grid per side, the largest kernel a search can learn (larger grids learned more slowly:
# benchmarks/notes.md); WIDTH (default 32) the supernet's channels, BATCH (default 32) the batch size and
# LR (default 0.01) the weights' learning rate; EXTRA more dnarch arguments, appended (e.g.
# EXTRA=--Search:Resampling:MatrixSizeLimit=0).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="${ARTIFACTS:-$repo/artifacts/bench}"
out="$repo/artifacts/benchmarks"
results="$out/results"
fashion="$out/fashion"
rounds="${ROUNDS:-3}"
long_rounds="${LONG_ROUNDS:-2}"
lengths="${LENGTHS:-1024,2048,4096,8192,16384,32768,65536}"
limit="${LIMIT:-60000}"
epochs="${EPOCHS:-3}"
arch_lr="${ARCH_LR:-0.002}"
grid="${GRID:-9}"
width="${WIDTH:-32}"
batch="${BATCH:-32}"
lr="${LR:-0.01}"
threads="${THREADS:-2}"
python=/usr/bin/python3
# Each PyTorch process gets its BLAS from LD_LIBRARY_PATH: Debian's reference BLAS, or OpenBLAS (pthreads build).
reference_blas=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack
openblas=/usr/lib/x86_64-linux-gnu/openblas-pthread
# Like dnarch, the benchmark program runs on jemalloc when it is installed; DNARCH_ALLOCATOR=glibc times glibc's malloc.
jemalloc=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
bench="$artifacts/bin/DNArch.Benchmarks/release/DNArch.Benchmarks"
dnarch="$artifacts/bin/DNArch.Host/release/dnarch"

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@"
}

build() {
  dotnet build "$repo/$1" -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
}

report() {
  "$bench" report --results "$results" --docs "$repo/docs/benchmarks.md" --fashion "$fashion" --notes "$repo/benchmarks/notes.md"
  echo "wrote $repo/docs/benchmarks.md"
}

machine() {
  {
    echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu:     $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
    echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), $("$python" -c 'import torch; print("PyTorch", torch.__version__)')"
    echo "threads: $threads per process; load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  } > "$results/machine.txt"
}

# A part measured on its own after the full run: when, and the load then.
remeasured() {
  [ -f "$results/machine.txt" ] || machine
  echo "$1 measured again: $(date -u '+%Y-%m-%d %H:%M UTC'), load at start: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
}

install_openblas() {
  [ -f "$openblas/libblas.so.3" ] && return
  local name sudo="" before=()
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  for name in libblas.so.3 liblapack.so.3; do
    before+=("$name" "$(update-alternatives --query "$name-x86_64-linux-gnu" 2>/dev/null | sed -n 's/^Value: //p')")
  done
  apt_install libopenblas0-pthread
  # The package makes itself the system's BLAS (alternatives in auto mode); only the processes that ask should use it.
  set -- "${before[@]}"
  while [ $# -gt 0 ]; do
    [ -z "$2" ] || $sudo update-alternatives --quiet --set "$1-x86_64-linux-gnu" "$2"
    shift 2
  done
}

prepare() {
  "$python" -c 'import torch' 2>/dev/null || apt_install python3-torch
  [ -f "$jemalloc" ] || apt_install libjemalloc2
  install_openblas
  build benchmarks/DNArch.Benchmarks
  mkdir -p "$results"
}

pytorch() {
  local libraries="$1"
  shift
  (cd "$repo/benchmarks/pytorch" && LD_LIBRARY_PATH="$libraries" "$python" "$@")
}

anchors() {
  rm -rf "$results/versus" && mkdir -p "$results/versus"
  for round in $(seq 1 "$rounds"); do
    for case in sequence image; do
      echo "round $round/$rounds: $case (C#, then PyTorch on reference BLAS and on OpenBLAS)"
      "$bench" versus --case "$case" --threads "$threads" --export "$results/weights-$case" \
        --out "$results/versus/$case-dnarch-jemalloc-$round.json"
      DNARCH_ALLOCATOR=glibc "$bench" versus --case "$case" --threads "$threads" \
        --out "$results/versus/$case-dnarch-glibc-$round.json"
      pytorch "$reference_blas" supernet_step.py --case "$case" --threads "$threads" \
        --weights "$results/weights-$case" --out "$results/versus/$case-pytorch-$round.json"
      pytorch "$openblas" supernet_step.py --case "$case" --threads "$threads" \
        --weights "$results/weights-$case" --out "$results/versus/$case-pytorch-openblas-$round.json"
    done
  done
}

cropping() {
  echo "cropping"; "$bench" cropping --out "$results/cropping.json"
  # The same rows of all dimensions together on one thread: the report's analysis of the cropping target.
  echo "cropping, one thread"; OMP_NUM_THREADS=1 "$bench" cropping --only together --out "$results/cropping-1thread.json"
}

long() {
  echo "long sequences"; "$bench" long --lengths "$lengths" --rounds "$long_rounds" --out "$results/long.json"
  rm -rf "$results/long-memory"
  for length in ${lengths//,/ }; do
    for path in fft fft-checkpointed; do
      echo "peak memory: $path, length $length"
      "$bench" long-memory --length "$length" --path "$path" --out "$results/long-memory/$path-$length.json"
    done
  done
}

roofline() {
  echo "roofline"; "$bench" roofline --threads "$threads" --out "$results/roofline.json"
  for case in sequence image; do
    echo "profile $case"
    [ -f "$results/weights-$case/tensors.json" ] || "$bench" versus --case "$case" --threads "$threads" --steps 1 \
      --export "$results/weights-$case" --out "$results/weights-$case/versus.json"
    "$bench" profile --case "$case" --out "$results/profile-$case-dnarch.json"
    pytorch "$openblas" profile_parts.py --case "$case" --threads "$threads" \
      --weights "$results/weights-$case" --out "$results/profile-$case-pytorch.json"
  done
}

# Throughput of found networks: the default waves search and a small 2-D Fashion-MNIST search (2,000 images, one
# epoch, 50% FLOPs budget), each forwarded as supernet, cropped supernet, found network and ONNX export.
inference() {
  [ -d /usr/share/datasets/fashion-mnist ] || apt_install dataset-fashion-mnist
  build src/Host
  local runs="$out/inference"
  rm -rf "$runs"
  "$dnarch" search --Search:Output="$runs" --Search:Name=waves
  "$dnarch" search --Search:Output="$runs" --Search:Name=fashion-mnist --Search:Dataset:Type=fashion-mnist \
    --Search:Dataset:Limit=2000 --Search:Training:Epochs=1 --Search:Training:BatchSize="$batch" \
    --Search:Network:Width=16 --Search:Network:KernelGrid="$grid" --Search:Budget:Metric=flops --Search:Budget:Target=0.5
  echo -n "$(cut -d' ' -f1 /proc/loadavg) at start" > "$results/inference-load.txt"
  for run in waves fashion-mnist; do
    echo "inference $run"
    "$bench" inference --run "$runs/$run" --threads "$threads" --out "$results/inference-$run.json"
  done
  echo ", $(cut -d' ' -f1 /proc/loadavg) at end" >> "$results/inference-load.txt"
}

measure() {
  prepare
  rm -rf "$results" && mkdir -p "$results"
  machine
  anchors
  cropping
  long
  roofline
  inference
  echo "load at end:   $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
  report
}

# One Fashion-MNIST search: NAME = <image|sequence>-<defaults|fixed|free|budget50|budget25|recipe[-GENERATOR]-s<SEED>>.
# `defaults` adds only the dataset, its layout and a 50% FLOPs budget to dnarch's defaults (EPOCHS does not apply);
# `recipe-s<SEED>` runs the layout's recipe file with that seed and nothing else, `recipe-GENERATOR-s<SEED>` with that
# kernel generator too (Search:Kernel:Type); the others run the settings below.
search() {
  local name="$1" layout="${1%%-*}" kind="${1#*-}"
  local -a args=(search --Search:Name="$name" --Search:Output="$fashion")
  if [[ "$kind" =~ ^recipe-(([a-z0-9]+)-)?s([0-9]+)$ ]]; then
    args+=(--config "$repo/recipes/fashion-mnist-$layout.json" --Search:Seed="${BASH_REMATCH[3]}")
    [ -z "${BASH_REMATCH[2]}" ] || args+=(--Search:Kernel:Type="${BASH_REMATCH[2]}")
  else
    args+=(--Search:Seed=0 --Search:Dataset:Type=fashion-mnist --Search:Dataset:Layout="${layout^}")
    [ "$kind" = defaults ] || args+=(--Search:Dataset:Limit="$limit"
      --Search:Dataset:ValidationFraction=0.05 --Search:Training:Epochs="$epochs" --Search:Training:BatchSize="$batch"
      --Search:Training:WarmupEpochs=0.2 --Search:Training:LearningRate="$lr"
      --Search:Training:ArchitectureLearningRate="$arch_lr" --Search:Network:Width="$width" --Search:Network:Blocks=4
      --Search:Network:Norm=Batch --Search:Network:KernelGrid="$grid")
    case "$kind" in
      defaults) args+=(--Search:Budget:Metric=flops --Search:Budget:Target=0.5) ;;
      fixed) args+=(--Search:Masks:KernelSize:Enabled=false --Search:Masks:Width:Enabled=false
               --Search:Masks:Depth:Enabled=false --Search:Resampling:Enabled=false --Search:Budget:Metric=) ;;
      free) args+=(--Search:Budget:Metric=) ;;
      budget50) args+=(--Search:Budget:Metric=flops --Search:Budget:Target=0.5) ;;
      budget25) args+=(--Search:Budget:Metric=flops --Search:Budget:Target=0.25) ;;
      *) echo "unknown run $name: <image|sequence>-<defaults|fixed|free|budget50|budget25|recipe[-GENERATOR]-s<SEED>>" >&2
         exit 2 ;;
    esac
  fi
  # shellcheck disable=SC2206 # EXTRA is a list of arguments, split on spaces on purpose
  args+=(${EXTRA:-})
  rm -rf "${fashion:?}/$name"
  local start=$SECONDS
  "$dnarch" "${args[@]}"
  echo $((SECONDS - start)) > "$fashion/$name/wall-seconds.txt"
  echo "dnarch ${args[*]}" > "$fashion/$name/command.txt"
}

case "${1:-all}" in
  all) measure ;;
  anchors|cropping|long|roofline|inference) prepare; remeasured "$1"; "$1"; report ;;
  fashion)
    shift
    [ -d /usr/share/datasets/fashion-mnist ] || apt_install dataset-fashion-mnist
    [ -f "$jemalloc" ] || apt_install libjemalloc2
    build src/Host
    build benchmarks/DNArch.Benchmarks
    mkdir -p "$fashion" "$results"
    names=("$@")
    [ ${#names[@]} -gt 0 ] || names=(image-defaults image-budget50 image-fixed image-free image-budget25
      sequence-fixed sequence-free sequence-budget50 sequence-budget25)
    for name in "${names[@]}"; do search "$name"; done
    report ;;
  baseline)
    # The plain CNN on the same Fashion-MNIST split, one run per number of epochs (default 1 2 4 8).
    shift
    [ -d /usr/share/datasets/fashion-mnist ] || apt_install dataset-fashion-mnist
    [ -x "$python" ] && "$python" -c "import torch" 2>/dev/null || apt_install python3-torch
    mkdir -p "$results"
    epochs=("$@")
    [ ${#epochs[@]} -gt 0 ] || epochs=(1 2 4 8)
    for e in "${epochs[@]}"; do
      echo "plain CNN, $e epochs"
      "$python" "$repo/benchmarks/pytorch/plain_cnn.py" --data /usr/share/datasets/fashion-mnist --epochs "$e" \
        --threads "$threads" --validation-fraction 0.05 --out "$results/plain-cnn-$e.json"
    done
    report ;;
  report) build benchmarks/DNArch.Benchmarks; report ;;
  *) echo "usage: benchmarks/run.sh [all | anchors | cropping | long | roofline | fashion [NAME ...] | baseline [EPOCHS ...] | inference | report]" >&2; exit 2 ;;
esac
