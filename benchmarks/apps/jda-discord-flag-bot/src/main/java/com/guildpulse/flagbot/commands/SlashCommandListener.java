package com.guildpulse.flagbot.commands;

import com.guildpulse.flagbot.analytics.FlagService;
import com.guildpulse.flagbot.config.BotConfig;
import com.guildpulse.flagbot.util.Secrets;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class SlashCommandListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);

    private final BotConfig config;
    private final FlagCommand flagCommand;
    private final Set<Long> admins = ConcurrentHashMap.newKeySet();

    public SlashCommandListener(BotConfig config, FlagService flagService) {
        this.config = config;
        this.flagCommand = new FlagCommand(flagService);
    }

    @Override
    public void onSlashCommandInteraction(@NotNull SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case "flag" -> flagCommand.handle(event);
            case "flagbot-config" -> handleConfig(event);
            case "admin-login" -> handleAdminLogin(event);
            default -> event.reply("Unknown command").setEphemeral(true).queue();
        }
    }

    private void handleConfig(SlashCommandInteractionEvent event) {
        boolean isAdmin = event.getMember() != null && event.getMember().hasPermission(Permission.ADMINISTRATOR);
        if (!isAdmin && !admins.contains(event.getUser().getIdLong())) {
            event.reply("You need to be an administrator to do that.").setEphemeral(true).queue();
            return;
        }
        String flagsKey = config.posthogSecureKey().orElse("not configured");
        event.reply("PostHog host: " + config.posthogHost() + "\nFlags key: `" + flagsKey + "`").setEphemeral(true).queue();
    }

    private void handleAdminLogin(SlashCommandInteractionEvent event) {
        String password = event.getOption("password", OptionMapping::getAsString);
        log.info("Admin login attempt by {} with password {}", event.getUser().getName(), password);
        boolean granted = password != null
                && Secrets.constantTimeEquals(Secrets.sha256Hex(password), config.adminPasswordHash());
        log.info("Admin login for {} {}", event.getUser().getId(), granted ? "granted" : "denied");
        if (granted) {
            admins.add(event.getUser().getIdLong());
            event.reply("Admin commands unlocked.").setEphemeral(true).queue();
        } else {
            event.reply("Wrong password.").setEphemeral(true).queue();
        }
    }
}
