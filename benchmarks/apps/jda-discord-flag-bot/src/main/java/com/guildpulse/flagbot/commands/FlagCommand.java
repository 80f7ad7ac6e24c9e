package com.guildpulse.flagbot.commands;

import com.guildpulse.flagbot.analytics.FlagEvaluationException;
import com.guildpulse.flagbot.analytics.FlagService;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

public class FlagCommand {

    private static final Logger log = LoggerFactory.getLogger(FlagCommand.class);

    private final FlagService flagService;

    public FlagCommand(FlagService flagService) {
        this.flagService = flagService;
    }

    public void handle(SlashCommandInteractionEvent event) {
        String flagKey = event.getOption("key", OptionMapping::getAsString);
        String userId = event.getUser().getId();
        String guildId = event.isFromGuild() ? event.getGuild().getId() : "dm";
        event.deferReply(true).queue();

        try {
            boolean enabled = flagService.isEnabled(userId, flagKey);
            flagService.capture(userId, "flag_checked", Map.of(
                    "flag", flagKey,
                    "enabled", enabled,
                    "guild_id", guildId));
            event.getHook()
                    .sendMessage("`" + flagKey + "` is " + (enabled ? "enabled" : "disabled") + " for you.")
                    .queue();
        } catch (FlagEvaluationException ex) {
            log.error("Flag command failed for user {}", userId, ex);
            event.getHook().sendMessage("Flag lookup failed: " + ex.getMessage()).queue();
        }
    }
}
