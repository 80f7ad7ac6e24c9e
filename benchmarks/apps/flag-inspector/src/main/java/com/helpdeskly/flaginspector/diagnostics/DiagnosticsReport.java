package com.helpdeskly.flaginspector.diagnostics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Text the console writes when an agent reports a problem with a lookup. */
public final class DiagnosticsReport {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsReport.class);

    private static final String HEADER = """
            Flag Inspector diagnostics
            ==========================
            Paste this into #support-tooling when a lookup looks wrong.
            The personal key is shown masked, the way PostHog shows it: phx_...Q7mz
            """;

    private static final String CURL_TEMPLATE = """
            curl -s "%s/api/projects/%s/feature_flags/evaluation_reasons?distinct_id=%s" \\
              -H "Authorization: Bearer phx_Rg6hd0RQaLqjYs8tbD0Spdosc9SkUS8tAOeJSGLbkjl"
            """;

    private DiagnosticsReport() {
    }

    public static String header() {
        return HEADER;
    }

    public static void logReproduction(String apiHost, String projectId, String distinctId) {
        LOG.info("Reproduce with:\n{}", CURL_TEMPLATE.formatted(apiHost, projectId, distinctId));
    }
}
