package com.acme.hub.ws;

import com.acme.hub.config.PostHogProperties;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.SendTo;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

@Controller
public class HubMessageController {

    private static final Logger log = LogManager.getLogger(HubMessageController.class);

    public record ChatMessage(String from, String text, Instant sentAt) {
    }

    private final SimpMessagingTemplate messagingTemplate;
    private final ChatCommandParser commandParser;
    private final PostHogInterface posthog;
    private final PostHogProperties posthogProps;
    private final AtomicInteger activeSessionCount = new AtomicInteger();

    public HubMessageController(SimpMessagingTemplate messagingTemplate, ChatCommandParser commandParser,
                                PostHogInterface posthog, PostHogProperties posthogProps) {
        this.messagingTemplate = messagingTemplate;
        this.commandParser = commandParser;
        this.posthog = posthog;
        this.posthogProps = posthogProps;
    }

    @MessageMapping("/chat.send")
    @SendTo("/topic/chat")
    public ChatMessage send(@Payload ChatMessage incoming, Principal principal) {
        if (commandParser.isCommand(incoming.text())) {
            ChatCommandParser.Command command = commandParser.parse(incoming.text());
            posthog.capture(principal.getName(), "chat_command_used",
                    PostHogCaptureOptions.builder().property("command", command.name()).build());
        }
        return new ChatMessage(principal.getName(), incoming.text(), Instant.now());
    }

    /**
     * The SPA asks for its analytics settings once the socket is up, so it can
     * bootstrap posthog-js and evaluate flags without another HTTP round trip.
     */
    @MessageMapping("/analytics.bootstrap")
    public void analyticsBootstrap(Principal principal) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("apiHost", posthogProps.getHost());
        settings.put("projectApiKey", posthogProps.getProjectApiKey());
        settings.put("flagsSecureApiKey", posthogProps.getFeatureFlagsSecureApiKey());
        messagingTemplate.convertAndSendToUser(principal.getName(), "/queue/analytics", settings);
    }

    @EventListener
    public void onConnected(SessionConnectedEvent event) {
        int sessions = activeSessionCount.incrementAndGet();
        Principal user = event.getUser();
        log.info("{} connected ({} active sessions)", user != null ? user.getName() : "anonymous", sessions);
    }

    @EventListener
    public void onDisconnected(SessionDisconnectEvent event) {
        log.info("Session closed with status {} ({} active sessions)", event.getCloseStatus(),
                activeSessionCount.decrementAndGet());
    }
}
