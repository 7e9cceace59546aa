#!/usr/bin/env python3
"""The benchmark's networks in PyTorch (CPU, eager), written as a PyTorch user writes them.

W1-W3b are the book's fully connected networks (network.py, network2.py; W3/W3b with a softmax
output and log-likelihood cost), W4 is network3.py's ReLU conv net of chapter 6. Each is trained
by plain mini-batch SGD exactly as the book does it (see workloads.py): torch.optim.SGD with
lr = eta, no momentum, and weight_decay = lmbda/n on the weights only (torch adds wd*w to the
gradient, so a step is w <- (1 - eta*lmbda/n) w - eta * grad), the cost averaged over the
mini-batch (the book's (eta/m) sum). Float32; samples are rows, images 1x28x28 for the conv net.

Usage: network_torch.py --workload W1|W2|W3|W3b|W4 --data DIR [--epochs N] [--threads N]
                        [--seed S] [--eval]
Prints "Epoch k complete (S s)" per epoch (with --eval "Epoch k: correct / 10000 (S s)", the test
scored outside the timing), then a "Threads:" line saying which thread settings took effect.
"""
import copy
import sys

import workloads

ARGS, WORKLOAD = workloads.parse_args(__doc__.splitlines()[1], ["W1", "W2", "W3", "W3b", "W4"])
workloads.limit_threads(ARGS.threads)

import torch                      # noqa: E402  (after the thread limits are in the environment)
import torch.nn.functional as F   # noqa: E402
from torch import nn              # noqa: E402

from mnist_idx import load_book_split  # noqa: E402

torch.set_num_threads(ARGS.threads)
torch.set_num_interop_threads(ARGS.threads)


class FullyConnected(nn.Module):
    """The book's network of `sizes` neurons: sigmoid hidden layers, then a linear layer whose
    output z^L the cost turns into activations (sigmoid or softmax). Input (batch, 784)."""

    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(n_in, n_out) for n_in, n_out in zip(sizes[:-1], sizes[1:]))

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.sigmoid(layer(x))
        return self.layers[-1](x)


def network3_conv_net():
    """network3.py's chapter 6 net: ConvPoolLayer(20, 5x5, pool 2, ReLU), ConvPoolLayer(40 over
    20 channels, 5x5, pool 2, ReLU), FullyConnectedLayer(640 -> 100, ReLU), SoftmaxLayer(100 -> 10).
    network3 pools before its activation; relu(pool(conv) + b) = pool(relu(conv + b)). Input
    (batch, 1, 28, 28); output z^L (batch, 10) for the softmax."""
    return nn.Sequential(
        nn.Conv2d(1, 20, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2),    # 28 -> 24 -> 12
        nn.Conv2d(20, 40, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2),   # 12 -> 8 -> 4
        nn.Flatten(),                                                   # 40*4*4 = 640
        nn.Linear(640, 100), nn.ReLU(),
        nn.Linear(100, 10))


def initialise(net, init, generator):
    """The book's initialisations, drawn from one seeded generator."""
    with torch.no_grad():
        modules = [mod for mod in net.modules() if isinstance(mod, (nn.Linear, nn.Conv2d))]
        for index, mod in enumerate(modules):
            if init == "gaussian":          # network.py: w, b ~ N(0, 1)
                std = 1.0
            elif init == "scaled":          # network2.py: w ~ N(0, 1/n_in)
                std = mod.weight[0].numel() ** -0.5
            elif index == len(modules) - 1:  # network3.py: the softmax layer starts at zero
                mod.weight.zero_()
                mod.bias.zero_()
                continue
            elif isinstance(mod, nn.Conv2d):  # network3.py: n_out = F * k^2 / pool^2
                std = (mod.out_channels * mod.kernel_size[0] * mod.kernel_size[1] / 4) ** -0.5
            else:                           # network3.py: FC w ~ N(0, 1/n_out)
                std = mod.out_features ** -0.5
            mod.weight.normal_(0.0, std, generator=generator)
            mod.bias.normal_(0.0, 1.0, generator=generator)


