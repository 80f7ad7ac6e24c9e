package io.acme.flagctl;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.ApiResult;
import io.acme.posthog.admin.FeatureFlag;
import io.acme.posthog.admin.KeyMasker;
import io.acme.posthog.admin.PostHogAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "toggle", description = "Turn a feature flag on or off.")
final class ToggleFlagCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ToggleFlagCommand.class);

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "FLAG_ID", description = "Numeric flag id (see `flagctl list`).")
    long flagId;

    @Option(names = "--off", description = "Disable the flag instead of enabling it.")
    boolean off;

    @Option(names = "--no-audit", description = "Do not send a feature_flag_toggled event.")
    boolean noAudit;

    @Override
    public Integer call() {
        ConfigLoader loader = new ConfigLoader();
        AdminClientConfig config = loader.load(global);

        try (var client = new PostHogAdminClient(config, loader.httpClient(global, config))) {
            return switch (client.setActive(flagId, !off)) {
                case ApiResult.Ok<FeatureFlag>(var flag) -> {
                    System.out.printf("%s is now %s%n", flag.key(), flag.active() ? "ON" : "OFF");
                    if (!noAudit) {
                        recordAudit(config, flag);
                    }
                    yield 0;
                }
                case ApiResult.Unauthorized<FeatureFlag>(var detail, var credential) -> {
                    log.warn("Key {} may not edit flag {}: {}", KeyMasker.mask(credential), flagId, detail);
                    yield 3;
                }
                case ApiResult.NotFound<FeatureFlag>(var path) -> {
                    System.err.println("No flag with id " + flagId + " (" + path + ")");
                    yield 2;
                }
                case ApiResult.RateLimited<FeatureFlag>(var retryAfter) -> {
                    log.warn("Rate limited; retry after {}s", retryAfter.toSeconds());
                    yield FlagCtl.EX_TEMPFAIL;
                }
            };
        }
    }

    /** Records the change as an event so it shows up on the "Flag changes" dashboard. */
    private void recordAudit(AdminClientConfig config, FeatureFlag flag) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.personalApiKey())
                .host(Defaults.US_INGEST_HOST)
                .build();
        PostHogInterface posthog = PostHog.with(sdkConfig);
        try {
            posthog.capture(
                    System.getProperty("user.name", "flagctl"),
                    "feature_flag_toggled",
                    PostHogCaptureOptions.builder()
                            .property("flag_id", flag.id())
                            .property("flag_key", flag.key())
                            .property("active", flag.active())
                            .property("$lib", "flagctl")
                            .build());
        } finally {
            posthog.close();
        }
    }
}
