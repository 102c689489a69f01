"""Makes the fixtures of ImportTest: a hypernetwork CNF in the exact form of torchdiffeq's
examples/cnf.py (CNF + HyperNetwork, in_out_dim 2, hidden_dim 32, width 64), its state dict saved
as numpy.savez does, points, and their log p. FFJORD's fixtures come from make_ffjord_reference.py,
which builds FFJORD's own model.

log p follows cnf.py's conventions: integrate (z, logp_diff) from t1 = 10 down to t0 = 0 with
dz/dt = f, dlogp/dt = -tr(df/dz) (the exact trace, by autograd), then
log p(x) = log N(z(t0); 0, 0.1 I) - logp_diff(t0).

torchdiffeq is not installable here (no package index), so the integration uses SciPy's DOP853 at
rtol = atol = 1e-13 in float64, at least as accurate as torchdiffeq's dopri5 at the 1e-8 the test
runs at. Run: python3 make_hypernet_reference.py (PyTorch 2.13, SciPy 1.17, NumPy 2.4).
"""
import numpy as np
import torch
import torch.nn as nn
from scipy.integrate import solve_ivp

torch.manual_seed(0)


class HyperNetwork(nn.Module):
    def __init__(self, in_out_dim, hidden_dim, width):
        super().__init__()
        blocksize = width * in_out_dim
        self.fc1 = nn.Linear(1, hidden_dim)
        self.fc2 = nn.Linear(hidden_dim, hidden_dim)
        self.fc3 = nn.Linear(hidden_dim, 3 * blocksize + width)
        self.in_out_dim, self.hidden_dim, self.width, self.blocksize = in_out_dim, hidden_dim, width, blocksize

    def forward(self, t):
        params = t.reshape(1, 1)
        params = torch.tanh(self.fc1(params))
        params = torch.tanh(self.fc2(params))
        params = self.fc3(params).reshape(-1)
        W = params[:self.blocksize].reshape(self.width, self.in_out_dim, 1)
        U = params[self.blocksize:2 * self.blocksize].reshape(self.width, 1, self.in_out_dim)
        G = params[2 * self.blocksize:3 * self.blocksize].reshape(self.width, 1, self.in_out_dim)
        U = U * torch.sigmoid(G)
        B = params[3 * self.blocksize:].reshape(self.width, 1, 1)
        return [W, B, U]


class CNF(nn.Module):
    def __init__(self, in_out_dim, hidden_dim, width):
        super().__init__()
        self.width = width
        self.hyper_net = HyperNetwork(in_out_dim, hidden_dim, width)

    def forward(self, t, z):
        W, B, U = self.hyper_net(t)
        Z = torch.unsqueeze(z, 0).repeat(self.width, 1, 1)
        h = torch.tanh(torch.matmul(Z, W) + B)
        return torch.matmul(h, U).mean(0)


model = CNF(2, 32, 64)
with torch.no_grad():
    # A freshly initialised flow barely moves points; stronger output weights make log p non-trivial.
    model.hyper_net.fc3.weight.mul_(4.0)
    model.hyper_net.fc3.bias.mul_(4.0)
np.savez("hypernet_state.npz", **{k: v.detach().numpy() for k, v in model.state_dict().items()})

m64 = CNF(2, 32, 64).double()
m64.load_state_dict({k: torch.from_numpy(v).double() for k, v in np.load("hypernet_state.npz").items()})

rng = np.random.default_rng(1)
points = rng.uniform(-1.5, 1.5, size=(12, 2))


def rhs(t, y):
    z = torch.tensor(y[:-1].reshape(-1, 2), requires_grad=True)
    with torch.enable_grad():
        f = m64(torch.tensor(t, dtype=torch.float64), z)
        trace = sum(torch.autograd.grad(f[:, i].sum(), z, create_graph=False, retain_graph=True)[0][:, i]
                    for i in range(2))
    return np.concatenate([f.detach().numpy().reshape(-1), [-trace.sum().item()]])


logp = []
for x in points:
    sol = solve_ivp(rhs, (10.0, 0.0), np.concatenate([x, [0.0]]), method="DOP853", rtol=1e-13, atol=1e-13)
    z0, diff = sol.y[:2, -1], sol.y[2, -1]
    logp.append(-0.5 * (z0 @ z0) / 0.1 - np.log(2 * np.pi * 0.1) - diff)

with open("hypernet_points.csv", "w") as f:
    f.write("x,y\n")
    for x, y in points:
        f.write(f"{float(x)!r},{float(y)!r}\n")
with open("hypernet_logp.csv", "w") as f:
    f.write("x,y,logp\n")
    for (x, y), lp in zip(points, logp):
        f.write(f"{float(x)!r},{float(y)!r},{float(lp)!r}\n")
print("log p:", np.array(logp))
