package com.velocitypowered.api.proxy;

import net.kyori.adventure.text.Component;

public interface Player extends com.velocitypowered.api.command.CommandSource {
  void disconnect(Component reason);
}
