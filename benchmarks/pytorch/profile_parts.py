"""The PyTorch counterpart of `DNArch.Benchmarks profile`: the same layer kinds timed alone (forward + backward at
the network's shapes, times their count) and the step's phases, written in the same JSON fields.

usage: profile_parts.py --case sequence|image --weights DIR --out profile.json [--repeats 5] [--threads 2]
Each part's "macs" are its training MACs per call as DNArch's cost sheet counts them (3 x the forward's), so that both
sides' rows divide the same useful work.
"""
import argparse
import math
import statistics
import time

import torch
import torch.nn.functional as F

from supernet import ChannelMixer, ChannelNorm, MlpKernel, Supernet, fft_depthwise
from supernet_step import CASES, head_grid, libraries, load, step, write_json

BATCH = 32


def training_macs(generator, shape, kernel_size, width, causal):
    """Training MACs (3 x forward) of one call of the generator, depthwise FFT conv, mixer and norm, as the C# side
    prices them: a real FFT of N points 1.25 N log2 N MACs at N = prod(n + k - 1) (causal) or prod(max(n + k // 2, k))."""
    positions, kernel_positions = math.prod(shape), math.prod(kernel_size)
    length = math.prod(n + k - 1 if causal else max(n + k // 2, k) for n, k in zip(shape, kernel_size))
    per_position = sum(p.numel() for p in generator.parameters() if p.dim() == 2)
    forward = [kernel_positions * per_position,
               BATCH * width * (2 * 1.25 * length * math.log2(length) + 2 * length),
               BATCH * positions * width * width,
               BATCH * 2 * width * positions]
    return [3 * m for m in forward]


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
    kernel_size = shape if len(shape) == 1 else [9, 9]
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

    macs = training_macs(generator, shape, kernel_size, width, len(shape) == 1) + [0]
    parts = [
        measure("kernel generator (MLP on the grid)", blocks + 1, args.repeats, lambda: generator(coordinates)),
        measure("depthwise conv (FFT)", blocks + 1, args.repeats, lambda: fft_depthwise(x, kernel, len(shape) == 1)),
        measure("pointwise / linear (matmul)", 2 * blocks, args.repeats, lambda: mixer(x)),
        measure("channel norm", blocks + 2, args.repeats, lambda: norm(x)),
        measure("GELU", 2 * blocks + 1, args.repeats, lambda: F.gelu(x)),
    ]
    for part, m in zip(parts, macs):
        part["macs"] = m
    tensors = load(args.weights)
    inputs, labels = tensors.pop("input"), tensors.pop("labels").long()
    network = Supernet(**case, head_grid=head_grid(tensors, case))
    network.load_state_dict(tensors, strict=False)
    optimizer = torch.optim.AdamW(network.parameters(), lr=1e-3)
    for _ in range(2):
        step(network, optimizer, inputs, labels)
    steps = [step(network, optimizer, inputs, labels) for _ in range(args.repeats)]
    result = {
        "case": f"{args.case} (PyTorch {torch.__version__}, {libraries()[0]})",
        "stepMs": statistics.median(f + b + o for _, f, b, o in steps),
        "forwardMs": statistics.median(s[1] for s in steps),
        "backwardMs": statistics.median(s[2] for s in steps),
        "optimizerMs": statistics.median(s[3] for s in steps),
        "parts": parts,
    }
    write_json(args.out, result)


if __name__ == "__main__":
    main()
