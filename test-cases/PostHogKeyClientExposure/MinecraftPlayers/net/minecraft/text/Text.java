package net.minecraft.text;

public interface Text {
  static MutableText literal(String text) {
    return null;
  }
}
