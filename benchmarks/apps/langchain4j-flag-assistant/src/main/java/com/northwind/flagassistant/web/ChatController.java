package com.northwind.flagassistant.web;

import com.northwind.flagassistant.analytics.LlmAnalyticsService;
import com.northwind.flagassistant.assistant.FlagAssistant;
import com.northwind.flagassistant.config.OpenAiProperties;
import com.northwind.flagassistant.config.PostHogProperties;
import dev.langchain4j.service.Result;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class ChatController {

    private static final Logger log = LoggerFactory.getLogger(ChatController.class);

    private final FlagAssistant assistant;
    private final LlmAnalyticsService analytics;
    private final PostHogProperties posthog;
    private final OpenAiProperties openAi;

    public ChatController(FlagAssistant assistant, LlmAnalyticsService analytics,
                          PostHogProperties posthog, OpenAiProperties openAi) {
        this.assistant = assistant;
        this.analytics = analytics;
        this.posthog = posthog;
        this.openAi = openAi;
    }

    public record ChatRequest(String userId, String conversationId, String message) {
    }

    public record ChatReply(String conversationId, String answer, String traceId) {
    }

    @GetMapping("/")
    public String index(Model model) {
        // posthog-js on the page captures pageviews with the public project token
        model.addAttribute("posthogProjectKey", posthog.getProjectApiKey());
        model.addAttribute("posthogHost", posthog.getIngestHost());
        // the flag sidebar reads definitions straight from the PostHog API
        model.addAttribute("flagsApiToken", posthog.getPersonalApiKey());
        model.addAttribute("projectId", posthog.getProjectId());
        return "chat";
    }

    @PostMapping("/api/chat")
    @ResponseBody
    public ChatReply chat(@RequestBody ChatRequest request, HttpSession session) {
        log.info("Chat turn conversation={} user={} session={}",
                request.conversationId(), request.userId(), session.getId());
        long started = System.nanoTime();
        Result<String> result = assistant.chat(request.conversationId(), request.message());
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        String traceId = analytics.captureGeneration(request.userId(), request.conversationId(),
                request.message(), result, latencyMs, openAi.modelName());
        return new ChatReply(request.conversationId(), result.content(), traceId);
    }
}
