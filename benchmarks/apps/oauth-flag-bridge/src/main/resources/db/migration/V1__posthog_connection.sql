create table posthog_connection (
    id                      uuid primary key,
    client_registration_id  varchar(64)  not null,
    principal_name          varchar(255) not null,
    organisation_id         varchar(64),
    organisation_name       varchar(255),
    project_id              bigint,
    project_api_key         varchar(128),
    access_token            varchar(512) not null,
    refresh_token           varchar(512),
    access_token_issued_at  timestamptz,
    access_token_expires_at timestamptz,
    scopes                  varchar(1024),
    status                  varchar(32)  not null default 'ACTIVE',
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    constraint uq_posthog_connection_principal unique (client_registration_id, principal_name)
);

create index idx_posthog_connection_expiry on posthog_connection (status, access_token_expires_at);
