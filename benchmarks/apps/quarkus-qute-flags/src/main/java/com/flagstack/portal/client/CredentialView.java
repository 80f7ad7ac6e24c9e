package com.flagstack.portal.client;

public record CredentialView(String label, String secret, int expiresIn) {

    @Override
    public String toString() {
        String hint = secret == null || secret.length() < 16
                ? "********"
                : secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
        return "CredentialView[label=" + label + ", secret=" + hint + ", expiresIn=" + expiresIn + "]";
    }
}
