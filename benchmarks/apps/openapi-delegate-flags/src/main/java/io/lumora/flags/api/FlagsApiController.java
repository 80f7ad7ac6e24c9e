package io.lumora.flags.api;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Optional;
import jakarta.annotation.Generated;

@Generated(value = "org.openapitools.codegen.languages.SpringCodegen", date = "2025-02-11T09:14:27.118204+01:00[Europe/Berlin]", comments = "Generator version: 7.11.0")
@Controller
@RequestMapping("${openapi.lumoraFlags.base-path:/api/v1}")
public class FlagsApiController implements FlagsApi {

    private final FlagsApiDelegate delegate;

    public FlagsApiController(@Autowired(required = false) FlagsApiDelegate delegate) {
        this.delegate = Optional.ofNullable(delegate).orElse(new FlagsApiDelegate() {});
    }

    @Override
    public FlagsApiDelegate getDelegate() {
        return delegate;
    }

}
