package com.larkspur.edge.gateway.ratelimit;

/**
 * Rate-limit tier of a partner API key. The tier is derived from the key's prefix only.
 */
public enum ApiKeyTier {
    FREE(5, 10),
    PARTNER(50, 100),
    INTERNAL(500, 1000);

    private final int replenishRate;
    private final int burstCapacity;

    ApiKeyTier(int replenishRate, int burstCapacity) {
        this.replenishRate = replenishRate;
        this.burstCapacity = burstCapacity;
    }

    public int replenishRate() {
        return replenishRate;
    }

    public int burstCapacity() {
        return burstCapacity;
    }

    public static ApiKeyTier fromApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return FREE;
        }
        if (apiKey.startsWith("lk_int_")) {
            return INTERNAL;
        }
        return apiKey.startsWith("lk_ptr_") ? PARTNER : FREE;
    }
}
