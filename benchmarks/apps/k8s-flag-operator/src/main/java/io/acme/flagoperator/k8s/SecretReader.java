package io.acme.flagoperator.k8s;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Reads a team's PostHog key out of a Secret in the team's namespace. */
public class SecretReader {

    private final KubernetesClient client;

    public SecretReader(KubernetesClient client) {
        this.client = client;
    }

    public Optional<String> readKey(String namespace, String secretName, String entry) {
        Secret secret = client.secrets().inNamespace(namespace).withName(secretName).get();
        if (secret == null) {
            return Optional.empty();
        }
        Map<String, String> data = secret.getData();
        if (data != null && data.containsKey(entry)) {
            byte[] raw = Base64.getDecoder().decode(data.get(entry));
            return Optional.of(new String(raw, StandardCharsets.UTF_8).trim());
        }
        Map<String, String> stringData = secret.getStringData();
        return Optional.ofNullable(stringData).map(m -> m.get(entry)).map(String::trim);
    }
}
