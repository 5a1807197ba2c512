"""Plain CNN baselines for the task families of docs/tasks.md, on the very files a dnarch search reads. Runs on
Debian's /usr/bin/python3 with python3-torch, as run.sh installs it.

usage: task_baselines.py make-retrieval --out DIR [--count 2000 --eval-count 250 --length 1000 --topics 4 --seed 0]
       task_baselines.py make-speech --out DIR [--clips 60 --seed 0]
       task_baselines.py train --task retrieval|speech|pathfinder|cosmic --data PATH --out result.json
                         [--epochs 3 --batch 32 --width 32 --limit N --lr 0.01 --threads 2 --seed 0]
                         [--train-count N --validation-count N --test-count N]   (pathfinder, cosmic: the cache's split sizes)
                         [--features raw|mfcc --mfcc 20]   (speech)

make-retrieval writes LRA's three AAN TSV files of generated pairs: each text is `length` letters, a `topic-share` of
them from its topic's 6 letters and the rest from all 26; the label is 1 when both texts have the same topic (half of
the pairs), so neither text alone tells it. make-speech writes a Speech Commands folder of the SC10 words: word k is a
tone of 300*(k+1) Hz with random phase and amplitude under white noise, 16 kHz, one second; one clip in five
validates, one tests.

train reads retrieval's TSVs, a Speech Commands folder (SC10, raw 16,000-sample waveforms, or with --features mfcc
their MFCC: 400-sample Hamming frames every 160 samples, 512-point power spectrum, 24 mel triangles, log10, DCT-II,
`--mfcc` coefficients by 98 frames, the frame layout and defaults of NWaves' extractor that dnarch uses, computed
here in numpy), a pathfinder cache file of dnarch (`pathfinder-*.bin`, 1,024- or 16,384-step sequences) or a cosmic
cache file (`cosmic-*.bin`, images and hit masks), standardises each input channel with the training split's mean and
deviation as dnarch does, and trains a plain 1-D CNN: `depth` conv(9) -> BatchNorm -> GELU -> max-pool(4) layers,
global mean, a linear layer; for retrieval a dual encoder (one CNN for both texts) with an MLP on [a, b, a*b, a-b];
for cosmic a fully convolutional 2-D net: `depth` conv(3x3) -> BatchNorm -> GELU layers at full resolution and a 1x1
convolution to one logit a pixel, trained by per-pixel binary cross-entropy with logits. Trained by plain_cnn.py's
`fit` (AdamW, one-cycle schedule). Prints and writes test accuracy (cosmic: the false-negative rate at 1% and 0.1%
false positives, and the same figures of a plain detector, a pixel's excess over the mean of its 8 neighbours) and
wall time.
"""
import argparse
import json
import os
import struct
import time
import wave

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from plain_cnn import fit

SC10 = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"]
AAN = ["train", "eval", "test"]


def make_retrieval(args):
    rng = np.random.default_rng(args.seed)
    os.makedirs(args.out, exist_ok=True)
    letters = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)

    def text(topic):
        own = rng.random(args.length) < args.topic_share
        chars = np.where(own, letters[(6 * topic + rng.integers(0, 6, args.length)) % 26], rng.choice(letters, args.length))
        return chars.tobytes().decode()

    for part, count in zip(AAN, [args.count, args.eval_count, args.eval_count]):
        with open(os.path.join(args.out, f"new_aan_pairs.{part}.tsv"), "w") as f:
            for i in range(count):
                first = int(rng.integers(args.topics))
                second = first if i % 2 == 0 else (first + 1 + int(rng.integers(args.topics - 1))) % args.topics
                f.write(f"{1 - i % 2}\tP{i}\tQ{i}\t{text(first)}\t{text(second)}\n")


