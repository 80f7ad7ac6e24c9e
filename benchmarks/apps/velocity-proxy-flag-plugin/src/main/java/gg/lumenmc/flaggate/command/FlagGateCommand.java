package gg.lumenmc.flaggate.command;

import com.mojang.brigadier.Command;
import com.mojang.brigadier.arguments.BoolArgumentType;
import com.mojang.brigadier.tree.LiteralCommandNode;
import com.velocitypowered.api.command.BrigadierCommand;
import com.velocitypowered.api.command.CommandSource;
import gg.lumenmc.flaggate.FlagGatePlugin;
import gg.lumenmc.flaggate.config.PostHogSettings;
import gg.lumenmc.flaggate.posthog.AdminApiClient;
import gg.lumenmc.flaggate.posthog.PostHogApiException;
import gg.lumenmc.flaggate.util.KeyMasker;
import gg.lumenmc.flaggate.util.Messages;
import net.kyori.adventure.text.Component;
import net.kyori.adventure.text.format.NamedTextColor;
import org.slf4j.Logger;

/**
 * {@code /flaggate status|reload|maintenance <true|false>} for proxy staff.
 */
public final class FlagGateCommand {

    private FlagGateCommand() {
    }

    public static BrigadierCommand create(FlagGatePlugin plugin, AdminApiClient admin, Logger logger) {
        LiteralCommandNode<CommandSource> root = BrigadierCommand.literalArgumentBuilder("flaggate")
                .requires(source -> source.hasPermission("flaggate.admin"))
                .executes(ctx -> {
                    ctx.getSource().sendMessage(Component.text("Usage: /flaggate <status|reload|maintenance>", NamedTextColor.YELLOW));
                    return Command.SINGLE_SUCCESS;
                })
                .then(BrigadierCommand.literalArgumentBuilder("status")
                        .executes(ctx -> status(ctx.getSource(), plugin.config().postHog())))
                .then(BrigadierCommand.literalArgumentBuilder("reload")
                        .executes(ctx -> {
                            boolean ok = plugin.reload();
                            ctx.getSource().sendMessage(ok
                                    ? Component.text("FlagGate reloaded.", NamedTextColor.GREEN)
                                    : Component.text("Reload failed, see console.", NamedTextColor.RED));
                            return Command.SINGLE_SUCCESS;
                        }))
                .then(BrigadierCommand.literalArgumentBuilder("maintenance")
                        .then(BrigadierCommand.requiredArgumentBuilder("active", BoolArgumentType.bool())
                                .executes(ctx -> maintenance(ctx.getSource(), admin, plugin.config().maintenanceFlagId(),
                                        BoolArgumentType.getBool(ctx, "active"), logger))))
                .build();
        return new BrigadierCommand(root);
    }

    private static int status(CommandSource source, PostHogSettings settings) {
        source.sendMessage(Component.text("FlagGate status", NamedTextColor.GOLD));
        source.sendMessage(Messages.keyLine("Host", settings.host()));
        source.sendMessage(Messages.keyLine("Project key", settings.projectApiKey()));
        source.sendMessage(Messages.keyLine("Personal key", KeyMasker.mask(settings.personalApiKey())));
        source.sendMessage(Messages.keyLine("Flags secure key", settings.secureApiKey()));
        source.sendMessage(Messages.keyLine("Local evaluation", settings.localEvaluationKeyType().displayName()));
        return Command.SINGLE_SUCCESS;
    }

    private static int maintenance(CommandSource source, AdminApiClient admin, int flagId, boolean active, Logger logger) {
        try {
            admin.setFlagActive(flagId, active);
            source.sendMessage(Component.text("Maintenance flag is now " + (active ? "on" : "off") + ".", NamedTextColor.GREEN));
        } catch (PostHogApiException e) {
            logger.error("Could not toggle maintenance flag {}: {}", flagId, e.getMessage());
            source.sendMessage(Component.text("PostHog error: " + e.getMessage(), NamedTextColor.RED));
        }
        return Command.SINGLE_SUCCESS;
    }
}
