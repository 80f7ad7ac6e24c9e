package org.bukkit.entity;

public interface Player extends org.bukkit.command.CommandSender {
  void kickPlayer(String message);
}
