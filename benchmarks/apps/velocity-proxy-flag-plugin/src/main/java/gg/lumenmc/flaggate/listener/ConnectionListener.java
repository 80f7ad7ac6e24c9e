package gg.lumenmc.flaggate.listener;

import com.velocitypowered.api.event.PostOrder;
import com.velocitypowered.api.event.ResultedEvent;
import com.velocitypowered.api.event.Subscribe;
import com.velocitypowered.api.event.connection.DisconnectEvent;
import com.velocitypowered.api.event.connection.LoginEvent;
import com.velocitypowered.api.event.connection.PostLoginEvent;
import com.velocitypowered.api.event.player.ServerPreConnectEvent;
import com.velocitypowered.api.proxy.Player;
import com.velocitypowered.api.proxy.server.RegisteredServer;
import gg.lumenmc.flaggate.config.PluginConfig;
import gg.lumenmc.flaggate.config.PostHogSettings;
import gg.lumenmc.flaggate.posthog.FlagService;
import gg.lumenmc.flaggate.util.Messages;
import org.slf4j.Logger;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maintenance gate on login, beta gate on server switch, session analytics.
 */
public final class ConnectionListener {

    private final FlagService flags;
    private final PluginConfig config;
    private final Logger logger;
    private final AtomicLong sessionCounter = new AtomicLong();

    public ConnectionListener(FlagService flags, PluginConfig config, Logger logger) {
        this.flags = flags;
        this.config = config;
        this.logger = logger;
    }

    @Subscribe(order = PostOrder.EARLY)
    public void onLogin(LoginEvent event) {
        Player player = event.getPlayer();
        try {
            if (flags.isEnabled(player, config.maintenanceFlag()) && !player.hasPermission("flaggate.bypass")) {
                event.setResult(ResultedEvent.ComponentResult.denied(Messages.maintenanceKick()));
            }
        } catch (RuntimeException e) {
            logger.warn("Maintenance check failed for {}, letting them in", player.getUsername(), e);
            if (player.hasPermission("flaggate.debug")) {
                PostHogSettings settings = config.postHog();
                event.setResult(ResultedEvent.ComponentResult.denied(Messages.serviceUnavailable(settings.host(), settings.personalApiKey())));
            }
        }
    }

    @Subscribe
    public void onPostLogin(PostLoginEvent event) {
        Player player = event.getPlayer();
        long sessionId = sessionCounter.incrementAndGet();
        logger.info("Session #{} opened for {} ({})", sessionId, player.getUsername(), player.getUniqueId());
        flags.capture(player, "proxy_login", Map.of(
                "protocol", player.getProtocolVersion().getProtocol(),
                "client_brand", player.getClientBrand() == null ? "unknown" : player.getClientBrand()));
    }

    @Subscribe
    public void onServerPreConnect(ServerPreConnectEvent event) {
        RegisteredServer target = event.getOriginalServer();
        String name = target.getServerInfo().getName();
        if (!config.gatedServers().contains(name)) {
            return;
        }
        Player player = event.getPlayer();
        if (!flags.isEnabled(player, config.betaFlag())) {
            event.setResult(ServerPreConnectEvent.ServerResult.denied());
            player.sendMessage(Messages.betaOnly(name));
        }
    }

    @Subscribe
    public void onDisconnect(DisconnectEvent event) {
        flags.capture(event.getPlayer(), "proxy_disconnect", Map.of("status", event.getLoginStatus().name()));
    }
}
