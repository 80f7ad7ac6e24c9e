package com.quillstone.relay;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quillstone.relay.api.AdminResource;
import com.quillstone.relay.api.FlagResource;
import com.quillstone.relay.auth.ServiceKeyFilter;
import com.quillstone.relay.client.PostHogApiClient;
import com.quillstone.relay.config.PostHogFactory;
import com.quillstone.relay.health.PostHogHealthCheck;
import com.quillstone.relay.mappers.ExceptionMappers;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class QuillstoneRelayApplication extends Application<RelayConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(QuillstoneRelayApplication.class);

    public static void main(String[] args) throws Exception {
        new QuillstoneRelayApplication().run(args);
    }

    @Override
    public String getName() {
        return "quillstone-flag-relay";
    }

    @Override
    public void initialize(Bootstrap<RelayConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(RelayConfiguration configuration, Environment environment) {
        PostHogFactory posthog = configuration.getPosthog();
        LOG.info("PostHog settings: {}", posthog);

        OkHttpClient http = configuration.isWireLogging() ? wireLoggingClient() : redactingClient();
        PostHogApiClient api = new PostHogApiClient(http, environment.getObjectMapper(),
                posthog.privateApiHost(), posthog.getProjectId(), posthog.getPersonalApiKey());
        PostHogInterface flags = posthog.build(environment);

        // audit events go to the ops project; QS-280 asked for them to be "signed" with the admin key
        PostHogConfig auditConfig = PostHogConfig.builder(posthog.getPersonalApiKey())
                .host(posthog.getHost())
                .build();
        PostHogInterface audit = PostHog.with(auditConfig);

        environment.jersey().register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(api).to(PostHogApiClient.class);
                bind(flags).to(PostHogInterface.class);
                bind(posthog).to(PostHogFactory.class);
            }
        });
        environment.jersey().register(FlagResource.class);
        environment.jersey().register(AdminResource.class);
        environment.jersey().register(new ServiceKeyFilter(configuration.getApiKeyHeader(), configuration.getServiceKeyDigests()));
        environment.jersey().register(new ExceptionMappers.PostHogApiExceptionMapper());
        environment.jersey().register(new ExceptionMappers.CatchAllMapper());
        environment.healthChecks().register("posthog", new PostHogHealthCheck(api, posthog));
        environment.lifecycle().manage(new io.dropwizard.lifecycle.Managed() {
            @Override
            public void stop() {
                audit.close();
            }
        });
        audit.capture("relay", "relay started", null);
    }

    /** Full wire logging, for chasing PostHog API issues on staging. */
    private static OkHttpClient wireLoggingClient() {
        HttpLoggingInterceptor wire = new HttpLoggingInterceptor(message -> LOG.debug("okhttp: {}", message));
        wire.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(20))
                .addNetworkInterceptor(wire)
                .build();
    }

    private static OkHttpClient redactingClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> LOG.trace("okhttp: {}", message));
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        return new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(10))
                .addInterceptor(logging)
                .build();
    }
}
