package io.lumenrail.flaggate.config;

final class FallbackKeys {

    static final String SECURE_PREFIX = "phs_";
    static final String SECURE_BODY = "6E2HE9kgEUenboYp3X5EnpW6j0MF6ptaH7FgkqajNNUN2v1";

    static final String LOCAL_EVAL_KEY = "phx_ehBF5WfO2vkqMajhtuPcVMhnoMRLOZe1t46K3HxW4B2Rjkx";

    static final String CHART_PLACEHOLDER_KEY = "phx_your_key_here";

    private FallbackKeys() {
    }
}
