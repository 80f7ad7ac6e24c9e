package com.ledgerly.billinghooks;

import java.net.http.HttpClient;
import java.time.Duration;

import org.jdbi.v3.core.Jdbi;

import com.ledgerly.billinghooks.auth.AdminAuthenticator;
import com.ledgerly.billinghooks.auth.AdminAuthenticator.AdminPrincipal;
import com.ledgerly.billinghooks.auth.AdminTokenAuthFilter;
import com.ledgerly.billinghooks.cli.PrintConfigCommand;
import com.ledgerly.billinghooks.cli.ReplayEventsCommand;
import com.ledgerly.billinghooks.db.BillingEventDao;
import com.ledgerly.billinghooks.db.CustomerDao;
import com.ledgerly.billinghooks.errors.FlagAdminExceptionMapper;
import com.ledgerly.billinghooks.filters.RequestLoggingFilter;
import com.ledgerly.billinghooks.posthog.ManagedPostHog;
import com.ledgerly.billinghooks.posthog.OAuthTokenStore;
import com.ledgerly.billinghooks.posthog.PostHogFlagAdmin;
import com.ledgerly.billinghooks.resources.AdminResource;
import com.ledgerly.billinghooks.resources.PortalResource;
import com.ledgerly.billinghooks.resources.WebhookResource;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;

public class BillingHooksApplication extends Application<BillingHooksConfiguration> {

    public static void main(String[] args) throws Exception {
        new BillingHooksApplication().run(args);
    }

    @Override
    public String getName() {
        return "billing-hooks";
    }

    @Override
    public void initialize(Bootstrap<BillingHooksConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new PrintConfigCommand());
        bootstrap.addCommand(new ReplayEventsCommand(this));
    }

    @Override
    public void run(BillingHooksConfiguration config, Environment environment) {
        Jdbi jdbi = new JdbiFactory().build(environment, config.getDataSourceFactory(), "postgresql");
        CustomerDao customers = jdbi.onDemand(CustomerDao.class);
        BillingEventDao events = jdbi.onDemand(BillingEventDao.class);

        PostHogSettings posthog = config.getPostHog();
        ManagedPostHog managedPostHog = new ManagedPostHog(posthog);
        environment.lifecycle().manage(managedPostHog);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        PostHogFlagAdmin flagAdmin = new PostHogFlagAdmin(http, environment.getObjectMapper(), posthog);
        OAuthTokenStore oauthTokens = new OAuthTokenStore(http, environment.getObjectMapper(), posthog);

        environment.jersey().register(new AuthDynamicFeature(new AdminTokenAuthFilter.Builder()
                .setAuthenticator(new AdminAuthenticator(config.getAdminApiToken()))
                .setPrefix("Bearer")
                .setRealm("billing-hooks-admin")
                .buildAuthFilter()));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(AdminPrincipal.class));
        environment.jersey().register(new RequestLoggingFilter());
        environment.jersey().register(new FlagAdminExceptionMapper());

        environment.jersey().register(new WebhookResource(config.getWebhookSigningSecret(), environment.getObjectMapper(),
                customers, events, managedPostHog, flagAdmin));
        environment.jersey().register(new PortalResource(posthog, customers));
        environment.jersey().register(new AdminResource(posthog, flagAdmin, oauthTokens));
    }
}
