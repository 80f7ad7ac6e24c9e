package otherimage;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public record EventSettings(String apiKey, String host) {}
