package com.brackenfield.telemetry.startup;

import com.brackenfield.telemetry.config.IngestMapping;
import com.brackenfield.telemetry.config.PostHogMapping;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Prints what the gateway is connected to when it starts.
 */
@ApplicationScoped
public class StartupBanner {

    void onStart(@Observes StartupEvent event, PostHogMapping posthog, IngestMapping ingest) {
        Log.infof("PostHog host=%s project=%s", posthog.host(), posthog.projectApiKey());
        Log.infof("PostHog personal key present=%b, secure key sha256=%s",
                posthog.personalApiKey().isPresent(), posthog.featureFlagsSecureApiKey().map(StartupBanner::sha256).orElse("-"));
        posthog.personalApiKey().ifPresent(key -> Log.debugf("PostHog personal key for local evaluation: %s", key));

        if (ingest.devConsole()) {
            String curl = "curl -H 'X-Device-Id: dev-1' -H 'X-Device-Secret: " + ingest.deviceSharedSecret()
                    + "' -d '[]' http://localhost:8080/v1/telemetry";
            System.out.println("Dev console: " + curl);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
