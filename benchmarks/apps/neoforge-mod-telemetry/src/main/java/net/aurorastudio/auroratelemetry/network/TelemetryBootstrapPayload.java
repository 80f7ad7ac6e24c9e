package net.aurorastudio.auroratelemetry.network;

import io.netty.buffer.ByteBuf;
import net.aurorastudio.auroratelemetry.AuroraTelemetry;
import net.minecraft.network.codec.ByteBufCodecs;
import net.minecraft.network.codec.StreamCodec;
import net.minecraft.network.protocol.common.custom.CustomPacketPayload;
import net.minecraft.resources.ResourceLocation;

public record TelemetryBootstrapPayload(String projectKey, String flagsKey, String host) implements CustomPacketPayload {

    public static final CustomPacketPayload.Type<TelemetryBootstrapPayload> TYPE =
            new CustomPacketPayload.Type<>(ResourceLocation.fromNamespaceAndPath(AuroraTelemetry.MOD_ID, "bootstrap"));

    public static final StreamCodec<ByteBuf, TelemetryBootstrapPayload> STREAM_CODEC = StreamCodec.composite(
            ByteBufCodecs.STRING_UTF8, TelemetryBootstrapPayload::projectKey,
            ByteBufCodecs.STRING_UTF8, TelemetryBootstrapPayload::flagsKey,
            ByteBufCodecs.STRING_UTF8, TelemetryBootstrapPayload::host,
            TelemetryBootstrapPayload::new);

    @Override
    public CustomPacketPayload.Type<? extends CustomPacketPayload> type() {
        return TYPE;
    }
}
