create table if not exists account (
    external_id varchar(128) primary key,
    display_name varchar(255),
    new_billing boolean not null default false
);
