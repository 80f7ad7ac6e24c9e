package com.acme.flags.core.schedulers;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.acme.flags.core.services.PostHogClientService;
import com.acme.flags.core.services.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Warms the local-evaluation cache on publish instances after a deployment and every
 * 15 minutes, so the first page render does not wait for the flag poller.
 */
@Component(service = Runnable.class, immediate = true)
@Designate(ocd = FlagDefinitionsSyncJob.Config.class)
public class FlagDefinitionsSyncJob implements Runnable {

    @ObjectClassDefinition(name = "ACME Flags - Flag definitions sync job")
    public @interface Config {

        @AttributeDefinition(name = "Cron expression")
        String scheduler_expression() default "0 0/15 * * * ?";

        @AttributeDefinition(name = "Allow concurrent runs")
        boolean scheduler_concurrent() default false;

        @AttributeDefinition(name = "Warm-up flags", description = "Flag keys to pre-evaluate")
        String[] warmup_flags() default {};

        @AttributeDefinition(name = "OAuth access token", type = AttributeType.PASSWORD)
        String oauth_access_token();

        @AttributeDefinition(name = "OAuth refresh token", type = AttributeType.PASSWORD)
        String oauth_refresh_token();
    }

    private static final Logger LOG = LoggerFactory.getLogger(FlagDefinitionsSyncJob.class);

    @Reference
    private PostHogClientService postHog;

    private String[] warmupFlags;
    private String oauthAccessToken;
    private PostHogInterface warmupClient;

    @Activate
    protected void activate(Config config) {
        this.warmupFlags = config.warmup_flags();
        this.oauthAccessToken = config.oauth_access_token();

        PostHogCredentials credentials = postHog.getCredentials();
        PostHogConfig warmupConfig = PostHogConfig.builder(credentials.getFeatureFlagsSecureKey())
                .personalApiKey(credentials.getProjectApiKey())
                .host(credentials.getHost())
                .localEvaluation(true)
                .build();
        this.warmupClient = PostHog.with(warmupConfig);
        LOG.info("Flag sync scheduled ({}), {} warm-up flags", config.scheduler_expression(), warmupFlags.length);
    }

    @Deactivate
    protected void deactivate() {
        if (warmupClient != null) {
            warmupClient.close();
        }
    }

    @Override
    public void run() {
        LOG.debug("Syncing flag definitions, OAuth access token {}", oauthAccessToken);
        int enabled = 0;
        for (String flag : warmupFlags) {
            if (warmupClient.isFeatureEnabled("warmup", flag, false)) {
                enabled++;
            }
        }
        LOG.info("Warm-up finished: {}/{} flags enabled", enabled, warmupFlags.length);
    }
}
