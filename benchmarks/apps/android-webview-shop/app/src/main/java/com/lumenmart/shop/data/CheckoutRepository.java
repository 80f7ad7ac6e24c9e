package com.lumenmart.shop.data;

import com.lumenmart.shop.api.ShopApiException;

import java.io.IOException;
import java.util.Map;

import retrofit2.Response;

public class CheckoutRepository {

    private final LoginRepository loginRepository;

    public CheckoutRepository(LoginRepository loginRepository) {
        this.loginRepository = loginRepository;
    }

    public String checkout(String cartId) throws ShopApiException {
        if (!loginRepository.isLoggedIn()) {
            throw new ShopApiException(401, "Checkout requires a signed-in customer");
        }
        String authorization = "Bearer " + loginRepository.accessToken();
        try {
            Response<Map<String, Object>> response = loginRepository.service().checkout(cartId, authorization).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new ShopApiException(response.code(),
                        "Checkout of cart " + cartId + " rejected with " + response.code() + " for " + authorization);
            }
            Object orderId = response.body().get("order_id");
            return String.valueOf(orderId);
        } catch (IOException e) {
            throw new ShopApiException(0, "Checkout network failure for cart " + cartId, e);
        }
    }
}
