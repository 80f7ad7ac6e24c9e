package com.northbeam.flagsync.config;

public record WarehouseSettings(
        String url,
        String username,
        String password,
        String apiToken,
        int batchSize) {

    public boolean usesBearerToken() {
        return apiToken != null && !apiToken.isBlank();
    }

    @Override
    public String toString() {
        return "WarehouseSettings[url=" + url
                + ", username=" + username
                + ", password=" + (password == null || password.isEmpty() ? "<unset>" : "******")
                + ", apiToken=" + apiToken
                + ", batchSize=" + batchSize + "]";
    }
}
