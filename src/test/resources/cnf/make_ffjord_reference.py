"""Writes ffjord_state.npz and ffjord_logp.csv from FFJORD's own toy model (rtqichen/ffjord at 994864a).

The model is what FFJORD's train_toy.py builds with its defaults except --dims 32-32: one CNF block of
ConcatSquash layers 2-32-32-2 with tanh, T = 0.5 learned as sqrt_end_time, exact divergence. Its
state dict is saved as FFJORD saves it (a 0-d sqrt_end_time, the buffer odefunc.odefunc._num_evals),
in float32. The log densities are FFJORD's own forward pass in float64 with torchdiffeq's dopri5 at
rtol = atol = 1e-10, data at t = 0 and the base N(0, I) at t = T.

Run with FFJORD's repository and torchdiffeq on PYTHONPATH, from this directory:
    PYTHONPATH=/path/to/ffjord:/path/to/torchdiffeq python3 make_ffjord_reference.py
"""
import argparse

import numpy as np
import torch

import lib.layers as layers
from train_misc import build_model_tabular, create_regularization_fns, set_cnf_options, standard_normal_logprob

args = argparse.Namespace(
    dims="32-32", num_blocks=1, time_length=0.5, train_T=True, divergence_fn="brute_force", nonlinearity="tanh",
    layer_type="concatsquash", solver="dopri5", atol=1e-5, rtol=1e-5, step_size=None, test_solver=None, test_atol=None,
    test_rtol=None, residual=False, rademacher=False, spectral_norm=False, batch_norm=False, bn_lag=0,
    l1int=None, l2int=None, dl2int=None, JFrobint=None, JdiagFrobint=None, JoffdiagFrobint=None)

torch.manual_seed(2)
regularization_fns, _ = create_regularization_fns(args)
model = build_model_tabular(args, 2, regularization_fns)
with torch.no_grad():
    # Stronger dynamics than the initial weights give, so that the flow moves the points visibly.
    for name, p in model.named_parameters():
        if name.endswith("_layer.weight"):
            p.mul_(2.0)
state = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
np.savez("ffjord_state.npz", **state)
print({k: v.shape for k, v in state.items()})

model = model.double()
model.load_state_dict({k: torch.from_numpy(v).double() for k, v in np.load("ffjord_state.npz").items()})
model.eval()
for cnf in model.chain:
    cnf.test_atol, cnf.test_rtol = 1e-10, 1e-10
# The last point is not a float32 number: a float64 evaluation must see it as written.
points = np.array([[0.0, 0.0], [0.5, -0.25], [1.5, 1.0], [-2.0, 0.75], [0.1, 2.5], [1.3, -0.7]])
with torch.no_grad():
    x = torch.from_numpy(points)
    z, delta_logp = model(x, torch.zeros(x.shape[0], 1, dtype=torch.float64))
    logp = (standard_normal_logprob(z).sum(1, keepdim=True) - delta_logp).view(-1).numpy()
with open("ffjord_logp.csv", "w") as f:
    f.write("x,y,logp\n")
    for (px, py), lp in zip(points, logp):
        f.write(f"{float(px)!r},{float(py)!r},{float(lp)!r}\n")
print("log p:", logp)
