package dev.northwind.flaghub.ws;

import dev.northwind.flaghub.config.HubConfig;
import dev.northwind.flaghub.config.PostHogKeys;
import dev.northwind.flaghub.model.ClientCommand;
import dev.northwind.flaghub.model.HubStatus;
import dev.northwind.flaghub.posthog.FlagChangeBroadcaster;
import dev.northwind.flaghub.posthog.FlagDefinitionsClient;
import dev.northwind.flaghub.posthog.FlagSyncException;
import dev.northwind.flaghub.posthog.PostHogClientFactory;
import dev.northwind.flaghub.util.KeyMasker;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Operator console used by the platform team to inspect and resync the hub. */
@ServerEndpoint(value = "/admin/console", decoders = ClientCommandDecoder.class)
public class AdminConsoleEndpoint {

    private static final Logger LOG = LogManager.getLogger(AdminConsoleEndpoint.class);
    private static final Jsonb JSONB = JsonbBuilder.create();

    @OnMessage
    public void onMessage(Session session, ClientCommand command) throws IOException {
        HubConfig config = HubConfig.get();
        if (!config.adminToken().equals(command.authToken())) {
            LOG.warn("Rejected admin command '{}' with token {}", command.action(), command.authToken());
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unauthorized"));
            return;
        }

        switch (command.action()) {
            case "status" -> {
                HubStatus status = FlagChangeBroadcaster.snapshot();
                session.getBasicRemote().sendText(JSONB.toJson(status));
            }
            case "key-info" -> {
                if (config.personalApiKey() == null) {
                    session.getBasicRemote().sendText("No personal key. Set POSTHOG_PERSONAL_API_KEY, e.g. " + PostHogKeys.PERSONAL_KEY_PLACEHOLDER);
                } else {
                    session.getBasicRemote().sendText("Personal key in use: " + KeyMasker.mask(config.personalApiKey()));
                }
            }
            case "resync" -> {
                try {
                    int count = new FlagDefinitionsClient(config).fetchFlags().size();
                    session.getBasicRemote().sendText("resynced " + count + " flags");
                } catch (FlagSyncException e) {
                    session.getBasicRemote().sendText("resync failed: " + e.getMessage());
                }
            }
            case "troubleshoot" -> {
                PostHogClientFactory.troubleshootingClient(config);
                session.getBasicRemote().sendText("troubleshooting client started");
            }
            default -> session.getBasicRemote().sendText("unknown action");
        }
    }
}
