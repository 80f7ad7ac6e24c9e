package com.lumenmart.shop.config;

public final class FlagKeys {

    public static final String NEW_CHECKOUT = "new-checkout-flow";
    public static final String WEB_CART_V2 = "web-cart-v2";
    public static final String EXPRESS_PAY = "express-pay";
    public static final String OFFLINE_CATALOG = "offline-catalog";

    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String SECURE_KEY_BODY = "dEIHhcJ2N6MQyIUcs61QrAKWoxaGdEKVwSDsM7CoOvl2Pj3";

    public static final String[] BRIDGE_VISIBLE = {
            NEW_CHECKOUT,
            WEB_CART_V2,
            EXPRESS_PAY,
            OFFLINE_CATALOG
    };

    private FlagKeys() {
    }

    public static boolean isBridgeVisible(String flag) {
        for (String visible : BRIDGE_VISIBLE) {
            if (visible.equals(flag)) {
                return true;
            }
        }
        return false;
    }
}
