package chatbots;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;

/** A Discord bot's replies and messages reach every reader of the channel. */
public class DiscordCommands {
  private final BotSettings settings = BotSettings.fromEnvironment();

  public void onSlashCommand(SlashCommandInteractionEvent event) {
    if (event.getName().equals("config")) {
      event.reply("Flags key: `" + settings.secureKey() + "`").queue(); // Noncompliant
      return;
    }
    event.deferReply(true).queue();
    event.getHook().sendMessage("Personal key: " + settings.personalApiKey()).queue(); // Noncompliant
    event.getHook().editOriginal("Personal key: " + settings.maskedPersonalKey()).queue();
  }

  public void onButton(ButtonInteractionEvent event) {
    event.reply("Project key: " + settings.projectApiKey()).queue();
  }

  public void onMessage(MessageReceivedEvent event) {
    event.getChannel().sendMessage("Admin key " + settings.personalApiKey()).queue(); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY (from BotSettings.java:9) reaches every reader of the chat through a Discord message: anyone who reads the chat gets admin access to your PostHog organisation; keep it on the server}}
    event.getChannel().sendMessage("Host " + settings.host()).queue();
  }
}
