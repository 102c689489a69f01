package dev.neuralode.ode;

/**
 * Called after every attempted step, on the solving thread, for live views. Keep it cheap and do not
 * touch a UI from it: copy what a view needs and hand it over.
 */
@FunctionalInterface
public interface StepObserver {

    /**
     * @param step the attempted step
     * @param state the state the solver continues from: the new state if the step was accepted, else
     *     the state at the step's start
     */
    void onStep(StepRecord step, State state);
}
