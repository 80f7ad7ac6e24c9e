package com.azure.security.keyvault.secrets.models;

/** A stub of a Key Vault secret. */
public class KeyVaultSecret {
  public native String getName();

  public native String getValue();
}
