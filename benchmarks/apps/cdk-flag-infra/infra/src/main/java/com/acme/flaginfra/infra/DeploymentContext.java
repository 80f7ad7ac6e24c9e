package com.acme.flaginfra.infra;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awscdk.App;

/**
 * Values read from the {@code context} block of cdk.json (or {@code -c key=value} on the command line).
 */
public record DeploymentContext(
        String stage,
        String account,
        String region,
        String posthogHost,
        String posthogProjectApiKey,
        String posthogSecretKey) {

    public DeploymentContext {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(region, "region");
    }

    public static DeploymentContext from(App app) {
        return new DeploymentContext(
                context(app, "stage").orElse("dev"),
                context(app, "account").orElse(System.getenv("CDK_DEFAULT_ACCOUNT")),
                context(app, "region").orElse("eu-west-1"),
                context(app, "posthogHost").orElse("https://eu.i.posthog.com"),
                context(app, "posthogProjectApiKey").orElse(""),
                context(app, "posthogSecretKey").orElse(""));
    }

    public boolean isProduction() {
        return "prod".equals(stage);
    }

    private static Optional<String> context(App app, String key) {
        return Optional.ofNullable(app.getNode().tryGetContext(key)).map(Object::toString);
    }
}
