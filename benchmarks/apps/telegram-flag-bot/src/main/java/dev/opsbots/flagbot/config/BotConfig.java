package dev.opsbots.flagbot.config;

import java.time.Duration;
import java.util.Set;

public record BotConfig(
        String botUsername,
        String botToken,
        Set<Long> allowedChatIds,
        String operatorPassphrase,
        Duration sessionTtl,
        PostHogSettings posthog) {

    public boolean isChatAllowed(long chatId) {
        return allowedChatIds.isEmpty() || allowedChatIds.contains(chatId);
    }
}
