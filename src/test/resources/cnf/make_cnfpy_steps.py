"""Writes hypernet_torchdiffeq_steps.csv: what torchdiffeq 657943a's own solve of examples/cnf.py's CNF
takes to give log p at hypernet_points.csv with the weights of hypernet_state.npz, in float32 with dopri5
at rtol = atol = 1e-5 as cnf.py evaluates it (one batch from t1 = 10 down to t0 = 0): the NFE and the
log p of each point. The engine must take the same steps (CnfImportTest).

Run from this directory with torchdiffeq's repository at TDQ (Debian's python3-torch 1.13):
    PYTHONPATH=$TDQ /usr/bin/python3 make_cnfpy_steps.py $TDQ/examples/cnf.py
"""
import runpy
import sys

import numpy as np
import torch
from torchdiffeq import odeint

# cnf.py parses its options at import; the CNF class is all that is needed from it.
sys.argv = [sys.argv[1]]
cnf_py = runpy.run_path(sys.argv[0], run_name="cnf_module")

func = cnf_py["CNF"](in_out_dim=2, hidden_dim=32, width=64)
func.load_state_dict({k: torch.from_numpy(v) for k, v in np.load("hypernet_state.npz").items()})
calls = [0]


def counted(t, states):
    calls[0] += 1
    return func(t, states)


points = np.loadtxt("hypernet_points.csv", delimiter=",", skiprows=1, dtype=np.float32)
x = torch.from_numpy(points)
with torch.no_grad():
    z_t, logp_diff_t = odeint(counted, (x, torch.zeros(x.shape[0], 1)), torch.tensor([10.0, 0.0]),
                              atol=1e-5, rtol=1e-5, method="dopri5")
z0, logp_diff = z_t[-1], logp_diff_t[-1]
base = torch.distributions.MultivariateNormal(torch.zeros(2), torch.tensor([[0.1, 0.0], [0.0, 0.1]]))
logp = (base.log_prob(z0) - logp_diff.view(-1)).numpy()
with open("hypernet_torchdiffeq_steps.csv", "w") as f:
    f.write(f"# nfe {calls[0]}\n")
    f.write("x,y,logp\n")
    for (px, py), lp in zip(points, logp):
        f.write(f"{float(px)!r},{float(py)!r},{float(lp)!r}\n")
print("NFE", calls[0], "log p", logp)
