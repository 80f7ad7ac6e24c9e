package io.tidewell.beacon.websocket;

import io.tidewell.beacon.config.PostHogProperties;
import io.tidewell.beacon.flags.FlagSnapshot;
import io.tidewell.beacon.flags.FlagSyncJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

@Controller
public class FlagStompController {

    private static final Logger log = LoggerFactory.getLogger(FlagStompController.class);

    private final FlagSyncJob flagSyncJob;
    private final SimpMessagingTemplate messagingTemplate;
    private final PostHogProperties props;
    private final StompAuthChannelInterceptor authInterceptor;

    public FlagStompController(FlagSyncJob flagSyncJob,
                               SimpMessagingTemplate messagingTemplate,
                               PostHogProperties props,
                               StompAuthChannelInterceptor authInterceptor) {
        this.flagSyncJob = flagSyncJob;
        this.messagingTemplate = messagingTemplate;
        this.props = props;
        this.authInterceptor = authInterceptor;
    }

    /** Initial state for a browser that just subscribed to /app/flags. */
    @SubscribeMapping("/flags")
    public FlagSnapshot currentFlags() {
        return flagSyncJob.latestSnapshot();
    }

    /** "Diagnostics" drawer in the console: lets an operator check which credentials the poller uses. */
    @MessageMapping("/flags/diagnostics")
    public void diagnostics(Principal operator) {
        Map<String, Object> diag = new LinkedHashMap<>();
        diag.put("host", props.host());
        diag.put("pollIntervalSeconds", props.pollIntervalSeconds());
        diag.put("localEvaluationKey", props.localEvaluationKey());
        diag.put("liveSessions", authInterceptor.activeSessions());
        diag.put("lastSync", flagSyncJob.latestSnapshot().fetchedAt());
        log.info("Sending flag diagnostics to {}", operator.getName());
        messagingTemplate.convertAndSendToUser(operator.getName(), "/queue/diagnostics", diag);
    }
}
