package com.northwind.flagdesk;

import com.northwind.flagdesk.auth.ApiTokenAuthenticator;
import com.northwind.flagdesk.auth.BasicUserAuthenticator;
import com.northwind.flagdesk.auth.DeskUser;
import com.northwind.flagdesk.cli.FlagCheckCommand;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.db.IntegrationDao;
import com.northwind.flagdesk.errors.PostHogSyncExceptionMapper;
import com.northwind.flagdesk.health.PostHogHealthCheck;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import com.northwind.flagdesk.posthog.PostHogClientFactory;
import com.northwind.flagdesk.resources.BootstrapResource;
import com.northwind.flagdesk.resources.IntegrationResource;
import com.posthog.server.PostHogInterface;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authorizer;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.auth.basic.BasicCredentials;
import io.dropwizard.auth.chained.ChainedAuthFilter;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.servlets.tasks.Task;
import jakarta.ws.rs.client.Client;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagDeskApplication extends Application<FlagDeskConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagDeskApplication.class);

    public static void main(String[] args) throws Exception {
        new FlagDeskApplication().run(args);
    }

    @Override
    public String getName() {
        return "flagdesk";
    }

    @Override
    public void initialize(Bootstrap<FlagDeskConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new FlagCheckCommand());
    }

    @Override
    public void run(FlagDeskConfiguration configuration, Environment environment) {
        DataSourceFactory database = configuration.getDatabase();
        System.out.println("Connecting to " + database.getUrl() + " as " + database.getUser() + "/" + database.getPassword());
        Jdbi jdbi = new JdbiFactory().build(environment, database, "postgresql");
        IntegrationDao dao = jdbi.onDemand(IntegrationDao.class);

        PostHogSettings posthog = configuration.getPosthog();
        LOG.info("PostHog configuration: {}", posthog);
        PostHogClientFactory clientFactory = new PostHogClientFactory(posthog);
        PostHogInterface client = clientFactory.buildClient();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                client.close();
            }
        });

        Client httpClient = new JerseyClientBuilder(environment)
                .using(configuration.getHttpClient())
                .build(getName());
        String personalKey = clientFactory.resolvePersonalKey();
        FlagAdminClient adminClient = new FlagAdminClient(httpClient, posthog, personalKey);

        registerAuth(configuration, environment, dao);

        environment.jersey().register(new IntegrationResource(dao, adminClient, posthog));
        environment.jersey().register(new BootstrapResource(posthog, configuration.getDashboardUrl()));
        environment.jersey().register(new PostHogSyncExceptionMapper());
        environment.healthChecks().register("posthog", new PostHogHealthCheck(adminClient, posthog.getProjectId(), personalKey));
        environment.admin().addTask(new Task("posthog-diagnostics") {
            @Override
            public void execute(Map<String, List<String>> parameters, PrintWriter output) throws Exception {
                PostHogInterface verbose = clientFactory.buildDiagnosticsClient();
                try {
                    Thread.sleep(posthog.getPollIntervalSeconds() * 1000L);
                    output.println("Diagnostics poll finished, see the service log");
                } finally {
                    verbose.close();
                }
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void registerAuth(FlagDeskConfiguration configuration, Environment environment, IntegrationDao dao) {
        Authorizer<DeskUser> authorizer = (user, role, requestContext) -> user.hasRole(role);

        AuthFilter<BasicCredentials, DeskUser> basic = new BasicCredentialAuthFilter.Builder<DeskUser>()
                .setAuthenticator(new BasicUserAuthenticator(dao))
                .setAuthorizer(authorizer)
                .setRealm(configuration.getAuthRealm())
                .buildAuthFilter();
        AuthFilter<String, DeskUser> bearer = new OAuthCredentialAuthFilter.Builder<DeskUser>()
                .setAuthenticator(new ApiTokenAuthenticator(dao))
                .setAuthorizer(authorizer)
                .setPrefix("Bearer")
                .buildAuthFilter();

        List<AuthFilter> filters = List.of(basic, bearer);
        environment.jersey().register(new AuthDynamicFeature(new ChainedAuthFilter(filters)));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(DeskUser.class));
    }
}
