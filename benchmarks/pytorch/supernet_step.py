"""Times training steps of the PyTorch supernet on the weights and batch exported by `DNArch.Benchmarks versus --export`.

usage: supernet_step.py --case sequence|image --weights DIR --out result.json [--steps 20] [--threads 2]
Writes the same fields as the C# VersusResult. The BLAS is whichever libblas.so.3 the loader picks (benchmarks/run.sh
selects one per process with LD_LIBRARY_PATH); the result names the one that was loaded.
"""
import argparse
import json
import math
import os
import re
import resource
import time

import numpy as np
import torch
import torch.nn.functional as F

from supernet import Supernet

CASES = {"sequence": dict(shape=[784], width=64, blocks=4), "image": dict(shape=[28, 28], width=64, blocks=4)}
WARMUP = 3


def load(directory):
    index = json.load(open(os.path.join(directory, "tensors.json")))
    data = np.fromfile(os.path.join(directory, "tensors.bin"), dtype="<f4")
    return {e["name"]: torch.from_numpy(data[e["offset"]:e["offset"] + math.prod(e["shape"])].copy()).view(e["shape"])
            for e in index}


def head_grid(tensors, case):
    """Cells per spatial dimension of the C# head (Search:Network:HeadGrid), from its linear layer's inputs."""
    cells = tensors["head.output.weight"].shape[1] // case["width"]
    return round(cells ** (1 / len(case["shape"])))


def current_rss_mib():
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024.0


def libraries():
    """The BLAS and FFT this process runs on: the BLAS libraries mapped into it (after a matrix product loaded them),
    pocketfft unless PyTorch was built with MKL, and PyTorch's own build settings (torch.__config__.show())."""
    torch.ones(2, 2) @ torch.ones(2, 2)
    with open("/proc/self/maps") as maps:
        paths = sorted({os.path.realpath(l.split()[-1]) for l in maps
                        if "blas" in os.path.basename(l.split()[-1]) or "mkl" in os.path.basename(l.split()[-1])})
    name = ("OpenBLAS" if any("openblas" in p for p in paths) else "MKL" if any("mkl" in p for p in paths)
            else "reference BLAS" if paths else "built in")
    blas = f"{name} ({', '.join(paths)})" if paths else name
    fft = "MKL" if torch.backends.mkl.is_available() else "pocketfft"
    keys = ("BLAS_INFO", "LAPACK_INFO", "USE_MKL", "USE_MKLDNN", "USE_OPENMP")
    found = dict(re.findall(r"\b([A-Z_]+)=([^,\s]+)", torch.__config__.show()))
    return name, blas, fft, ", ".join(f"{key}={found[key]}" for key in keys if key in found)


def write_json(path, value):
    """Writes atomically: a temporary file beside the target, renamed over it."""
    with open(path + ".tmp", "w") as f:
        json.dump(value, f, indent=2)
    os.replace(path + ".tmp", path)


def step(network, optimizer, inputs, labels):
    start = time.perf_counter()
    optimizer.zero_grad()
    loss = F.cross_entropy(network(inputs), labels)
    value = loss.item()
    forward = time.perf_counter()
    loss.backward()
    backward = time.perf_counter()
    optimizer.step()
    end = time.perf_counter()
    return value, 1e3 * (forward - start), 1e3 * (backward - forward), 1e3 * (end - backward)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", required=True, choices=CASES)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.ones(1).add(1)
    baseline = current_rss_mib()
    tensors = load(args.weights)
    inputs, labels = tensors.pop("input"), tensors.pop("labels").long()
    network = Supernet(**CASES[args.case], head_grid=head_grid(tensors, CASES[args.case]))
    # TorchSharp's state dict also lists each tensor under the names of the C# fields that hold it (aliases such as
    # "conv.generator" or "<Output>k__BackingField"): every parameter of this network must load, aliases are ignored.
    missing = network.load_state_dict(tensors, strict=False).missing_keys
    if missing:
        raise SystemExit(f"weights lack {missing}")
    with torch.no_grad():
        first_loss = F.cross_entropy(network(inputs), labels).item()
    optimizer = torch.optim.AdamW(network.parameters(), lr=1e-3)
    for _ in range(WARMUP):
        step(network, optimizer, inputs, labels)
    timings = [step(network, optimizer, inputs, labels) for _ in range(args.steps)]
    name, blas, fft, settings = libraries()
    result = {
        "implementation": f"PyTorch {torch.__version__}, {name}",
        "case": args.case,
        "threads": torch.get_num_threads(),
        "firstLoss": first_loss,
        "stepMs": [f + b + o for _, f, b, o in timings],
        "forwardMs": [t[1] for t in timings],
        "backwardMs": [t[2] for t in timings],
        "optimizerMs": [t[3] for t in timings],
        "baselineRssMiB": baseline,
        "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "blas": blas,
        "fft": fft,
        "buildSettings": settings,
    }
    write_json(args.out, result)


if __name__ == "__main__":
    main()
