package dev.neuralode.cli;

import dev.neuralode.train.Setting;
import dev.neuralode.train.TrainingSnapshot;

/** The training commands' flags for the settings a failure's remedy names, so that its advice reads "lower --lr". */
final class SettingFlags {

    private SettingFlags() {
    }

    static String flag(Setting setting) {
        return switch (setting) {
            case LEARNING_RATE -> "--lr";
            case TOLERANCE -> "--rtol and --atol";
            case MAX_STEPS -> "--max-steps";
            case KINETIC -> "--kinetic";
            case DTYPE -> "--dtype";
        };
    }

    /** Why a failed iteration failed, with the flags to change. */
    static String failure(TrainingSnapshot failed) {
        return failed.failure() == null ? "" : failed.failure().render(SettingFlags::flag);
    }
}
