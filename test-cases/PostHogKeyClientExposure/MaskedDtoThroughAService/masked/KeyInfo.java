package masked;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** Annotations that make a record serializable leave its JSON form what the record's is. */
@Serdeable
@Introspected
public record KeyInfo(String personalApiKey, boolean configured) {}
