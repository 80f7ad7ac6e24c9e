package io.relaybay.flaghub.actuator;

import io.relaybay.flaghub.config.KeyMasks;
import io.relaybay.flaghub.config.PostHogProperties;
import io.relaybay.flaghub.posthog.FlagCache;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/** /actuator/posthog: state of the hub's PostHog connection. */
@Component
@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private final FlagCache flagCache;
    private final PostHogProperties properties;

    public PostHogEndpoint(FlagCache flagCache, PostHogProperties properties) {
        this.flagCache = flagCache;
        this.properties = properties;
    }

    @ReadOperation
    public FlagCache.PostHogStatus status() {
        return flagCache.status();
    }

    @ReadOperation
    public Map<String, Object> flag(@Selector String flagKey) {
        boolean cached = flagCache.current().stream().anyMatch(f -> Objects.equals(f.get("key"), flagKey));
        return Map.of(
                "flag", flagKey,
                "cached", cached,
                "personalApiKey", KeyMasks.mask(properties.personalApiKey()),
                "localEvaluation", properties.personalApiKey() != null);
    }
}
