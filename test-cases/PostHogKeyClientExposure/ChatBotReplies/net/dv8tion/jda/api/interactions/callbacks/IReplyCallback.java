package net.dv8tion.jda.api.interactions.callbacks;

import net.dv8tion.jda.api.requests.RestAction;

public interface IReplyCallback extends IDeferrableCallback {
  RestAction<Void> reply(String content);

  RestAction<Void> deferReply(boolean ephemeral);
}
