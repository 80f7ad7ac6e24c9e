create table if not exists account (
    id            uuid primary key,
    email         varchar(320) not null unique,
    password_hash varchar(100) not null,
    plan          varchar(20)  not null,
    created_at    timestamp    not null default now()
);
