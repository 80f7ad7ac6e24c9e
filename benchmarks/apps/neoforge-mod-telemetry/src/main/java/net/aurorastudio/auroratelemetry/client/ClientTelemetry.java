package net.aurorastudio.auroratelemetry.client;

import java.util.Map;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import net.aurorastudio.auroratelemetry.AuroraTelemetry;
import net.aurorastudio.auroratelemetry.config.PostHogKeys;
import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import net.aurorastudio.auroratelemetry.network.TelemetryBootstrapPayload;
import net.aurorastudio.auroratelemetry.telemetry.KeyMasker;
import net.minecraft.client.ClientBrandRetriever;
import net.minecraft.client.Minecraft;
import net.minecraft.client.User;
import net.neoforged.api.distmarker.Dist;
import net.neoforged.bus.api.IEventBus;
import net.neoforged.fml.ModContainer;
import net.neoforged.fml.common.Mod;
import net.neoforged.fml.event.lifecycle.FMLClientSetupEvent;
import net.neoforged.fml.loading.FMLEnvironment;
import net.neoforged.neoforge.client.gui.IConfigScreenFactory;
import net.neoforged.neoforge.network.handling.IPayloadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Mod(value = AuroraTelemetry.MOD_ID, dist = Dist.CLIENT)
public final class ClientTelemetry {

    private static final Logger LOGGER = LoggerFactory.getLogger(ClientTelemetry.class);

    private static PostHogInterface postHog;
    private static ClientSessionContext session;
    private static volatile TelemetryBootstrapPayload bootstrap;

    public ClientTelemetry(IEventBus modEventBus, ModContainer container) {
        container.registerExtensionPoint(IConfigScreenFactory.class,
                (mod, parent) -> new TelemetryStatusScreen(parent));
        modEventBus.addListener(ClientTelemetry::onClientSetup);
    }

    private static void onClientSetup(FMLClientSetupEvent event) {
        if (!TelemetryConfig.CLIENT_OPT_IN.get()) {
            return;
        }
        String projectKey = TelemetryConfig.CLIENT_PROJECT_KEY.get();
        postHog = PostHog.with(PostHogConfig.builder(projectKey)
                .host(PostHogKeys.HOST)
                .debug(!FMLEnvironment.production)
                .build());

        User user = Minecraft.getInstance().getUser();
        User.Type sessionType = user.getType();
        LOGGER.info("Minecraft session type: {}", sessionType);
        session = ClientSessionContext.of(user, ClientBrandRetriever.getClientModName());
        LOGGER.info("Client telemetry ready for {}", session);
    }

    public static void handleBootstrap(TelemetryBootstrapPayload payload, IPayloadContext context) {
        context.enqueueWork(() -> {
            bootstrap = payload;
            LOGGER.debug("Received telemetry bootstrap for host {}", payload.host());
        });
    }

    public static void captureScreen(String screenName) {
        if (postHog == null || session == null) {
            return;
        }
        postHog.capture(session.distinctId(), "screen_opened",
                Map.of("screen", screenName, "launcher", session.launcherBrand()));
    }

    public static boolean isOptedIn() {
        return postHog != null;
    }

    public static String maskedFlagsKey() {
        TelemetryBootstrapPayload current = bootstrap;
        return current == null ? "-" : KeyMasker.mask(current.flagsKey());
    }

    public static void shutdown() {
        if (postHog != null) {
            postHog.close();
            postHog = null;
        }
    }
}
