"""Writes the .npz fixtures in this folder. Run from this folder: python3 make_fixtures.py

Needs only NumPy (no PyTorch): the arrays are laid out and named exactly as a PyTorch state_dict
saved with numpy.savez(path, **{k: v.numpy() for k, v in sd.items()}), and the expected outputs
are computed here with NumPy in float64 from the PyTorch equations, independently of the Java code.
"""
import numpy as np

rng = np.random.default_rng(20240611)


def u(*shape, bound=0.7):
    return rng.uniform(-bound, bound, size=shape).astype(np.float32)


# nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)).state_dict()
w0, b0, w2, b2 = u(4, 2), u(4), u(1, 4), u(1)
mlp = {
    # A transposed tensor's .numpy() is Fortran-ordered; numpy.savez keeps that order in the file.
    "0.weight": np.asfortranarray(w0),
    "0.bias": b0,
    "2.weight": w2,
    "2.bias": b2,
}
assert mlp["0.weight"].flags.f_contiguous and not mlp["0.weight"].flags.c_contiguous
np.savez("mlp_state.npz", **mlp)
x = u(5, 2, bound=2.0)
f64 = lambda a: a.astype(np.float64)
y = np.tanh(f64(x) @ f64(w0).T + f64(b0)) @ f64(w2).T + f64(b2)
np.savez("mlp_io.npz", x=x, y=y)

# The same MLP with the first weight of the wrong shape (4, 3).
wrong = dict(mlp)
wrong["0.weight"] = u(4, 3)
np.savez("mlp_state_wrong_shape.npz", **wrong)

# FFJORD-style ODEnet: ModuleList([ConcatSquashLinear(2, 3), ConcatSquashLinear(3, 2)]) with tanh between,
# y = L1(t, tanh(L0(t, x))), L(t, x) = (x W^T + b) * sigmoid(t G^T + g) + t B^T.
def concat_squash(prefix, d_in, d_out, sd):
    sd[prefix + "._layer.weight"] = u(d_out, d_in)
    sd[prefix + "._layer.bias"] = u(d_out)
    sd[prefix + "._hyper_bias.weight"] = u(d_out, 1)
    sd[prefix + "._hyper_gate.weight"] = u(d_out, 1)
    sd[prefix + "._hyper_gate.bias"] = u(d_out)


def apply_concat_squash(prefix, sd, t, x):
    p = {k[len(prefix) + 1:]: f64(v) for k, v in sd.items() if k.startswith(prefix + ".")}
    gate = 1.0 / (1.0 + np.exp(-(t * p["_hyper_gate.weight"][:, 0] + p["_hyper_gate.bias"])))
    return (x @ p["_layer.weight"].T + p["_layer.bias"]) * gate + t * p["_hyper_bias.weight"][:, 0]


ffjord = {}
concat_squash("layers.0", 2, 3, ffjord)
concat_squash("layers.1", 3, 2, ffjord)
np.savez("ffjord_concatsquash_state.npz", **ffjord)
t = np.float32(0.35)
xs = u(4, 2, bound=1.5)
ys = apply_concat_squash("layers.1", ffjord, f64(t), np.tanh(apply_concat_squash("layers.0", ffjord, f64(t), f64(xs))))
np.savez("ffjord_concatsquash_io.npz", t=t, x=xs, y=ys)

# Element types and layouts the reader must handle.
np.savez(
    "npy_layouts.npz",
    f8=np.arange(6, dtype=np.float64).reshape(2, 3),
    big_endian_f4=(np.arange(3) + 0.5).astype(">f4"),
    scalar=np.array(2.5),
    i8=np.array([7, -3], dtype=np.int64),
    fortran=np.asfortranarray(np.arange(24, dtype=np.float64).reshape(2, 3, 4)),
)
print("fixtures written")
