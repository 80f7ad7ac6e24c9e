package com.blockforge.telemetryflags.command;

import com.blockforge.telemetryflags.TelemetryFlagsMod;
import com.blockforge.telemetryflags.config.ConfigManager;
import com.blockforge.telemetryflags.config.ModConfig;
import com.blockforge.telemetryflags.util.KeyMasking;
import com.google.gson.JsonArray;
import com.mojang.brigadier.CommandDispatcher;
import com.mojang.brigadier.arguments.StringArgumentType;
import com.mojang.brigadier.context.CommandContext;
import com.mojang.brigadier.exceptions.CommandSyntaxException;
import net.minecraft.server.command.CommandManager;
import net.minecraft.server.command.ServerCommandSource;
import net.minecraft.server.network.ServerPlayerEntity;
import net.minecraft.text.ClickEvent;
import net.minecraft.text.MutableText;
import net.minecraft.text.Text;
import net.minecraft.util.Formatting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code /tflags} — operator tooling for feature flags on a running server. */
public final class FlagsCommand {

    private static final Logger LOGGER = LoggerFactory.getLogger("telemetryflags/command");

    private FlagsCommand() {
    }

    public static void register(CommandDispatcher<ServerCommandSource> dispatcher) {
        dispatcher.register(CommandManager.literal("tflags")
                .requires(source -> source.hasPermissionLevel(3))
                .then(CommandManager.literal("status").executes(FlagsCommand::status))
                .then(CommandManager.literal("check")
                        .then(CommandManager.argument("flag", StringArgumentType.word())
                                .executes(FlagsCommand::check)))
                .then(CommandManager.literal("definitions").executes(FlagsCommand::definitions))
                .then(CommandManager.literal("copykey").executes(FlagsCommand::copyKey))
                .then(CommandManager.literal("override")
                        .then(CommandManager.argument("expression", StringArgumentType.greedyString())
                                .executes(FlagsCommand::override))));
    }

    private static int status(CommandContext<ServerCommandSource> ctx) {
        ModConfig config = ConfigManager.get();
        ServerCommandSource source = ctx.getSource();
        source.sendFeedback(() -> Text.literal("PostHog host: " + config.host), false);
        source.sendFeedback(() -> Text.literal("Secure key: " + KeyMasking.mask(config.secureFlagsKey)), false);
        source.sendFeedback(() -> Text.literal("Client sync: " + config.syncFlagsToClients), false);
        return 1;
    }

    private static int check(CommandContext<ServerCommandSource> ctx) throws CommandSyntaxException {
        String flag = StringArgumentType.getString(ctx, "flag");
        ServerPlayerEntity player = ctx.getSource().getPlayerOrThrow();
        boolean enabled = TelemetryFlagsMod.flags().isEnabled(flag, player.getUuid());
        ctx.getSource().sendFeedback(() -> Text.literal(flag + " = " + enabled), false);
        return enabled ? 1 : 0;
    }

    /** Staff asked for this while rotating keys: click the line to copy the key to the clipboard. */
    private static int copyKey(CommandContext<ServerCommandSource> ctx) {
        ModConfig config = ConfigManager.get();
        MutableText message = Text.literal("[click to copy secure key] ")
                .formatted(Formatting.AQUA)
                .append(Text.literal(config.secureFlagsKey).formatted(Formatting.GRAY))
                .styled(style -> style.withClickEvent(
                        new ClickEvent(ClickEvent.Action.COPY_TO_CLIPBOARD, config.secureFlagsKey)));
        ctx.getSource().sendFeedback(() -> message, false);
        return 1;
    }

    private static int definitions(CommandContext<ServerCommandSource> ctx) {
        ServerCommandSource source = ctx.getSource();
        CompletableFuture.supplyAsync(() -> TelemetryFlagsMod.http().fetchLocalEvaluation())
                .whenComplete((json, error) -> source.getServer().execute(() -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        LOGGER.error("Fetching flag definitions failed: {}", cause.getMessage());
                        source.sendError(Text.literal("Could not fetch flag definitions, see the server log"));
                        return;
                    }
                    JsonArray flags = json.getAsJsonArray("flags");
                    int count = flags == null ? 0 : flags.size();
                    source.sendFeedback(() -> Text.literal(count + " flag definitions loaded"), false);
                }));
        return 1;
    }

    private static int override(CommandContext<ServerCommandSource> ctx) {
        String expression = StringArgumentType.getString(ctx, "expression");
        try {
            FlagExpression parsed = FlagExpression.parse(expression);
            TelemetryFlagsMod.flags().applyOverride(parsed.flagKey(), parsed.value());
            ctx.getSource().sendFeedback(
                    () -> Text.literal("Override set: " + parsed.flagKey() + " = " + parsed.value()), true);
            return 1;
        } catch (FlagExpression.ParseException e) {
            LOGGER.debug("Rejected override '{}' at token {}", expression, e.token());
            ctx.getSource().sendError(Text.literal(e.getMessage()));
            return 0;
        }
    }
}
