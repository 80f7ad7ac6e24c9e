package com.acme.flagassistant.web;

import com.acme.flagassistant.config.PostHogProperties;
import com.acme.flagassistant.service.ConversationService;
import com.acme.flagassistant.web.dto.ChatReply;
import com.acme.flagassistant.web.dto.ChatRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chat")
public class ChatApiController {

    private static final Logger log = LoggerFactory.getLogger(ChatApiController.class);

    /** What posthog-js needs in the browser. */
    public record ClientConfig(String posthogProjectKey, String posthogHost) {
    }

    private final ConversationService conversations;
    private final PostHogProperties properties;

    public ChatApiController(ConversationService conversations, PostHogProperties properties) {
        this.conversations = conversations;
        this.properties = properties;
    }

    @PostMapping
    public ChatReply chat(@Valid @RequestBody ChatRequest request,
                          HttpSession session,
                          @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        log.debug("Chat API call, {} chars, authorization={}", request.message().length(), authorization);
        String conversationId = conversations.conversationIdFor(session);
        return conversations.reply(conversationId, request.message());
    }

    @DeleteMapping
    public ResponseEntity<Void> reset(HttpSession session) {
        conversations.reset(conversations.conversationIdFor(session));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/config")
    public ClientConfig clientConfig() {
        return new ClientConfig(properties.projectApiKey(), properties.ingestHost());
    }
}
