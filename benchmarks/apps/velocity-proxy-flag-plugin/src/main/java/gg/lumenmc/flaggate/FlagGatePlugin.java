package gg.lumenmc.flaggate;

import com.google.inject.Inject;
import com.posthog.server.PostHogInterface;
import com.velocitypowered.api.command.CommandManager;
import com.velocitypowered.api.event.Subscribe;
import com.velocitypowered.api.event.proxy.ProxyInitializeEvent;
import com.velocitypowered.api.event.proxy.ProxyShutdownEvent;
import com.velocitypowered.api.plugin.Plugin;
import com.velocitypowered.api.plugin.annotation.DataDirectory;
import com.velocitypowered.api.proxy.ProxyServer;
import gg.lumenmc.flaggate.command.FlagEvalCommand;
import gg.lumenmc.flaggate.command.FlagGateCommand;
import gg.lumenmc.flaggate.config.PluginConfig;
import gg.lumenmc.flaggate.config.PostHogSettings;
import gg.lumenmc.flaggate.listener.ChatListener;
import gg.lumenmc.flaggate.listener.ConnectionListener;
import gg.lumenmc.flaggate.posthog.AdminApiClient;
import gg.lumenmc.flaggate.posthog.FlagService;
import gg.lumenmc.flaggate.posthog.PostHogClientFactory;
import gg.lumenmc.flaggate.posthog.RemoteFlagsClient;
import gg.lumenmc.flaggate.util.KeyMasker;
import org.slf4j.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

@Plugin(
        id = "flaggate",
        name = "FlagGate",
        version = "1.4.2",
        description = "PostHog feature flags for the Lumen proxy",
        url = "https://lumenmc.gg",
        authors = {"Lumen Network Ops"})
public final class FlagGatePlugin {

    private final ProxyServer server;
    private final Logger logger;
    private final Path dataDirectory;

    private volatile PluginConfig config;
    private FlagService flagService;
    private PostHogInterface networkClient;

    @Inject
    public FlagGatePlugin(ProxyServer server, Logger logger, @DataDirectory Path dataDirectory) {
        this.server = server;
        this.logger = logger;
        this.dataDirectory = dataDirectory;
    }

    @Subscribe
    public void onProxyInitialize(ProxyInitializeEvent event) {
        if (!reload()) {
            logger.error("FlagGate stays disabled until config.toml is fixed");
            return;
        }
        PostHogSettings settings = config.postHog();
        if (settings.hasPersonalKey()) {
            logger.info("Personal key fingerprint {}", KeyMasker.sha256Hex(settings.personalApiKey()));
        }
        if (config.alertsToken() != null) {
            logger.debug("Staff alerts go to {} (bearer {})", config.alertsUrl(), config.alertsToken());
        }

        server.getEventManager().register(this, new ConnectionListener(flagService, config, logger));
        server.getEventManager().register(this, new ChatListener(flagService, config, logger));

        CommandManager commands = server.getCommandManager();
        AdminApiClient admin = new AdminApiClient(settings, logger);
        commands.register(commands.metaBuilder("flaggate").aliases("fg").plugin(this).build(),
                FlagGateCommand.create(this, admin, logger));
        commands.register(commands.metaBuilder("fgeval").plugin(this).build(),
                new FlagEvalCommand(server, flagService, logger));
        logger.info("FlagGate enabled for project {}", settings.projectId());
    }

    /** Loads config.toml and (re)creates the PostHog clients. */
    public synchronized boolean reload() {
        PluginConfig loaded;
        try {
            loaded = PluginConfig.load(dataDirectory, logger);
        } catch (IOException | RuntimeException e) {
            logger.error("Could not load config.toml", e);
            return false;
        }
        PostHogSettings settings = loaded.postHog();
        logger.info("Loaded {}", settings);

        PostHogClientFactory factory = new PostHogClientFactory(logger);
        PostHogInterface flagClient = loaded.diagnostics()
                ? factory.createDiagnosticsClient(settings)
                : factory.createFlagClient(settings);
        FlagService previous = flagService;
        flagService = new FlagService(flagClient, factory.createAnalyticsClient(settings),
                new RemoteFlagsClient(settings, logger), logger);
        if (networkClient == null) {
            networkClient = factory.createNetworkClient();
        }
        config = loaded;
        if (previous != null) {
            previous.close();
        }
        return true;
    }

    public PluginConfig config() {
        return config;
    }

    @Subscribe
    public void onProxyShutdown(ProxyShutdownEvent event) {
        if (flagService == null) {
            return;
        }
        flagService.remote().capture("proxy-" + server.getBoundAddress().getPort(), "proxy_shutdown",
                Map.of("players_online", server.getPlayerCount()));
        flagService.close();
        if (networkClient != null) {
            networkClient.close();
        }
    }
}
