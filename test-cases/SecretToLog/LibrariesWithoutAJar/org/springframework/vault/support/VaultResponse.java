package org.springframework.vault.support;

import java.util.Map;

/** Stub of Spring Vault's response of a secret read as a map. */
public class VaultResponse extends VaultResponseSupport<Map<String, Object>> {}
