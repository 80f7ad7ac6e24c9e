package net.minecraft.commands;

import java.util.function.Supplier;
import net.minecraft.network.chat.Component;

public class CommandSourceStack {
  public void sendSuccess(Supplier<Component> message, boolean broadcast) {}

  public void sendFailure(Component message) {}

  public void sendSystemMessage(Component message) {}
}
