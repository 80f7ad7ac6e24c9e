package org.springframework.vault.support;

/** Stub of Spring Vault's response: the secret's data. */
public class VaultResponseSupport<T> {
  public T getData() {
    return null;
  }

  public T getRequiredData() {
    return null;
  }

  public String getLeaseId() {
    return null;
  }
}
