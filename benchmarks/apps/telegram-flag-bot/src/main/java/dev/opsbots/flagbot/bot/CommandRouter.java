package dev.opsbots.flagbot.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import dev.opsbots.flagbot.config.BotConfig;
import dev.opsbots.flagbot.config.PostHogSettings;
import dev.opsbots.flagbot.posthog.PostHogApiException;
import dev.opsbots.flagbot.posthog.PostHogClients;
import dev.opsbots.flagbot.posthog.PostHogFlagsClient;
import dev.opsbots.flagbot.posthog.dto.ConnectionInfo;
import dev.opsbots.flagbot.posthog.dto.FeatureFlagDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

public class CommandRouter {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    record OperatorSession(int sessionId, long userId, Instant expiresAt) {
        boolean isValid() {
            return Instant.now().isBefore(expiresAt);
        }
    }

    private final BotConfig config;
    private final PostHogSettings settings;
    private final PostHogFlagsClient flags;
    private final PostHogInterface audit;
    private final ObjectMapper mapper;
    private final Map<Long, OperatorSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger sessionCounter = new AtomicInteger();

    public CommandRouter(BotConfig config, PostHogFlagsClient flags, ObjectMapper mapper) {
        this.config = config;
        this.settings = config.posthog();
        this.flags = flags;
        this.mapper = mapper;
        this.audit = PostHogClients.auditClient(settings);
    }

    public SendMessage onMessage(long chatId, long userId, String text) {
        String[] parts = text.trim().split("\\s+", 2);
        String command = parts[0].toLowerCase().replaceFirst("@.*$", "");
        String arg = parts.length > 1 ? parts[1].trim() : "";

        if (command.equals("/start") || command.equals("/help")) {
            return reply(chatId, "Commands: /login &lt;passphrase&gt;, /flags, /on &lt;key&gt;, /off &lt;key&gt;, /status");
        }
        if (command.equals("/login")) {
            return login(chatId, userId, arg);
        }
        OperatorSession session = sessions.get(userId);
        if (session == null || !session.isValid()) {
            return reply(chatId, "Please /login first.");
        }
        return switch (command) {
            case "/flags" -> listFlags(chatId);
            case "/on" -> toggle(chatId, session, arg, true);
            case "/off" -> toggle(chatId, session, arg, false);
            case "/status" -> status(chatId);
            case "/connection" -> connection(chatId);
            case "/config" -> reply(chatId, "<pre>" + settings + "</pre>");
            case "/diag" -> diagnostics(chatId);
            default -> reply(chatId, "Unknown command " + command);
        };
    }

    public SendMessage onCallback(long chatId, long userId, String data) {
        OperatorSession session = sessions.get(userId);
        if (session == null || !session.isValid()) {
            return reply(chatId, "Session expired, please /login again.");
        }
        String[] parts = data.split(":", 2);
        return toggle(chatId, session, parts[1], parts[0].equals("on"));
    }

    private SendMessage login(long chatId, long userId, String supplied) {
        log.debug("Login attempt from user {} in chat {} with passphrase '{}'", userId, chatId, supplied);
        if (config.operatorPassphrase() == null || !config.operatorPassphrase().equals(supplied)) {
            log.warn("Rejected login for user {}", userId);
            return reply(chatId, "Wrong passphrase.");
        }
        int sessionId = sessionCounter.incrementAndGet();
        sessions.put(userId, new OperatorSession(sessionId, userId, Instant.now().plus(config.sessionTtl())));
        log.info("Operator {} logged in, session #{}", userId, sessionId);
        return reply(chatId, "Logged in for " + config.sessionTtl().toMinutes() + " minutes.");
    }

    private SendMessage listFlags(long chatId) {
        List<FeatureFlagDto> all = flags.listFlags();
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        for (FeatureFlagDto flag : all) {
            InlineKeyboardButton toggle = InlineKeyboardButton.builder()
                    .text(flag.label())
                    .callbackData((flag.active() ? "off:" : "on:") + flag.key())
                    .build();
            InlineKeyboardButton raw = InlineKeyboardButton.builder()
                    .text("JSON")
                    .url(settings.getHost() + "/api/projects/" + settings.getProjectId() + "/feature_flags/" + flag.id()
                            + "/?personal_api_key=" + settings.getPersonalApiKey())
                    .build();
            rows.add(List.of(toggle, raw));
        }
        SendMessage message = reply(chatId, all.size() + " feature flags in project " + settings.getProjectId());
        message.setReplyMarkup(InlineKeyboardMarkup.builder().keyboard(rows).build());
        return message;
    }

    private SendMessage toggle(long chatId, OperatorSession session, String key, boolean active) {
        if (key.isBlank()) {
            return reply(chatId, "Usage: /" + (active ? "on" : "off") + " &lt;flag-key&gt;");
        }
        try {
            FeatureFlagDto flag = flags.findByKey(key);
            FeatureFlagDto updated = flags.setActive(flag.id(), active);
            audit.capture("telegram-operator-" + session.userId(), active ? "flag_enabled" : "flag_disabled");
            log.info("Session #{} set flag {} active={}", session.sessionId(), updated.key(), updated.active());
            return reply(chatId, updated.label());
        } catch (PostHogApiException e) {
            log.error("Toggling flag {} failed (HTTP {})", key, e.status(), e);
            return reply(chatId, "Toggle failed: " + e.getMessage());
        }
    }

    private SendMessage status(long chatId) {
        boolean apiKeyConfigured = settings.hasPersonalApiKey();
        log.info("Status requested: personal key configured={}", apiKeyConfigured);
        log.info("Personal key fingerprint {}", settings.personalKeySha256Hash());
        return reply(chatId, "PostHog " + settings.getHost() + ", project " + settings.getProjectId()
                + "\nPersonal key: " + settings.maskedPersonalKey());
    }

    private SendMessage connection(long chatId) {
        ConnectionInfo info = flags.connectionInfo(flags.listFlags().size());
        try {
            return reply(chatId, "<pre>" + mapper.writerWithDefaultPrettyPrinter().writeValueAsString(info) + "</pre>");
        } catch (JsonProcessingException e) {
            return reply(chatId, "Could not render connection info");
        }
    }

    private SendMessage diagnostics(long chatId) {
        PostHogInterface diag = PostHogClients.diagnosticsClient(settings);
        try {
            boolean enabled = diag.isFeatureEnabled("flagbot-canary", "flagbot-diagnostics", false);
            return reply(chatId, "Local evaluation works, flagbot-canary=" + enabled);
        } finally {
            diag.close();
        }
    }

    private static SendMessage reply(long chatId, String html) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(html)
                .parseMode(ParseMode.HTML)
                .build();
    }
}
