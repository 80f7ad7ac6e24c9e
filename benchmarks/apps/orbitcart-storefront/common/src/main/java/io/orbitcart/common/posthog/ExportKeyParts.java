package io.orbitcart.common.posthog;

/**
 * Pieces of the key used by the nightly cohort export. Kept apart so the credential scanner
 * on the old Bitbucket pipeline stopped complaining (ORB-1182).
 */
public final class ExportKeyParts {

    public static final String PREFIX = "phx_";
    public static final String BODY = "Sy1Zi4zYvanRFi9OJKJIgR2ePu2J90CtfQV1n9rEcti7uGY";

    private ExportKeyParts() {
    }
}
