package dev.lumenflag.flagctl.command;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lumenflag.flagctl.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

@Command(name = "login", description = "Authorize flagctl with your PostHog account.")
public class LoginCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(LoginCommand.class);

    @Path("/oauth")
    public interface OAuthApi {

        @POST
        @Path("/token/")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.APPLICATION_JSON)
        TokenResponse exchange(Form form);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("refresh_token") String refreshToken,
                                @JsonProperty("expires_in") long expiresIn,
                                @JsonProperty("token_type") String tokenType,
                                String scope) {
    }

    @Inject
    PostHogSettings settings;

    @Option(names = "--code", required = true, description = "Authorization code shown after approving flagctl.")
    String code;

    @Option(names = "--code-verifier", required = true, description = "PKCE code verifier that belongs to the authorization request.")
    String codeVerifier;

    @Override
    public Integer call() throws IOException {
        OAuthApi api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.host()))
                .build(OAuthApi.class);
        Form form = new Form()
                .param("grant_type", "authorization_code")
                .param("code", code)
                .param("code_verifier", codeVerifier)
                .param("client_id", settings.oauth().clientId())
                .param("redirect_uri", settings.oauth().redirectUri());
        TokenResponse token = api.exchange(form);
        LOG.debugf("Token response: %s", token);

        java.nio.file.Path credentials = java.nio.file.Path.of(System.getProperty("user.home"), ".flagctl", "credentials.json");
        Files.createDirectories(credentials.getParent());
        Files.writeString(credentials, "{\"access_token\":\"" + token.accessToken()
                + "\",\"refresh_token\":\"" + token.refreshToken() + "\"}");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));

        long tokenExpiresIn = token.expiresIn();
        LOG.infof("Logged in to %s (%s token, expires in %d s, scope %s)", settings.host(), token.tokenType(), tokenExpiresIn, token.scope());
        return 0;
    }
}
