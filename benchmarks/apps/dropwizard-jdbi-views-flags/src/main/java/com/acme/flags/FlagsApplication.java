package com.acme.flags;

import com.acme.flags.auth.AdminAuthenticator;
import com.acme.flags.cli.DumpFlagsCommand;
import com.acme.flags.client.AuthHeaderLoggingFilter;
import com.acme.flags.client.PostHogApiClient;
import com.acme.flags.config.PostHogFactory;
import com.acme.flags.core.User;
import com.acme.flags.db.FlagAdminDao;
import com.acme.flags.health.PostHogApiHealthCheck;
import com.acme.flags.managed.PostHogClientManager;
import com.acme.flags.resources.DashboardResource;
import com.acme.flags.resources.FlagConfigResource;
import com.acme.flags.resources.PostHogApiExceptionMapper;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.views.common.ViewBundle;
import jakarta.ws.rs.client.Client;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

public class FlagsApplication extends Application<FlagsConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagsApplication.class);

    public static void main(String[] args) throws Exception {
        new FlagsApplication().run(args);
    }

    @Override
    public String getName() {
        return "flags-admin";
    }

    @Override
    public void initialize(Bootstrap<FlagsConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new ViewBundle<>() {
            @Override
            public Map<String, Map<String, String>> getViewConfiguration(FlagsConfiguration configuration) {
                return configuration.getViews();
            }
        });
        bootstrap.addCommand(new DumpFlagsCommand());
    }

    @Override
    public void run(FlagsConfiguration configuration, Environment environment) {
        DataSourceFactory database = configuration.getDataSourceFactory();
        LOG.info("Connecting to {} as {} (password {})", database.getUrl(), database.getUser(), database.getPassword());
        Jdbi jdbi = new JdbiFactory().build(environment, database, "postgresql");
        FlagAdminDao dao = jdbi.onDemand(FlagAdminDao.class);

        PostHogFactory posthog = configuration.getPostHog();
        LOG.info("PostHog integration: {}", posthog);
        LOG.info("Local evaluation available: {}", posthog.hasPersonalApiKey());

        PostHogClientManager postHogClients = new PostHogClientManager(posthog);
        environment.lifecycle().manage(postHogClients);

        Client jerseyClient = new JerseyClientBuilder(environment)
                .using(configuration.getHttpClient())
                .build("posthog-api");
        jerseyClient.register(new AuthHeaderLoggingFilter());
        PostHogApiClient apiClient = new PostHogApiClient(jerseyClient, posthog);

        environment.healthChecks().register("posthog-local-evaluation", new PostHogApiHealthCheck(jerseyClient, posthog));

        environment.jersey().register(new AuthDynamicFeature(
                new BasicCredentialAuthFilter.Builder<User>()
                        .setAuthenticator(new AdminAuthenticator(dao))
                        .setAuthorizer((user, role, requestContext) -> user.hasRole(role))
                        .setRealm(configuration.getAuthRealm())
                        .buildAuthFilter()));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(User.class));

        environment.jersey().register(new DashboardResource(dao, apiClient, posthog));
        environment.jersey().register(new FlagConfigResource(dao, apiClient, postHogClients, posthog));
        environment.jersey().register(new PostHogApiExceptionMapper());
    }
}
