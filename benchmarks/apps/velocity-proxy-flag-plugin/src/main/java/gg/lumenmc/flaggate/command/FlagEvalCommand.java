package gg.lumenmc.flaggate.command;

import com.velocitypowered.api.command.CommandSource;
import com.velocitypowered.api.command.SimpleCommand;
import com.velocitypowered.api.proxy.Player;
import com.velocitypowered.api.proxy.ProxyServer;
import gg.lumenmc.flaggate.posthog.FlagService;
import net.kyori.adventure.text.Component;
import net.kyori.adventure.text.format.NamedTextColor;
import org.slf4j.Logger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /fgeval <player> <expression>}: evaluates a flag expression for an online player.
 */
public final class FlagEvalCommand implements SimpleCommand {

    private final ProxyServer server;
    private final FlagService flags;
    private final Logger logger;

    public FlagEvalCommand(ProxyServer server, FlagService flags, Logger logger) {
        this.server = server;
        this.flags = flags;
        this.logger = logger;
    }

    @Override
    public void execute(Invocation invocation) {
        CommandSource source = invocation.source();
        String[] args = invocation.arguments();
        if (args.length < 2) {
            source.sendMessage(Component.text("Usage: /fgeval <player> <expression>", NamedTextColor.YELLOW));
            return;
        }
        Optional<Player> target = server.getPlayer(args[0]);
        if (target.isEmpty()) {
            source.sendMessage(Component.text(args[0] + " is not online.", NamedTextColor.RED));
            return;
        }
        String expression = String.join(" ", Arrays.copyOfRange(args, 1, args.length));
        try {
            List<FlagExpression.Token> tokens = FlagExpression.tokenize(expression);
            logger.debug("fgeval {} tokens: {}", target.get().getUsername(), tokens);
            boolean result = FlagExpression.evaluate(tokens, flag -> flags.isEnabled(target.get(), flag));
            source.sendMessage(Component.text(expression + " = " + result, result ? NamedTextColor.GREEN : NamedTextColor.RED));
        } catch (IllegalArgumentException e) {
            source.sendMessage(Component.text("Invalid expression: " + e.getMessage(), NamedTextColor.RED));
        }
    }

    @Override
    public List<String> suggest(Invocation invocation) {
        String[] args = invocation.arguments();
        if (args.length > 1) {
            return List.of();
        }
        String prefix = args.length == 0 ? "" : args[0].toLowerCase(Locale.ROOT);
        return server.getAllPlayers().stream()
                .map(Player::getUsername)
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(prefix))
                .toList();
    }

    @Override
    public boolean hasPermission(Invocation invocation) {
        return invocation.source().hasPermission("flaggate.eval");
    }
}
