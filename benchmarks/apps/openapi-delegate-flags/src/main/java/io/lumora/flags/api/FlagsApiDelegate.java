package io.lumora.flags.api;

import io.lumora.flags.model.ClientConfig;
import io.lumora.flags.model.ProjectConnection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;

import java.util.Optional;
import jakarta.annotation.Generated;

/**
 * A delegate to be called by the {@link FlagsApiController}}.
 * Implement this interface with a {@link org.springframework.stereotype.Service} annotated class.
 */
@Generated(value = "org.openapitools.codegen.languages.SpringCodegen", date = "2025-02-11T09:14:27.118204+01:00[Europe/Berlin]", comments = "Generator version: 7.11.0")
public interface FlagsApiDelegate {

    default Optional<NativeWebRequest> getRequest() {
        return Optional.empty();
    }

    /**
     * POST /flags/session : Sets the cookie used by the flag bootstrap script
     *
     * @param distinctId  (required)
     * @return Cookie set (status code 204)
     * @see FlagsApi#bootstrapSession
     */
    default ResponseEntity<Void> bootstrapSession(String distinctId) {
        return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);

    }

    /**
     * POST /projects/connect : Connects a customer PostHog project
     *
     * @param projectConnection  (required)
     * @return Accepted (status code 202)
     *         or PostHog rejected the request (status code 502)
     * @see FlagsApi#connectProject
     */
    default ResponseEntity<Void> connectProject(ProjectConnection projectConnection) {
        return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);

    }

    /**
     * GET /flags/client-config : Configuration the browser SDK needs to start
     *
     * @param distinctId  (required)
     * @return OK (status code 200)
     * @see FlagsApi#getClientConfig
     */
    default ResponseEntity<ClientConfig> getClientConfig(String distinctId) {
        return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);

    }

    /**
     * GET /flags/{flagKey}/open : Redirects to the flag in the PostHog app
     *
     * @param flagKey  (required)
     * @return Redirect to PostHog (status code 302)
     * @see FlagsApi#openFlag
     */
    default ResponseEntity<Void> openFlag(String flagKey) {
        return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);

    }

}
