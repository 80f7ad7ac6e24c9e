package net.dv8tion.jda.api.events.message;

import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

public abstract class MessageReceivedEvent {
  public abstract MessageChannel getChannel();
}
