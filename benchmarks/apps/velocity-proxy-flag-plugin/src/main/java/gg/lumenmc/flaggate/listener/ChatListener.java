package gg.lumenmc.flaggate.listener;

import com.velocitypowered.api.event.Subscribe;
import com.velocitypowered.api.event.player.PlayerChatEvent;
import com.velocitypowered.api.proxy.Player;
import com.velocitypowered.api.proxy.ServerConnection;
import gg.lumenmc.flaggate.config.PluginConfig;
import gg.lumenmc.flaggate.posthog.FlagService;
import gg.lumenmc.flaggate.util.Messages;
import org.slf4j.Logger;

import java.util.Map;

/**
 * Chat lockdown driven by the chat-lockdown flag, plus chat volume analytics.
 */
public final class ChatListener {

    private final FlagService flags;
    private final PluginConfig config;
    private final Logger logger;

    public ChatListener(FlagService flags, PluginConfig config, Logger logger) {
        this.flags = flags;
        this.config = config;
        this.logger = logger;
    }

    @Subscribe
    public void onChat(PlayerChatEvent event) {
        if (!event.getResult().isAllowed()) {
            return;
        }
        Player player = event.getPlayer();
        if (flags.isEnabled(player, config.chatLockdownFlag()) && !player.hasPermission("flaggate.chat.bypass")) {
            event.setResult(PlayerChatEvent.ChatResult.denied());
            player.sendMessage(Messages.chatLocked());
            logger.info("Blocked a {}-character message from {} during lockdown", event.getMessage().length(), player.getUsername());
            return;
        }
        String server = player.getCurrentServer().map(ServerConnection::getServerInfo).map(info -> info.getName()).orElse("none");
        flags.capture(player, "chat_message", Map.of("server", server, "length", event.getMessage().length()));
    }
}
