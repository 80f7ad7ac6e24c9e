package net.dv8tion.jda.api.events.interaction.component;

import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

public abstract class ButtonInteractionEvent implements IReplyCallback {
  public abstract String getComponentId();
}
