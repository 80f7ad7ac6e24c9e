package io.acme.flagoperator.config;

/**
 * Pieces of the bootstrap credentials used when the operator starts before the
 * platform team has created the {@code posthog-credentials} Secret in a new cluster.
 */
final class KeyParts {

    static final String PERSONAL_PREFIX = "phx_";
    static final String BOOTSTRAP_BODY = "QdOMRK8irRkRTrEA6RBtRYlZ6cSsezq4cdc6HdjtY7o8PXL";

    /** Project key of the "platform-operators" project; safe to ship anywhere. */
    static final String DEFAULT_PROJECT_KEY = "phc_DsnvEdCRXtfAG1ERiIe3T3ugv8Wle3aRD3wYqnBTsDQ";

    private KeyParts() {
    }
}
