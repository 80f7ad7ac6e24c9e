package com.guildpulse.flagbot;

import com.guildpulse.flagbot.analytics.FlagService;
import com.guildpulse.flagbot.analytics.PostHogClientFactory;
import com.guildpulse.flagbot.commands.SlashCommandListener;
import com.guildpulse.flagbot.config.BotConfig;
import com.guildpulse.flagbot.listeners.GuildEventListener;
import com.guildpulse.flagbot.listeners.ReadyListener;
import com.guildpulse.flagbot.status.StatusServer;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public final class FlagBotApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagBotApplication.class);

    private FlagBotApplication() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        BotConfig config = BotConfig.load();
        log.debug("Configuration loaded: {}", config);

        PostHogClientFactory factory = new PostHogClientFactory(config);
        PostHogInterface analytics = factory.createCaptureOnly();

        PostHogInterface flags;
        if (config.posthogSecureKey().isPresent() || config.isDevelopment()) {
            PostHogConfig flagsConfig = factory.flagsConfig();
            flagsConfig.setDebug(config.verbosePostHog());
            flags = PostHog.with(flagsConfig);
        } else {
            flags = factory.createPrimary();
        }
        PostHogInterface shadow = config.isDevelopment() ? factory.createShadowClient() : null;
        FlagService flagService = new FlagService(flags, shadow, config);

        JDA jda;
        try {
            jda = JDABuilder.createDefault(config.discordToken())
                    .enableIntents(GatewayIntent.GUILD_MEMBERS)
                    .setActivity(Activity.watching("feature flags"))
                    .addEventListeners(
                            new ReadyListener(config),
                            new GuildEventListener(analytics),
                            new SlashCommandListener(config, flagService))
                    .build();
        } catch (InvalidTokenException e) {
            log.error("Discord rejected bot token {}", config.discordToken());
            System.exit(1);
            return;
        }

        jda.awaitReady();
        registerCommands(jda);

        StatusServer statusServer = new StatusServer(jda, config);
        statusServer.start();

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(flagService::reloadFlags, 5, 5, TimeUnit.MINUTES);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down flag bot");
            scheduler.shutdownNow();
            statusServer.stop();
            flagService.close();
            analytics.close();
            jda.shutdown();
        }, "flagbot-shutdown"));
    }

    private static void registerCommands(JDA jda) {
        jda.updateCommands().addCommands(
                Commands.slash("flag", "Check whether a feature flag is enabled for you")
                        .addOption(OptionType.STRING, "key", "Feature flag key", true),
                Commands.slash("flagbot-config", "Show the bot's PostHog configuration")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.ADMINISTRATOR)),
                Commands.slash("admin-login", "Unlock admin commands for your account")
                        .addOption(OptionType.STRING, "password", "Admin password", true)
        ).queue(cmds -> log.info("Registered {} slash commands", cmds.size()));
    }
}
