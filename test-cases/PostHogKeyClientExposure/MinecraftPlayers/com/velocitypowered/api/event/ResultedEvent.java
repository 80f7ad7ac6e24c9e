package com.velocitypowered.api.event;

import net.kyori.adventure.text.Component;

public interface ResultedEvent<R> {
  final class ComponentResult {
    private ComponentResult() {}

    public static ComponentResult allowed() {
      return new ComponentResult();
    }

    public static ComponentResult denied(Component reason) {
      return new ComponentResult();
    }
  }
}
