"""The benchmark supernet of DNArch.Benchmarks (BenchmarkCase) in plain PyTorch, at its initial, full size.

Same layers, sizes and parameter names as the C# network (src/Engine/Network), so the C# state dict loads with
strict=True: MLP kernel generators on the kernel grid times Gaussian kernel masks, FFT depthwise convolution,
pointwise mixers, BatchNorm, sigmoid width and depth masks, a head pooled to `head_grid` cells per dimension (the
callers read it from the C# weights); images on a 9 x 9 kernel grid (the C# defaults). At the initial size every mask keeps everything, so nothing is cropped and the masks
only multiply.
"""
import math

import torch
import torch.nn.functional as F
from torch import nn

WIDTH_TEMPERATURE = 20.0
DEPTH_TEMPERATURE = 20.0


def smooth(n, largest_prime):
    for p in (2, 3, 5, 7, 11):
        if p > largest_prime:
            break
        while n % p == 0:
            n //= p
    return n == 1


def fast_length(minimum):
    """The transform length FftLengths.AtLeast pads to: up to 64 the next length that is <= 16 or even and
    11-smooth; above, the next 7-smooth multiple of 8."""
    n = max(1, minimum)
    if n <= 64:
        while not (n <= 16 or (n % 2 == 0 and smooth(n, 11))):
            n += 1
        return n
    n = (n + 7) // 8 * 8
    while not smooth(n, 7):
        n += 8
    return n


def fft_depthwise(x, kernel, causal):
    """Cross-correlation of x [B, C, *n] with kernel [C, *k] through the FFT, cropped to n (no wrap-around)."""
    dims = kernel.dim() - 1
    sizes = [fast_length(x.shape[2 + d] + kernel.shape[1 + d] - 1) for d in range(dims)]
    pad = []
    for d in reversed(range(dims)):
        pad += [0, sizes[d] - kernel.shape[1 + d]]
    shifts = [-(k - 1 if causal else k // 2) for k in kernel.shape[1:]]
    rotated = F.pad(kernel, pad).roll(shifts, list(range(1, dims + 1)))
    x_dims = list(range(2, 2 + dims))
    spectrum = torch.fft.rfftn(x, sizes, x_dims) * torch.fft.rfftn(rotated, dim=list(range(1, dims + 1))).conj()
    output = torch.fft.irfftn(spectrum, sizes, x_dims)
    for d in range(dims):
        output = output.narrow(2 + d, 0, x.shape[2 + d])
    return output.contiguous()


class GaussianMask(nn.Module):
    def __init__(self):
        super().__init__()
        self.sigma = nn.Parameter(torch.tensor(1.0))

    def forward(self, distances):
        return torch.exp(-0.5 * (distances / self.sigma).square())


class SigmoidMask(nn.Module):
    def __init__(self, temperature):
        super().__init__()
        self.offset = nn.Parameter(torch.tensor(1.0))
        self.temperature = temperature

    def forward(self, distances):
        return torch.sigmoid(self.temperature * (self.offset - distances))


class SlicedOutputLayer(nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(outputs, inputs))
        self.bias = nn.Parameter(torch.zeros(outputs))

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class MlpKernel(nn.Module):
    def __init__(self, dimensions, channels, hidden=32, layers=3):
        super().__init__()
        self.hidden = nn.ModuleList(nn.Linear(dimensions if i == 0 else hidden, hidden) for i in range(layers))
        self.output = SlicedOutputLayer(hidden, channels)

    def forward(self, coordinates):
        features = coordinates
        for layer in self.hidden:
            features = F.gelu(layer(features))
        return self.output(features)


class ChannelMixer(nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(outputs, inputs))
        self.bias = nn.Parameter(torch.empty(outputs))

    def forward(self, x):
        if x.dim() == 2:
            return F.linear(x, self.weight, self.bias)
        mixed = torch.matmul(self.weight, x.flatten(2)) + self.bias.unsqueeze(-1)
        return mixed.view(x.shape[0], -1, *x.shape[2:])


class ChannelNorm(nn.Module):
    """BatchNorm, the C# default (Search:Network:Norm=Batch, BatchChannelNorm.cs): per-channel statistics over the batch
    and all positions while training, running averages (momentum 0.1) in evaluation."""

    def __init__(self, channels):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(channels))
        self.bias = nn.Parameter(torch.zeros(channels))
        self.register_buffer("running_mean", torch.zeros(channels))
        self.register_buffer("running_var", torch.ones(channels))

    def forward(self, x):
        return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias, self.training, 0.1, 1e-5)


def broadcastable(values, rank):
    return values.view(1, -1, *([1] * (rank - 2)))


class KernelGrid:
    """Coordinates linspace(-1, 1, L) and distances from the origin (the present for causal kernels, else 0)."""

    def __init__(self, grid, causal):
        self.grid, self.causal = grid, causal
        step = 2.0 / (grid - 1)
        self.coordinates = torch.arange(0, grid, dtype=torch.float32) * step - 1.0
        index = torch.arange(grid, dtype=torch.float64)
        distances = 1.0 - (-1.0 + index * step) if causal else (-1.0 + index * step).abs()
        self.distances = distances.float()


