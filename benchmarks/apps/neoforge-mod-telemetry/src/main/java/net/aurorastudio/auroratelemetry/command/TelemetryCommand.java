package net.aurorastudio.auroratelemetry.command;

import java.util.List;

import com.mojang.brigadier.CommandDispatcher;
import net.aurorastudio.auroratelemetry.AuroraTelemetry;
import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import net.aurorastudio.auroratelemetry.telemetry.FeatureFlagClient;
import net.aurorastudio.auroratelemetry.telemetry.KeyMasker;
import net.aurorastudio.auroratelemetry.telemetry.PostHogService;
import net.aurorastudio.auroratelemetry.telemetry.TelemetryException;
import net.minecraft.commands.CommandSourceStack;
import net.minecraft.commands.Commands;
import net.minecraft.network.chat.Component;
import net.neoforged.bus.api.SubscribeEvent;
import net.neoforged.fml.common.EventBusSubscriber;
import net.neoforged.neoforge.event.RegisterCommandsEvent;

@EventBusSubscriber(modid = AuroraTelemetry.MOD_ID)
public final class TelemetryCommand {

    private TelemetryCommand() {
    }

    @SubscribeEvent
    public static void onRegisterCommands(RegisterCommandsEvent event) {
        register(event.getDispatcher());
    }

    private static void register(CommandDispatcher<CommandSourceStack> dispatcher) {
        dispatcher.register(Commands.literal("telemetry")
                .requires(source -> source.hasPermission(2))
                .then(Commands.literal("status").executes(ctx -> status(ctx.getSource())))
                .then(Commands.literal("flags").executes(ctx -> flags(ctx.getSource()))));
    }

    private static int status(CommandSourceStack source) {
        boolean running = PostHogService.get() != null;
        String personalKey = TelemetryConfig.PERSONAL_API_KEY.get();
        String flagsKey = TelemetryConfig.FLAGS_SECURE_KEY.get();
        source.sendSuccess(() -> Component.literal("PostHog " + (running ? "connected" : "stopped")
                + " at " + TelemetryConfig.HOST.get()), false);
        source.sendSuccess(() -> Component.literal("Project key: " + TelemetryConfig.PROJECT_API_KEY.get()), false);
        source.sendSuccess(() -> Component.literal("Personal key: " + personalKey), false);
        source.sendSuccess(() -> Component.literal("Flags key: " + KeyMasker.mask(flagsKey)), false);
        return running ? 1 : 0;
    }

    private static int flags(CommandSourceStack source) {
        try {
            List<String> keys = new FeatureFlagClient().fetchFlagKeys();
            source.sendSuccess(() -> Component.literal("Active flags: " + String.join(", ", keys)), false);
            return keys.size();
        } catch (TelemetryException e) {
            source.sendFailure(Component.literal("Flag refresh failed: " + e.getMessage()));
            return 0;
        }
    }
}
