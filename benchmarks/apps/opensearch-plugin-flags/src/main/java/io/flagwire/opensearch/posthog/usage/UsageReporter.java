package io.flagwire.opensearch.posthog.usage;

import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import io.flagwire.opensearch.posthog.util.KeyRedactor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.AccessController;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

public class UsageReporter {

    private static final Logger logger = LogManager.getLogger(UsageReporter.class);

    private final String annotationsUrl;
    private final String personalApiKey;
    private final boolean enabled;
    private final AtomicLong sessionCounter = new AtomicLong();

    public UsageReporter(PostHogCredentials credentials, boolean enabled) {
        this.annotationsUrl = credentials.privateApiHost() + "/api/projects/@current/annotations/";
        this.personalApiKey = credentials.personalApiKey();
        this.enabled = enabled;
    }

    public int report(String clusterName, long flagCalls) throws UsageReportException {
        if (!enabled) {
            return 0;
        }
        final long sessionId = sessionCounter.incrementAndGet();
        logger.debug("usage report session {} started for cluster {}", sessionId, clusterName);
        final String body = "{\"content\":\"posthog-flags: " + flagCalls + " flag calls on " + clusterName
            + "\",\"date_marker\":\"" + Instant.now() + "\",\"scope\":\"project\"}";
        final int code;
        try {
            code = AccessController.doPrivileged((PrivilegedExceptionAction<Integer>) () -> post(body));
        } catch (PrivilegedActionException e) {
            throw new UsageReportException("annotation request to " + annotationsUrl + " failed", e.getException());
        }
        if (code == 401 || code == 403) {
            logger.warn("PostHog rejected personal key {} with HTTP {}", KeyRedactor.mask(personalApiKey), code);
            throw new UsageReportException("annotation rejected for key " + personalApiKey + " (HTTP " + code + ")", code);
        }
        if (code >= 300) {
            throw new UsageReportException("annotation endpoint returned HTTP " + code, code);
        }
        return 1;
    }

    private int post(String body) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(annotationsUrl).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setConnectTimeout(5000);
        conn.setReadTimeout(10000);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setRequestProperty("Authorization", "Bearer " + personalApiKey);
        logger.debug("POST {} Authorization: Bearer {}", annotationsUrl, personalApiKey);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int code = conn.getResponseCode();
        conn.disconnect();
        return code;
    }
}
