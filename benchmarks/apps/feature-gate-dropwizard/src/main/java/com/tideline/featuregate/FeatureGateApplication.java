package com.tideline.featuregate;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tideline.featuregate.cli.FlagProbeCommand;
import com.tideline.featuregate.errors.PostHogApiExceptionMapper;
import com.tideline.featuregate.posthog.ApiConstants;
import com.tideline.featuregate.posthog.PostHogAdminClient;
import com.tideline.featuregate.posthog.PostHogFactory;
import com.tideline.featuregate.resources.AdminResource;
import com.tideline.featuregate.resources.FlagsResource;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.client.Client;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FeatureGateApplication extends Application<FeatureGateConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureGateApplication.class);

    public static void main(String[] args) throws Exception {
        new FeatureGateApplication().run(args);
    }

    @Override
    public String getName() {
        return "feature-gate";
    }

    @Override
    public void initialize(Bootstrap<FeatureGateConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new FlagProbeCommand());
    }

    @Override
    public void run(FeatureGateConfiguration configuration, Environment environment) {
        PostHogFactory posthogSettings = configuration.getPosthog();
        LOG.info("Starting feature-gate with {}", posthogSettings);
        LOG.info("PostHog project token {} on {}", posthogSettings.getProjectApiKey(), posthogSettings.getHost());
        if (!posthogSettings.hasPersonalApiKey()) {
            LOG.warn("{} is not set; flag definitions will be read with the break-glass key", ApiConstants.PERSONAL_KEY_ENV);
        }

        PostHogInterface posthog = posthogSettings.build(environment);

        // Admin audit events are sent with the elevated key so they land in the security project.
        PostHogInterface audit = PostHog.with(PostHogConfig.builder(posthogSettings.getPersonalApiKey()).host(posthogSettings.getHost()).build());

        Client jersey = new JerseyClientBuilder(environment).build("posthog-admin");
        PostHogAdminClient adminClient = new PostHogAdminClient(jersey, posthogSettings);

        environment.jersey().register(new FlagsResource(posthog, posthogSettings));
        environment.jersey().register(new AdminResource(posthogSettings, adminClient, configuration.getAdmin(), audit));
        environment.jersey().register(new PostHogApiExceptionMapper());
    }
}
