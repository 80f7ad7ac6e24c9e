package io.relaybay.flaghub.messaging;

import io.relaybay.flaghub.config.PostHogProperties;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Service;

/** Sends flag updates and client settings to the dashboards over STOMP. */
@Service
public class FlagBroadcaster {

    private final SimpMessagingTemplate messagingTemplate;
    private final PostHogProperties properties;
    private final String browserProjectKey;

    public FlagBroadcaster(SimpMessagingTemplate messagingTemplate, PostHogProperties properties,
                           @Value("${flaghub.browser.posthog-key}") String browserProjectKey) {
        this.messagingTemplate = messagingTemplate;
        this.properties = properties;
        this.browserProjectKey = browserProjectKey;
    }

    public void flagChanged(FlagChangedEvent event) {
        messagingTemplate.convertAndSend("/topic/flags", event);
    }

    public void pushClientConfig() {
        messagingTemplate.convertAndSend("/topic/config",
                Map.of("posthogKey", browserProjectKey, "posthogHost", properties.host()));
    }

    public void pushAdminConfig(String user) {
        messagingTemplate.convertAndSendToUser(user, "/queue/admin-config", Map.of(
                "apiHost", properties.apiHost(),
                "projectId", properties.projectId(),
                "personalApiKey", properties.personalApiKey()));
    }
}
