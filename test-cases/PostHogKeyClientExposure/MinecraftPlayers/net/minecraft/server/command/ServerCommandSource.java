package net.minecraft.server.command;

import java.util.function.Supplier;
import net.minecraft.text.Text;

public class ServerCommandSource {
  public void sendFeedback(Supplier<Text> feedback, boolean broadcastToOps) {}

  public void sendError(Text message) {}

  public void sendMessage(Text message) {}
}
