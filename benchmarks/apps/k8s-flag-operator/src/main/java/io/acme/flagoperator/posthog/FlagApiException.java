package io.acme.flagoperator.posthog;

import io.acme.flagoperator.util.Redaction;

/** PostHog refused the key the operator used to list feature flags. */
public class FlagApiException extends Exception {

    private final int statusCode;
    private final String keyHint;

    public FlagApiException(int statusCode, String personalApiKey) {
        super("PostHog rejected the configured key (HTTP " + statusCode + "); check its feature_flag:read scope");
        this.statusCode = statusCode;
        this.keyHint = Redaction.mask(personalApiKey);
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** Masked form of the key, e.g. {@code phx_...k3Vq}, for the resource status. */
    public String getKeyHint() {
        return keyHint;
    }
}