def training_targets(cost, labels):
    """What the cost compares the output with: the book's one-hot vectors y, or for the
    log-likelihood the labels themselves. Made once, as the book makes its training data."""
    return labels if cost == "log-likelihood" else F.one_hot(labels, 10).to(torch.float32)


def mean_cost(cost, z, targets):
    """The cost averaged over the mini-batch, from the output layer's weighted input z (m, 10)."""
    if cost == "quadratic":        # 1/2 ||a - y||^2, a = sigmoid(z): delta = (a - y) sigma'(z)
        return 0.5 * (torch.sigmoid(z) - targets).pow(2).sum() / len(z)
    if cost == "cross-entropy":    # -[y ln a + (1-y) ln(1-a)], a = sigmoid(z): delta = a - y
        return F.binary_cross_entropy_with_logits(z, targets, reduction="sum") / len(z)
    return F.cross_entropy(z, targets)  # log-likelihood -ln a_y, a = softmax(z): delta = a - y


def sgd(net, workload, n):
    """Plain SGD: lr = eta; L2 on weights only (decay 1 - eta*lmbda/n a step), none on biases."""
    weights = [p for name, p in net.named_parameters() if name.endswith("weight")]
    biases = [p for name, p in net.named_parameters() if name.endswith("bias")]
    return torch.optim.SGD([{"params": weights, "weight_decay": workload.lmbda / n},
                            {"params": biases, "weight_decay": 0.0}], lr=workload.eta, momentum=0.0)


def train_steps(net, optimizer, workload, xs, targets):
    """One SGD step for each mini-batch of m consecutive rows of xs and their targets."""
    for k in range(0, len(xs), workload.m):
        optimizer.zero_grad(set_to_none=True)
        mean_cost(workload.cost, net(xs[k:k + workload.m]), targets[k:k + workload.m]).backward()
        optimizer.step()


def accuracy(net, x, labels):
    with torch.no_grad():
        correct = sum(int((net(x[k:k + 1000]).argmax(1) == labels[k:k + 1000]).sum())
                      for k in range(0, len(x), 1000))
    return correct, len(x)


def main():
    train_x, train_y, test_x, test_y = (torch.from_numpy(a) for a in
                                        load_book_split(ARGS.data, ARGS.train_count))
    if WORKLOAD.sizes is None:
        train_x, test_x = train_x.view(-1, 1, 28, 28), test_x.view(-1, 1, 28, 28)
    generator = torch.Generator().manual_seed(ARGS.seed)
    net = network3_conv_net() if WORKLOAD.sizes is None else FullyConnected(WORKLOAD.sizes)
    initialise(net, WORKLOAD.init, generator)
    train_t = training_targets(WORKLOAD.cost, train_y)
    n = len(train_x)
    optimizer = sgd(net, WORKLOAD, n)

    # Warm-up outside the timing, on a throwaway copy: the first calls build oneDNN primitives
    # and grow the allocator; the network that is timed and scored is untouched.
    spare = copy.deepcopy(net)
    train_steps(spare, sgd(spare, WORKLOAD, n), WORKLOAD, train_x[:20 * WORKLOAD.m], train_t[:20 * WORKLOAD.m])
    del spare

    clock = workloads.EpochClock()
    for epoch in range(ARGS.epochs):
        clock.start()
        order = torch.randperm(n, generator=generator)   # the book's shuffle, every epoch
        train_steps(net, optimizer, WORKLOAD, train_x[order], train_t[order])
        clock.stop()
        clock.report(epoch, accuracy(net, test_x, test_y) if ARGS.eval else None)
    workloads.report_threads(
        ARGS.threads, f"torch {torch.__version__} intra-op {torch.get_num_threads()}, "
        f"inter-op {torch.get_num_interop_threads()}", clock)


if __name__ == "__main__":
    sys.exit(main())
