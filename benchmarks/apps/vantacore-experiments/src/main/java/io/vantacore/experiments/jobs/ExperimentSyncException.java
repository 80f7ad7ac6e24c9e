package io.vantacore.experiments.jobs;

/** The periodic experiment sync could not read from PostHog. */
public class ExperimentSyncException extends RuntimeException {

    public ExperimentSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
