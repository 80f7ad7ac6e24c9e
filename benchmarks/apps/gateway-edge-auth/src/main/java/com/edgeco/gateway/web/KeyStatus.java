package com.edgeco.gateway.web;

public record KeyStatus(boolean configured, String maskedKey, String fingerprint, int length) {
}
