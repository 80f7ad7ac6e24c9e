package net.dv8tion.jda.api.entities.channel.middleman;

import net.dv8tion.jda.api.requests.RestAction;

public interface MessageChannel {
  RestAction<Void> sendMessage(CharSequence text);
}