def make_speech(args):
    rng = np.random.default_rng(args.seed)
    validation, test = [], []
    t = np.arange(16000) / 16000
    for k, word in enumerate(SC10):
        os.makedirs(os.path.join(args.out, word), exist_ok=True)
        for i in range(args.clips):
            name = f"{word}/clip{i:03d}.wav"
            signal = (0.2 + 0.5 * rng.random()) * np.sin(2 * np.pi * 300 * (k + 1) * t + rng.random() * 2 * np.pi)
            signal += 0.1 * rng.standard_normal(len(t))
            with wave.open(os.path.join(args.out, name), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(16000)
                w.writeframes((np.clip(signal, -1, 1) * 32767).astype("<i2").tobytes())
            (validation if i % 5 == 0 else test if i % 5 == 1 else []).append(name)
    for name, items in (("validation_list.txt", validation), ("testing_list.txt", test)):
        with open(os.path.join(args.out, name), "w") as f:
            f.write("\n".join(items) + "\n")


def read_retrieval(folder, length):
    splits = []
    for part in AAN:
        xs, ys = [], []
        with open(os.path.join(folder, f"new_aan_pairs.{part}.tsv"), encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                row = np.zeros((2, length), dtype=np.float32)
                for c in range(2):
                    data = np.frombuffer(fields[3 + c].encode()[:length], dtype=np.uint8)
                    row[c, :len(data)] = data
                xs.append(row)
                ys.append(int(float(fields[0])))
        splits.append((np.stack(xs), np.array(ys)))
    return splits


def read_speech(folder):
    lists = {}
    for name in ("validation_list.txt", "testing_list.txt"):
        with open(os.path.join(folder, name)) as f:
            lists[name] = {line.strip() for line in f if line.strip()}
    parts = [([], []), ([], []), ([], [])]
    for k, word in enumerate(SC10):
        for clip in sorted(os.listdir(os.path.join(folder, word))):
            name = f"{word}/{clip}"
            with wave.open(os.path.join(folder, name)) as w:
                samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768
            row = np.zeros(16000, dtype=np.float32)
            row[:min(len(samples), 16000)] = samples[:16000]
            split = 1 if name in lists["validation_list.txt"] else 2 if name in lists["testing_list.txt"] else 0
            parts[split][0].append(row[None])
            parts[split][1].append(k)
    return [(np.stack(x), np.array(y)) for x, y in parts]


def mfcc(clips, coefficients, filters=24, frame=400, hop=160, fft=512, rate=16000):
    """MFCC of [N, 16000] clips as [N, coefficients, frames]."""
    frames = 1 + (clips.shape[1] - frame) // hop
    index = np.arange(frame)[None] + hop * np.arange(frames)[:, None]
    power = np.abs(np.fft.rfft(clips[:, index] * np.hamming(frame), fft)) ** 2
    mel = lambda f: 1127 * np.log1p(f / 700)
    edges = 700 * np.expm1(np.linspace(0, mel(rate / 2), filters + 2) / 1127)
    bins = np.fft.rfftfreq(fft, 1 / rate)
    bank = np.stack([np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0, None)
                     for lo, mid, hi in zip(edges, edges[1:], edges[2:])])
    energies = np.log10(np.maximum(power @ bank.T, 1e-10))
    k = np.arange(filters)
    dct = np.cos(np.pi / filters * (k[None] + 0.5) * np.arange(coefficients)[:, None])
    return np.einsum("ntf,cf->nct", energies, dct).astype(np.float32)


def read_cosmic(path, counts):
    """dnarch's cosmic cache: a one-byte length and the magic, the value count, the images, the masks, a SHA-256."""
    with open(path, "rb") as f:
        data = f.read()
    offset = 1 + data[0]
    length = struct.unpack_from("<i", data, offset)[0]
    images = np.frombuffer(data, dtype="<f4", offset=offset + 4, count=length)
    masks = np.frombuffer(data, dtype="<f4", offset=offset + 4 + 4 * length, count=length)
    side = int(round((length / sum(counts)) ** 0.5))
    x, y = images.reshape(-1, 1, side, side), masks.reshape(-1, 1, side, side).copy()
    bounds = np.cumsum([0] + counts)
    return [(x[bounds[i]:bounds[i + 1]], y[bounds[i]:bounds[i + 1]]) for i in range(3)]


def false_negative_rate(scores, mask, false_positive_rate):
    """The hits whose score does not exceed the threshold above which at most that share of the clean pixels score."""
    scores, mask = scores.ravel(), mask.ravel() > 0.5
    clean, hits = np.sort(scores[~mask]), scores[mask]
    allowed = int(np.floor(false_positive_rate * len(clean)))
    threshold = -np.inf if allowed >= len(clean) else clean[len(clean) - 1 - allowed]
    return float((hits <= threshold).mean()) if len(hits) else 0.0


def sharpness(images):
    """A plain detector: how far a pixel stands above the mean of its 8 neighbours (0 on the border)."""
    score = np.zeros_like(images)
    inner = images[..., 1:-1, 1:-1]
    neighbours = sum(images[..., 1 + dy:images.shape[-2] - 1 + dy, 1 + dx:images.shape[-1] - 1 + dx]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    score[..., 1:-1, 1:-1] = inner - neighbours / 8
    return score


def read_pathfinder(path, counts):
    with open(path, "rb") as f:
        data = f.read()
    offset = 1 + data[0]  # BinaryWriter's string: a one-byte length, then the magic
    count = struct.unpack_from("<i", data, offset)[0]
    offset += 4
    size = (len(data) - offset - 32) // count - 1
    records = np.frombuffer(data, dtype=np.uint8, offset=offset, count=count * (size + 1)).reshape(count, size + 1)
    x, y = records[:, 1:].astype(np.float32)[:, None], records[:, 0].astype(np.int64)
    bounds = np.cumsum([0] + counts)
    return [(x[bounds[i]:bounds[i + 1]], y[bounds[i]:bounds[i + 1]]) for i in range(3)]


class Encoder(nn.Module):
    def __init__(self, inputs, width, depth):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(inputs if i == 0 else width, width, 9, padding=4, bias=False) for i in range(depth)])
        self.norms = nn.ModuleList([nn.BatchNorm1d(width) for _ in range(depth)])

    def forward(self, x):
        for conv, norm in zip(self.convs, self.norms):
            x = F.max_pool1d(F.gelu(norm(conv(x))), 4, ceil_mode=True)
        return x.mean(-1)


