package net.kyori.adventure.text;

public interface Component {
  static Component text(String content) {
    return null;
  }

  Component append(Component component);
}