class ContinuousConvolution(nn.Module):
    """Kernels from an MLP generator on the kernel grid times the Gaussian kernel masks (ContinuousConvolution.cs)."""

    def __init__(self, kernels, grid, dimensions):
        super().__init__()
        self.grid, self.dimensions = grid, dimensions
        self.kernel_generator = MlpKernel(dimensions, kernels)
        for d in range(dimensions):
            self.add_module(f"kernel_mask_{d}", GaussianMask())

    def kernel(self):
        axes = [self.grid.coordinates] * self.dimensions
        if self.dimensions == 1:
            coordinates = axes[0].unsqueeze(1)
        else:
            coordinates = torch.stack(torch.meshgrid(*axes, indexing="ij"), -1).reshape(-1, self.dimensions)
        values = self.kernel_generator(coordinates)
        mask = None
        for d in range(self.dimensions):
            shape = [1] * self.dimensions
            shape[d] = self.grid.grid
            along = getattr(self, f"kernel_mask_{d}")(self.grid.distances).view(shape)
            mask = along if mask is None else mask * along
        values = values * mask.expand([self.grid.grid] * self.dimensions).reshape(-1).unsqueeze(1)
        return values.t().reshape(values.shape[1], *([self.grid.grid] * self.dimensions))


class SeparableCKConv(ContinuousConvolution):
    def __init__(self, inputs, outputs, grid, dimensions):
        super().__init__(inputs, grid, dimensions)
        self.pointwise = ChannelMixer(inputs, outputs)

    def forward(self, x):
        return self.pointwise(fft_depthwise(x, self.kernel(), self.grid.causal))


class FullCKConv(ContinuousConvolution):
    """Output o = sum_i k[o, i] * x_i: a depthwise conv over outputs x inputs copies of the input (FullCKConv.cs)."""

    def __init__(self, inputs, outputs, grid, dimensions):
        super().__init__(inputs * outputs, grid, dimensions)
        self.outputs = outputs

    def forward(self, x):
        copies = [1] * x.dim()
        copies[1] = self.outputs
        maps = fft_depthwise(x.repeat(copies), self.kernel(), self.grid.causal)
        return maps.view(x.shape[0], self.outputs, x.shape[1], *maps.shape[2:]).sum(2)


def ordinal_distances(count):
    return (torch.arange(count, dtype=torch.float64) * (1.0 / count)).float()


class Stem(nn.Module):
    def __init__(self, width, grid, dimensions):
        super().__init__()
        self.conv = FullCKConv(1, width, grid, dimensions)
        self.norm = ChannelNorm(width)
        self.width_mask = SigmoidMask(WIDTH_TEMPERATURE)
        self.distances = ordinal_distances(width)

    def forward(self, x):
        h = F.gelu(self.norm(self.conv(x)))
        return h * broadcastable(self.width_mask(self.distances), h.dim())


class ResidualBlock(nn.Module):
    def __init__(self, width, grid, dimensions):
        super().__init__()
        self.norm = ChannelNorm(width)
        self.conv = SeparableCKConv(width, width, grid, dimensions)
        self.linear = ChannelMixer(width, width)
        self.width_mask = SigmoidMask(WIDTH_TEMPERATURE)
        self.distances = ordinal_distances(width)

    def forward(self, x, depth):
        mask = broadcastable(self.width_mask(self.distances), x.dim())
        h = F.gelu(self.conv(self.norm(x))) * mask
        h = F.gelu(self.linear(h)) * (mask * depth)
        return x + h


class Head(nn.Module):
    """Norm, mean pool to `grid` cells per spatial dimension (channel-major features), linear (OutputHead.cs)."""

    def __init__(self, width, classes, dimensions, grid):
        super().__init__()
        self.grid = grid
        self.norm = ChannelNorm(width)
        self.output = ChannelMixer(width * grid ** dimensions, classes)  # the head plugin's module: head.output.*

    def forward(self, x):
        h = self.norm(x)
        pooled = F.adaptive_avg_pool1d(h, self.grid) if h.dim() == 3 else F.adaptive_avg_pool2d(h, [self.grid] * 2)
        return self.output(pooled.flatten(1))


class Supernet(nn.Module):
    def __init__(self, shape, width, blocks, kernel_grid=9, head_grid=4, classes=10):
        super().__init__()
        dimensions = len(shape)
        causal = dimensions == 1
        grid = KernelGrid(shape[0] if causal else kernel_grid, causal)
        self.stem = Stem(width, grid, dimensions)
        self.blocks = nn.ModuleList(ResidualBlock(width, grid, dimensions) for _ in range(blocks))
        self.depth_mask = SigmoidMask(DEPTH_TEMPERATURE)
        self.head = Head(width, classes, dimensions, head_grid)
        self.block_distances = ordinal_distances(blocks)

    def forward(self, x):
        x = self.stem(x)
        gates = self.depth_mask(self.block_distances)
        for block, gate in zip(self.blocks, gates):
            x = block(x, gate)
        return self.head(x)
