package gg.emberforge.flagsync.command;

import gg.emberforge.flagsync.FlagSyncPlugin;
import gg.emberforge.flagsync.config.PostHogSettings;
import gg.emberforge.flagsync.util.KeyMasker;
import java.util.StringTokenizer;
import java.util.logging.Logger;
import net.kyori.adventure.text.Component;
import net.kyori.adventure.text.format.NamedTextColor;
import org.bukkit.command.Command;
import org.bukkit.command.CommandExecutor;
import org.bukkit.command.CommandSender;
import org.jetbrains.annotations.NotNull;

/** {@code /flagsync status|reload|check <player> <flag>}. */
public final class FlagSyncCommand implements CommandExecutor {

  private final FlagSyncPlugin plugin;
  private final Logger logger;

  public FlagSyncCommand(FlagSyncPlugin plugin) {
    this.plugin = plugin;
    this.logger = plugin.getLogger();
  }

  @Override
  public boolean onCommand(@NotNull CommandSender sender, @NotNull Command command, @NotNull String label, @NotNull String[] args) {
    if (args.length == 0) {
      return false;
    }
    switch (args[0].toLowerCase()) {
      case "status" -> status(sender);
      case "reload" -> reload(sender);
      case "check" -> check(sender, String.join(" ", args));
      default -> {
        return false;
      }
    }
    return true;
  }

  private void status(CommandSender sender) {
    PostHogSettings settings = plugin.settings();
    sender.sendMessage(Component.text("PostHog host: " + settings.host(), NamedTextColor.GRAY));
    sender.sendMessage(Component.text("Local evaluation: " + settings.localEvaluationEnabled(), NamedTextColor.GRAY));
    sender.sendMessage(Component.text("Active flags: " + plugin.pollTask().activeFlags().keySet(), NamedTextColor.GRAY));
    logger.info(sender.getName() + " checked status, personal key " + KeyMasker.mask(settings.personalApiKey()));
  }

  private void reload(CommandSender sender) {
    plugin.reloadFlagSync();
    PostHogSettings settings = plugin.settings();
    logger.info("Reloaded PostHog settings: " + settings);
    sender.sendMessage(Component.text("FlagSync reloaded.", NamedTextColor.GREEN));
  }

  /** {@code check <player> <flag>}: split by hand so flag keys with dots survive. */
  private void check(CommandSender sender, String rawCommand) {
    StringTokenizer tokenizer = new StringTokenizer(rawCommand, " ");
    tokenizer.nextToken();
    if (tokenizer.countTokens() < 2) {
      sender.sendMessage(Component.text("Usage: /flagsync check <player> <flag>", NamedTextColor.RED));
      return;
    }
    String playerName = tokenizer.nextToken();
    String token = tokenizer.nextToken();
    logger.fine("check: player=" + playerName + " flag token=" + token);
    boolean enabled = plugin.flagClient().isFeatureEnabled(playerName, token, false);
    sender.sendMessage(Component.text(token + " for " + playerName + ": " + enabled, NamedTextColor.AQUA));
  }
}
