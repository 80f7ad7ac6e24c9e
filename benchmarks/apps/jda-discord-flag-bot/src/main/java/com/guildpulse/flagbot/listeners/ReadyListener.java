package com.guildpulse.flagbot.listeners;

import com.guildpulse.flagbot.config.BotConfig;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ReadyListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ReadyListener.class);

    private final BotConfig config;

    public ReadyListener(BotConfig config) {
        this.config = config;
    }

    @Override
    public void onReady(@NotNull ReadyEvent event) {
        JDA jda = event.getJDA();
        boolean tokenFromEnv = System.getenv("DISCORD_TOKEN") != null;
        log.info("Logged in as {} on {} guilds (token from environment: {})",
                jda.getSelfUser().getName(), event.getGuildTotalCount(), tokenFromEnv);

        if (config.isDevelopment() && config.devGuildId() != 0) {
            Guild devGuild = jda.getGuildById(config.devGuildId());
            if (devGuild == null) {
                log.warn("Development guild {} not found", config.devGuildId());
            } else {
                log.info("Development guild: {}", devGuild.getName());
            }
        }
    }

    @Override
    public void onSessionResume(@NotNull SessionResumeEvent event) {
        log.info("Gateway session resumed (response #{})", event.getResponseNumber());
    }
}
