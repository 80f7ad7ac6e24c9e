package com.guildpulse.flagbot.status;

import com.guildpulse.flagbot.analytics.ApiKeyKind;
import com.guildpulse.flagbot.analytics.PostHogKeys;
import com.guildpulse.flagbot.config.BotConfig;
import com.guildpulse.flagbot.util.Secrets;
import net.dv8tion.jda.api.JDA;

import java.time.Instant;

public record BotStatus(
        String status,
        long guildCount,
        long gatewayPingMs,
        Instant checkedAt,
        String posthogHost,
        String posthogProjectKey,
        String personalKey,
        ApiKeyKind flagsKeyKind,
        String flagsKey) {

    public static BotStatus from(JDA jda, BotConfig config) {
        String flagsKey = config.posthogSecureKey().orElseGet(PostHogKeys::stagingSecureKey);
        return new BotStatus(
                jda.getStatus().name(),
                jda.getGuildCache().size(),
                jda.getGatewayPing(),
                Instant.now(),
                config.posthogHost(),
                config.posthogProjectKey(),
                Secrets.mask(config.posthogPersonalKey()),
                PostHogKeys.kindOf(flagsKey),
                flagsKey);
    }
}
