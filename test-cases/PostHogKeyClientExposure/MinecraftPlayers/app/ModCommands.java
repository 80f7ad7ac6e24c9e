package app;

import net.minecraft.commands.CommandSourceStack;
import net.minecraft.network.chat.Component;
import net.minecraft.network.chat.MutableComponent;
import net.minecraft.server.command.ServerCommandSource;
import net.minecraft.text.MutableText;
import net.minecraft.text.Text;

/** A NeoForge and a Fabric server command's feedback reaches the player's game client. */
public class ModCommands {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_KEY");
  private final String host = System.getenv("POSTHOG_HOST");

  void neoForge(CommandSourceStack source) {
    source.sendSuccess(() -> Component.literal("Personal key: " + personalApiKey), false); // Noncompliant
    source.sendSuccess(() -> Component.literal("Host: " + host), false);
    MutableComponent line = Component.literal("Flags key: ").append(Component.literal(flagsSecureKey));
    source.sendFailure(line); // Noncompliant
  }

  void fabric(ServerCommandSource source) {
    MutableText message = Text.literal("[secure key] ").append(Text.literal(flagsSecureKey));
    source.sendFeedback(() -> message, false); // Noncompliant
    source.sendError(Text.literal("refused with " + personalApiKey)); // Noncompliant
    source.sendError(Text.literal("refused by " + host));
  }
}