class Classifier(nn.Module):
    def __init__(self, inputs, width, depth, classes):
        super().__init__()
        self.encoder = Encoder(inputs, width, depth)
        self.head = nn.Linear(width, classes)

    def forward(self, x):
        return self.head(self.encoder(x))


class PixelDetector(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(1 if i == 0 else width, width, 3, padding=1, bias=False) for i in range(depth)])
        self.norms = nn.ModuleList([nn.BatchNorm2d(width) for _ in range(depth)])
        self.head = nn.Conv2d(width, 1, 1)

    def forward(self, x):
        for conv, norm in zip(self.convs, self.norms):
            x = F.gelu(norm(conv(x)))
        return self.head(x)


class DualEncoder(nn.Module):
    def __init__(self, width, depth, classes, hidden=64):
        super().__init__()
        self.encoder = Encoder(1, width, depth)
        self.head = nn.Sequential(nn.Linear(4 * width, hidden), nn.ReLU(), nn.Linear(hidden, classes))

    def forward(self, x):
        a, b = self.encoder(x[:, :1]), self.encoder(x[:, 1:])
        return self.head(torch.cat([a, b, a * b, a - b], 1))


def train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    counts = [args.train_count, args.validation_count, args.test_count]
    if args.task == "retrieval":
        splits = read_retrieval(args.data, args.length)
    elif args.task == "speech":
        splits = read_speech(args.data)
        if args.features == "mfcc":
            splits = [(mfcc(x[:, 0], args.mfcc), y) for x, y in splits]
    elif args.task == "cosmic":
        splits = read_cosmic(args.data, counts)
    else:
        splits = read_pathfinder(args.data, counts)
    (train_x, train_y), _, (test_x, test_y) = splits
    if args.limit:
        train_x, train_y = train_x[:args.limit], train_y[:args.limit]
    axes = tuple(a for a in range(train_x.ndim) if a != 1)
    mean = train_x.mean(axis=axes, keepdims=True)
    std = train_x.std(axis=axes, keepdims=True) + 1e-8
    raw_test_x = test_x
    train_x, test_x = [torch.from_numpy((x - mean) / std) for x in (train_x, test_x)]
    train_y, test_y = torch.from_numpy(train_y), torch.from_numpy(test_y)
    if args.task == "cosmic":
        model, loss_of = PixelDetector(args.width, args.depth), F.binary_cross_entropy_with_logits
    else:
        classes = int(max(train_y.max(), test_y.max())) + 1
        model = DualEncoder(args.width, args.depth, classes) if args.task == "retrieval" else Classifier(train_x.shape[1], args.width, args.depth, classes)
        loss_of = F.cross_entropy
    start = time.perf_counter()
    fit(model, train_x, train_y, args.epochs, args.batch, args.lr, loss_of)
    model.eval()
    with torch.no_grad():
        outputs = torch.cat([model(test_x[i:i + 100]) for i in range(0, len(test_x), 100)])
    if args.task == "cosmic":
        rates = (0.01, 0.001)
        figures = {f"testFnrAtFpr{r}": false_negative_rate(outputs.numpy(), test_y.numpy(), r) for r in rates}
        figures.update({f"detectorFnrAtFpr{r}": false_negative_rate(sharpness(raw_test_x), test_y.numpy(), r) for r in rates})
    else:
        figures = dict(testAccuracy=(outputs.argmax(1) == test_y).float().mean().item())
    result = dict(task=args.task, epochs=args.epochs, train=len(train_x), test=len(test_x), width=args.width, depth=args.depth,
                  params=sum(p.numel() for p in model.parameters()), **figures,
                  seconds=round(time.perf_counter() - start, 1), threads=args.threads, torch=torch.__version__)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result))


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    retrieval = commands.add_parser("make-retrieval")
    retrieval.add_argument("--out", required=True)
    retrieval.add_argument("--count", type=int, default=2000)
    retrieval.add_argument("--eval-count", type=int, default=250)
    retrieval.add_argument("--length", type=int, default=1000)
    retrieval.add_argument("--topics", type=int, default=4)
    retrieval.add_argument("--topic-share", type=float, default=0.3)
    retrieval.add_argument("--seed", type=int, default=0)
    speech = commands.add_parser("make-speech")
    speech.add_argument("--out", required=True)
    speech.add_argument("--clips", type=int, default=60)
    speech.add_argument("--seed", type=int, default=0)
    fit = commands.add_parser("train")
    fit.add_argument("--task", required=True, choices=["retrieval", "speech", "pathfinder", "cosmic"])
    fit.add_argument("--data", required=True)
    fit.add_argument("--out", required=True)
    fit.add_argument("--epochs", type=int, default=3)
    fit.add_argument("--batch", type=int, default=32)
    fit.add_argument("--width", type=int, default=32)
    fit.add_argument("--depth", type=int, default=4)
    fit.add_argument("--length", type=int, default=1000)
    fit.add_argument("--limit", type=int, default=0)
    fit.add_argument("--lr", type=float, default=0.01)
    fit.add_argument("--threads", type=int, default=2)
    fit.add_argument("--seed", type=int, default=0)
    fit.add_argument("--train-count", type=int, default=0)
    fit.add_argument("--validation-count", type=int, default=0)
    fit.add_argument("--test-count", type=int, default=0)
    fit.add_argument("--features", choices=["raw", "mfcc"], default="raw")
    fit.add_argument("--mfcc", type=int, default=20)
    args = parser.parse_args()
    {"make-retrieval": make_retrieval, "make-speech": make_speech, "train": train}[args.command](args)


if __name__ == "__main__":
    main()
