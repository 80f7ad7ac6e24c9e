package com.azure.security.keyvault.secrets;

import com.azure.security.keyvault.secrets.models.KeyVaultSecret;

/** A stub of Azure Key Vault's secret client. */
public class SecretClient {
  public native KeyVaultSecret getSecret(String name);
}
