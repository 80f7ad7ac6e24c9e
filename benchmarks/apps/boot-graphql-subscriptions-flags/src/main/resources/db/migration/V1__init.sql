create table flag_rollout (
    id                 bigserial primary key,
    flag_key           varchar(200) not null,
    environment        varchar(40)  not null,
    rollout_percentage integer      not null check (rollout_percentage between 0 and 100),
    updated_by         varchar(200),
    updated_at         timestamptz,
    unique (flag_key, environment)
);

create table webhook_endpoint (
    id             bigserial primary key,
    url            varchar(2000) not null,
    signing_secret varchar(200)  not null,
    created_at     timestamptz   not null default now()
);
