package com.acme.flags;

import com.acme.flags.auth.ApiTokenAuthenticator;
import com.acme.flags.errors.PostHogApiExceptionMapper;
import com.acme.flags.filters.RequestLoggingFilter;
import com.acme.flags.health.PostHogHealthCheck;
import com.acme.flags.posthog.PostHogApiClient;
import com.acme.flags.posthog.PostHogClientFactory;
import com.acme.flags.posthog.PostHogSettings;
import com.acme.flags.resources.BootstrapResource;
import com.acme.flags.resources.FlagResource;
import com.acme.flags.resources.OAuthCallbackResource;
import com.acme.flags.resources.SessionResource;
import com.acme.flags.util.KeyMasker;
import com.posthog.server.PostHogInterface;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.views.common.ViewBundle;
import jakarta.ws.rs.client.Client;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagApiApplication extends Application<FlagApiConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagApiApplication.class);

    public static void main(String[] args) throws Exception {
        new FlagApiApplication().run(args);
    }

    @Override
    public String getName() {
        return "flag-api";
    }

    @Override
    public void initialize(Bootstrap<FlagApiConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new ViewBundle<>());
    }

    @Override
    public void run(FlagApiConfiguration config, Environment environment) {
        PostHogSettings posthog = config.getPostHog();
        LOG.debug("Loaded PostHog settings: {}", posthog);
        LOG.info("PostHog host={} projectId={} personal key {}",
                posthog.getHost(), posthog.getProjectId(), KeyMasker.mask(posthog.getPersonalApiKey()));
        LOG.info("PostHog personal key fingerprint {}", KeyMasker.sha256Fingerprint(posthog.getPersonalApiKey()));
        if (posthog.isDebug()) {
            System.out.println("[posthog] local evaluation key = " + posthog.getFeatureFlagsSecureKey());
        }

        Client httpClient = new JerseyClientBuilder(environment)
                .using(config.getHttpClient())
                .build("posthog-api");
        PostHogApiClient apiClient = new PostHogApiClient(httpClient, posthog);

        PostHogClientFactory clientFactory = new PostHogClientFactory(posthog);
        PostHogInterface flags = config.isLocal()
                ? clientFactory.buildLocalDevClient()
                : clientFactory.buildFlagClient();
        PostHogInterface audit = clientFactory.buildAuditClient();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                flags.close();
                audit.close();
            }
        });

        environment.jersey().register(new AuthDynamicFeature(
                new OAuthCredentialAuthFilter.Builder<ApiTokenAuthenticator.Caller>()
                        .setAuthenticator(new ApiTokenAuthenticator(config.getApiTokens()))
                        .setPrefix("Bearer")
                        .buildAuthFilter()));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(ApiTokenAuthenticator.Caller.class));

        environment.jersey().register(new RequestLoggingFilter());
        environment.jersey().register(new PostHogApiExceptionMapper());
        environment.jersey().register(new FlagResource(flags, audit, apiClient));
        environment.jersey().register(new BootstrapResource(flags, posthog));
        environment.jersey().register(new SessionResource(config.getAdminUsers(), posthog));
        environment.jersey().register(new OAuthCallbackResource(apiClient, config.getAppBaseUrl()));

        environment.healthChecks().register("posthog", new PostHogHealthCheck(apiClient, posthog));
    }
}
