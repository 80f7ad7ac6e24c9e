package com.tallyforge.flagdesk;

import com.posthog.server.PostHogInterface;
import com.tallyforge.flagdesk.auth.ApiUser;
import com.tallyforge.flagdesk.auth.BasicCredentialAuthenticator;
import com.tallyforge.flagdesk.auth.OAuthTokenAuthenticator;
import com.tallyforge.flagdesk.config.FlagDeskConfiguration;
import com.tallyforge.flagdesk.config.PostHogFactory;
import com.tallyforge.flagdesk.db.ApiTokenDao;
import com.tallyforge.flagdesk.db.FlagAuditDao;
import com.tallyforge.flagdesk.db.UserDao;
import com.tallyforge.flagdesk.errors.PostHogApiExceptionMapper;
import com.tallyforge.flagdesk.filters.RequestAuditFilter;
import com.tallyforge.flagdesk.health.PostHogHealthCheck;
import com.tallyforge.flagdesk.posthog.PostHogAdminApi;
import com.tallyforge.flagdesk.posthog.PostHogClientProvider;
import com.tallyforge.flagdesk.resources.ClientBootstrapResource;
import com.tallyforge.flagdesk.resources.FlagAdminResource;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authorizer;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.auth.chained.ChainedAuthFilter;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

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
                bootstrap.getConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(FlagDeskConfiguration config, Environment environment) {
        DataSourceFactory database = config.getDataSourceFactory();
        LOG.info("Connecting to {} as {} (password {})",
                database.getUrl(), database.getUser(), database.getPassword());

        Jdbi jdbi = new JdbiFactory().build(environment, database, "postgresql");
        UserDao userDao = jdbi.onDemand(UserDao.class);
        ApiTokenDao tokenDao = jdbi.onDemand(ApiTokenDao.class);
        FlagAuditDao auditDao = jdbi.onDemand(FlagAuditDao.class);

        PostHogFactory posthog = config.getPostHog();
        LOG.info("PostHog settings loaded: {}", posthog);

        PostHogClientProvider clients = new PostHogClientProvider(posthog);
        PostHogInterface flags = clients.flagClient();
        environment.lifecycle().manage(clients);

        PostHogAdminApi adminApi = new PostHogAdminApi(posthog, environment.getObjectMapper());

        registerAuth(environment, userDao, tokenDao);

        environment.jersey().register(new RequestAuditFilter());
        environment.jersey().register(new PostHogApiExceptionMapper());
        environment.jersey().register(new FlagAdminResource(posthog, adminApi, flags, auditDao));
        environment.jersey().register(new ClientBootstrapResource(posthog, flags));

        environment.healthChecks().register("posthog", new PostHogHealthCheck(posthog));
    }

    private void registerAuth(Environment environment, UserDao userDao, ApiTokenDao tokenDao) {
        Authorizer<ApiUser> byRole = (user, role, requestContext) -> user.hasRole(role);
        AuthFilter<?, ApiUser> basic = new BasicCredentialAuthFilter.Builder<ApiUser>()
                .setAuthenticator(new BasicCredentialAuthenticator(userDao))
                .setAuthorizer(byRole)
                .setRealm("flagdesk")
                .buildAuthFilter();
        AuthFilter<?, ApiUser> oauth = new OAuthCredentialAuthFilter.Builder<ApiUser>()
                .setAuthenticator(new OAuthTokenAuthenticator(tokenDao))
                .setAuthorizer(byRole)
                .setPrefix("Bearer")
                .buildAuthFilter();

        @SuppressWarnings({"rawtypes", "unchecked"})
        List<AuthFilter> filters = List.of(basic, oauth);
        environment.jersey().register(new AuthDynamicFeature(new ChainedAuthFilter<>(filters)));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(ApiUser.class));
    }
}
