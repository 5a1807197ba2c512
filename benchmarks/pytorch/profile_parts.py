"""The PyTorch counterpart of `DNArch.Benchmarks profile`: the same layer kinds timed alone (forward + backward at
the network's shapes, times their count) and the step's phases, written in the same JSON fields.

usage: profile_parts.py --case sequence|image --weights DIR --out profile.json [--repeats 5] [--threads 2]
"""
import argparse
import json
import statistics
import time

import torch
import torch.nn.functional as F

from supernet import ChannelMixer, ChannelNorm, MlpKernel, Supernet, fft_depthwise
from supernet_step import CASES, load, step

BATCH = 32


def measure(name, count, repeats, layer):
    # A dense upstream gradient, as in a step: sum()'s is a stride-0 view, which some backwards copy or take
    # another path for.
    gradient = torch.randn_like(layer())

    def once():
        start = time.perf_counter()
        layer().backward(gradient)
        return 1e3 * (time.perf_counter() - start)

    once()
    each = statistics.median(once() for _ in range(repeats))
    return {"name": name, "count": count, "eachMs": each, "totalMs": each * count}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", required=True, choices=CASES)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    case = CASES[args.case]
    shape, width, blocks = case["shape"], case["width"], case["blocks"]
    kernel_size = shape if len(shape) == 1 else [33, 33]
    positions = 1
    for k in kernel_size:
        positions *= k
    generator = MlpKernel(len(shape), width)
    torch.nn.init.kaiming_uniform_(generator.output.weight)
    coordinates = torch.rand(positions, len(shape)) * 2 - 1
    x = torch.randn(BATCH, width, *shape, requires_grad=True)
    kernel = torch.randn(width, *kernel_size, requires_grad=True)
    mixer = ChannelMixer(width, width)
    torch.nn.init.uniform_(mixer.weight, -width ** -0.5, width ** -0.5)
    torch.nn.init.uniform_(mixer.bias, -width ** -0.5, width ** -0.5)
    norm = ChannelNorm(width)

    parts = [
        measure("kernel generator (MLP on the grid)", blocks + 1, args.repeats, lambda: generator(coordinates)),
        measure("depthwise conv (FFT)", blocks + 1, args.repeats, lambda: fft_depthwise(x, kernel, len(shape) == 1)),
        measure("pointwise / linear (matmul)", 2 * blocks, args.repeats, lambda: mixer(x)),
        measure("channel norm", blocks + 2, args.repeats, lambda: norm(x)),
        measure("GELU", 2 * blocks + 1, args.repeats, lambda: F.gelu(x)),
    ]
    tensors = load(args.weights)
    inputs, labels = tensors.pop("input"), tensors.pop("labels").long()
    network = Supernet(**case)
    network.load_state_dict(tensors, strict=False)
    optimizer = torch.optim.AdamW(network.parameters(), lr=1e-3)
    for _ in range(2):
        step(network, optimizer, inputs, labels)
    steps = [step(network, optimizer, inputs, labels) for _ in range(args.repeats)]
    result = {
        "case": f"{args.case} (PyTorch {torch.__version__})",
        "stepMs": statistics.median(f + b + o for _, f, b, o in steps),
        "forwardMs": statistics.median(s[1] for s in steps),
        "backwardMs": statistics.median(s[2] for s in steps),
        "optimizerMs": statistics.median(s[3] for s in steps),
        "parts": parts,
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
