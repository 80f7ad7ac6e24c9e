package io.github.posthogguard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.keys.PostHogKeyType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "userPassword",
        "db.password",
        "DB_PASSWORD",
        "passwd",
        "passphrase",
        "pwd",
        "secret",
        "clientSecret",
        "client_secret",
        "token",
        "accessToken",
        "refresh_token",
        "authToken",
        "apiKey",
        "api_key",
        "APIKEY",
        "apiKeys",
        "personalApiKey",
        "POSTHOG_PERSONAL_API_KEY",
        "privateKey",
        "signingKey",
        "accessKey",
        "secretKey",
        "credentials",
        "credential",
        "bearer",
        "authorization",
        "authorizationHeader",
        "sessionId",
        "httpSessionId",
        "JSESSIONID",
        "jsessionid"
      })
  void secrets(String name) {
    assertThat(SensitiveNames.isSecret(name)).as(name).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tokenCount",
        "noPersonalApiKey",
        "PostHogGlobalConfiguration_NoPersonalApiKey",
        "TOKEN_NOT_SET",
        "tokenizer",
        "tokenize",
        "passwordPolicy",
        "passwordMinLength",
        "secretName",
        "secretArn",
        "secretId",
        "apiKeyHeaderName",
        "keySet",
        "keyListener",
        "isTokenValid",
        "hasPassword",
        "tokenExpiry",
        "tokenType",
        "tokenEndpointAuthMethods",
        "authMethod",
        "passwordMode",
        "nextPageToken",
        "continuationToken",
        "key",
        "projectApiKey",
        "POSTHOG_API_KEY",
        "posthog.api.key",
        "publicKey",
        "passwordHash",
        "maskedToken",
        "hashedPassword",
        "tokenUrl",
        "secretManager",
        "user",
        "host",
        "keyboard",
        "typeToken",
        "TypeToken",
        "jsonToken",
        "JsonToken",
        "currentJsonToken",
        "lexerToken",
        "wsSessionId",
        "webSocketSessionId",
        "jmsSessionId",
        "sslSessionId",
        "providerSessionId",
        "lineWithoutPassword",
        "tokenResource",
        "credentialIdentifier",
        "tokenImage",
        "authorizationDetails",
        "authorizationDetailEntries",
        "tokenTypeHint",
        "passwordPolicyRules",
        "tokenAcr",
        "tokenAction",
        "privateKeyUsagePeriod",
        "tokenUsage",
        "authorizationJWSAlg",
        "tokenSigningAlgs",
        "tokenAzp",
        "tokenNonce",
        "authorizationJWEEnc"
      })
  void notSecrets(String name) {
    assertThat(SensitiveNames.isSecret(name)).as(name).isFalse();
  }

  @Test
  void teamsAddTheirOwnWords() {
    assertThat(SensitiveNames.isSecret("cardPin")).isFalse();
    assertThat(SensitiveNames.isSecret("cardPin", Set.of("pin"))).isTrue();
  }

  @Test
  void configKeysThatNameAHeaderOrACookieHoldNoSecret() {
    assertThat(SensitiveNames.isSecretConfigKey("security.api-key-header", Set.of())).isFalse();
    assertThat(SensitiveNames.isSecretConfigKey("partner.api-token-header", Set.of())).isFalse();
    assertThat(SensitiveNames.isSecretConfigKey("auth.session-cookie", Set.of())).isFalse();
    assertThat(SensitiveNames.isSecretConfigKey("partner.api-token", Set.of())).isTrue();
    assertThat(SensitiveNames.isSecret("authTokenHeader")).isTrue(); // a variable: its value
  }

  @Test
  void aSecureApiKeyIsAProjectSecretKeyNotAProjectKey() {
    assertThat(PostHogKeyNames.secretKeyType("posthog.secure-api-key"))
        .contains(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(PostHogKeyNames.isSecretKeyName("POSTHOG_SECURE_API_KEY")).isTrue();
    assertThat(PostHogKeyNames.isProjectKeyName("posthog.secure-api-key")).isFalse();
    assertThat(PostHogKeyNames.isProjectKeyName("posthog.api-key")).isTrue();
  }

  @Test
  void posthogKeyNames() {
    assertThat(PostHogKeyNames.isSecretKeyName("POSTHOG_PERSONAL_API_KEY")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("posthog.personal-api-key")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("posthog.personalApiKey")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("POSTHOG_PERSONALAPIKEY")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("POSTHOG_SECRET_KEY")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("PersonalApiKey")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("POSTHOG_API_KEY")).isFalse();
    assertThat(PostHogKeyNames.isSecretKeyName("posthog.host")).isFalse();
  }

  @Test
  void namesThatSayTheProjectKeyAndNothingElse() {
    assertThat(PostHogKeyNames.namesTheProjectKey("POSTHOG_API_KEY")).isTrue();
    assertThat(PostHogKeyNames.namesTheProjectKey("posthog.project-api-key")).isTrue();
    assertThat(PostHogKeyNames.namesTheProjectKey("projectToken")).isTrue();
    assertThat(PostHogKeyNames.namesTheProjectKey("posthog_key")).isFalse();
    assertThat(PostHogKeyNames.namesTheProjectKey("posthog.feature-flags-key")).isFalse();
    assertThat(PostHogKeyNames.namesTheProjectKey("posthog.personal-api-key")).isFalse();
  }

  @Test
  void theFeatureFlagsSecureKeyIsPostHogsOwnName() {
    assertThat(PostHogKeyNames.secretKeyType("flagsSecureKey"))
        .contains(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(PostHogKeyNames.secretKeyType("featureFlagsSecureApiKey"))
        .contains(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(PostHogKeyNames.isSecretKeyName("secretKey")).isFalse();
    assertThat(PostHogKeyNames.isSecretKeyName("secureApiKey")).isFalse();
    assertThat(PostHogKeyNames.isSecretKeyName("flagsSecureKeyLength")).isFalse();
  }

  @Test
  void theSecureKeyOfFeatureFlagsInOtherWords() {
    assertThat(PostHogKeyNames.secretKeyType("secureFlagsKey"))
        .contains(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(PostHogKeyNames.secretKeyType("posthog.secure-flags-key"))
        .contains(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(PostHogKeyNames.isSecretKeyName("SECURE_FLAG_TOKEN")).isTrue();
    assertThat(PostHogKeyNames.isSecretKeyName("secureFlagsKeyLength")).isFalse();
    assertThat(PostHogKeyNames.isSecretKeyName("secureFlagsEnabled")).isFalse();
    assertThat(PostHogKeyNames.isSecretKeyName("insecureFlagKey")).isFalse();
    assertThat(PostHogKeyNames.isProjectKeyName("posthog.secure-flags-key")).isFalse();
  }

  @Test
  void anOAuthTokenIsPostHogsWhereTheNameSaysSo() {
    assertThat(PostHogKeyNames.secretKeyType("posthogAccessToken"))
        .contains(PostHogKeyType.OAUTH_ACCESS_TOKEN);
    assertThat(PostHogKeyNames.secretKeyType("POSTHOG_OAUTH_REFRESH_TOKEN"))
        .contains(PostHogKeyType.OAUTH_REFRESH_TOKEN);
    assertThat(PostHogKeyNames.secretKeyType("accessToken")).isEmpty();
    assertThat(PostHogKeyNames.secretKeyType("posthogAccessTokenExpiry")).isEmpty();
    assertThat(PostHogKeyNames.secretKeyType("posthogTokenType")).isEmpty();
  }
}
