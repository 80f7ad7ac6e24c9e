package com.velocitypowered.api.command;

public interface CommandSource extends net.kyori.adventure.audience.Audience {}
