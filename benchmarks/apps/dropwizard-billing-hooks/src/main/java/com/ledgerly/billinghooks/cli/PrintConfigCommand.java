package com.ledgerly.billinghooks.cli;

import com.ledgerly.billinghooks.BillingHooksConfiguration;
import com.ledgerly.billinghooks.PostHogSettings;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * {@code java -jar billing-hooks.jar print-config config.yml} – shows the configuration after
 * environment-variable substitution. Useful when a deploy picks up the wrong values.
 */
public class PrintConfigCommand extends ConfiguredCommand<BillingHooksConfiguration> {

    public PrintConfigCommand() {
        super("print-config", "Prints the effective configuration after ${ENV} substitution");
    }

    @Override
    protected void run(Bootstrap<BillingHooksConfiguration> bootstrap, Namespace namespace,
                       BillingHooksConfiguration configuration) {
        DataSourceFactory db = configuration.getDataSourceFactory();
        PostHogSettings ph = configuration.getPostHog();

        System.out.println("database:");
        System.out.println("  url: " + db.getUrl());
        System.out.println("  user: " + db.getUser());
        System.out.println("  password: " + (db.getPassword() == null ? "<unset>" : "********"));

        System.out.println("posthog:");
        System.out.println("  host: " + ph.getHost());
        System.out.println("  projectId: " + ph.getProjectId());
        System.out.println("  projectApiKey: " + ph.getProjectApiKey());
        System.out.println("  personalApiKey: " + PostHogSettings.mask(ph.getPersonalApiKey()));
        System.out.println("  oauthRefreshToken: " + ph.getOauthRefreshToken());
        System.out.println("  debug: " + ph.isDebug());

        System.out.println("webhookSigningSecret: " + configuration.getWebhookSigningSecret());
        System.out.println("adminApiToken: " + (configuration.getAdminApiToken() == null ? "missing" : "set"));
    }
}
