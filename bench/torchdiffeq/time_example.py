"""Times torchdiffeq's own example scripts per training iteration, unmodified.

Runs examples/<script>.py from a torchdiffeq checkout (commit 657943a) with runpy and observes it
from outside: the wall time between consecutive optimizer steps is one iteration, and every call of
the solver's right-hand side (torchdiffeq wraps it in _PerturbFunc) is one function evaluation,
split at loss.backward() into forward and backward NFE. Optionally overrides the tolerances the
script passes to odeint. Prints the median iteration time after the warm-up iterations.

usage: time_example.py TORCHDIFFEQ_DIR SCRIPT --threads N --warmup W [--rtol R --atol A] [--max-steps S] -- script args...

--max-steps stops the script after that many optimizer steps (odenet_mnist.py has no iteration limit).
"""
import argparse
import runpy
import statistics
import sys
import time

import torch


def main():
    argv = sys.argv[1:]
    split = argv.index('--') if '--' in argv else len(argv)
    parser = argparse.ArgumentParser()
    parser.add_argument('root')
    parser.add_argument('script')
    parser.add_argument('--threads', type=int, default=1)
    parser.add_argument('--warmup', type=int, default=5)
    parser.add_argument('--rtol', type=float, default=None)
    parser.add_argument('--atol', type=float, default=None)
    parser.add_argument('--max-steps', type=int, default=None)
    opts = parser.parse_args(argv[:split])
    script_args = argv[split + 1:]

    torch.set_num_threads(opts.threads)
    sys.path.insert(0, opts.root)
    import torchdiffeq
    from torchdiffeq._impl import misc

    nfe = [0]
    depth = [0]
    original_forward = misc._PerturbFunc.forward

    # odeint_adjoint wraps the function in _PerturbFunc and odeint wraps it again: count the outermost call only.
    def counting_forward(self, *args, **kwargs):
        if depth[0] == 0:
            nfe[0] += 1
        depth[0] += 1
        try:
            return original_forward(self, *args, **kwargs)
        finally:
            depth[0] -= 1

    misc._PerturbFunc.forward = counting_forward

    if opts.rtol is not None:
        for name in ('odeint', 'odeint_adjoint'):
            solver = getattr(torchdiffeq, name)

            def with_tolerances(*args, _solver=solver, **kwargs):
                kwargs['rtol'] = opts.rtol
                kwargs['atol'] = opts.atol
                return _solver(*args, **kwargs)

            setattr(torchdiffeq, name, with_tolerances)

    class Enough(Exception):
        pass

    marks = []  # (time, nfe before backward, nfe after backward) per iteration
    pending = {}
    original_backward = torch.Tensor.backward

    def marking_backward(self, *args, **kwargs):
        pending['before'] = nfe[0]
        result = original_backward(self, *args, **kwargs)
        pending['after'] = nfe[0]
        return result

    torch.Tensor.backward = marking_backward

    def wrap_step(cls):
        original_step = cls.step

        def step(self, *args, **kwargs):
            result = original_step(self, *args, **kwargs)
            marks.append((time.perf_counter(), pending.get('before', nfe[0]), pending.get('after', nfe[0])))
            if opts.max_steps is not None and len(marks) >= opts.max_steps:
                raise Enough()
            return result

        cls.step = step

    for cls in (torch.optim.Adam, torch.optim.RMSprop, torch.optim.SGD):
        wrap_step(cls)

    sys.argv = [opts.script] + script_args
    try:
        runpy.run_path(opts.script, run_name='__main__')
    except Enough:
        pass

    times = [b[0] - a[0] for a, b in zip(marks, marks[1:])][opts.warmup:]
    forward = [m[1] - prev[2] for prev, m in zip(marks, marks[1:])][opts.warmup:]
    backward = [m[2] - m[1] for m in marks[1:]][opts.warmup:]
    print('RESULT script=%s threads=%d iterations=%d median_s=%.4f min_s=%.4f nfe_forward=%s nfe_backward=%s' % (
        opts.script.split('/')[-1], opts.threads, len(times), statistics.median(times), min(times),
        '%d-%d' % (min(forward), max(forward)), '%d-%d' % (min(backward), max(backward))))


if __name__ == '__main__':
    main()
