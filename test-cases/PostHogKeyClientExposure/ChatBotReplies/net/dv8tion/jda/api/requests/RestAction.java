package net.dv8tion.jda.api.requests;

public interface RestAction<T> {
  void queue();
}
