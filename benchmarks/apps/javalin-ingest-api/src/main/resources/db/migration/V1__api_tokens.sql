create table api_tokens (
    id          uuid primary key,
    name        text not null unique,
    token_value text not null,
    token_type  text not null,
    created_at  timestamptz not null default now()
);

create table raw_events (
    id          bigserial primary key,
    distinct_id text not null,
    event       text not null,
    properties  jsonb not null default '{}'::jsonb,
    occurred_at timestamptz not null
);
