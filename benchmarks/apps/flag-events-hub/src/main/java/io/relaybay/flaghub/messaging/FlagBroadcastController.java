package io.relaybay.flaghub.messaging;

import io.relaybay.flaghub.config.PostHogProperties;
import io.relaybay.flaghub.posthog.FlagCache;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.SendTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** STOMP entry points of the dashboards, plus the plain HTTP client config they load first. */
@Controller
public class FlagBroadcastController {

    private static final Logger log = LoggerFactory.getLogger(FlagBroadcastController.class);

    public record FlagSnapshot(List<Map<String, Object>> flags, String posthogKey, Instant asOf) {
    }

    private final FlagCache flagCache;
    private final FlagBroadcaster broadcaster;
    private final PostHogProperties properties;
    private final String browserProjectKey;

    public FlagBroadcastController(FlagCache flagCache, FlagBroadcaster broadcaster, PostHogProperties properties,
                                   @Value("${flaghub.browser.posthog-key}") String browserProjectKey) {
        this.flagCache = flagCache;
        this.broadcaster = broadcaster;
        this.properties = properties;
        this.browserProjectKey = browserProjectKey;
    }

    @MessageMapping("/flags.snapshot")
    @SendTo("/topic/flags.snapshot")
    public FlagSnapshot snapshot(@Header("simpSessionId") String sessionId, Principal principal) {
        log.info("Snapshot requested by {} on STOMP session {}", principal == null ? "anonymous" : principal.getName(),
                sessionId);
        return new FlagSnapshot(flagCache.current(), browserProjectKey, Instant.now());
    }

    @MessageMapping("/flags.admin-bootstrap")
    public void adminBootstrap(Principal principal) {
        broadcaster.pushAdminConfig(principal.getName());
    }

    @GetMapping("/api/client-config")
    @ResponseBody
    public Map<String, Object> clientConfig() {
        return Map.of("posthogKey", browserProjectKey, "posthogHost", properties.host(), "stompEndpoint", "/ws");
    }
}
