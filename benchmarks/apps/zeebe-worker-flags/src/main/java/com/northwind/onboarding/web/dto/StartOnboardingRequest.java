package com.northwind.onboarding.web.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Submitted by the sales back office when a contract is signed. The temporary password is
 * handed to the partner platform so the customer can log in on day one.
 */
public record StartOnboardingRequest(
        @NotBlank @Email String email,
        @NotBlank String companyName,
        @Size(min = 2, max = 2) String country,
        String plan,
        @NotBlank String partnerId,
        @NotBlank @Size(min = 12) String temporaryPassword) {
}
