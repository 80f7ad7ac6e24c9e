package app;

import java.util.Map;
import java.util.logging.Logger;
import org.springframework.vault.core.VaultTemplate;

/** What Spring Vault reads is a secret: its data, whole or by key. */
public class VaultSecrets {
  private static final Logger LOG = Logger.getLogger(VaultSecrets.class.getName());

  void read(VaultTemplate vault) {
    var response = vault.read("secret/data/posthog");
    LOG.info("PostHog secrets " + response.getData()); // Noncompliant
    Map<String, Object> data = response.getRequiredData();
    LOG.info("personal key " + data.get("personal_api_key")); // Noncompliant
    LOG.info("lease " + response.getLeaseId());
    LOG.info("keys " + data.keySet());
  }

  void keyValue(VaultTemplate vault) {
    LOG.fine("PostHog secrets " + vault.opsForKeyValue("secret").get("posthog").getData()); // Noncompliant
  }
}
