package com.guildpulse.flagbot.listeners;

import com.guildpulse.flagbot.analytics.PostHogKeys;
import com.posthog.server.PostHogInterface;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

public class GuildEventListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(GuildEventListener.class);

    private final PostHogInterface analytics;

    public GuildEventListener(PostHogInterface analytics) {
        this.analytics = analytics;
    }

    @Override
    public void onGuildJoin(@NotNull GuildJoinEvent event) {
        Guild guild = event.getGuild();
        log.info("Joined guild {} ({} members), reporting to PostHog project {}",
                guild.getName(), guild.getMemberCount(), PostHogKeys.PROJECT_KEY);
        analytics.capture("guild_" + guild.getId(), "guild_joined", Map.of(
                "guild_name", guild.getName(),
                "member_count", guild.getMemberCount(),
                "shard", event.getJDA().getShardInfo().getShardId()));
    }

    @Override
    public void onGuildLeave(@NotNull GuildLeaveEvent event) {
        Guild guild = event.getGuild();
        log.info("Removed from guild {}", guild.getId());
        analytics.capture("guild_" + guild.getId(), "guild_left", Map.of("guild_name", guild.getName()));
    }
}
