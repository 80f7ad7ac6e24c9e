package com.acme.flaginfra.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

public final class FlagInfraApp {

    private FlagInfraApp() {
    }

    public static void main(final String[] args) {
        App app = new App();
        DeploymentContext ctx = DeploymentContext.from(app);

        System.out.println("Synthesizing flag-infra with " + ctx);

        FlagServiceStack stack = new FlagServiceStack(app, "FlagInfra-" + ctx.stage(), StackProps.builder()
                .env(Environment.builder()
                        .account(ctx.account())
                        .region(ctx.region())
                        .build())
                .description("PostHog feature-flag evaluation and event ingest (" + ctx.stage() + ")")
                .build(), ctx);

        Tags.of(stack).add("team", "growth-platform");
        Tags.of(stack).add("stage", ctx.stage());

        app.synth();
    }
}
