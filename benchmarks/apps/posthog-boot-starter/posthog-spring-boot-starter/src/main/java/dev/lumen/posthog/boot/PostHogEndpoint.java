package dev.lumen.posthog.boot;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private final PostHogProperties properties;

    public PostHogEndpoint(PostHogProperties properties) {
        this.properties = properties;
    }

    @ReadOperation
    public PostHogStatus posthog() {
        return PostHogStatus.from(properties);
    }
}
