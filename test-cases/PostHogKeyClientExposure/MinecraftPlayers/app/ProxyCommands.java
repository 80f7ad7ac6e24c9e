package app;

import com.velocitypowered.api.command.CommandSource;
import com.velocitypowered.api.event.ResultedEvent;
import com.velocitypowered.api.proxy.Player;
import net.kyori.adventure.text.Component;

/** A Velocity proxy's and a Paper server's messages reach the players' game clients. */
public class ProxyCommands {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void status(CommandSource source) {
    source.sendMessage(Component.text("Project key: " + projectApiKey));
    source.sendMessage(Component.text("Flags key: ").append(Component.text(flagsSecureKey))); // Noncompliant
    source.sendActionBar(Component.text("key " + personalApiKey)); // Noncompliant
    source.sendMessage(Component.text("Personal key set: " + (personalApiKey != null)));
  }

  ResultedEvent.ComponentResult login(Player player, boolean maintenance) {
    if (maintenance) {
      player.sendMessage(Component.text("maintenance, key " + flagsSecureKey)); // Noncompliant
      return ResultedEvent.ComponentResult.denied(Component.text("ask with " + personalApiKey)); // Noncompliant
    }
    return ResultedEvent.ComponentResult.allowed();
  }

  void kick(Player player) {
    player.disconnect(Component.text("PostHog down, key " + personalApiKey)); // Noncompliant
    player.disconnect(Component.text("PostHog down"));
  }

  void paper(org.bukkit.entity.Player player, org.bukkit.command.CommandSender sender) {
    sender.sendMessage("Flags key: " + flagsSecureKey); // Noncompliant
    player.sendMessage("Project key: " + projectApiKey);
    player.kickPlayer("maintenance (" + personalApiKey + ")"); // Noncompliant
  }
}
