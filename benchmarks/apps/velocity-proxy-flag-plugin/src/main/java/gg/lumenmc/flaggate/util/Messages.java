package gg.lumenmc.flaggate.util;

import net.kyori.adventure.text.Component;
import net.kyori.adventure.text.format.NamedTextColor;
import net.kyori.adventure.text.format.TextDecoration;

/**
 * Player-facing texts. Kept in one place so the community team can review wording.
 */
public final class Messages {

    private static final Component PREFIX = Component.text("[Lumen] ", NamedTextColor.AQUA);

    private Messages() {
    }

    public static Component maintenanceKick() {
        return Component.text()
                .append(Component.text("Lumen is under maintenance", NamedTextColor.GOLD, TextDecoration.BOLD))
                .append(Component.newline())
                .append(Component.text("Follow status.lumenmc.gg for updates.", NamedTextColor.GRAY))
                .build();
    }

    public static Component serviceUnavailable(String host, String detail) {
        return Component.text()
                .append(Component.text("FlagGate could not reach the feature flag service.", NamedTextColor.RED))
                .append(Component.newline())
                .append(Component.text("host=" + host + " key=" + detail, NamedTextColor.DARK_GRAY))
                .build();
    }

    public static Component betaOnly(String serverName) {
        return PREFIX.append(Component.text(serverName + " is open to beta testers only.", NamedTextColor.YELLOW));
    }

    public static Component chatLocked() {
        return PREFIX.append(Component.text("Chat is temporarily locked by staff.", NamedTextColor.RED));
    }

    public static Component keyLine(String label, String value) {
        return Component.text()
                .append(Component.text(label + ": ", NamedTextColor.GRAY))
                .append(Component.text(value == null ? "not set" : value, NamedTextColor.WHITE))
                .build();
    }
}
