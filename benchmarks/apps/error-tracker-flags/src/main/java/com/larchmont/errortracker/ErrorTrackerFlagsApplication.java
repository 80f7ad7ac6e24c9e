package com.larchmont.errortracker;

import com.larchmont.errortracker.config.ErrorTrackerFlagsConfiguration;
import com.larchmont.errortracker.config.PostHogSettings;
import com.larchmont.errortracker.config.TrackerSettings;
import com.larchmont.errortracker.errors.AppExceptionMapper;
import com.larchmont.errortracker.errors.ErrorReporter;
import com.larchmont.errortracker.flags.FeatureFlagAdminResource;
import com.larchmont.errortracker.flags.FlagService;
import com.larchmont.errortracker.flags.PostHogClientFactory;
import com.larchmont.errortracker.web.RequestContextFilter;
import com.posthog.server.PostHogInterface;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ErrorTrackerFlagsApplication extends Application<ErrorTrackerFlagsConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorTrackerFlagsApplication.class);

    public static void main(String[] args) throws Exception {
        new ErrorTrackerFlagsApplication().run(args);
    }

    @Override
    public String getName() {
        return "error-tracker-flags";
    }

    @Override
    public void initialize(Bootstrap<ErrorTrackerFlagsConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(ErrorTrackerFlagsConfiguration configuration, Environment environment) {
        PostHogSettings posthog = configuration.getPostHog();
        TrackerSettings trackers = configuration.getTrackers();
        LOG.info("Starting {} with {}", getName(), posthog);

        PostHogClientFactory clientFactory = new PostHogClientFactory(posthog);
        PostHogInterface flagClient = clientFactory.buildFlagClient();
        FlagService flagService = new FlagService(posthog, flagClient, environment.getObjectMapper());
        ErrorReporter reporter = new ErrorReporter(trackers);

        environment.lifecycle().manage(flagService);
        environment.lifecycle().manage(reporter);

        if (!trackers.isProduction()) {
            PostHogInterface diagnostics = clientFactory.buildDiagnosticClient();
            if (diagnostics != null) {
                environment.lifecycle().manage(new Managed() {
                    @Override
                    public void stop() {
                        diagnostics.close();
                    }
                });
            }
        }

        com.posthog.java.PostHog audit = clientFactory.buildStagingAuditClient();
        audit.capture("error-tracker-flags", "service_started",
                Map.of("environment", trackers.getEnvironment(), "version", trackers.getCodeVersion()));
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                audit.shutdown();
            }
        });

        environment.jersey().register(new RequestContextFilter());
        environment.jersey().register(new AppExceptionMapper(reporter));
        environment.jersey().register(new FeatureFlagAdminResource(flagService, posthog, clientFactory));

        LOG.info("Rollbar environment {}, Bugsnag release stages {}", trackers.getEnvironment(),
                trackers.getNotifyReleaseStages());
    }
}
