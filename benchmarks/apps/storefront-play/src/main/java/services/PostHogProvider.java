package services;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.concurrent.CompletableFuture;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.Environment;
import play.inject.ApplicationLifecycle;

/**
 * Creates the application's PostHog client and closes it on shutdown.
 */
@Singleton
public class PostHogProvider implements Provider<PostHogInterface> {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogProvider.class);

    private static final boolean VERBOSE_SDK = true;
    private static final String STAGING_FLAGS_KEY = Keys.SECURE_PREFIX.concat(Keys.STAGING_SECURE_BODY);

    private final PostHogSettings settings;
    private final Environment environment;
    private final ApplicationLifecycle lifecycle;

    @Inject
    public PostHogProvider(PostHogSettings settings, Environment environment, ApplicationLifecycle lifecycle) {
        this.settings = settings;
        this.environment = environment;
        this.lifecycle = lifecycle;
    }

    @Override
    public PostHogInterface get() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey());
        if (environment.isDev()) {
            builder.debug(true);
        }
        PostHogInterface posthog = PostHog.with(builder.build());
        lifecycle.addStopHook(() -> {
            posthog.close();
            return CompletableFuture.completedFuture(null);
        });
        LOG.atDebug().setMessage("PostHog client ready, flags key {}").addArgument(settings.personalApiKey()).log();
        return posthog;
    }

    public PostHogInterface stagingClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(STAGING_FLAGS_KEY)
                .debug(VERBOSE_SDK)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface remoteEvaluationClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
