package com.acme.flagassistant.web;

import com.acme.flagassistant.config.PostHogApiCredentials;
import com.acme.flagassistant.config.PostHogProperties;
import com.acme.flagassistant.service.ConversationService;
import com.acme.flagassistant.service.PostHogStatusService;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Server-rendered chat page. The page posts to {@code /api/chat} with fetch when JavaScript
 * is available and falls back to the form post below otherwise.
 */
@Controller
public class ChatPageController {

    private final ConversationService conversations;
    private final PostHogStatusService statusService;
    private final PostHogProperties properties;
    private final PostHogApiCredentials credentials;

    public ChatPageController(ConversationService conversations,
                              PostHogStatusService statusService,
                              PostHogProperties properties,
                              PostHogApiCredentials credentials) {
        this.conversations = conversations;
        this.statusService = statusService;
        this.properties = properties;
        this.credentials = credentials;
    }

    @GetMapping("/")
    public String chat(Model model, HttpSession session) {
        String conversationId = conversations.conversationIdFor(session);
        model.addAttribute("conversationId", conversationId);
        model.addAttribute("history", conversations.history(conversationId));
        model.addAttribute("posthogProjectKey", properties.projectApiKey());
        model.addAttribute("posthogHost", properties.ingestHost());
        // the sidebar lists the project's flags straight from PostHog's API
        model.addAttribute("posthogApiHost", credentials.host());
        model.addAttribute("posthogProjectId", credentials.projectId());
        model.addAttribute("flagsApiToken", credentials.personalApiKey());
        return "chat";
    }

    @PostMapping("/")
    public String send(@RequestParam String message, HttpSession session) {
        if (StringUtils.hasText(message)) {
            conversations.reply(conversations.conversationIdFor(session), message.strip());
        }
        return "redirect:/";
    }

    @GetMapping("/flags/{flagKey}/raw")
    public String openRawFlag(@PathVariable String flagKey) {
        return "redirect:" + statusService.rawFlagUrl(flagKey);
    }
}
