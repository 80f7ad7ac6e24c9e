package com.acme.flagdesk.ws;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.posthog.FlagAdminService;
import com.acme.flagdesk.posthog.FlagsRelay;
import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Support staff console: toggles flags and inspects customer flag state.
 */
@WebSocket(path = "/ws/admin")
public class AdminConsoleSocket {

    private static final Logger LOG = Logger.getLogger(AdminConsoleSocket.class);

    private final FlagAdminService flagAdminService;
    private final FlagsRelay flagsRelay;
    private final PostHogSettings settings;

    public AdminConsoleSocket(FlagAdminService flagAdminService, FlagsRelay flagsRelay, PostHogSettings settings) {
        this.flagAdminService = flagAdminService;
        this.flagsRelay = flagsRelay;
        this.settings = settings;
    }

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        HandshakeRequest handshake = connection.handshakeRequest();
        String authorization = handshake.header("Authorization");
        LOG.infof("Admin console %s connected from %s (auth=%s)",
                connection.id(), handshake.host(), authorization);
    }

    @OnTextMessage
    public void onMessage(WebSocketConnection connection, String command) {
        String[] parts = command.trim().split("\\s+");
        switch (parts[0]) {
            case "toggle" -> {
                var flag = flagAdminService.toggle(Long.parseLong(parts[1]), Boolean.parseBoolean(parts[2]));
                flagsRelay.consoleEvent("support-console", "flag toggled", Map.of("flag", flag.key()));
                connection.sendTextAndAwait("ok " + flag.key() + "=" + flag.active());
            }
            case "inspect" -> connection.sendTextAndAwait(flagsRelay.flagsFor(parts[1]));
            case "whoami" -> connection.sendTextAndAwait("project=" + settings.projectId()
                    + " key=" + settings.personalApiKey());
            default -> connection.sendTextAndAwait("unknown command " + parts[0]);
        }
    }
}
