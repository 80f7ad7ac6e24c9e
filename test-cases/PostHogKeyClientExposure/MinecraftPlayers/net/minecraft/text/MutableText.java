package net.minecraft.text;

public interface MutableText extends Text {
  MutableText append(Text text);

  MutableText formatted(Object formatting);
}
