"""torchdiffeq's dopri5 on the engine's reference MLP ODE, timed like `bench solve`.

f(z) = W3 tanh(W2 tanh(W1 z + b1) + b2) + b3 with the weights of
src/main/resources/dev/neuralode/cli/mlp_ode, batch 1024, float32, t from 0 to 1, rtol = atol in
{1e-3, 1e-5, 1e-7}: median of 21 solves after 3 s of warm-up, and the NFE.

usage: time_solve.py TORCHDIFFEQ_DIR WEIGHTS_DIR [--threads N]
"""
import argparse
import statistics
import sys
import time

import numpy as np
import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('root')
    parser.add_argument('weights')
    parser.add_argument('--threads', type=int, default=1)
    opts = parser.parse_args()
    torch.set_num_threads(opts.threads)
    sys.path.insert(0, opts.root)
    from torchdiffeq import odeint

    load = lambda name: torch.from_numpy(np.load('%s/%s.npy' % (opts.weights, name)).astype(np.float32))
    w = [load('W1'), load('W2'), load('W3')]
    b = [load('b1'), load('b2'), load('b3')]
    z0 = load('z0')[:1024]
    calls = [0]

    def f(t, z):
        calls[0] += 1
        h = torch.tanh(torch.nn.functional.linear(z, w[0], b[0]))
        h = torch.tanh(torch.nn.functional.linear(h, w[1], b[1]))
        return torch.nn.functional.linear(h, w[2], b[2])

    t = torch.tensor([0.0, 1.0])
    with torch.no_grad():
        for tol in (1e-3, 1e-5, 1e-7):
            start = time.perf_counter()
            while time.perf_counter() - start < 3.0:
                odeint(f, z0, t, rtol=tol, atol=tol, method='dopri5')
            times = []
            for _ in range(21):
                calls[0] = 0
                s = time.perf_counter()
                odeint(f, z0, t, rtol=tol, atol=tol, method='dopri5')
                times.append(time.perf_counter() - s)
            print('RESULT solve tol=%g threads=%d median_ms=%.1f nfe=%d' % (tol, opts.threads, 1e3 * statistics.median(times), calls[0]))


if __name__ == '__main__':
    main()
