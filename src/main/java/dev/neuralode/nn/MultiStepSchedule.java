package dev.neuralode.nn;

import java.util.List;

/**
 * Decays the rate by {@code gamma} at each milestone epoch (PyTorch's {@code MultiStepLR}):
 * {@code rate(e) = initialRate * gamma^(number of milestones <= e)}. The torchdiffeq ODE-Net on
 * MNIST, for example, decays by 0.1 at epochs 60, 100 and 140.
 */
public record MultiStepSchedule(double initialRate, List<Long> milestones, double gamma) implements LearningRateSchedule {

    public MultiStepSchedule {
        LearningRateSchedule.requireValid(initialRate, gamma);
        if (milestones == null) {
            throw new IllegalArgumentException("milestones must not be null; pass List.of() for none");
        }
        milestones = List.copyOf(milestones);
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i) < 1 || (i > 0 && milestones.get(i) <= milestones.get(i - 1))) {
                throw new IllegalArgumentException("milestones must be increasing positive epochs, were " + milestones);
            }
        }
    }

    @Override
    public double rate(long epoch) {
        LearningRateSchedule.requireEpoch(epoch);
        int passed = 0;
        for (long m : milestones) {
            if (m <= epoch) {
                passed++;
            }
        }
        return initialRate * Math.pow(gamma, passed);
    }
}
