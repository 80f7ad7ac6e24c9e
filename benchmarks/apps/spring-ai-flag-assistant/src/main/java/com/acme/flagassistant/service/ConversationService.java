package com.acme.flagassistant.service;

import com.acme.flagassistant.web.dto.ChatReply;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.stereotype.Service;

@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private static final String CONVERSATION_ATTRIBUTE = "flagAssistant.conversationId";

    public record HistoryEntry(String role, String text) {
    }

    private final ChatClient chatClient;
    private final ChatMemory chatMemory;
    private final AssistantAuditService audit;

    public ConversationService(ChatClient chatClient, ChatMemory chatMemory, AssistantAuditService audit) {
        this.chatClient = chatClient;
        this.chatMemory = chatMemory;
        this.audit = audit;
    }

    public String conversationIdFor(HttpSession session) {
        String conversationId = (String) session.getAttribute(CONVERSATION_ATTRIBUTE);
        if (conversationId == null) {
            conversationId = UUID.randomUUID().toString();
            session.setAttribute(CONVERSATION_ATTRIBUTE, conversationId);
            log.info("Started conversation {} for HTTP session {}", conversationId, session.getId());
        }
        return conversationId;
    }

    public ChatReply reply(String conversationId, String message) {
        if (message.startsWith("/")) {
            return runCommand(conversationId, message);
        }
        ChatResponse response = chatClient.prompt()
                .user(message)
                .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, conversationId))
                .call()
                .chatResponse();
        String answer = response != null ? response.getResult().getOutput().getText() : "";
        Usage usage = response != null ? response.getMetadata().getUsage() : null;
        Integer promptTokens = usage != null ? usage.getPromptTokens() : null;
        Integer completionTokens = usage != null ? usage.getCompletionTokens() : null;
        log.debug("Conversation {} used {} prompt tokens and {} completion tokens",
                conversationId, promptTokens, completionTokens);
        audit.messageAnswered(conversationId, promptTokens, completionTokens);
        return new ChatReply(conversationId, answer, promptTokens, completionTokens);
    }

    public List<HistoryEntry> history(String conversationId) {
        return chatMemory.get(conversationId).stream()
                .map(ConversationService::toEntry)
                .toList();
    }

    public void reset(String conversationId) {
        chatMemory.clear(conversationId);
    }

    private ChatReply runCommand(String conversationId, String message) {
        String[] tokens = message.strip().split("\\s+");
        log.debug("Slash command {} with tokens {}", tokens[0], Arrays.toString(tokens));
        return switch (tokens[0]) {
            case "/reset" -> {
                reset(conversationId);
                yield new ChatReply(conversationId, "Conversation cleared.", null, null);
            }
            case "/help" -> new ChatReply(conversationId,
                    "Ask me about feature flags, e.g. \"which flags are at 50% rollout?\". Commands: /reset, /help.",
                    null, null);
            default -> new ChatReply(conversationId, "Unknown command " + tokens[0], null, null);
        };
    }

    private static HistoryEntry toEntry(Message message) {
        return new HistoryEntry(message.getMessageType().getValue(), message.getText());
    }
}
