package com.blockforge.telemetryflags.network;

import com.blockforge.telemetryflags.TelemetryFlagsMod;
import com.blockforge.telemetryflags.config.ModConfig;
import net.minecraft.network.RegistryByteBuf;
import net.minecraft.network.codec.PacketCodec;
import net.minecraft.network.codec.PacketCodecs;
import net.minecraft.network.packet.CustomPayload;
import net.minecraft.util.Identifier;

import java.util.HashMap;
import java.util.Map;

/**
 * Server to client: the flag values evaluated for this player, plus what the client needs to
 * re-evaluate locally between syncs (singleplayer worlds, reconnects).
 */
public record FlagSyncPayload(String host, String projectApiKey, String secureFlagsKey, Map<String, Boolean> flags)
        implements CustomPayload {

    public static final CustomPayload.Id<FlagSyncPayload> ID =
            new CustomPayload.Id<>(Identifier.of(TelemetryFlagsMod.MOD_ID, "flag_sync"));

    public static final PacketCodec<RegistryByteBuf, FlagSyncPayload> CODEC = PacketCodec.tuple(
            PacketCodecs.STRING, FlagSyncPayload::host,
            PacketCodecs.STRING, FlagSyncPayload::projectApiKey,
            PacketCodecs.STRING, FlagSyncPayload::secureFlagsKey,
            PacketCodecs.<RegistryByteBuf, String, Boolean, Map<String, Boolean>>map(
                    HashMap::new, PacketCodecs.STRING, PacketCodecs.BOOL), FlagSyncPayload::flags,
            FlagSyncPayload::new);

    public static FlagSyncPayload forPlayer(ModConfig config, Map<String, Boolean> flags) {
        return new FlagSyncPayload(config.host, config.projectApiKey, config.secureFlagsKey, flags);
    }

    @Override
    public Id<? extends CustomPayload> getId() {
        return ID;
    }
}
