"""A hand-designed CNN on the IDX images a search uses: the baseline every searched result is printed beside.

usage: plain_cnn.py --data DIR --out result.json [--epochs 2] [--limit N] [--width 32] [--threads 2] [--seed 0]
                    [--validation-fraction 0.05]
Three 3x3 conv -> BatchNorm -> GELU layers (max-pooling after the first two), a linear head; AdamW with a one-cycle
schedule. Holds out the same fraction of the training set as dnarch's validation split (never used here), trains on
at most `limit` of the rest, tests on the whole test set.
"""
import argparse
import gzip
import json
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(path):
    with gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def find(directory, stem):
    for name in (stem + ".gz", stem):
        if os.path.exists(os.path.join(directory, name)):
            return os.path.join(directory, name)
    raise FileNotFoundError(os.path.join(directory, stem))


class PlainCnn(nn.Module):
    def __init__(self, width, classes=10):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(1 if i == 0 else width, width, 3, padding=1, bias=False) for i in range(3)])
        self.norms = nn.ModuleList([nn.BatchNorm2d(width) for _ in range(3)])
        self.head = nn.Linear(width * 7 * 7, classes)

    def forward(self, x):
        for i, (conv, norm) in enumerate(zip(self.convs, self.norms)):
            x = F.gelu(norm(conv(x)))
            if i < 2:
                x = F.max_pool2d(x, 2)
        return self.head(x.flatten(1))

    def macs(self, side=28):
        first = side * side * 9 * self.convs[0].out_channels
        w = self.convs[1].in_channels
        return first + (side // 2) ** 2 * 9 * w * w + (side // 4) ** 2 * 9 * w * w + self.head.in_features * self.head.out_features


def fit(model, train_x, train_y, epochs, batch_size, lr, loss_of=F.cross_entropy):
    """AdamW (weight decay 0.01) with a one-cycle schedule peaking at lr, shuffled batches, cross-entropy (or loss_of)."""
    steps = epochs * ((len(train_x) + batch_size - 1) // batch_size)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=lr, total_steps=steps)
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(len(train_x))
        for i in range(0, len(train_x), batch_size):
            batch = perm[i:i + batch_size]
            loss = loss_of(model(train_x[batch]), train_y[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--width", type=int, default=32)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--validation-fraction", type=float, default=0.05)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)

    images = read_idx(find(args.data, "train-images-idx3-ubyte")).astype(np.float32) / 255
    labels = read_idx(find(args.data, "train-labels-idx1-ubyte")).astype(np.int64)
    order = rng.permutation(len(images))[:len(images) - int(round(args.validation_fraction * len(images)))]
    if args.limit:
        order = order[:args.limit]
    mean, std = images[order].mean(), images[order].std()
    train_x = torch.from_numpy((images[order] - mean) / std).unsqueeze(1)
    train_y = torch.from_numpy(labels[order])
    test_x = torch.from_numpy((read_idx(find(args.data, "t10k-images-idx3-ubyte")).astype(np.float32) / 255 - mean) / std).unsqueeze(1)
    test_y = torch.from_numpy(read_idx(find(args.data, "t10k-labels-idx1-ubyte")).astype(np.int64))

    model = PlainCnn(args.width)
    start = time.perf_counter()
    fit(model, train_x, train_y, args.epochs, args.batch, args.lr)
    train_seconds = time.perf_counter() - start
    model.eval()
    with torch.no_grad():
        correct = sum((model(test_x[i:i + 1000]).argmax(1) == test_y[i:i + 1000]).sum().item() for i in range(0, len(test_x), 1000))
    result = dict(epochs=args.epochs, trainImages=len(train_x), width=args.width, params=sum(p.numel() for p in model.parameters()),
                  macsPerImage=model.macs(), testAccuracy=correct / len(test_x), trainSeconds=round(train_seconds, 1),
                  seconds=round(time.perf_counter() - start, 1), threads=args.threads, torch=torch.__version__)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
