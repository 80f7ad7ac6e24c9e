package net.dv8tion.jda.api.events.interaction.command;

import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

public abstract class SlashCommandInteractionEvent implements IReplyCallback {
  public abstract String getName();
}
