package net.dv8tion.jda.api.interactions;

import net.dv8tion.jda.api.requests.RestAction;

public interface InteractionHook {
  RestAction<Void> sendMessage(String content);

  RestAction<Void> editOriginal(String content);
}
