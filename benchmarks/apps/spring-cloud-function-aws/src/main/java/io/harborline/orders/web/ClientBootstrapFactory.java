package io.harborline.orders.web;

import io.harborline.orders.config.PostHogProperties;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class ClientBootstrapFactory {

    public record ClientBootstrap(String projectKey, String apiHost, String toolbarKey, List<String> flags) {
    }

    private final PostHogProperties properties;

    public ClientBootstrapFactory(PostHogProperties properties) {
        this.properties = properties;
    }

    public ClientBootstrap forStorefront(List<String> flags) {
        return new ClientBootstrap(properties.getApiKey(), properties.getHost(), null, flags);
    }

    public ClientBootstrap forAdminConsole(List<String> flags) {
        return new ClientBootstrap(properties.getApiKey(), properties.getHost(),
                properties.getPersonalApiKey(), flags);
    }
}
