package io.grpc;

/** gRPC's headers, as far as the case needs it; its toString prints every header. */
public final class Metadata {}
