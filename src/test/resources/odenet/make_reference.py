"""Makes the fixture of OdeNetTorchdiffeqTest: the paper's MNIST ODE-Net in the layout of
torchdiffeq's examples/odenet_mnist.py (downsampling stem, one ODE block solved by torchdiffeq's
dopri5 over [0, 1] at rtol = atol = 1e-3, GroupNorm/ReLU/pool/linear head), in float64, with its
state dict, four images, their labels, the logits, the forward NFE, the mean cross entropy and its
gradient with respect to every parameter (backpropagation through the solver, as odenet_mnist.py
trains by default).

torchdiffeq's own backward pass also differentiates its choice of the first step size (computed
from y0 in tensor ops) and so the step times and the interpolation at t = 1; later step sizes are
detached. The engine holds every step size constant. The gradients saved ("grad/...") are therefore
torchdiffeq's with the first step given as the number its own selection makes (first_step, under
no_grad): the same steps, the same NFE once the two selection evaluations are added, the same
logits. How far torchdiffeq's default gradients are from those is printed.

The model is declared here from the paper's description (section 3) and torchdiffeq's key names;
the solve is torchdiffeq's own odeint. Run from this folder with torchdiffeq on PYTHONPATH:
PYTHONPATH=/path/to/torchdiffeq /usr/bin/python3 make_reference.py (PyTorch 1.13.1, torchdiffeq
at commit 657943a).
"""
import numpy as np
import torch
import torch.nn as nn
from torchdiffeq import odeint
from torchdiffeq._impl.misc import _rms_norm, _select_initial_step

torch.manual_seed(0)


def norm(dim):
    return nn.GroupNorm(min(32, dim), dim)


class ConcatConv2d(nn.Module):
    """A 3x3 convolution that reads t as an extra input channel, placed first."""

    def __init__(self, dim_in, dim_out):
        super().__init__()
        self._layer = nn.Conv2d(dim_in + 1, dim_out, 3, 1, 1)

    def forward(self, t, x):
        return self._layer(torch.cat([torch.ones_like(x[:, :1]) * t, x], 1))


class Dynamics(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.norm1, self.conv1 = norm(dim), ConcatConv2d(dim, dim)
        self.norm2, self.conv2 = norm(dim), ConcatConv2d(dim, dim)
        self.norm3 = norm(dim)
        self.nfe = 0

    def forward(self, t, x):
        self.nfe += 1
        out = self.conv1(t, torch.relu(self.norm1(x)))
        out = self.conv2(t, torch.relu(self.norm2(out)))
        return self.norm3(out)


class Block(nn.Module):
    def __init__(self, dynamics):
        super().__init__()
        self.odefunc = dynamics
        self.first_step = None

    def forward(self, x):
        t = torch.tensor([0.0, 1.0], dtype=x.dtype)
        options = None if self.first_step is None else dict(first_step=self.first_step)
        return odeint(self.odefunc, x, t, rtol=1e-3, atol=1e-3, options=options)[1]


model = nn.Sequential(
    nn.Conv2d(1, 64, 3, 1), norm(64), nn.ReLU(inplace=True),
    nn.Conv2d(64, 64, 4, 2, 1), norm(64), nn.ReLU(inplace=True),
    nn.Conv2d(64, 64, 4, 2, 1),
    Block(Dynamics(64)),
    norm(64), nn.ReLU(inplace=True), nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(64, 10)).double()
with torch.no_grad():
    # Fresh GroupNorm affine parameters are 1 and 0; perturbing them makes their gradients and the
    # per-channel scaling part of what the test checks.
    for m in model.modules():
        if isinstance(m, nn.GroupNorm):
            m.weight.add_(0.2 * torch.randn_like(m.weight))
            m.bias.add_(0.2 * torch.randn_like(m.bias))

x = torch.rand(4, 1, 28, 28, dtype=torch.float64)
labels = torch.tensor([3, 0, 7, 9])
names = [k for k, _ in model.named_parameters()]
params = [p for _, p in model.named_parameters()]

# torchdiffeq's defaults: the first step chosen from y0, and differentiated.
default_logits = model(x)
default_nfe = model[7].odefunc.nfe
default_grads = torch.autograd.grad(nn.functional.cross_entropy(default_logits, labels), params)

# The same first step as a constant.
with torch.no_grad():
    h = model[:7](x)
    f0 = model[7].odefunc(torch.tensor(0.0, dtype=torch.float64), h)
    first = _select_initial_step(model[7].odefunc, torch.tensor(0.0, dtype=torch.float64), h, 4, 1e-3, 1e-3, _rms_norm, f0)
model[7].first_step = first.item()
model[7].odefunc.nfe = 0
logits = model(x)
nfe = model[7].odefunc.nfe + 1  # plus the selection's evaluation at y0 + h0 f0
assert nfe == default_nfe, (nfe, default_nfe)
assert torch.equal(logits, default_logits)
loss = nn.functional.cross_entropy(logits, labels)
grads = torch.autograd.grad(loss, params)
for k, g, d in zip(names, grads, default_grads):
    print(f"{k:32s} default against constant first step: {((g - d).abs().max() / g.abs().max()).item():.1e}")

arrays = {k: v.detach().numpy() for k, v in model.state_dict().items()}
arrays.update({"input": x.numpy(), "labels": labels.numpy().astype(np.int64), "logits": logits.detach().numpy(),
               "nfe": np.array([nfe], dtype=np.int64), "loss": np.array([loss.item()])})
arrays.update({"grad/" + k: g.numpy() for k, g in zip(names, grads)})
np.savez("odenet_reference.npz", **arrays)
print("nfe", nfe, "loss", loss.item())
