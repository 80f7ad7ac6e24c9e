CREATE TABLE IF NOT EXISTS oauth2_authorized_client (
    client_registration_id  varchar(100)                            NOT NULL,
    principal_name          varchar(200)                            NOT NULL,
    access_token_type       varchar(100)                            NOT NULL,
    access_token_value      bytea                                   NOT NULL,
    access_token_issued_at  timestamp                               NOT NULL,
    access_token_expires_at timestamp                               NOT NULL,
    access_token_scopes     varchar(1000) DEFAULT NULL,
    refresh_token_value     bytea         DEFAULT NULL,
    refresh_token_issued_at timestamp     DEFAULT NULL,
    created_at              timestamp     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (client_registration_id, principal_name)
);

CREATE TABLE IF NOT EXISTS posthog_connection (
    principal          varchar(200) PRIMARY KEY,
    organization_id    varchar(64)  NOT NULL,
    organization_name  varchar(200) NOT NULL
);
